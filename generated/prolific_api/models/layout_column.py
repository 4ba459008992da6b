from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="LayoutColumn")


@_attrs_define
class LayoutColumn(DeferredFields):
    """A column of a row; its items stack top to bottom.

    Attributes:
        items (list[LayoutItem]):
        id (str | Unset): Assigned by Prolific.
    """

    items: list[LayoutItem]
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = d.pop("items")

        id = d.pop("id", UNSET)

        if cls is not LayoutColumn:
            layout_column = cls(
                cls._parse_field("items", items),
                id,
            )
        else:
            layout_column = cls.__new__(cls)
            layout_column.id = id
            deferred: dict[str, Any] = {}
            deferred["items"] = items
            if deferred:
                layout_column._deferred = deferred

        layout_column.additional_properties = d
        return layout_column

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "items":
            items = []
            _items = data
            for items_item_data in _items:
                items_item = LayoutItem.from_dict(items_item_data)

                items.append(items_item)

            return items
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
from ..models.layout_item import LayoutItem  # noqa: E402
