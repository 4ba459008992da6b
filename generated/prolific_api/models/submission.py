from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submission_status import SubmissionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Submission")


@_attrs_define
class Submission:
    """A submission in full. The participant is `participant` here but `participant_id` in
    the list shape.

        Attributes:
            id (str): Submission ID.
            study_id (str): Study the submission belongs to.
            status (SubmissionStatus): Lifecycle of a submission. `RESERVED`, `ACTIVE` and `PROCESSING` mean "wait";
                `AWAITING REVIEW` can be approved or rejected; `APPROVED`, `REJECTED`, `RETURNED`,
                `TIMED-OUT` and `SCREENED OUT` are final. New values may appear.
            started_at (datetime.datetime | None): When the participant started.
            participant (None | str | Unset): Participant ID.
            completed_at (datetime.datetime | None | Unset): When the participant finished.
            time_taken (int | None | Unset): Seconds from start to finish; null until the participant finishes.
            entered_code (None | str | Unset): Completion code the participant entered.
            parent_study_id (None | str | Unset): Parent study, for representative-sample and quota studies.
            bonus_payments (list[float] | None | Unset): Bonuses paid on this submission, each in minor units (pence/cents)
                of the workspace
                currency. Payment is asynchronous, so a new bonus may show up late.
            return_requested (datetime.datetime | None | Unset): When a return was requested, if ever.
    """

    id: str
    study_id: str
    status: SubmissionStatus
    started_at: datetime.datetime | None
    participant: None | str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    time_taken: int | None | Unset = UNSET
    entered_code: None | str | Unset = UNSET
    parent_study_id: None | str | Unset = UNSET
    bonus_payments: list[float] | None | Unset = UNSET
    return_requested: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        study_id = self.study_id

        status = self.status.value

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        participant: None | str | Unset
        if isinstance(self.participant, Unset):
            participant = UNSET
        else:
            participant = self.participant

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        time_taken: int | None | Unset
        if isinstance(self.time_taken, Unset):
            time_taken = UNSET
        else:
            time_taken = self.time_taken

        entered_code: None | str | Unset
        if isinstance(self.entered_code, Unset):
            entered_code = UNSET
        else:
            entered_code = self.entered_code

        parent_study_id: None | str | Unset
        if isinstance(self.parent_study_id, Unset):
            parent_study_id = UNSET
        else:
            parent_study_id = self.parent_study_id

        bonus_payments: list[float] | None | Unset
        if isinstance(self.bonus_payments, Unset):
            bonus_payments = UNSET
        elif isinstance(self.bonus_payments, list):
            bonus_payments = self.bonus_payments

        else:
            bonus_payments = self.bonus_payments

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
                "study_id": study_id,
                "status": status,
                "started_at": started_at,
            }
        )
        if participant is not UNSET:
            field_dict["participant"] = participant
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if time_taken is not UNSET:
            field_dict["time_taken"] = time_taken
        if entered_code is not UNSET:
            field_dict["entered_code"] = entered_code
        if parent_study_id is not UNSET:
            field_dict["parent_study_id"] = parent_study_id
        if bonus_payments is not UNSET:
            field_dict["bonus_payments"] = bonus_payments
        if return_requested is not UNSET:
            field_dict["return_requested"] = return_requested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        study_id = d.pop("study_id")

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

        participant = d.pop("participant", UNSET)

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

        time_taken = d.pop("time_taken", UNSET)

        entered_code = d.pop("entered_code", UNSET)

        parent_study_id = d.pop("parent_study_id", UNSET)

        def _parse_bonus_payments(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bonus_payments_type_0 = cast(list[float], data)

                return bonus_payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        bonus_payments = _parse_bonus_payments(d.pop("bonus_payments", UNSET))

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

        submission = cls(
            id,
            study_id,
            status,
            started_at,
            participant,
            completed_at,
            time_taken,
            entered_code,
            parent_study_id,
            bonus_payments,
            return_requested,
        )

        submission.additional_properties = d
        return submission

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
