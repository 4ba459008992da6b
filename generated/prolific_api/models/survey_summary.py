from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="SurveySummary")


@_attrs_define
class SurveySummary(DeferredFields):
    """How often each answer of a survey was chosen.

    Attributes:
        survey_id (str): The survey.
        questions (list[SurveySummaryQuestion] | Unset):
    """

    survey_id: str
    questions: list[SurveySummaryQuestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        survey_id = self.survey_id

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "survey_id": survey_id,
            }
        )
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        survey_id = d.pop("survey_id")

        questions = d.pop("questions", UNSET)

        if cls is not SurveySummary:
            survey_summary = cls(
                survey_id,
                UNSET if questions is UNSET else cls._parse_field("questions", questions),
            )
        else:
            survey_summary = cls.__new__(cls)
            survey_summary.survey_id = survey_id
            deferred: dict[str, Any] = {}
            if questions is UNSET:
                survey_summary.questions = UNSET
            else:
                deferred["questions"] = questions
            if deferred:
                survey_summary._deferred = deferred

        survey_summary.additional_properties = d
        return survey_summary

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "questions":
            _questions = data
            questions: list[SurveySummaryQuestion] | Unset = UNSET
            if _questions is not UNSET:
                questions = []
                for questions_item_data in _questions:
                    questions_item = SurveySummaryQuestion.from_dict(questions_item_data)

                    questions.append(questions_item)

            return questions
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
from ..models.survey_summary_question import SurveySummaryQuestion  # noqa: E402
