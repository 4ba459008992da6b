from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_rejection_category import AutoRejectionCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmissionsConfig")


@_attrs_define
class SubmissionsConfig:
    """Advanced limits on submissions.

    Attributes:
        max_submissions_per_participant (int | None | Unset): Submissions one participant may make; 1 by default, -1 for
            no limit.
        max_concurrent_submissions (int | None | Unset): Reserved or active submissions allowed at once; -1 (default)
            for no limit.
        auto_rejection_categories (list[AutoRejectionCategory] | Unset): Kinds of submission Prolific rejects
            automatically when they await review; empty
            (the default) turns it off.
    """

    max_submissions_per_participant: int | None | Unset = UNSET
    max_concurrent_submissions: int | None | Unset = UNSET
    auto_rejection_categories: list[AutoRejectionCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_submissions_per_participant: int | None | Unset
        if isinstance(self.max_submissions_per_participant, Unset):
            max_submissions_per_participant = UNSET
        else:
            max_submissions_per_participant = self.max_submissions_per_participant

        max_concurrent_submissions: int | None | Unset
        if isinstance(self.max_concurrent_submissions, Unset):
            max_concurrent_submissions = UNSET
        else:
            max_concurrent_submissions = self.max_concurrent_submissions

        auto_rejection_categories: list[str] | Unset = UNSET
        if not isinstance(self.auto_rejection_categories, Unset):
            auto_rejection_categories = []
            for auto_rejection_categories_item_data in self.auto_rejection_categories:
                auto_rejection_categories_item = auto_rejection_categories_item_data.value
                auto_rejection_categories.append(auto_rejection_categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_submissions_per_participant is not UNSET:
            field_dict["max_submissions_per_participant"] = max_submissions_per_participant
        if max_concurrent_submissions is not UNSET:
            field_dict["max_concurrent_submissions"] = max_concurrent_submissions
        if auto_rejection_categories is not UNSET:
            field_dict["auto_rejection_categories"] = auto_rejection_categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_submissions_per_participant = d.pop("max_submissions_per_participant", UNSET)

        max_concurrent_submissions = d.pop("max_concurrent_submissions", UNSET)

        _auto_rejection_categories = d.pop("auto_rejection_categories", UNSET)
        auto_rejection_categories: list[AutoRejectionCategory] | Unset = UNSET
        if _auto_rejection_categories is not UNSET:
            auto_rejection_categories = []
            for auto_rejection_categories_item_data in _auto_rejection_categories:
                auto_rejection_categories_item = AutoRejectionCategory(
                    auto_rejection_categories_item_data
                )

                auto_rejection_categories.append(auto_rejection_categories_item)

        submissions_config = cls(
            max_submissions_per_participant,
            max_concurrent_submissions,
            auto_rejection_categories,
        )

        submissions_config.additional_properties = d
        return submissions_config

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
