from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="InvitationResult")


@_attrs_define
class InvitationResult(DeferredFields):
    """The invitations created.

    Attributes:
        invitations (list[Invitation] | Unset):
    """

    invitations: list[Invitation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invitations, Unset):
            invitations = []
            for invitations_item_data in self.invitations:
                invitations_item = invitations_item_data.to_dict()
                invitations.append(invitations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invitations is not UNSET:
            field_dict["invitations"] = invitations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invitations = d.pop("invitations", UNSET)

        if cls is not InvitationResult:
            invitation_result = cls(
                UNSET if invitations is UNSET else cls._parse_field("invitations", invitations),
            )
        else:
            invitation_result = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            if invitations is UNSET:
                invitation_result.invitations = UNSET
            else:
                deferred["invitations"] = invitations
            if deferred:
                invitation_result._deferred = deferred

        invitation_result.additional_properties = d
        return invitation_result

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "invitations":
            _invitations = data
            invitations: list[Invitation] | Unset = UNSET
            if _invitations is not UNSET:
                invitations = []
                for invitations_item_data in _invitations:
                    invitations_item = Invitation.from_dict(invitations_item_data)

                    invitations.append(invitations_item)

            return invitations
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
from ..models.invitation import Invitation  # noqa: E402
