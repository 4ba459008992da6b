from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="LayoutRow")


@_attrs_define
class LayoutRow(DeferredFields):
    """A row of a page: one or two columns side by side.

    Attributes:
        columns (list[LayoutColumn]):
        id (str | Unset): Assigned by Prolific.
    """

    columns: list[LayoutColumn]
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        columns = d.pop("columns")

        id = d.pop("id", UNSET)

        if cls is not LayoutRow:
            layout_row = cls(
                cls._parse_field("columns", columns),
                id,
            )
        else:
            layout_row = cls.__new__(cls)
            layout_row.id = id
            deferred: dict[str, Any] = {}
            deferred["columns"] = columns
            if deferred:
                layout_row._deferred = deferred

        layout_row.additional_properties = d
        return layout_row

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "columns":
            columns = []
            _columns = data
            for columns_item_data in _columns:
                columns_item = LayoutColumn.from_dict(columns_item_data)

                columns.append(columns_item)

            return columns
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
from ..models.layout_column import LayoutColumn  # noqa: E402
