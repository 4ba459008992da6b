from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="DatasetSchema")


@_attrs_define
class DatasetSchema(DeferredFields):
    """The fields of a structured (V4) dataset.

    Attributes:
        strict (bool): Refuse records that lack a field of the schema.
        fields (DatasetSchemaFields): Field name to field; the names are the JSONL keys and CSV columns.
    """

    strict: bool
    fields: DatasetSchemaFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strict = self.strict

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strict": strict,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        strict = d.pop("strict")

        fields = d.pop("fields")

        if cls is not DatasetSchema:
            dataset_schema = cls(
                strict,
                cls._parse_field("fields", fields),
            )
        else:
            dataset_schema = cls.__new__(cls)
            dataset_schema.strict = strict
            deferred: dict[str, Any] = {}
            deferred["fields"] = fields
            if deferred:
                dataset_schema._deferred = deferred

        dataset_schema.additional_properties = d
        return dataset_schema

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "fields":
            fields = DatasetSchemaFields.from_dict(data)

            return fields
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
from ..models.dataset_schema_fields import DatasetSchemaFields  # noqa: E402
