from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_question_type import SurveyQuestionType
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="SurveyQuestion")


@_attrs_define
class SurveyQuestion(DeferredFields):
    """A question of a survey.

    Attributes:
        title (str): The question.
        type_ (SurveyQuestionType): `single`: one answer; `multiple`: several. New values may appear.
        answers (list[SurveyAnswerOption]): The answers offered.
        id (str | Unset): Question ID (assigned by Prolific).
    """

    title: str
    type_: SurveyQuestionType
    answers: list[SurveyAnswerOption]
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_ = self.type_.value

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type_,
                "answers": answers,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        _type_ = d.pop("type")
        type_ = SurveyQuestionType._value2member_map_.get(_type_) or SurveyQuestionType(_type_)

        answers = d.pop("answers")

        id = d.pop("id", UNSET)

        if cls is not SurveyQuestion:
            survey_question = cls(
                title,
                type_,
                cls._parse_field("answers", answers),
                id,
            )
        else:
            survey_question = cls.__new__(cls)
            survey_question.title = title
            survey_question.type_ = type_
            survey_question.id = id
            deferred: dict[str, Any] = {}
            deferred["answers"] = answers
            if deferred:
                survey_question._deferred = deferred

        survey_question.additional_properties = d
        return survey_question

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "answers":
            answers = []
            _answers = data
            for answers_item_data in _answers:
                answers_item = SurveyAnswerOption.from_dict(answers_item_data)

                answers.append(answers_item)

            return answers
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
from ..models.survey_answer_option import SurveyAnswerOption  # noqa: E402
