from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_batch_status import TaskBatchStatus
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="TaskBatch")


@_attrs_define
class TaskBatch(DeferredFields):
    """A batch of annotation or evaluation tasks built over a dataset.

    Attributes:
        id (str): Batch ID (a UUID).
        name (str | Unset): Name.
        workspace_id (str | Unset): Workspace it belongs to.
        status (TaskBatchStatus | Unset): `PROCESSING` while setup runs; `READY` to attach to a study. New values may
            appear.
        created_at (datetime.datetime | Unset): When it was created.
        created_by (str | Unset): User who created it.
        datasets (list[TaskBatchDataset] | Unset): Datasets attached.
        task_details (TaskDetails | Unset): What participants read before the tasks.
        batch_items (list[LayoutPage] | None | Unset): The layout, for batches created with one; null for legacy
            batches.
        total_task_count (int | Unset): Tasks built by setup.
        total_task_groups (int | Unset): Task groups: a participant does one group per submission.
        total_instruction_count (int | Unset): Questions per task.
        schema_version (int | Unset): Version of the batch format.
        auto_sync_enabled (bool | Unset): Records appended to the dataset get tasks without `sync_task_batch`. (Older
            clients sent this as `auto_sync`.)
    """

    id: str
    name: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    status: TaskBatchStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    datasets: list[TaskBatchDataset] | Unset = UNSET
    task_details: TaskDetails | Unset = UNSET
    batch_items: list[LayoutPage] | None | Unset = UNSET
    total_task_count: int | Unset = UNSET
    total_task_groups: int | Unset = UNSET
    total_instruction_count: int | Unset = UNSET
    schema_version: int | Unset = UNSET
    auto_sync_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        workspace_id = self.workspace_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

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

        total_task_count = self.total_task_count

        total_task_groups = self.total_task_groups

        total_instruction_count = self.total_instruction_count

        schema_version = self.schema_version

        auto_sync_enabled = self.auto_sync_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if task_details is not UNSET:
            field_dict["task_details"] = task_details
        if batch_items is not UNSET:
            field_dict["batch_items"] = batch_items
        if total_task_count is not UNSET:
            field_dict["total_task_count"] = total_task_count
        if total_task_groups is not UNSET:
            field_dict["total_task_groups"] = total_task_groups
        if total_instruction_count is not UNSET:
            field_dict["total_instruction_count"] = total_instruction_count
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if auto_sync_enabled is not UNSET:
            field_dict["auto_sync_enabled"] = auto_sync_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskBatchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskBatchStatus._value2member_map_.get(_status) or TaskBatchStatus(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        datasets = d.pop("datasets", UNSET)

        task_details = d.pop("task_details", UNSET)

        batch_items = d.pop("batch_items", UNSET)

        total_task_count = d.pop("total_task_count", UNSET)

        total_task_groups = d.pop("total_task_groups", UNSET)

        total_instruction_count = d.pop("total_instruction_count", UNSET)

        schema_version = d.pop("schema_version", UNSET)

        auto_sync_enabled = d.pop("auto_sync_enabled", UNSET)

        if cls is not TaskBatch:
            task_batch = cls(
                id,
                name,
                workspace_id,
                status,
                created_at,
                created_by,
                UNSET if datasets is UNSET else cls._parse_field("datasets", datasets),
                UNSET if task_details is UNSET else cls._parse_field("task_details", task_details),
                UNSET if batch_items is UNSET else cls._parse_field("batch_items", batch_items),
                total_task_count,
                total_task_groups,
                total_instruction_count,
                schema_version,
                auto_sync_enabled,
            )
        else:
            task_batch = cls.__new__(cls)
            task_batch.id = id
            task_batch.name = name
            task_batch.workspace_id = workspace_id
            task_batch.status = status
            task_batch.created_at = created_at
            task_batch.created_by = created_by
            task_batch.total_task_count = total_task_count
            task_batch.total_task_groups = total_task_groups
            task_batch.total_instruction_count = total_instruction_count
            task_batch.schema_version = schema_version
            task_batch.auto_sync_enabled = auto_sync_enabled
            deferred: dict[str, Any] = {}
            if datasets is UNSET:
                task_batch.datasets = UNSET
            else:
                deferred["datasets"] = datasets
            if task_details is UNSET:
                task_batch.task_details = UNSET
            else:
                deferred["task_details"] = task_details
            if batch_items is UNSET:
                task_batch.batch_items = UNSET
            else:
                deferred["batch_items"] = batch_items
            if deferred:
                task_batch._deferred = deferred

        task_batch.additional_properties = d
        return task_batch

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "datasets":
            _datasets = data
            datasets: list[TaskBatchDataset] | Unset = UNSET
            if _datasets is not UNSET:
                datasets = []
                for datasets_item_data in _datasets:
                    datasets_item = TaskBatchDataset.from_dict(datasets_item_data)

                    datasets.append(datasets_item)

            return datasets
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
from ..models.task_batch_dataset import TaskBatchDataset  # noqa: E402
from ..models.task_details import TaskDetails  # noqa: E402
