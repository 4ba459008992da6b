from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LayoutProblem")


@_attrs_define
class LayoutProblem:
    """Where a refused `batch_items` layout went wrong (zero-based positions), as listed in the `issues` of a 422 answer
    whose `type` is `INVALID_BATCH_ITEMS`.

        Attributes:
            message (str): What is wrong.
            page (int | Unset): Page index.
            row (int | Unset): Row index.
            column (int | Unset): Column index.
            item (int | Unset): Item index.
            type_ (str | Unset): Kind of the item refused.
            field (str | Unset): The dataset field named, for `dataset_field` items.
    """

    message: str
    page: int | Unset = UNSET
    row: int | Unset = UNSET
    column: int | Unset = UNSET
    item: int | Unset = UNSET
    type_: str | Unset = UNSET
    field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        page = self.page

        row = self.row

        column = self.column

        item = self.item

        type_ = self.type_

        field = self.field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if row is not UNSET:
            field_dict["row"] = row
        if column is not UNSET:
            field_dict["column"] = column
        if item is not UNSET:
            field_dict["item"] = item
        if type_ is not UNSET:
            field_dict["type"] = type_
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        page = d.pop("page", UNSET)

        row = d.pop("row", UNSET)

        column = d.pop("column", UNSET)

        item = d.pop("item", UNSET)

        type_ = d.pop("type", UNSET)

        field = d.pop("field", UNSET)

        layout_problem = cls(
            message,
            page,
            row,
            column,
            item,
            type_,
            field,
        )

        layout_problem.additional_properties = d
        return layout_problem

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
