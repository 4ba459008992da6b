from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="SurveySummaryQuestion")


@_attrs_define
class SurveySummaryQuestion(DeferredFields):
    """Counts for one question.

    Attributes:
        question (str): Its text.
        question_id (str | Unset): The question.
        total_answers (int | Unset): Responses answering it.
        answers (list[SurveySummaryAnswer] | Unset):
    """

    question: str
    question_id: str | Unset = UNSET
    total_answers: int | Unset = UNSET
    answers: list[SurveySummaryAnswer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        question_id = self.question_id

        total_answers = self.total_answers

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
            }
        )
        if question_id is not UNSET:
            field_dict["question_id"] = question_id
        if total_answers is not UNSET:
            field_dict["total_answers"] = total_answers
        if answers is not UNSET:
            field_dict["answers"] = answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question = d.pop("question")

        question_id = d.pop("question_id", UNSET)

        total_answers = d.pop("total_answers", UNSET)

        answers = d.pop("answers", UNSET)

        if cls is not SurveySummaryQuestion:
            survey_summary_question = cls(
                question,
                question_id,
                total_answers,
                UNSET if answers is UNSET else cls._parse_field("answers", answers),
            )
        else:
            survey_summary_question = cls.__new__(cls)
            survey_summary_question.question = question
            survey_summary_question.question_id = question_id
            survey_summary_question.total_answers = total_answers
            deferred: dict[str, Any] = {}
            if answers is UNSET:
                survey_summary_question.answers = UNSET
            else:
                deferred["answers"] = answers
            if deferred:
                survey_summary_question._deferred = deferred

        survey_summary_question.additional_properties = d
        return survey_summary_question

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "answers":
            _answers = data
            answers: list[SurveySummaryAnswer] | Unset = UNSET
            if _answers is not UNSET:
                answers = []
                for answers_item_data in _answers:
                    answers_item = SurveySummaryAnswer.from_dict(answers_item_data)

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
from ..models.survey_summary_answer import SurveySummaryAnswer  # noqa: E402
