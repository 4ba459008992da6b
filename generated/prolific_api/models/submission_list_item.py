from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submission_status import SubmissionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmissionListItem")


@_attrs_define
class SubmissionListItem:
    """A submission as it appears in lists. The participant is `participant_id` here but
    `participant` in the detail shape.

        Attributes:
            id (str): Submission ID.
            participant_id (str): Participant ID.
            status (SubmissionStatus): Lifecycle of a submission. `RESERVED`, `ACTIVE` and `PROCESSING` mean "wait";
                `AWAITING REVIEW` can be approved or rejected; `APPROVED`, `REJECTED`, `RETURNED`,
                `TIMED-OUT` and `SCREENED OUT` are final. New values may appear.
            started_at (datetime.datetime | None): When the participant started.
            has_siblings (bool): Whether the participant has other submissions in the same study.
            completed_at (datetime.datetime | None | Unset): When the participant finished.
            study_id (str | Unset): Study the submission belongs to.
            time_taken (int | None | Unset): Seconds from start to finish; null until the participant finishes.
            reward (int | Unset): Reward for this submission; integer, minor units (pence/cents) of the study currency.
            study_code (None | str | Unset): Completion code the participant finished with.
            return_requested (datetime.datetime | None | Unset): When a return was requested, if ever.
    """

    id: str
    participant_id: str
    status: SubmissionStatus
    started_at: datetime.datetime | None
    has_siblings: bool
    completed_at: datetime.datetime | None | Unset = UNSET
    study_id: str | Unset = UNSET
    time_taken: int | None | Unset = UNSET
    reward: int | Unset = UNSET
    study_code: None | str | Unset = UNSET
    return_requested: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        participant_id = self.participant_id

        status = self.status.value

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        has_siblings = self.has_siblings

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        study_id = self.study_id

        time_taken: int | None | Unset
        if isinstance(self.time_taken, Unset):
            time_taken = UNSET
        else:
            time_taken = self.time_taken

        reward = self.reward

        study_code: None | str | Unset
        if isinstance(self.study_code, Unset):
            study_code = UNSET
        else:
            study_code = self.study_code

        return_requested: None | str | Unset
        if isinstance(self.return_requested, Unset):
            return_requested = UNSET
        elif isinstance(self.return_requested, datetime.datetime):
            return_requested = self.return_requested.isoformat()
        else:
            return_requested = self.return_requested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "participant_id": participant_id,
                "status": status,
                "started_at": started_at,
                "has_siblings": has_siblings,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if study_id is not UNSET:
            field_dict["study_id"] = study_id
        if time_taken is not UNSET:
            field_dict["time_taken"] = time_taken
        if reward is not UNSET:
            field_dict["reward"] = reward
        if study_code is not UNSET:
            field_dict["study_code"] = study_code
        if return_requested is not UNSET:
            field_dict["return_requested"] = return_requested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        participant_id = d.pop("participant_id")

        _status = d.pop("status")
        status = SubmissionStatus._value2member_map_.get(_status) or SubmissionStatus(_status)

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        has_siblings = d.pop("has_siblings")

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        study_id = d.pop("study_id", UNSET)

        time_taken = d.pop("time_taken", UNSET)

        reward = d.pop("reward", UNSET)

        study_code = d.pop("study_code", UNSET)

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

        submission_list_item = cls(
            id,
            participant_id,
            status,
            started_at,
            has_siblings,
            completed_at,
            study_id,
            time_taken,
            reward,
            study_code,
            return_requested,
        )

        submission_list_item.additional_properties = d
        return submission_list_item

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
