from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """An export of answers and uploaded files as a ZIP archive.

    Attributes:
        status (ExportStatus): `generating`: poll again; `complete`: download `url`; `failed`: ask for a new export. New
            values may appear.
        export_id (str | Unset): Job to poll, while `generating`.
        url (str | Unset): Presigned HTTPS URL of the archive, when `complete`; valid for an hour. Send no API token to
            it.
        expires_at (datetime.datetime | Unset): When `url` stops working.
    """

    status: ExportStatus
    export_id: str | Unset = UNSET
    url: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        export_id = self.export_id

        url = self.url

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if export_id is not UNSET:
            field_dict["export_id"] = export_id
        if url is not UNSET:
            field_dict["url"] = url
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status")
        status = ExportStatus._value2member_map_.get(_status) or ExportStatus(_status)

        export_id = d.pop("export_id", UNSET)

        url = d.pop("url", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        export = cls(
            status,
            export_id,
            url,
            expires_at,
        )

        export.additional_properties = d
        return export

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
