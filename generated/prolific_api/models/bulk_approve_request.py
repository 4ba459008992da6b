from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkApproveRequest")


@_attrs_define
class BulkApproveRequest:
    """Submissions to approve, in one of two forms: `submission_ids` (preferred; may span
    studies), or `study_id` with `participant_ids`.

        Attributes:
            submission_ids (list[str] | Unset): Submissions to approve.
            study_id (str | Unset): Study whose participants' submissions to approve (with `participant_ids`).
            participant_ids (list[str] | Unset): Participants of `study_id` whose submissions to approve.
    """

    submission_ids: list[str] | Unset = UNSET
    study_id: str | Unset = UNSET
    participant_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submission_ids: list[str] | Unset = UNSET
        if not isinstance(self.submission_ids, Unset):
            submission_ids = self.submission_ids

        study_id = self.study_id

        participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.participant_ids, Unset):
            participant_ids = self.participant_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if submission_ids is not UNSET:
            field_dict["submission_ids"] = submission_ids
        if study_id is not UNSET:
            field_dict["study_id"] = study_id
        if participant_ids is not UNSET:
            field_dict["participant_ids"] = participant_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submission_ids = cast(list[str], d.pop("submission_ids", UNSET))

        study_id = d.pop("study_id", UNSET)

        participant_ids = cast(list[str], d.pop("participant_ids", UNSET))

        bulk_approve_request = cls(
            submission_ids,
            study_id,
            participant_ids,
        )

        bulk_approve_request.additional_properties = d
        return bulk_approve_request

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
