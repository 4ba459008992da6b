from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_role import InvitationRole
from ..models.invitation_status import InvitationStatus
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Invitation")


@_attrs_define
class Invitation(DeferredFields):
    """One invitation.

    Attributes:
        association (str | Unset): Workspace invited to.
        role (InvitationRole | Unset): Role given to an invitee in the workspace.
        invitee (Invitee | Unset): A person invited.
        invited_by (str | Unset): User who sent it.
        status (InvitationStatus | Unset): Whether an invitation was accepted yet.
        invite_link (str | Unset): Link the invitee follows to accept.
    """

    association: str | Unset = UNSET
    role: InvitationRole | Unset = UNSET
    invitee: Invitee | Unset = UNSET
    invited_by: str | Unset = UNSET
    status: InvitationStatus | Unset = UNSET
    invite_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        association = self.association

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        invitee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invitee, Unset):
            invitee = self.invitee.to_dict()

        invited_by = self.invited_by

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        invite_link = self.invite_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if association is not UNSET:
            field_dict["association"] = association
        if role is not UNSET:
            field_dict["role"] = role
        if invitee is not UNSET:
            field_dict["invitee"] = invitee
        if invited_by is not UNSET:
            field_dict["invited_by"] = invited_by
        if status is not UNSET:
            field_dict["status"] = status
        if invite_link is not UNSET:
            field_dict["invite_link"] = invite_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        association = d.pop("association", UNSET)

        _role = d.pop("role", UNSET)
        role: InvitationRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = InvitationRole._value2member_map_.get(_role) or InvitationRole(_role)

        invitee = d.pop("invitee", UNSET)

        invited_by = d.pop("invited_by", UNSET)

        _status = d.pop("status", UNSET)
        status: InvitationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvitationStatus._value2member_map_.get(_status) or InvitationStatus(_status)

        invite_link = d.pop("invite_link", UNSET)

        if cls is not Invitation:
            invitation = cls(
                association,
                role,
                UNSET if invitee is UNSET else cls._parse_field("invitee", invitee),
                invited_by,
                status,
                invite_link,
            )
        else:
            invitation = cls.__new__(cls)
            invitation.association = association
            invitation.role = role
            invitation.invited_by = invited_by
            invitation.status = status
            invitation.invite_link = invite_link
            deferred: dict[str, Any] = {}
            if invitee is UNSET:
                invitation.invitee = UNSET
            else:
                deferred["invitee"] = invitee
            if deferred:
                invitation._deferred = deferred

        invitation.additional_properties = d
        return invitation

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "invitee":
            _invitee = data
            invitee: Invitee | Unset
            if isinstance(_invitee, Unset):
                invitee = UNSET
            else:
                invitee = Invitee.from_dict(_invitee)

            return invitee
        raise KeyError(name)

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


# Models that refer to each other are imported once the class above exists, so import cycles
# resolve; inside from_dict/to_dict the import statement ran again on every call (~2 us each).
from ..models.invitee import Invitee  # noqa: E402
