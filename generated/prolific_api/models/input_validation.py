from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_validation_type import InputValidationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputValidation")


@_attrs_define
class InputValidation:
    """Limits on a typed answer.

    Attributes:
        type_ (InputValidationType): `number`: min and max bound the value; `string`: they bound its length.
        min_ (float | None | Unset): Lower bound, or null for none.
        max_ (float | None | Unset): Upper bound, or null for none.
    """

    type_: InputValidationType
    min_: float | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type")
        type_ = InputValidationType._value2member_map_.get(_type_) or InputValidationType(_type_)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        input_validation = cls(
            type_,
            min_,
            max_,
        )

        input_validation.additional_properties = d
        return input_validation

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
