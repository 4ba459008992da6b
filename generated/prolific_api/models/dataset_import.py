from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_status import ImportStatus
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="DatasetImport")


@_attrs_define
class DatasetImport(DeferredFields):
    """The import of one uploaded file into a structured dataset.

    Attributes:
        import_id (str): Import job ID.
        status (ImportStatus): `uninitialised` until the file arrives; `queued` and `processing` while it is read;
            `complete`, `partial` and `failed` are final; `pending_schema` waits for a schema. New values may appear.
        dataset_id (str | Unset): The dataset.
        type_ (str | Unset): How the records came (`file_upload`).
        filename (None | str | Unset): The file's name as given.
        created_at (datetime.datetime | Unset): When the upload URL was asked for.
        updated_at (datetime.datetime | Unset): Last change.
        accepted_count (int | Unset): Records taken in (`complete`, `partial`).
        rejected_count (int | Unset): Records refused (`partial`).
        errors (list[RecordProblem] | Unset): The refused records (`partial`).
        reason (str | Unset): Why it failed (`failed`).
    """

    import_id: str
    status: ImportStatus
    dataset_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    filename: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    accepted_count: int | Unset = UNSET
    rejected_count: int | Unset = UNSET
    errors: list[RecordProblem] | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_id = self.import_id

        status = self.status.value

        dataset_id = self.dataset_id

        type_ = self.type_

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        accepted_count = self.accepted_count

        rejected_count = self.rejected_count

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
                "import_id": import_id,
                "status": status,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if filename is not UNSET:
            field_dict["filename"] = filename
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if accepted_count is not UNSET:
            field_dict["accepted_count"] = accepted_count
        if rejected_count is not UNSET:
            field_dict["rejected_count"] = rejected_count
        if errors is not UNSET:
            field_dict["errors"] = errors
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        import_id = d.pop("import_id")

        _status = d.pop("status")
        status = ImportStatus._value2member_map_.get(_status) or ImportStatus(_status)

        dataset_id = d.pop("dataset_id", UNSET)

        type_ = d.pop("type", UNSET)

        filename = d.pop("filename", UNSET)

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

        accepted_count = d.pop("accepted_count", UNSET)

        rejected_count = d.pop("rejected_count", UNSET)

        errors = d.pop("errors", UNSET)

        reason = d.pop("reason", UNSET)

        if cls is not DatasetImport:
            dataset_import = cls(
                import_id,
                status,
                dataset_id,
                type_,
                filename,
                created_at,
                updated_at,
                accepted_count,
                rejected_count,
                UNSET if errors is UNSET else cls._parse_field("errors", errors),
                reason,
            )
        else:
            dataset_import = cls.__new__(cls)
            dataset_import.import_id = import_id
            dataset_import.status = status
            dataset_import.dataset_id = dataset_id
            dataset_import.type_ = type_
            dataset_import.filename = filename
            dataset_import.created_at = created_at
            dataset_import.updated_at = updated_at
            dataset_import.accepted_count = accepted_count
            dataset_import.rejected_count = rejected_count
            dataset_import.reason = reason
            deferred: dict[str, Any] = {}
            if errors is UNSET:
                dataset_import.errors = UNSET
            else:
                deferred["errors"] = errors
            if deferred:
                dataset_import._deferred = deferred

        dataset_import.additional_properties = d
        return dataset_import

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "errors":
            _errors = data
            errors: list[RecordProblem] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = RecordProblem.from_dict(errors_item_data)

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
from ..models.record_problem import RecordProblem  # noqa: E402
