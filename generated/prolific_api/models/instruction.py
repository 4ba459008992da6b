from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instruction_type import InstructionType
from ..models.instruction_unit_position import InstructionUnitPosition
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Instruction")


@_attrs_define
class Instruction(DeferredFields):
    """A question of a legacy batch, or of a collection page (same fields as a question `LayoutItem`).

    Attributes:
        type_ (InstructionType): Kind of question. New values may appear.
        id (str | Unset): Instruction ID.
        created_at (datetime.datetime | Unset): When it was created.
        created_by (str | Unset): User who created it.
        parent_id (str | Unset): The batch or collection it belongs to.
        parent_type (str | Unset): `batch` or `collection`.
        order (int | Unset): Position among the page's items.
        description (str | Unset): The question itself.
        helper_text (str | Unset): Guidance shown under the question.
        placeholder_text_input (str | Unset): Placeholder of the input.
        validation (InputValidation | Unset): Limits on a typed answer.
        answer_limit (int | Unset): Multiple choice: how many options may be chosen (1: one, -1: any).
        disable_dropdown (bool | Unset): Multiple choice: always show radio buttons or check boxes.
        options (list[ChoiceOption] | Unset): Multiple choice: the options.
        unit_options (list[UnitOption] | Unset): `free_text_with_unit`: the units offered.
        default_unit (str | Unset): `free_text_with_unit`: the unit chosen at first.
        unit_position (InstructionUnitPosition | Unset): `free_text_with_unit`: unit before or after the input.
        accepted_file_types (list[str] | Unset): `file_upload`: extensions accepted.
        max_file_size_mb (float | Unset): `file_upload`: largest file, in megabytes.
        min_file_count (int | Unset): `file_upload`: fewest files.
        max_file_count (int | Unset): `file_upload`: most files.
    """

    type_: InstructionType
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    parent_type: str | Unset = UNSET
    order: int | Unset = UNSET
    description: str | Unset = UNSET
    helper_text: str | Unset = UNSET
    placeholder_text_input: str | Unset = UNSET
    validation: InputValidation | Unset = UNSET
    answer_limit: int | Unset = UNSET
    disable_dropdown: bool | Unset = UNSET
    options: list[ChoiceOption] | Unset = UNSET
    unit_options: list[UnitOption] | Unset = UNSET
    default_unit: str | Unset = UNSET
    unit_position: InstructionUnitPosition | Unset = UNSET
    accepted_file_types: list[str] | Unset = UNSET
    max_file_size_mb: float | Unset = UNSET
    min_file_count: int | Unset = UNSET
    max_file_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        parent_id = self.parent_id

        parent_type = self.parent_type

        order = self.order

        description = self.description

        helper_text = self.helper_text

        placeholder_text_input = self.placeholder_text_input

        validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.to_dict()

        answer_limit = self.answer_limit

        disable_dropdown = self.disable_dropdown

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        unit_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unit_options, Unset):
            unit_options = []
            for unit_options_item_data in self.unit_options:
                unit_options_item = unit_options_item_data.to_dict()
                unit_options.append(unit_options_item)

        default_unit = self.default_unit

        unit_position: str | Unset = UNSET
        if not isinstance(self.unit_position, Unset):
            unit_position = self.unit_position.value

        accepted_file_types: list[str] | Unset = UNSET
        if not isinstance(self.accepted_file_types, Unset):
            accepted_file_types = self.accepted_file_types

        max_file_size_mb = self.max_file_size_mb

        min_file_count = self.min_file_count

        max_file_count = self.max_file_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_type is not UNSET:
            field_dict["parent_type"] = parent_type
        if order is not UNSET:
            field_dict["order"] = order
        if description is not UNSET:
            field_dict["description"] = description
        if helper_text is not UNSET:
            field_dict["helper_text"] = helper_text
        if placeholder_text_input is not UNSET:
            field_dict["placeholder_text_input"] = placeholder_text_input
        if validation is not UNSET:
            field_dict["validation"] = validation
        if answer_limit is not UNSET:
            field_dict["answer_limit"] = answer_limit
        if disable_dropdown is not UNSET:
            field_dict["disable_dropdown"] = disable_dropdown
        if options is not UNSET:
            field_dict["options"] = options
        if unit_options is not UNSET:
            field_dict["unit_options"] = unit_options
        if default_unit is not UNSET:
            field_dict["default_unit"] = default_unit
        if unit_position is not UNSET:
            field_dict["unit_position"] = unit_position
        if accepted_file_types is not UNSET:
            field_dict["accepted_file_types"] = accepted_file_types
        if max_file_size_mb is not UNSET:
            field_dict["max_file_size_mb"] = max_file_size_mb
        if min_file_count is not UNSET:
            field_dict["min_file_count"] = min_file_count
        if max_file_count is not UNSET:
            field_dict["max_file_count"] = max_file_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type")
        type_ = InstructionType._value2member_map_.get(_type_) or InstructionType(_type_)

        id = d.pop("id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        parent_type = d.pop("parent_type", UNSET)

        order = d.pop("order", UNSET)

        description = d.pop("description", UNSET)

        helper_text = d.pop("helper_text", UNSET)

        placeholder_text_input = d.pop("placeholder_text_input", UNSET)

        validation = d.pop("validation", UNSET)

        answer_limit = d.pop("answer_limit", UNSET)

        disable_dropdown = d.pop("disable_dropdown", UNSET)

        options = d.pop("options", UNSET)

        unit_options = d.pop("unit_options", UNSET)

        default_unit = d.pop("default_unit", UNSET)

        _unit_position = d.pop("unit_position", UNSET)
        unit_position: InstructionUnitPosition | Unset
        if isinstance(_unit_position, Unset):
            unit_position = UNSET
        else:
            unit_position = InstructionUnitPosition._value2member_map_.get(
                _unit_position
            ) or InstructionUnitPosition(_unit_position)

        accepted_file_types = cast(list[str], d.pop("accepted_file_types", UNSET))

        max_file_size_mb = d.pop("max_file_size_mb", UNSET)

        min_file_count = d.pop("min_file_count", UNSET)

        max_file_count = d.pop("max_file_count", UNSET)

        if cls is not Instruction:
            instruction = cls(
                type_,
                id,
                created_at,
                created_by,
                parent_id,
                parent_type,
                order,
                description,
                helper_text,
                placeholder_text_input,
                UNSET if validation is UNSET else cls._parse_field("validation", validation),
                answer_limit,
                disable_dropdown,
                UNSET if options is UNSET else cls._parse_field("options", options),
                UNSET if unit_options is UNSET else cls._parse_field("unit_options", unit_options),
                default_unit,
                unit_position,
                accepted_file_types,
                max_file_size_mb,
                min_file_count,
                max_file_count,
            )
        else:
            instruction = cls.__new__(cls)
            instruction.type_ = type_
            instruction.id = id
            instruction.created_at = created_at
            instruction.created_by = created_by
            instruction.parent_id = parent_id
            instruction.parent_type = parent_type
            instruction.order = order
            instruction.description = description
            instruction.helper_text = helper_text
            instruction.placeholder_text_input = placeholder_text_input
            instruction.answer_limit = answer_limit
            instruction.disable_dropdown = disable_dropdown
            instruction.default_unit = default_unit
            instruction.unit_position = unit_position
            instruction.accepted_file_types = accepted_file_types
            instruction.max_file_size_mb = max_file_size_mb
            instruction.min_file_count = min_file_count
            instruction.max_file_count = max_file_count
            deferred: dict[str, Any] = {}
            if validation is UNSET:
                instruction.validation = UNSET
            else:
                deferred["validation"] = validation
            if options is UNSET:
                instruction.options = UNSET
            else:
                deferred["options"] = options
            if unit_options is UNSET:
                instruction.unit_options = UNSET
            else:
                deferred["unit_options"] = unit_options
            if deferred:
                instruction._deferred = deferred

        instruction.additional_properties = d
        return instruction

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
        if name == "options":
            _options = data
            options: list[ChoiceOption] | Unset = UNSET
            if _options is not UNSET:
                options = []
                for options_item_data in _options:
                    options_item = ChoiceOption.from_dict(options_item_data)

                    options.append(options_item)

            return options
        if name == "unit_options":
            _unit_options = data
            unit_options: list[UnitOption] | Unset = UNSET
            if _unit_options is not UNSET:
                unit_options = []
                for unit_options_item_data in _unit_options:
                    unit_options_item = UnitOption.from_dict(unit_options_item_data)

                    unit_options.append(unit_options_item)

            return unit_options
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
from ..models.choice_option import ChoiceOption  # noqa: E402
from ..models.input_validation import InputValidation  # noqa: E402
from ..models.unit_option import UnitOption  # noqa: E402
