from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantGroupMember")


@_attrs_define
class ParticipantGroupMember:
    """A member of a group.

    Attributes:
        participant_id (str | Unset): Participant ID.
        datetime_created (datetime.datetime | Unset): When the participant joined the group.
    """

    participant_id: str | Unset = UNSET
    datetime_created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_id = self.participant_id

        datetime_created: str | Unset = UNSET
        if not isinstance(self.datetime_created, Unset):
            datetime_created = self.datetime_created.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if datetime_created is not UNSET:
            field_dict["datetime_created"] = datetime_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = d.pop("participant_id", UNSET)

        _datetime_created = d.pop("datetime_created", UNSET)
        datetime_created: datetime.datetime | Unset
        if isinstance(_datetime_created, Unset):
            datetime_created = UNSET
        else:
            datetime_created = datetime.datetime.fromisoformat(_datetime_created)

        participant_group_member = cls(
            participant_id,
            datetime_created,
        )

        participant_group_member.additional_properties = d
        return participant_group_member

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
