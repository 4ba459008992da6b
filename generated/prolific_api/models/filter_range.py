from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterRange")


@_attrs_define
class FilterRange:
    """Bounds of a range filter; a missing or null bound is open.

    Attributes:
        lower (float | int | None | str | Unset): Lower bound, a number or an ISO 8601 date depending on the filter.
        upper (float | int | None | str | Unset): Upper bound, a number or an ISO 8601 date depending on the filter.
    """

    lower: float | int | None | str | Unset = UNSET
    upper: float | int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lower: float | int | None | str | Unset
        if isinstance(self.lower, Unset):
            lower = UNSET
        else:
            lower = self.lower

        upper: float | int | None | str | Unset
        if isinstance(self.upper, Unset):
            upper = UNSET
        else:
            upper = self.upper

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lower is not UNSET:
            field_dict["lower"] = lower
        if upper is not UNSET:
            field_dict["upper"] = upper

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lower = d.pop("lower", UNSET)

        upper = d.pop("upper", UNSET)

        filter_range = cls(
            lower,
            upper,
        )

        filter_range.additional_properties = d
        return filter_range

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
