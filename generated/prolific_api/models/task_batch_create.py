from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="TaskBatchCreate")


@_attrs_define
class TaskBatchCreate(DeferredFields):
    """A batch to create.

    Attributes:
        name (str): Name.
        workspace_id (str): Workspace to create it in.
        task_details (TaskDetails): What participants read before the tasks.
        dataset_id (str | Unset): Dataset to attach now (or later, at setup).
        batch_items (list[LayoutPage] | Unset): The pages participants see for each task.
        auto_sync_enabled (bool | Unset): Build tasks for appended records automatically.
    """

    name: str
    workspace_id: str
    task_details: TaskDetails
    dataset_id: str | Unset = UNSET
    batch_items: list[LayoutPage] | Unset = UNSET
    auto_sync_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        workspace_id = self.workspace_id

        task_details = self.task_details.to_dict()

        dataset_id = self.dataset_id

        batch_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batch_items, Unset):
            batch_items = []
            for batch_items_item_data in self.batch_items:
                batch_items_item = batch_items_item_data.to_dict()
                batch_items.append(batch_items_item)

        auto_sync_enabled = self.auto_sync_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "workspace_id": workspace_id,
                "task_details": task_details,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if batch_items is not UNSET:
            field_dict["batch_items"] = batch_items
        if auto_sync_enabled is not UNSET:
            field_dict["auto_sync_enabled"] = auto_sync_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        workspace_id = d.pop("workspace_id")

        task_details = d.pop("task_details")

        dataset_id = d.pop("dataset_id", UNSET)

        batch_items = d.pop("batch_items", UNSET)

        auto_sync_enabled = d.pop("auto_sync_enabled", UNSET)

        if cls is not TaskBatchCreate:
            task_batch_create = cls(
                name,
                workspace_id,
                cls._parse_field("task_details", task_details),
                dataset_id,
                UNSET if batch_items is UNSET else cls._parse_field("batch_items", batch_items),
                auto_sync_enabled,
            )
        else:
            task_batch_create = cls.__new__(cls)
            task_batch_create.name = name
            task_batch_create.workspace_id = workspace_id
            task_batch_create.dataset_id = dataset_id
            task_batch_create.auto_sync_enabled = auto_sync_enabled
            deferred: dict[str, Any] = {}
            deferred["task_details"] = task_details
            if batch_items is UNSET:
                task_batch_create.batch_items = UNSET
            else:
                deferred["batch_items"] = batch_items
            if deferred:
                task_batch_create._deferred = deferred

        task_batch_create.additional_properties = d
        return task_batch_create

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "task_details":
            task_details = TaskDetails.from_dict(data)

            return task_details
        if name == "batch_items":
            _batch_items = data
            batch_items: list[LayoutPage] | Unset = UNSET
            if _batch_items is not UNSET:
                batch_items = []
                for batch_items_item_data in _batch_items:
                    batch_items_item = LayoutPage.from_dict(batch_items_item_data)

                    batch_items.append(batch_items_item)

            return batch_items
        raise KeyError(name)

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


# Models that refer to each other are imported once the class above exists, so import cycles
# resolve; inside from_dict/to_dict the import statement ran again on every call (~2 us each).
from ..models.layout_page import LayoutPage  # noqa: E402
from ..models.task_details import TaskDetails  # noqa: E402
