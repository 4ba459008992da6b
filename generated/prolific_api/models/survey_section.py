from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="SurveySection")


@_attrs_define
class SurveySection(DeferredFields):
    """A section of a survey.

    Attributes:
        title (str): Heading.
        questions (list[SurveyQuestion]): Its questions.
        id (str | Unset): Section ID (assigned by Prolific).
    """

    title: str
    questions: list[SurveyQuestion]
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "questions": questions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        questions = d.pop("questions")

        id = d.pop("id", UNSET)

        if cls is not SurveySection:
            survey_section = cls(
                title,
                cls._parse_field("questions", questions),
                id,
            )
        else:
            survey_section = cls.__new__(cls)
            survey_section.title = title
            survey_section.id = id
            deferred: dict[str, Any] = {}
            deferred["questions"] = questions
            if deferred:
                survey_section._deferred = deferred

        survey_section.additional_properties = d
        return survey_section

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "questions":
            questions = []
            _questions = data
            for questions_item_data in _questions:
                questions_item = SurveyQuestion.from_dict(questions_item_data)

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
from ..models.survey_question import SurveyQuestion  # noqa: E402
