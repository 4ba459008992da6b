from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetUploadUrl")


@_attrs_define
class DatasetUploadUrl:
    """Where and how to upload one file.

    Attributes:
        upload_url (str): Presigned storage URL on another origin. Send no API token to it.
        dataset_id (str | Unset): The dataset.
        http_method (str | Unset): Method to upload with (`PUT`).
        content_type (str | Unset): The `Content-Type` to send, exactly.
        expires_at (datetime.datetime | Unset): When the URL stops working.
        file_key (str | Unset): Storage key of the file, for reference.
        import_id (str | Unset): Structured datasets: the import job tracking this file.
    """

    upload_url: str
    dataset_id: str | Unset = UNSET
    http_method: str | Unset = UNSET
    content_type: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    file_key: str | Unset = UNSET
    import_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        dataset_id = self.dataset_id

        http_method = self.http_method

        content_type = self.content_type

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        file_key = self.file_key

        import_id = self.import_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_url": upload_url,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if http_method is not UNSET:
            field_dict["http_method"] = http_method
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if file_key is not UNSET:
            field_dict["file_key"] = file_key
        if import_id is not UNSET:
            field_dict["import_id"] = import_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_url = d.pop("upload_url")

        dataset_id = d.pop("dataset_id", UNSET)

        http_method = d.pop("http_method", UNSET)

        content_type = d.pop("content_type", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        file_key = d.pop("file_key", UNSET)

        import_id = d.pop("import_id", UNSET)

        dataset_upload_url = cls(
            upload_url,
            dataset_id,
            http_method,
            content_type,
            expires_at,
            file_key,
            import_id,
        )

        dataset_upload_url.additional_properties = d
        return dataset_upload_url

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
