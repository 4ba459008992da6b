from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_status import ImportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_problem import RecordProblem


T = TypeVar("T", bound="DatasetImport")


@_attrs_define
class DatasetImport:
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
        from ..models.record_problem import RecordProblem  # noqa: PLC0415

        d = dict(src_dict)
        import_id = d.pop("import_id")

        status = ImportStatus(d.pop("status"))

        dataset_id = d.pop("dataset_id", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

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

        _errors = d.pop("errors", UNSET)
        errors: list[RecordProblem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = RecordProblem.from_dict(errors_item_data)

                errors.append(errors_item)

        reason = d.pop("reason", UNSET)

        dataset_import = cls(
            import_id=import_id,
            status=status,
            dataset_id=dataset_id,
            type_=type_,
            filename=filename,
            created_at=created_at,
            updated_at=updated_at,
            accepted_count=accepted_count,
            rejected_count=rejected_count,
            errors=errors,
            reason=reason,
        )

        dataset_import.additional_properties = d
        return dataset_import

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
