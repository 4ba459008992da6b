from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_migration_status import SchemaMigrationStatus
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="SchemaMigration")


@_attrs_define
class SchemaMigration(DeferredFields):
    """Re-checking a structured dataset's records against a new schema.

    Attributes:
        job_id (str): Migration job ID.
        status (SchemaMigrationStatus): `processing`, then `complete`, `partial` or `failed`. New values may appear.
        dataset_id (str | Unset): The dataset.
        schema_version (int | Unset): Schema version the records are brought to.
        created_at (datetime.datetime | Unset): Start.
        updated_at (datetime.datetime | Unset): Last change.
        reprocessed_count (int | Unset): Records re-checked.
        failed_count (int | Unset): Records with a field emptied (`partial`).
        errors (list[MigrationProblem] | Unset): The fields emptied (`partial`).
        reason (str | Unset): Why it failed (`failed`).
    """

    job_id: str
    status: SchemaMigrationStatus
    dataset_id: str | Unset = UNSET
    schema_version: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    reprocessed_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    errors: list[MigrationProblem] | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        dataset_id = self.dataset_id

        schema_version = self.schema_version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        reprocessed_count = self.reprocessed_count

        failed_count = self.failed_count

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "status": status,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if reprocessed_count is not UNSET:
            field_dict["reprocessed_count"] = reprocessed_count
        if failed_count is not UNSET:
            field_dict["failed_count"] = failed_count
        if errors is not UNSET:
            field_dict["errors"] = errors
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        _status = d.pop("status")
        status = SchemaMigrationStatus._value2member_map_.get(_status) or SchemaMigrationStatus(
            _status
        )

        dataset_id = d.pop("dataset_id", UNSET)

        schema_version = d.pop("schema_version", UNSET)

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

        reprocessed_count = d.pop("reprocessed_count", UNSET)

        failed_count = d.pop("failed_count", UNSET)

        errors = d.pop("errors", UNSET)

        reason = d.pop("reason", UNSET)

        if cls is not SchemaMigration:
            schema_migration = cls(
                job_id,
                status,
                dataset_id,
                schema_version,
                created_at,
                updated_at,
                reprocessed_count,
                failed_count,
                UNSET if errors is UNSET else cls._parse_field("errors", errors),
                reason,
            )
        else:
            schema_migration = cls.__new__(cls)
            schema_migration.job_id = job_id
            schema_migration.status = status
            schema_migration.dataset_id = dataset_id
            schema_migration.schema_version = schema_version
            schema_migration.created_at = created_at
            schema_migration.updated_at = updated_at
            schema_migration.reprocessed_count = reprocessed_count
            schema_migration.failed_count = failed_count
            schema_migration.reason = reason
            deferred: dict[str, Any] = {}
            if errors is UNSET:
                schema_migration.errors = UNSET
            else:
                deferred["errors"] = errors
            if deferred:
                schema_migration._deferred = deferred

        schema_migration.additional_properties = d
        return schema_migration

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "errors":
            _errors = data
            errors: list[MigrationProblem] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = MigrationProblem.from_dict(errors_item_data)

                    errors.append(errors_item)

            return errors
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
from ..models.migration_problem import MigrationProblem  # noqa: E402
