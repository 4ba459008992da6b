from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_status import DatasetStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetStatusAnswer")


@_attrs_define
class DatasetStatusAnswer:
    """A legacy dataset's status.

    Attributes:
        status (DatasetStatus | Unset): Processing of a legacy (V3) dataset's file. New values may appear.
    """

    status: DatasetStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: DatasetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetStatus._value2member_map_.get(_status) or DatasetStatus(_status)

        dataset_status_answer = cls(
            status,
        )

        dataset_status_answer.additional_properties = d
        return dataset_status_answer

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
