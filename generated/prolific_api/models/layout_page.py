from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="LayoutPage")


@_attrs_define
class LayoutPage(DeferredFields):
    """One screen of a batch's `batch_items` layout.

    Attributes:
        rows (list[LayoutRow]):
        id (str | Unset): Assigned by Prolific.
    """

    rows: list[LayoutRow]
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rows = d.pop("rows")

        id = d.pop("id", UNSET)

        if cls is not LayoutPage:
            layout_page = cls(
                cls._parse_field("rows", rows),
                id,
            )
        else:
            layout_page = cls.__new__(cls)
            layout_page.id = id
            deferred: dict[str, Any] = {}
            deferred["rows"] = rows
            if deferred:
                layout_page._deferred = deferred

        layout_page.additional_properties = d
        return layout_page

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "rows":
            rows = []
            _rows = data
            for rows_item_data in _rows:
                rows_item = LayoutRow.from_dict(rows_item_data)

                rows.append(rows_item)

            return rows
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
from ..models.layout_row import LayoutRow  # noqa: E402
