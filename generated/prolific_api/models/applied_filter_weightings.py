from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppliedFilterWeightings")


@_attrs_define
class AppliedFilterWeightings:
    """Quotas. Select filters map each selected value to its share (a number). Range filters
    map a label of your choice to `{selected_range: {lower, upper}, weighting}`.

    """

    additional_properties: dict[str, float | RangeWeighting] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, RangeWeighting):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applied_filter_weightings = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> float | RangeWeighting:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_weighting_type_1 = RangeWeighting.from_dict(data)

                    return componentsschemas_filter_weighting_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(float | RangeWeighting, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        applied_filter_weightings.additional_properties = additional_properties
        return applied_filter_weightings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float | RangeWeighting:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | RangeWeighting) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported once the class above exists, so import cycles
# resolve; inside from_dict/to_dict the import statement ran again on every call (~2 us each).
from ..models.range_weighting import RangeWeighting  # noqa: E402
