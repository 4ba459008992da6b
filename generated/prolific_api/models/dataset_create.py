from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="DatasetCreate")


@_attrs_define
class DatasetCreate(DeferredFields):
    """A dataset to create.

    Attributes:
        name (str): Name of the dataset.
        workspace_id (str): Workspace to create it in.
        schema (DatasetSchema | Unset): The fields of a structured (V4) dataset.
    """

    name: str
    workspace_id: str
    schema: DatasetSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        workspace_id = self.workspace_id

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "workspace_id": workspace_id,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        workspace_id = d.pop("workspace_id")

        schema = d.pop("schema", UNSET)

        if cls is not DatasetCreate:
            dataset_create = cls(
                name,
                workspace_id,
                UNSET if schema is UNSET else cls._parse_field("schema", schema),
            )
        else:
            dataset_create = cls.__new__(cls)
            dataset_create.name = name
            dataset_create.workspace_id = workspace_id
            deferred: dict[str, Any] = {}
            if schema is UNSET:
                dataset_create.schema = UNSET
            else:
                deferred["schema"] = schema
            if deferred:
                dataset_create._deferred = deferred

        dataset_create.additional_properties = d
        return dataset_create

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "schema":
            _schema = data
            schema: DatasetSchema | Unset
            if isinstance(_schema, Unset):
                schema = UNSET
            else:
                schema = DatasetSchema.from_dict(_schema)

            return schema
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
from ..models.dataset_schema import DatasetSchema  # noqa: E402
