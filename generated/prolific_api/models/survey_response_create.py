from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="SurveyResponseCreate")


@_attrs_define
class SurveyResponseCreate(DeferredFields):
    """A participant's response: by `sections`, or by `questions` for surveys without sections.

    Attributes:
        participant_id (str): The participant.
        submission_id (str): Their submission.
        sections (list[SurveyResponseSection] | Unset):
        questions (list[SurveyQuestionResponse] | Unset):
    """

    participant_id: str
    submission_id: str
    sections: list[SurveyResponseSection] | Unset = UNSET
    questions: list[SurveyQuestionResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_id = self.participant_id

        submission_id = self.submission_id

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

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
                "participant_id": participant_id,
                "submission_id": submission_id,
            }
        )
        if sections is not UNSET:
            field_dict["sections"] = sections
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = d.pop("participant_id")

        submission_id = d.pop("submission_id")

        sections = d.pop("sections", UNSET)

        questions = d.pop("questions", UNSET)

        if cls is not SurveyResponseCreate:
            survey_response_create = cls(
                participant_id,
                submission_id,
                UNSET if sections is UNSET else cls._parse_field("sections", sections),
                UNSET if questions is UNSET else cls._parse_field("questions", questions),
            )
        else:
            survey_response_create = cls.__new__(cls)
            survey_response_create.participant_id = participant_id
            survey_response_create.submission_id = submission_id
            deferred: dict[str, Any] = {}
            if sections is UNSET:
                survey_response_create.sections = UNSET
            else:
                deferred["sections"] = sections
            if questions is UNSET:
                survey_response_create.questions = UNSET
            else:
                deferred["questions"] = questions
            if deferred:
                survey_response_create._deferred = deferred

        survey_response_create.additional_properties = d
        return survey_response_create

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "sections":
            _sections = data
            sections: list[SurveyResponseSection] | Unset = UNSET
            if _sections is not UNSET:
                sections = []
                for sections_item_data in _sections:
                    sections_item = SurveyResponseSection.from_dict(sections_item_data)

                    sections.append(sections_item)

            return sections
        if name == "questions":
            _questions = data
            questions: list[SurveyQuestionResponse] | Unset = UNSET
            if _questions is not UNSET:
                questions = []
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
from ..models.survey_response_section import SurveyResponseSection  # noqa: E402
