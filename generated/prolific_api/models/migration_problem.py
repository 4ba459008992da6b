from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationProblem")


@_attrs_define
class MigrationProblem:
    """A field emptied because it does not fit the new schema.

    Attributes:
        datapoint_id (str | Unset): The record.
        field (str | Unset): The field emptied.
        reason (str | Unset): Why.
    """

    datapoint_id: str | Unset = UNSET
    field: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datapoint_id = self.datapoint_id

        field = self.field

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if datapoint_id is not UNSET:
            field_dict["datapoint_id"] = datapoint_id
        if field is not UNSET:
            field_dict["field"] = field
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        datapoint_id = d.pop("datapoint_id", UNSET)

        field = d.pop("field", UNSET)

        reason = d.pop("reason", UNSET)

        migration_problem = cls(
            datapoint_id,
            field,
            reason,
        )

        migration_problem.additional_properties = d
        return migration_problem

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
