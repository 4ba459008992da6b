from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instruction_type import InstructionType
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="TaskAnswer")


@_attrs_define
class TaskAnswer(DeferredFields):
    """A participant's answer to one question.

    Attributes:
        instruction_id (str | Unset): The question.
        type_ (InstructionType | Unset): Kind of question. New values may appear.
        answer (list[TaskAnswerAnswerItem] | Unset): The values given.
    """

    instruction_id: str | Unset = UNSET
    type_: InstructionType | Unset = UNSET
    answer: list[TaskAnswerAnswerItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instruction_id = self.instruction_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        answer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answer, Unset):
            answer = []
            for answer_item_data in self.answer:
                answer_item = answer_item_data.to_dict()
                answer.append(answer_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instruction_id is not UNSET:
            field_dict["instruction_id"] = instruction_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if answer is not UNSET:
            field_dict["answer"] = answer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instruction_id = d.pop("instruction_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: InstructionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InstructionType._value2member_map_.get(_type_) or InstructionType(_type_)

        answer = d.pop("answer", UNSET)

        if cls is not TaskAnswer:
            task_answer = cls(
                instruction_id,
                type_,
                UNSET if answer is UNSET else cls._parse_field("answer", answer),
            )
        else:
            task_answer = cls.__new__(cls)
            task_answer.instruction_id = instruction_id
            task_answer.type_ = type_
            deferred: dict[str, Any] = {}
            if answer is UNSET:
                task_answer.answer = UNSET
            else:
                deferred["answer"] = answer
            if deferred:
                task_answer._deferred = deferred

        task_answer.additional_properties = d
        return task_answer

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "answer":
            _answer = data
            answer: list[TaskAnswerAnswerItem] | Unset = UNSET
            if _answer is not UNSET:
                answer = []
                for answer_item_data in _answer:
                    answer_item = TaskAnswerAnswerItem.from_dict(answer_item_data)

                    answer.append(answer_item)

            return answer
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
from ..models.task_answer_answer_item import TaskAnswerAnswerItem  # noqa: E402
