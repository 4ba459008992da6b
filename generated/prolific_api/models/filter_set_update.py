from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="FilterSetUpdate")


@_attrs_define
class FilterSetUpdate(DeferredFields):
    """Filter set fields to change.

    Attributes:
        name (str | Unset): New name.
        filters (list[AppliedFilter] | Unset): The complete new list of filters.
    """

    name: str | Unset = UNSET
    filters: list[AppliedFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        filters = d.pop("filters", UNSET)

        if cls is not FilterSetUpdate:
            filter_set_update = cls(
                name,
                UNSET if filters is UNSET else cls._parse_field("filters", filters),
            )
        else:
            filter_set_update = cls.__new__(cls)
            filter_set_update.name = name
            deferred: dict[str, Any] = {}
            if filters is UNSET:
                filter_set_update.filters = UNSET
            else:
                deferred["filters"] = filters
            if deferred:
                filter_set_update._deferred = deferred

        filter_set_update.additional_properties = d
        return filter_set_update

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
