from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_type import FilterType
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Filter")


@_attrs_define
class Filter(DeferredFields):
    """A prescreening filter. Select filters offer `choices`; range filters offer `min` and
    `max`. The detailed fields appear only when asked for.

        Attributes:
            filter_id (str): Filter ID to use in `AppliedFilter.filter_id`.
            title (str | Unset): Name of the filter.
            description (None | str | Unset): What it selects on.
            question (None | str | Unset): Question participants answered.
            type_ (FilterType | Unset): `select` filters pick values from `choices`; `range` filters take bounds.
            data_type (str | Unset): Format of the choice keys (`ChoiceID`, `ParticipantID`, `StudyID`,
                `ParticipantGroupID`) or of the range bounds (`integer`, `date`).
            choices (FilterChoices | Unset): Select filters only; map from choice key to its label.
            min_ (int | str | Unset): Range filters only; smallest valid bound (integer or date).
            max_ (int | str | Unset): Range filters only; largest valid bound (integer or date).
            researcher_help_text (None | str | Unset): Help text for researchers (detailed only).
            participant_help_text (None | str | Unset): Help text for participants (detailed only).
            category (None | str | Unset): Display category (detailed only).
            subcategory (None | str | Unset): Display sub-category (detailed only).
            display_order (int | None | Unset): Position within the sub-category (detailed only).
            tags (list[str] | None | Unset): Display tags such as `recommended` (detailed only).
    """

    filter_id: str
    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    question: None | str | Unset = UNSET
    type_: FilterType | Unset = UNSET
    data_type: str | Unset = UNSET
    choices: FilterChoices | Unset = UNSET
    min_: int | str | Unset = UNSET
    max_: int | str | Unset = UNSET
    researcher_help_text: None | str | Unset = UNSET
    participant_help_text: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    subcategory: None | str | Unset = UNSET
    display_order: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_id = self.filter_id

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        question: None | str | Unset
        if isinstance(self.question, Unset):
            question = UNSET
        else:
            question = self.question

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data_type = self.data_type

        choices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = self.choices.to_dict()

        min_: int | str | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: int | str | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        researcher_help_text: None | str | Unset
        if isinstance(self.researcher_help_text, Unset):
            researcher_help_text = UNSET
        else:
            researcher_help_text = self.researcher_help_text

        participant_help_text: None | str | Unset
        if isinstance(self.participant_help_text, Unset):
            participant_help_text = UNSET
        else:
            participant_help_text = self.participant_help_text

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        subcategory: None | str | Unset
        if isinstance(self.subcategory, Unset):
            subcategory = UNSET
        else:
            subcategory = self.subcategory

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter_id": filter_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if question is not UNSET:
            field_dict["question"] = question
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if choices is not UNSET:
            field_dict["choices"] = choices
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if researcher_help_text is not UNSET:
            field_dict["researcher_help_text"] = researcher_help_text
        if participant_help_text is not UNSET:
            field_dict["participant_help_text"] = participant_help_text
        if category is not UNSET:
            field_dict["category"] = category
        if subcategory is not UNSET:
            field_dict["subcategory"] = subcategory
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_id = d.pop("filter_id")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        question = d.pop("question", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: FilterType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FilterType._value2member_map_.get(_type_) or FilterType(_type_)

        data_type = d.pop("data_type", UNSET)

        choices = d.pop("choices", UNSET)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        researcher_help_text = d.pop("researcher_help_text", UNSET)

        participant_help_text = d.pop("participant_help_text", UNSET)

        category = d.pop("category", UNSET)

        subcategory = d.pop("subcategory", UNSET)

        display_order = d.pop("display_order", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        if cls is not Filter:
            filter_ = cls(
                filter_id,
                title,
                description,
                question,
                type_,
                data_type,
                UNSET if choices is UNSET else cls._parse_field("choices", choices),
                min_,
                max_,
                researcher_help_text,
                participant_help_text,
                category,
                subcategory,
                display_order,
                tags,
            )
        else:
            filter_ = cls.__new__(cls)
            filter_.filter_id = filter_id
            filter_.title = title
            filter_.description = description
            filter_.question = question
            filter_.type_ = type_
            filter_.data_type = data_type
            filter_.min_ = min_
            filter_.max_ = max_
            filter_.researcher_help_text = researcher_help_text
            filter_.participant_help_text = participant_help_text
            filter_.category = category
            filter_.subcategory = subcategory
            filter_.display_order = display_order
            filter_.tags = tags
            deferred: dict[str, Any] = {}
            if choices is UNSET:
                filter_.choices = UNSET
            else:
                deferred["choices"] = choices
            if deferred:
                filter_._deferred = deferred

        filter_.additional_properties = d
        return filter_

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "choices":
            _choices = data
            choices: FilterChoices | Unset
            if isinstance(_choices, Unset):
                choices = UNSET
            else:
                choices = FilterChoices.from_dict(_choices)

            return choices
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
from ..models.filter_choices import FilterChoices  # noqa: E402
