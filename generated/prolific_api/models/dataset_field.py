from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_field_type import DatasetFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetField")


@_attrs_define
class DatasetField:
    """One field of a dataset schema.

    Attributes:
        type_ (DatasetFieldType): `text` and `image_url` can be shown to participants; `metadata` is kept but not shown;
            `task_group_id` groups records into the same task group.
        label (str | Unset): Label shown to participants.
    """

    type_: DatasetFieldType
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type")
        type_ = DatasetFieldType._value2member_map_.get(_type_) or DatasetFieldType(_type_)

        label = d.pop("label", UNSET)

        dataset_field = cls(
            type_,
            label,
        )

        dataset_field.additional_properties = d
        return dataset_field

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
