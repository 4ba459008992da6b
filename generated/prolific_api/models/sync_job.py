from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_job_status import SyncJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncJob")


@_attrs_define
class SyncJob:
    """Building tasks for records appended since setup or the last sync.

    Attributes:
        sync_id (str): Sync job ID.
        status (SyncJobStatus): `queued`, `processing`, then `complete` or `failed`. New values may appear.
        batch_id (str | Unset): The batch.
        dataset_id (str | Unset): The dataset.
        created_at (datetime.datetime | Unset): Start.
        updated_at (datetime.datetime | Unset): Last change.
        tasks_created (int | Unset): Tasks built (`complete`).
        datapoints_processed (int | Unset): Records read (`complete`).
        groups_created (int | Unset): New task groups (`complete`).
        groups_expanded (int | Unset): Task groups grown (`complete`).
        reason (str | Unset): Why it failed (`failed`).
    """

    sync_id: str
    status: SyncJobStatus
    batch_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    tasks_created: int | Unset = UNSET
    datapoints_processed: int | Unset = UNSET
    groups_created: int | Unset = UNSET
    groups_expanded: int | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sync_id = self.sync_id

        status = self.status.value

        batch_id = self.batch_id

        dataset_id = self.dataset_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        tasks_created = self.tasks_created

        datapoints_processed = self.datapoints_processed

        groups_created = self.groups_created

        groups_expanded = self.groups_expanded

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sync_id": sync_id,
                "status": status,
            }
        )
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if tasks_created is not UNSET:
            field_dict["tasks_created"] = tasks_created
        if datapoints_processed is not UNSET:
            field_dict["datapoints_processed"] = datapoints_processed
        if groups_created is not UNSET:
            field_dict["groups_created"] = groups_created
        if groups_expanded is not UNSET:
            field_dict["groups_expanded"] = groups_expanded
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sync_id = d.pop("sync_id")

        _status = d.pop("status")
        status = SyncJobStatus._value2member_map_.get(_status) or SyncJobStatus(_status)

        batch_id = d.pop("batch_id", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        tasks_created = d.pop("tasks_created", UNSET)

        datapoints_processed = d.pop("datapoints_processed", UNSET)

        groups_created = d.pop("groups_created", UNSET)

        groups_expanded = d.pop("groups_expanded", UNSET)

        reason = d.pop("reason", UNSET)

        sync_job = cls(
            sync_id,
            status,
            batch_id,
            dataset_id,
            created_at,
            updated_at,
            tasks_created,
            datapoints_processed,
            groups_created,
            groups_expanded,
            reason,
        )

        sync_job.additional_properties = d
        return sync_job

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
