from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="SurveyQuestionResponse")


@_attrs_define
class SurveyQuestionResponse(DeferredFields):
    """The answers chosen to one question.

    Attributes:
        question_id (str): The question.
        question_title (str): Its text.
        answers (list[SurveyChosenAnswer]):
    """

    question_id: str
    question_title: str
    answers: list[SurveyChosenAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        question_title = self.question_title

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_id": question_id,
                "question_title": question_title,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question_id = d.pop("question_id")

        question_title = d.pop("question_title")

        answers = d.pop("answers")

        if cls is not SurveyQuestionResponse:
            survey_question_response = cls(
                question_id,
                question_title,
                cls._parse_field("answers", answers),
            )
        else:
            survey_question_response = cls.__new__(cls)
            survey_question_response.question_id = question_id
            survey_question_response.question_title = question_title
            deferred: dict[str, Any] = {}
            deferred["answers"] = answers
            if deferred:
                survey_question_response._deferred = deferred

        survey_question_response.additional_properties = d
        return survey_question_response

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "answers":
            answers = []
            _answers = data
            for answers_item_data in _answers:
                answers_item = SurveyChosenAnswer.from_dict(answers_item_data)

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
from ..models.survey_chosen_answer import SurveyChosenAnswer  # noqa: E402
