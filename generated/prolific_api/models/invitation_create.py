from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_role import InvitationRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvitationCreate")


@_attrs_define
class InvitationCreate:
    """People to invite and the role they get.

    Attributes:
        association (str | Unset): ID of the workspace to invite to.
        emails (list[str] | Unset): Email addresses of the invitees.
        role (InvitationRole | Unset): Role given to an invitee in the workspace.
    """

    association: str | Unset = UNSET
    emails: list[str] | Unset = UNSET
    role: InvitationRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        association = self.association

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if association is not UNSET:
            field_dict["association"] = association
        if emails is not UNSET:
            field_dict["emails"] = emails
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        association = d.pop("association", UNSET)

        emails = cast(list[str], d.pop("emails", UNSET))

        _role = d.pop("role", UNSET)
        role: InvitationRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = InvitationRole._value2member_map_.get(_role) or InvitationRole(_role)

        invitation_create = cls(
            association,
            emails,
            role,
        )

        invitation_create.additional_properties = d
        return invitation_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
