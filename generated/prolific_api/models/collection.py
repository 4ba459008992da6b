from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection(DeferredFields):
    """Pages of questions and content that participants answer, often with files or text they make.

    Attributes:
        id (str): Collection ID (a UUID).
        name (str | Unset): Name.
        workspace_id (str | Unset): Workspace it belongs to.
        created_at (datetime.datetime | Unset): When it was created.
        created_by (str | Unset): User who created it.
        last_modified_at (datetime.datetime | Unset): Last change.
        last_modified_by (str | Unset): User who changed it last.
        schema_version (Any | Unset): Version of the collection format.
        task_details (TaskDetails | Unset): What participants read before the tasks.
        collection_items (list[CollectionPage] | Unset): The pages, in order.
    """

    id: str
    name: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_at: datetime.datetime | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    schema_version: Any | Unset = UNSET
    task_details: TaskDetails | Unset = UNSET
    collection_items: list[CollectionPage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        workspace_id = self.workspace_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        last_modified_at: str | Unset = UNSET
        if not isinstance(self.last_modified_at, Unset):
            last_modified_at = self.last_modified_at.isoformat()

        last_modified_by = self.last_modified_by

        schema_version = self.schema_version

        task_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_details, Unset):
            task_details = self.task_details.to_dict()

        collection_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collection_items, Unset):
            collection_items = []
            for collection_items_item_data in self.collection_items:
                collection_items_item = collection_items_item_data.to_dict()
                collection_items.append(collection_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_at is not UNSET:
            field_dict["last_modified_at"] = last_modified_at
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if task_details is not UNSET:
            field_dict["task_details"] = task_details
        if collection_items is not UNSET:
            field_dict["collection_items"] = collection_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _last_modified_at = d.pop("last_modified_at", UNSET)
        last_modified_at: datetime.datetime | Unset
        if isinstance(_last_modified_at, Unset):
            last_modified_at = UNSET
        else:
            last_modified_at = datetime.datetime.fromisoformat(_last_modified_at)

        last_modified_by = d.pop("last_modified_by", UNSET)

        schema_version = d.pop("schema_version", UNSET)

        task_details = d.pop("task_details", UNSET)

        collection_items = d.pop("collection_items", UNSET)

        if cls is not Collection:
            collection = cls(
                id,
                name,
                workspace_id,
                created_at,
                created_by,
                last_modified_at,
                last_modified_by,
                schema_version,
                UNSET if task_details is UNSET else cls._parse_field("task_details", task_details),
                UNSET
                if collection_items is UNSET
                else cls._parse_field("collection_items", collection_items),
            )
        else:
            collection = cls.__new__(cls)
            collection.id = id
            collection.name = name
            collection.workspace_id = workspace_id
            collection.created_at = created_at
            collection.created_by = created_by
            collection.last_modified_at = last_modified_at
            collection.last_modified_by = last_modified_by
            collection.schema_version = schema_version
            deferred: dict[str, Any] = {}
            if task_details is UNSET:
                collection.task_details = UNSET
            else:
                deferred["task_details"] = task_details
            if collection_items is UNSET:
                collection.collection_items = UNSET
            else:
                deferred["collection_items"] = collection_items
            if deferred:
                collection._deferred = deferred

        collection.additional_properties = d
        return collection

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "task_details":
            _task_details = data
            task_details: TaskDetails | Unset
            if isinstance(_task_details, Unset):
                task_details = UNSET
            else:
                task_details = TaskDetails.from_dict(_task_details)

            return task_details
        if name == "collection_items":
            _collection_items = data
            collection_items: list[CollectionPage] | Unset = UNSET
            if _collection_items is not UNSET:
                collection_items = []
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
