from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FilterDistributionDistribution")


@_attrs_define
class FilterDistributionDistribution:
    additional_properties: dict[str, FilterDistributionDistributionAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_distribution_distribution = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FilterDistributionDistributionAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        filter_distribution_distribution.additional_properties = additional_properties
        return filter_distribution_distribution

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FilterDistributionDistributionAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: FilterDistributionDistributionAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported once the class above exists, so import cycles
# resolve; inside from_dict/to_dict the import statement ran again on every call (~2 us each).
from ..models.filter_distribution_distribution_additional_property import (
    FilterDistributionDistributionAdditionalProperty,  # noqa: E402
)
