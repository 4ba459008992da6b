from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="LongitudinalConfig")


@_attrs_define
class LongitudinalConfig(DeferredFields):
    """Targets of a longitudinal project.

    Attributes:
        target_completions (int): Participants who should complete the final wave.
        retention_rate (float): Expected share of participants kept from one wave to the next (0 to 1).
        filters (list[AppliedFilter] | Unset): Audience of the first wave.
    """

    target_completions: int
    retention_rate: float
    filters: list[AppliedFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_completions = self.target_completions

        retention_rate = self.retention_rate

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_completions": target_completions,
                "retention_rate": retention_rate,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_completions = d.pop("target_completions")

        retention_rate = d.pop("retention_rate")

        filters = d.pop("filters", UNSET)

        if cls is not LongitudinalConfig:
            longitudinal_config = cls(
                target_completions,
                retention_rate,
                UNSET if filters is UNSET else cls._parse_field("filters", filters),
            )
        else:
            longitudinal_config = cls.__new__(cls)
            longitudinal_config.target_completions = target_completions
            longitudinal_config.retention_rate = retention_rate
            deferred: dict[str, Any] = {}
            if filters is UNSET:
                longitudinal_config.filters = UNSET
            else:
                deferred["filters"] = filters
            if deferred:
                longitudinal_config._deferred = deferred

        longitudinal_config.additional_properties = d
        return longitudinal_config

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "filters":
            _filters = data
            filters: list[AppliedFilter] | Unset = UNSET
            if _filters is not UNSET:
                filters = []
                for filters_item_data in _filters:
                    filters_item = AppliedFilter.from_dict(filters_item_data)

                    filters.append(filters_item)

            return filters
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
from ..models.applied_filter import AppliedFilter  # noqa: E402
