from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="FilterDistribution")


@_attrs_define
class FilterDistribution(DeferredFields):
    """For each filter asked for, the number of group members per value.

    Attributes:
        distribution (FilterDistributionDistribution | Unset):
    """

    distribution: FilterDistributionDistribution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distribution is not UNSET:
            field_dict["distribution"] = distribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        distribution = d.pop("distribution", UNSET)

        if cls is not FilterDistribution:
            filter_distribution = cls(
                UNSET if distribution is UNSET else cls._parse_field("distribution", distribution),
            )
        else:
            filter_distribution = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            if distribution is UNSET:
                filter_distribution.distribution = UNSET
            else:
                deferred["distribution"] = distribution
            if deferred:
                filter_distribution._deferred = deferred

        filter_distribution.additional_properties = d
        return filter_distribution

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "distribution":
            _distribution = data
            distribution: FilterDistributionDistribution | Unset
            if isinstance(_distribution, Unset):
                distribution = UNSET
            else:
                distribution = FilterDistributionDistribution.from_dict(_distribution)

            return distribution
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
from ..models.filter_distribution_distribution import FilterDistributionDistribution  # noqa: E402
