from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskBatchSetup")


@_attrs_define
class TaskBatchSetup:
    """How to build a batch's tasks.

    Attributes:
        dataset_id (str | Unset): Dataset to use, unless one is attached already.
        tasks_per_group (int | Unset): Tasks per group (a participant's share per submission); a `META_TASK_GROUP_ID`
            column overrides it. Default: 1.
    """

    dataset_id: str | Unset = UNSET
    tasks_per_group: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        tasks_per_group = self.tasks_per_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if tasks_per_group is not UNSET:
            field_dict["tasks_per_group"] = tasks_per_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_id = d.pop("dataset_id", UNSET)

        tasks_per_group = d.pop("tasks_per_group", UNSET)

        task_batch_setup = cls(
            dataset_id,
            tasks_per_group,
        )

        task_batch_setup.additional_properties = d
        return task_batch_setup

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
