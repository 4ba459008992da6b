from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="SurveyResponseSection")


@_attrs_define
class SurveyResponseSection(DeferredFields):
    """The answers given in one section.

    Attributes:
        section_id (str): The section.
        questions (list[SurveyQuestionResponse]):
    """

    section_id: str
    questions: list[SurveyQuestionResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        section_id = self.section_id

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "section_id": section_id,
                "questions": questions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        section_id = d.pop("section_id")

        questions = d.pop("questions")

        if cls is not SurveyResponseSection:
            survey_response_section = cls(
                section_id,
                cls._parse_field("questions", questions),
            )
        else:
            survey_response_section = cls.__new__(cls)
            survey_response_section.section_id = section_id
            deferred: dict[str, Any] = {}
            deferred["questions"] = questions
            if deferred:
                survey_response_section._deferred = deferred

        survey_response_section.additional_properties = d
        return survey_response_section

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "questions":
            questions = []
            _questions = data
            for questions_item_data in _questions:
                questions_item = SurveyQuestionResponse.from_dict(questions_item_data)

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
from ..models.survey_question_response import SurveyQuestionResponse  # noqa: E402
