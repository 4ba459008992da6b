from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="SurveyResponse")


@_attrs_define
class SurveyResponse(DeferredFields):
    """A participant's response to a survey.

    Attributes:
        field_id (str): Response ID.
        participant_id (str | Unset): The participant.
        submission_id (str | Unset): Their submission.
        date_created (datetime.datetime | Unset): Created.
        date_modified (datetime.datetime | Unset): Last changed.
        sections (list[SurveyResponseSection] | Unset):
        questions (list[SurveyQuestionResponse] | Unset):
    """

    field_id: str
    participant_id: str | Unset = UNSET
    submission_id: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_modified: datetime.datetime | Unset = UNSET
    sections: list[SurveyResponseSection] | Unset = UNSET
    questions: list[SurveyQuestionResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        participant_id = self.participant_id

        submission_id = self.submission_id

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()

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
                "_id": field_id,
            }
        )
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if submission_id is not UNSET:
            field_dict["submission_id"] = submission_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if sections is not UNSET:
            field_dict["sections"] = sections
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        participant_id = d.pop("participant_id", UNSET)

        submission_id = d.pop("submission_id", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        _date_modified = d.pop("date_modified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        sections = d.pop("sections", UNSET)

        questions = d.pop("questions", UNSET)

        if cls is not SurveyResponse:
            survey_response = cls(
                field_id,
                participant_id,
                submission_id,
                date_created,
                date_modified,
                UNSET if sections is UNSET else cls._parse_field("sections", sections),
                UNSET if questions is UNSET else cls._parse_field("questions", questions),
            )
        else:
            survey_response = cls.__new__(cls)
            survey_response.field_id = field_id
            survey_response.participant_id = participant_id
            survey_response.submission_id = submission_id
            survey_response.date_created = date_created
            survey_response.date_modified = date_modified
            deferred: dict[str, Any] = {}
            if sections is UNSET:
                survey_response.sections = UNSET
            else:
                deferred["sections"] = sections
            if questions is UNSET:
                survey_response.questions = UNSET
            else:
                deferred["questions"] = questions
            if deferred:
                survey_response._deferred = deferred

        survey_response.additional_properties = d
        return survey_response

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
