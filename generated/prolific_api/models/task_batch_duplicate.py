from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskBatchDuplicate")


@_attrs_define
class TaskBatchDuplicate:
    """How to copy a batch.

    Attributes:
        name (str | Unset): Name of the copy (Prolific picks one if left out).
        upload_new_dataset (bool | Unset): Leave the copy without a dataset, to upload a new one. Default: False.
    """

    name: str | Unset = UNSET
    upload_new_dataset: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        upload_new_dataset = self.upload_new_dataset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if upload_new_dataset is not UNSET:
            field_dict["upload_new_dataset"] = upload_new_dataset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        upload_new_dataset = d.pop("upload_new_dataset", UNSET)

        task_batch_duplicate = cls(
            name,
            upload_new_dataset,
        )

        task_batch_duplicate.additional_properties = d
        return task_batch_duplicate

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
