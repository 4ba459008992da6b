from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="DemographicExportHistory")


@_attrs_define
class DemographicExportHistory(DeferredFields):
    """The latest demographic export of a study.

    Attributes:
        count (int): Different filter combinations exported so far (Prolific allows 2 per study).
        filters (list[AppliedFilter]): Filters of the latest export.
    """

    count: int
    filters: list[AppliedFilter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        filters = d.pop("filters")

        if cls is not DemographicExportHistory:
            demographic_export_history = cls(
                count,
                cls._parse_field("filters", filters),
            )
        else:
            demographic_export_history = cls.__new__(cls)
            demographic_export_history.count = count
            deferred: dict[str, Any] = {}
            deferred["filters"] = filters
            if deferred:
                demographic_export_history._deferred = deferred

        demographic_export_history.additional_properties = d
        return demographic_export_history

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "filters":
            filters = []
            _filters = data
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
