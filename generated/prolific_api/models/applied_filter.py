from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="AppliedFilter")


@_attrs_define
class AppliedFilter(DeferredFields):
    """One filter applied to an audience, in one of three shapes (find filter IDs, kinds and
    values with `client.filters.list()`): a `select` filter with `selected_values`, a `range` filter with
    `selected_range`, or a
    group `{filter_id: "and" | "or", selected_filters: [...]}` whose children are filters of
    any of these shapes, nested groups included. Select and range filters may carry
    `weightings` to set quotas; quota and representative studies also need the study's
    `study_type`.

        Attributes:
            filter_id (str): ID of the filter, such as `age` or `custom_allowlist`; or `and` / `or` for a group
                of `selected_filters`.
            selected_values (list[str] | Unset): Chosen keys of the filter's `choices` (select filters).
            selected_range (FilterRange | Unset): Bounds of a range filter; a missing or null bound is open.
            selected_filters (list[AppliedFilter] | Unset): Groups only: the child filters; `and` needs every child to
                match, `or` at least one.
            weightings (AppliedFilterWeightings | Unset): Quotas. Select filters map each selected value to its share (a
                number). Range filters
                map a label of your choice to `{selected_range: {lower, upper}, weighting}`.
    """

    filter_id: str
    selected_values: list[str] | Unset = UNSET
    selected_range: FilterRange | Unset = UNSET
    selected_filters: list[AppliedFilter] | Unset = UNSET
    weightings: AppliedFilterWeightings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_id = self.filter_id

        selected_values: list[str] | Unset = UNSET
        if not isinstance(self.selected_values, Unset):
            selected_values = self.selected_values

        selected_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_range, Unset):
            selected_range = self.selected_range.to_dict()

        selected_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_filters, Unset):
            selected_filters = []
            for selected_filters_item_data in self.selected_filters:
                selected_filters_item = selected_filters_item_data.to_dict()
                selected_filters.append(selected_filters_item)

        weightings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weightings, Unset):
            weightings = self.weightings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter_id": filter_id,
            }
        )
        if selected_values is not UNSET:
            field_dict["selected_values"] = selected_values
        if selected_range is not UNSET:
            field_dict["selected_range"] = selected_range
        if selected_filters is not UNSET:
            field_dict["selected_filters"] = selected_filters
        if weightings is not UNSET:
            field_dict["weightings"] = weightings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_id = d.pop("filter_id")

        selected_values = cast(list[str], d.pop("selected_values", UNSET))

        selected_range = d.pop("selected_range", UNSET)

        selected_filters = d.pop("selected_filters", UNSET)

        weightings = d.pop("weightings", UNSET)

        if cls is not AppliedFilter:
            applied_filter = cls(
                filter_id,
                selected_values,
                UNSET
                if selected_range is UNSET
                else cls._parse_field("selected_range", selected_range),
                UNSET
                if selected_filters is UNSET
                else cls._parse_field("selected_filters", selected_filters),
                UNSET if weightings is UNSET else cls._parse_field("weightings", weightings),
            )
        else:
            applied_filter = cls.__new__(cls)
            applied_filter.filter_id = filter_id
            applied_filter.selected_values = selected_values
            deferred: dict[str, Any] = {}
            if selected_range is UNSET:
                applied_filter.selected_range = UNSET
            else:
                deferred["selected_range"] = selected_range
            if selected_filters is UNSET:
                applied_filter.selected_filters = UNSET
            else:
                deferred["selected_filters"] = selected_filters
            if weightings is UNSET:
                applied_filter.weightings = UNSET
            else:
                deferred["weightings"] = weightings
            if deferred:
                applied_filter._deferred = deferred

        applied_filter.additional_properties = d
        return applied_filter

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "selected_range":
            _selected_range = data
            selected_range: FilterRange | Unset
            if isinstance(_selected_range, Unset):
                selected_range = UNSET
            else:
                selected_range = FilterRange.from_dict(_selected_range)

            return selected_range
        if name == "selected_filters":
            _selected_filters = data
            selected_filters: list[AppliedFilter] | Unset = UNSET
            if _selected_filters is not UNSET:
                selected_filters = []
                for selected_filters_item_data in _selected_filters:
                    selected_filters_item = AppliedFilter.from_dict(selected_filters_item_data)

                    selected_filters.append(selected_filters_item)

            return selected_filters
        if name == "weightings":
            _weightings = data
            weightings: AppliedFilterWeightings | Unset
            if isinstance(_weightings, Unset):
                weightings = UNSET
            else:
                weightings = AppliedFilterWeightings.from_dict(_weightings)

            return weightings
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
from ..models.applied_filter_weightings import AppliedFilterWeightings  # noqa: E402
from ..models.filter_range import FilterRange  # noqa: E402
