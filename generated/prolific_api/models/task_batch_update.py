from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="TaskBatchUpdate")


@_attrs_define
class TaskBatchUpdate(DeferredFields):
    """Changes to a batch; fields left out stay as they are.

    Attributes:
        name (str | Unset): Name.
        dataset_id (str | Unset): Dataset to attach.
        task_details (TaskDetails | Unset): What participants read before the tasks.
        batch_items (list[LayoutPage] | None | Unset): A replacement layout.
        auto_sync_enabled (bool | Unset): Build tasks for appended records automatically.
    """

    name: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    task_details: TaskDetails | Unset = UNSET
    batch_items: list[LayoutPage] | None | Unset = UNSET
    auto_sync_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dataset_id = self.dataset_id

        task_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_details, Unset):
            task_details = self.task_details.to_dict()

        batch_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.batch_items, Unset):
            batch_items = UNSET
        elif isinstance(self.batch_items, list):
            batch_items = []
            for batch_items_type_0_item_data in self.batch_items:
                batch_items_type_0_item = batch_items_type_0_item_data.to_dict()
                batch_items.append(batch_items_type_0_item)

        else:
            batch_items = self.batch_items

        auto_sync_enabled = self.auto_sync_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if task_details is not UNSET:
            field_dict["task_details"] = task_details
        if batch_items is not UNSET:
            field_dict["batch_items"] = batch_items
        if auto_sync_enabled is not UNSET:
            field_dict["auto_sync_enabled"] = auto_sync_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        task_details = d.pop("task_details", UNSET)

        batch_items = d.pop("batch_items", UNSET)

        auto_sync_enabled = d.pop("auto_sync_enabled", UNSET)

        if cls is not TaskBatchUpdate:
            task_batch_update = cls(
                name,
                dataset_id,
                UNSET if task_details is UNSET else cls._parse_field("task_details", task_details),
                UNSET if batch_items is UNSET else cls._parse_field("batch_items", batch_items),
                auto_sync_enabled,
            )
        else:
            task_batch_update = cls.__new__(cls)
            task_batch_update.name = name
            task_batch_update.dataset_id = dataset_id
            task_batch_update.auto_sync_enabled = auto_sync_enabled
            deferred: dict[str, Any] = {}
            if task_details is UNSET:
                task_batch_update.task_details = UNSET
            else:
                deferred["task_details"] = task_details
            if batch_items is UNSET:
                task_batch_update.batch_items = UNSET
            else:
                deferred["batch_items"] = batch_items
            if deferred:
                task_batch_update._deferred = deferred

        task_batch_update.additional_properties = d
        return task_batch_update

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "task_details":
            _task_details = data
            task_details: TaskDetails | Unset
            if isinstance(_task_details, Unset):
                task_details = UNSET
            else:
                task_details = TaskDetails.from_dict(_task_details)

            return task_details
        if name == "batch_items":

            def _parse_batch_items(data: object) -> list[LayoutPage] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    batch_items_type_0 = []
                    _batch_items_type_0 = data
                    for batch_items_type_0_item_data in _batch_items_type_0:
                        batch_items_type_0_item = LayoutPage.from_dict(batch_items_type_0_item_data)

                        batch_items_type_0.append(batch_items_type_0_item)

                    return batch_items_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[LayoutPage] | None | Unset, data)

            batch_items = _parse_batch_items(data)

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
