from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskBatchDataset")


@_attrs_define
class TaskBatchDataset:
    """A dataset a batch uses.

    Attributes:
        id (str | Unset): Dataset ID.
        total_datapoint_count (int | Unset): Records it holds.
        filename (str | Unset): Its file.
    """

    id: str | Unset = UNSET
    total_datapoint_count: int | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        total_datapoint_count = self.total_datapoint_count

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if total_datapoint_count is not UNSET:
            field_dict["total_datapoint_count"] = total_datapoint_count
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        total_datapoint_count = d.pop("total_datapoint_count", UNSET)

        filename = d.pop("filename", UNSET)

        task_batch_dataset = cls(
            id,
            total_datapoint_count,
            filename,
        )

        task_batch_dataset.additional_properties = d
        return task_batch_dataset

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
