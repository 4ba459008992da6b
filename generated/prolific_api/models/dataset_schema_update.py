from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="DatasetSchemaUpdate")


@_attrs_define
class DatasetSchemaUpdate(DeferredFields):
    """A new schema for a structured dataset.

    Attributes:
        schema (DatasetSchema): The fields of a structured (V4) dataset.
    """

    schema: DatasetSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schema = d.pop("schema")

        if cls is not DatasetSchemaUpdate:
            dataset_schema_update = cls(
                cls._parse_field("schema", schema),
            )
        else:
            dataset_schema_update = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            deferred["schema"] = schema
            if deferred:
                dataset_schema_update._deferred = deferred

        dataset_schema_update.additional_properties = d
        return dataset_schema_update

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "schema":
            schema = DatasetSchema.from_dict(data)

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
