from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_project_status import PublicProjectStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicDetailsType0")


@_attrs_define
class PublicDetailsType0:
    """The public page of a `PUBLIC` project (null for a private one).

    Attributes:
        status (PublicProjectStatus | Unset): Whether a public project's page is shown.
        title (str | Unset): Title participants see.
        short_description (str | Unset): One-line summary.
        description (str | Unset): Full description.
    """

    status: PublicProjectStatus | Unset = UNSET
    title: str | Unset = UNSET
    short_description: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        title = self.title

        short_description = self.short_description

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: PublicProjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PublicProjectStatus._value2member_map_.get(_status) or PublicProjectStatus(
                _status
            )

        title = d.pop("title", UNSET)

        short_description = d.pop("short_description", UNSET)

        description = d.pop("description", UNSET)

        public_details_type_0 = cls(
            status,
            title,
            short_description,
            description,
        )

        public_details_type_0.additional_properties = d
        return public_details_type_0

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
