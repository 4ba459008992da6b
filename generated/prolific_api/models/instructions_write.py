from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="InstructionsWrite")


@_attrs_define
class InstructionsWrite(DeferredFields):
    """The questions of a legacy batch.

    Attributes:
        instructions (list[Instruction]): Questions; send `id` to keep an existing one.
    """

    instructions: list[Instruction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instructions = []
        for instructions_item_data in self.instructions:
            instructions_item = instructions_item_data.to_dict()
            instructions.append(instructions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructions": instructions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instructions = d.pop("instructions")

        if cls is not InstructionsWrite:
            instructions_write = cls(
                cls._parse_field("instructions", instructions),
            )
        else:
            instructions_write = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            deferred["instructions"] = instructions
            if deferred:
                instructions_write._deferred = deferred

        instructions_write.additional_properties = d
        return instructions_write

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "instructions":
            instructions = []
            _instructions = data
            for instructions_item_data in _instructions:
                instructions_item = Instruction.from_dict(instructions_item_data)

                instructions.append(instructions_item)

            return instructions
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
from ..models.instruction import Instruction  # noqa: E402
