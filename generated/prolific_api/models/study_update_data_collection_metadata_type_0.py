from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyUpdateDataCollectionMetadataType0")


@_attrs_define
class StudyUpdateDataCollectionMetadataType0:
    """AI Task Builder batch settings.

    Attributes:
        annotators_per_task (int | Unset): Participants per task (1 by default; can only grow once published).
    """

    annotators_per_task: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotators_per_task = self.annotators_per_task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotators_per_task is not UNSET:
            field_dict["annotators_per_task"] = annotators_per_task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        annotators_per_task = d.pop("annotators_per_task", UNSET)

        study_update_data_collection_metadata_type_0 = cls(
            annotators_per_task,
        )

        study_update_data_collection_metadata_type_0.additional_properties = d
        return study_update_data_collection_metadata_type_0

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
