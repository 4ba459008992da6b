from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="UnitOption")


@_attrs_define
class UnitOption(DeferredFields):
    """One unit a participant can pick next to a typed value.

    Attributes:
        label (str): What participants see.
        value (str): What is recorded.
        validation (InputValidation | Unset): Limits on a typed answer.
    """

    label: str
    value: str
    validation: InputValidation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        value = self.value

        validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "value": value,
            }
        )
        if validation is not UNSET:
            field_dict["validation"] = validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        value = d.pop("value")

        validation = d.pop("validation", UNSET)

        if cls is not UnitOption:
            unit_option = cls(
                label,
                value,
                UNSET if validation is UNSET else cls._parse_field("validation", validation),
            )
        else:
            unit_option = cls.__new__(cls)
            unit_option.label = label
            unit_option.value = value
            deferred: dict[str, Any] = {}
            if validation is UNSET:
                unit_option.validation = UNSET
            else:
                deferred["validation"] = validation
            if deferred:
                unit_option._deferred = deferred

        unit_option.additional_properties = d
        return unit_option

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "validation":
            _validation = data
            validation: InputValidation | Unset
            if isinstance(_validation, Unset):
                validation = UNSET
            else:
                validation = InputValidation.from_dict(_validation)

            return validation
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
from ..models.input_validation import InputValidation  # noqa: E402
