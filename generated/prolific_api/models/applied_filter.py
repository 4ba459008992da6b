from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applied_filter_weightings import AppliedFilterWeightings
    from ..models.filter_range import FilterRange


T = TypeVar("T", bound="AppliedFilter")


@_attrs_define
class AppliedFilter:
    """One filter applied to an audience: a `select` filter with `selected_values` (and
    optional `weightings`) or a `range` filter with `selected_range`. Find filter IDs,
    their kind and allowed values with `client.filters.list()`.

        Attributes:
            filter_id (str): ID of the filter, such as `age` or `custom_allowlist`.
            selected_values (list[str] | Unset): Chosen keys of the filter's `choices` (select filters).
            selected_range (FilterRange | Unset): Bounds of a range filter; a missing or null bound is open.
            weightings (AppliedFilterWeightings | Unset): Relative share of participants per selected value (select
                filters).
    """

    filter_id: str
    selected_values: list[str] | Unset = UNSET
    selected_range: FilterRange | Unset = UNSET
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
        if weightings is not UNSET:
            field_dict["weightings"] = weightings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applied_filter_weightings import AppliedFilterWeightings  # noqa: PLC0415
        from ..models.filter_range import FilterRange  # noqa: PLC0415

        d = dict(src_dict)
        filter_id = d.pop("filter_id")

        selected_values = cast(list[str], d.pop("selected_values", UNSET))

        _selected_range = d.pop("selected_range", UNSET)
        selected_range: FilterRange | Unset
        if isinstance(_selected_range, Unset):
            selected_range = UNSET
        else:
            selected_range = FilterRange.from_dict(_selected_range)

        _weightings = d.pop("weightings", UNSET)
        weightings: AppliedFilterWeightings | Unset
        if isinstance(_weightings, Unset):
            weightings = UNSET
        else:
            weightings = AppliedFilterWeightings.from_dict(_weightings)

        applied_filter = cls(
            filter_id=filter_id,
            selected_values=selected_values,
            selected_range=selected_range,
            weightings=weightings,
        )

        applied_filter.additional_properties = d
        return applied_filter

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
