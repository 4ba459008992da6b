from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="CollectionPage")


@_attrs_define
class CollectionPage(DeferredFields):
    """One page of a collection.

    Attributes:
        page_items (list[CollectionPageItem]): Questions and content, in order.
        id (str | Unset): Assigned by Prolific; send it to keep the page.
        schema_version (Any | Unset): Version of the page format (`1`).
        created_at (datetime.datetime | Unset): When it was created.
        created_by (str | Unset): User who created it.
    """

    page_items: list[CollectionPageItem]
    id: str | Unset = UNSET
    schema_version: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_items = []
        for page_items_item_data in self.page_items:
            page_items_item = page_items_item_data.to_dict()
            page_items.append(page_items_item)

        id = self.id

        schema_version = self.schema_version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_items": page_items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_items = d.pop("page_items")

        id = d.pop("id", UNSET)

        schema_version = d.pop("schema_version", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        if cls is not CollectionPage:
            collection_page = cls(
                cls._parse_field("page_items", page_items),
                id,
                schema_version,
                created_at,
                created_by,
            )
        else:
            collection_page = cls.__new__(cls)
            collection_page.id = id
            collection_page.schema_version = schema_version
            collection_page.created_at = created_at
            collection_page.created_by = created_by
            deferred: dict[str, Any] = {}
            deferred["page_items"] = page_items
            if deferred:
                collection_page._deferred = deferred

        collection_page.additional_properties = d
        return collection_page

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "page_items":
            page_items = []
            _page_items = data
            for page_items_item_data in _page_items:
                page_items_item = CollectionPageItem.from_dict(page_items_item_data)

                page_items.append(page_items_item)

            return page_items
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
from ..models.collection_page_item import CollectionPageItem  # noqa: E402
