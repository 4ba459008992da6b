from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="CollectionResponse")


@_attrs_define
class CollectionResponse(DeferredFields):
    """One participant's answer to one question of a collection.

    Attributes:
        id (str): Response ID.
        collection_id (str | Unset): The collection.
        participant_id (str | Unset): The participant.
        submission_id (str | Unset): The Prolific submission.
        created_at (datetime.datetime | Unset): When it was given.
        response (TaskAnswer | Unset): A participant's answer to one question.
    """

    id: str
    collection_id: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    submission_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    response: TaskAnswer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        collection_id = self.collection_id

        participant_id = self.participant_id

        submission_id = self.submission_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if submission_id is not UNSET:
            field_dict["submission_id"] = submission_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        collection_id = d.pop("collection_id", UNSET)

        participant_id = d.pop("participant_id", UNSET)

        submission_id = d.pop("submission_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        response = d.pop("response", UNSET)

        if cls is not CollectionResponse:
            collection_response = cls(
                id,
                collection_id,
                participant_id,
                submission_id,
                created_at,
                UNSET if response is UNSET else cls._parse_field("response", response),
            )
        else:
            collection_response = cls.__new__(cls)
            collection_response.id = id
            collection_response.collection_id = collection_id
            collection_response.participant_id = participant_id
            collection_response.submission_id = submission_id
            collection_response.created_at = created_at
            deferred: dict[str, Any] = {}
            if response is UNSET:
                collection_response.response = UNSET
            else:
                deferred["response"] = response
            if deferred:
                collection_response._deferred = deferred

        collection_response.additional_properties = d
        return collection_response

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "response":
            _response = data
            response: TaskAnswer | Unset
            if isinstance(_response, Unset):
                response = UNSET
            else:
                response = TaskAnswer.from_dict(_response)

            return response
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
from ..models.task_answer import TaskAnswer  # noqa: E402
