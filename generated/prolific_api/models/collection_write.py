from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="CollectionWrite")


@_attrs_define
class CollectionWrite(DeferredFields):
    """A whole collection, to create or to replace one.

    Attributes:
        name (str): Name.
        workspace_id (str): Workspace it belongs to.
        task_details (TaskDetails): What participants read before the tasks.
        collection_items (list[CollectionPage]): The pages, in order.
    """

    name: str
    workspace_id: str
    task_details: TaskDetails
    collection_items: list[CollectionPage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        workspace_id = self.workspace_id

        task_details = self.task_details.to_dict()

        collection_items = []
        for collection_items_item_data in self.collection_items:
            collection_items_item = collection_items_item_data.to_dict()
            collection_items.append(collection_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "workspace_id": workspace_id,
                "task_details": task_details,
                "collection_items": collection_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        workspace_id = d.pop("workspace_id")

        task_details = d.pop("task_details")

        collection_items = d.pop("collection_items")

        if cls is not CollectionWrite:
            collection_write = cls(
                name,
                workspace_id,
                cls._parse_field("task_details", task_details),
                cls._parse_field("collection_items", collection_items),
            )
        else:
            collection_write = cls.__new__(cls)
            collection_write.name = name
            collection_write.workspace_id = workspace_id
            deferred: dict[str, Any] = {}
            deferred["task_details"] = task_details
            deferred["collection_items"] = collection_items
            if deferred:
                collection_write._deferred = deferred

        collection_write.additional_properties = d
        return collection_write

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "task_details":
            task_details = TaskDetails.from_dict(data)

            return task_details
        if name == "collection_items":
            collection_items = []
            _collection_items = data
            for collection_items_item_data in _collection_items:
                collection_items_item = CollectionPage.from_dict(collection_items_item_data)

                collection_items.append(collection_items_item)

            return collection_items
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
from ..models.collection_page import CollectionPage  # noqa: E402
from ..models.task_details import TaskDetails  # noqa: E402
