from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submission_status import SubmissionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnRequested")


@_attrs_define
class ReturnRequested:
    """The submission after a return was requested.

    Attributes:
        id (str | Unset): Submission ID.
        status (SubmissionStatus | Unset): Lifecycle of a submission. `RESERVED`, `ACTIVE` and `PROCESSING` mean "wait";
            `AWAITING REVIEW` can be approved or rejected; `APPROVED`, `REJECTED`, `RETURNED`,
            `TIMED-OUT` and `SCREENED OUT` are final. New values may appear.
        participant (str | Unset): Participant ID.
        return_requested (datetime.datetime | None | Unset): When the return was requested.
    """

    id: str | Unset = UNSET
    status: SubmissionStatus | Unset = UNSET
    participant: str | Unset = UNSET
    return_requested: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        participant = self.participant

        return_requested: None | str | Unset
        if isinstance(self.return_requested, Unset):
            return_requested = UNSET
        elif isinstance(self.return_requested, datetime.datetime):
            return_requested = self.return_requested.isoformat()
        else:
            return_requested = self.return_requested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if participant is not UNSET:
            field_dict["participant"] = participant
        if return_requested is not UNSET:
            field_dict["return_requested"] = return_requested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: SubmissionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubmissionStatus._value2member_map_.get(_status) or SubmissionStatus(_status)

        participant = d.pop("participant", UNSET)

        def _parse_return_requested(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return_requested_type_0 = datetime.datetime.fromisoformat(data)

                return return_requested_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        return_requested = _parse_return_requested(d.pop("return_requested", UNSET))

        return_requested = cls(
            id,
            status,
            participant,
            return_requested,
        )

        return_requested.additional_properties = d
        return return_requested

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
