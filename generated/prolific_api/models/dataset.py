from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_status import DatasetStatus
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset(DeferredFields):
    """A dataset of items to annotate or evaluate.

    Attributes:
        id (str): Dataset ID (a UUID).
        name (str | Unset): Name.
        workspace_id (str | Unset): Workspace it belongs to.
        created_at (datetime.datetime | Unset): When it was created.
        created_by (str | Unset): User who created it.
        total_datapoint_count (int | Unset): Records it holds.
        schema_version (Any | Unset): 3 for a legacy CSV/ZIP dataset, 4 for a structured one (Prolific has sent it as a
            number and as a string).
        status (DatasetStatus | Unset): Processing of a legacy (V3) dataset's file. New values may appear.
        filename (None | str | Unset): Legacy datasets: the uploaded file.
        has_predetermined_grouping_id (bool | None | Unset): Legacy datasets: the file has a `META_TASK_GROUP_ID`
            column.
        schema (DatasetSchema | None | Unset): Structured datasets: the schema, or null before one is set.
        imports (list[DatasetImport] | None | Unset): Structured datasets: their import jobs, newest first.
        migration_job_id (str | Unset): Set by `update_dataset_schema` when it started a migration.
    """

    id: str
    name: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    total_datapoint_count: int | Unset = UNSET
    schema_version: Any | Unset = UNSET
    status: DatasetStatus | Unset = UNSET
    filename: None | str | Unset = UNSET
    has_predetermined_grouping_id: bool | None | Unset = UNSET
    schema: DatasetSchema | None | Unset = UNSET
    imports: list[DatasetImport] | None | Unset = UNSET
    migration_job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        workspace_id = self.workspace_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        total_datapoint_count = self.total_datapoint_count

        schema_version = self.schema_version

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        has_predetermined_grouping_id: bool | None | Unset
        if isinstance(self.has_predetermined_grouping_id, Unset):
            has_predetermined_grouping_id = UNSET
        else:
            has_predetermined_grouping_id = self.has_predetermined_grouping_id

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, DatasetSchema):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        imports: list[dict[str, Any]] | None | Unset
        if isinstance(self.imports, Unset):
            imports = UNSET
        elif isinstance(self.imports, list):
            imports = []
            for imports_type_0_item_data in self.imports:
                imports_type_0_item = imports_type_0_item_data.to_dict()
                imports.append(imports_type_0_item)

        else:
            imports = self.imports

        migration_job_id = self.migration_job_id

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if total_datapoint_count is not UNSET:
            field_dict["total_datapoint_count"] = total_datapoint_count
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if status is not UNSET:
            field_dict["status"] = status
        if filename is not UNSET:
            field_dict["filename"] = filename
        if has_predetermined_grouping_id is not UNSET:
            field_dict["has_predetermined_grouping_id"] = has_predetermined_grouping_id
        if schema is not UNSET:
            field_dict["schema"] = schema
        if imports is not UNSET:
            field_dict["imports"] = imports
        if migration_job_id is not UNSET:
            field_dict["migration_job_id"] = migration_job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        total_datapoint_count = d.pop("total_datapoint_count", UNSET)

        schema_version = d.pop("schema_version", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetStatus._value2member_map_.get(_status) or DatasetStatus(_status)

        filename = d.pop("filename", UNSET)

        has_predetermined_grouping_id = d.pop("has_predetermined_grouping_id", UNSET)

        schema = d.pop("schema", UNSET)

        imports = d.pop("imports", UNSET)

        migration_job_id = d.pop("migration_job_id", UNSET)

        if cls is not Dataset:
            dataset = cls(
                id,
                name,
                workspace_id,
                created_at,
                created_by,
                total_datapoint_count,
                schema_version,
                status,
                filename,
                has_predetermined_grouping_id,
                UNSET if schema is UNSET else cls._parse_field("schema", schema),
                UNSET if imports is UNSET else cls._parse_field("imports", imports),
                migration_job_id,
            )
        else:
            dataset = cls.__new__(cls)
            dataset.id = id
            dataset.name = name
            dataset.workspace_id = workspace_id
            dataset.created_at = created_at
            dataset.created_by = created_by
            dataset.total_datapoint_count = total_datapoint_count
            dataset.schema_version = schema_version
            dataset.status = status
            dataset.filename = filename
            dataset.has_predetermined_grouping_id = has_predetermined_grouping_id
            dataset.migration_job_id = migration_job_id
            deferred: dict[str, Any] = {}
            if schema is UNSET:
                dataset.schema = UNSET
            else:
                deferred["schema"] = schema
            if imports is UNSET:
                dataset.imports = UNSET
            else:
                deferred["imports"] = imports
            if deferred:
                dataset._deferred = deferred

        dataset.additional_properties = d
        return dataset

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "schema":

            def _parse_schema(data: object) -> DatasetSchema | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    schema_type_1 = DatasetSchema.from_dict(data)

                    return schema_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DatasetSchema | None | Unset, data)

            schema = _parse_schema(data)

            return schema
        if name == "imports":

            def _parse_imports(data: object) -> list[DatasetImport] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    imports_type_0 = []
                    _imports_type_0 = data
                    for imports_type_0_item_data in _imports_type_0:
                        imports_type_0_item = DatasetImport.from_dict(imports_type_0_item_data)

                        imports_type_0.append(imports_type_0_item)

                    return imports_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[DatasetImport] | None | Unset, data)

            imports = _parse_imports(data)

            return imports
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
from ..models.dataset_import import DatasetImport  # noqa: E402
from ..models.dataset_schema import DatasetSchema  # noqa: E402
