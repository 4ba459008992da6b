from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChoiceOption")


@_attrs_define
class ChoiceOption:
    """One option of a multiple-choice question.

    Attributes:
        label (str): What participants see.
        value (Any): What is recorded when chosen: a string, number or boolean.
        exclusive (bool | Unset): Choosing it clears the other options ("none of the above").
    """

    label: str
    value: Any
    exclusive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        value = self.value

        exclusive = self.exclusive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "value": value,
            }
        )
        if exclusive is not UNSET:
            field_dict["exclusive"] = exclusive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        value = d.pop("value")

        exclusive = d.pop("exclusive", UNSET)

        choice_option = cls(
            label,
            value,
            exclusive,
        )

        choice_option.additional_properties = d
        return choice_option

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
