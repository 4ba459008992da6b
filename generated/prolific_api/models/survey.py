from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Survey")


@_attrs_define
class Survey(DeferredFields):
    """A questionnaire hosted by Prolific.

    Attributes:
        field_id (str): Survey ID.
        researcher_id (str | Unset): The researcher it belongs to.
        title (str | Unset): Title.
        date_created (datetime.datetime | Unset): Created.
        date_modified (datetime.datetime | Unset): Last changed.
        sections (list[SurveySection] | Unset):
        questions (list[SurveyQuestion] | Unset):
    """

    field_id: str
    researcher_id: str | Unset = UNSET
    title: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_modified: datetime.datetime | Unset = UNSET
    sections: list[SurveySection] | Unset = UNSET
    questions: list[SurveyQuestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        researcher_id = self.researcher_id

        title = self.title

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
        if researcher_id is not UNSET:
            field_dict["researcher_id"] = researcher_id
        if title is not UNSET:
            field_dict["title"] = title
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

        researcher_id = d.pop("researcher_id", UNSET)

        title = d.pop("title", UNSET)

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

        if cls is not Survey:
            survey = cls(
                field_id,
                researcher_id,
                title,
                date_created,
                date_modified,
                UNSET if sections is UNSET else cls._parse_field("sections", sections),
                UNSET if questions is UNSET else cls._parse_field("questions", questions),
            )
        else:
            survey = cls.__new__(cls)
            survey.field_id = field_id
            survey.researcher_id = researcher_id
            survey.title = title
            survey.date_created = date_created
            survey.date_modified = date_modified
            deferred: dict[str, Any] = {}
            if sections is UNSET:
                survey.sections = UNSET
            else:
                deferred["sections"] = sections
            if questions is UNSET:
                survey.questions = UNSET
            else:
                deferred["questions"] = questions
            if deferred:
                survey._deferred = deferred

        survey.additional_properties = d
        return survey

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "sections":
            _sections = data
            sections: list[SurveySection] | Unset = UNSET
            if _sections is not UNSET:
                sections = []
                for sections_item_data in _sections:
                    sections_item = SurveySection.from_dict(sections_item_data)

                    sections.append(sections_item)

            return sections
        if name == "questions":
            _questions = data
            questions: list[SurveyQuestion] | Unset = UNSET
            if _questions is not UNSET:
                questions = []
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
from ..models.survey_section import SurveySection  # noqa: E402
