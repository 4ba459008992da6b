from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="RangeWeighting")


@_attrs_define
class RangeWeighting(DeferredFields):
    """One band of a weighted range filter and its share of the participants.

    Attributes:
        selected_range (FilterRange): Bounds of a range filter; a missing or null bound is open.
        weighting (float): Relative share (a percentage, a ratio or an exact number of participants).
    """

    selected_range: FilterRange
    weighting: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_range = self.selected_range.to_dict()

        weighting = self.weighting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selected_range": selected_range,
                "weighting": weighting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        selected_range = d.pop("selected_range")

        weighting = d.pop("weighting")

        if cls is not RangeWeighting:
            range_weighting = cls(
                cls._parse_field("selected_range", selected_range),
                weighting,
            )
        else:
            range_weighting = cls.__new__(cls)
            range_weighting.weighting = weighting
            deferred: dict[str, Any] = {}
            deferred["selected_range"] = selected_range
            if deferred:
                range_weighting._deferred = deferred

        range_weighting.additional_properties = d
        return range_weighting

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "selected_range":
            selected_range = FilterRange.from_dict(data)

            return selected_range
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
from ..models.filter_range import FilterRange  # noqa: E402
