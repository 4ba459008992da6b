from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="TaskResponse")


@_attrs_define
class TaskResponse(DeferredFields):
    """One participant's answer to one task.

    Attributes:
        id (str): Response ID.
        batch_id (str | Unset): The batch.
        task_id (str | Unset): The task.
        participant_id (str | Unset): The participant.
        submission_id (str | Unset): The Prolific submission.
        created_at (datetime.datetime | Unset): When it was given.
        correlation_id (str | Unset): For tracing.
        response (TaskAnswer | Unset): A participant's answer to one question.
        metadata (TaskResponseMetadata | Unset): The datapoint's metadata fields.
        schema_version (int | Unset): Version of the response format.
        no_submission (bool | Unset): Given outside a submission (a preview, say).
    """

    id: str
    batch_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    participant_id: str | Unset = UNSET
    submission_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    correlation_id: str | Unset = UNSET
    response: TaskAnswer | Unset = UNSET
    metadata: TaskResponseMetadata | Unset = UNSET
    schema_version: int | Unset = UNSET
    no_submission: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        batch_id = self.batch_id

        task_id = self.task_id

        participant_id = self.participant_id

        submission_id = self.submission_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        correlation_id = self.correlation_id

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        schema_version = self.schema_version

        no_submission = self.no_submission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if submission_id is not UNSET:
            field_dict["submission_id"] = submission_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if correlation_id is not UNSET:
            field_dict["correlation_id"] = correlation_id
        if response is not UNSET:
            field_dict["response"] = response
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if no_submission is not UNSET:
            field_dict["no_submission"] = no_submission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        batch_id = d.pop("batch_id", UNSET)

        task_id = d.pop("task_id", UNSET)

        participant_id = d.pop("participant_id", UNSET)

        submission_id = d.pop("submission_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        correlation_id = d.pop("correlation_id", UNSET)

        response = d.pop("response", UNSET)

        metadata = d.pop("metadata", UNSET)

        schema_version = d.pop("schema_version", UNSET)

        no_submission = d.pop("no_submission", UNSET)

        if cls is not TaskResponse:
            task_response = cls(
                id,
                batch_id,
                task_id,
                participant_id,
                submission_id,
                created_at,
                correlation_id,
                UNSET if response is UNSET else cls._parse_field("response", response),
                UNSET if metadata is UNSET else cls._parse_field("metadata", metadata),
                schema_version,
                no_submission,
            )
        else:
            task_response = cls.__new__(cls)
            task_response.id = id
            task_response.batch_id = batch_id
            task_response.task_id = task_id
            task_response.participant_id = participant_id
            task_response.submission_id = submission_id
            task_response.created_at = created_at
            task_response.correlation_id = correlation_id
            task_response.schema_version = schema_version
            task_response.no_submission = no_submission
            deferred: dict[str, Any] = {}
            if response is UNSET:
                task_response.response = UNSET
            else:
                deferred["response"] = response
            if metadata is UNSET:
                task_response.metadata = UNSET
            else:
                deferred["metadata"] = metadata
            if deferred:
                task_response._deferred = deferred

        task_response.additional_properties = d
        return task_response

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
        if name == "metadata":
            _metadata = data
            metadata: TaskResponseMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = TaskResponseMetadata.from_dict(_metadata)

            return metadata
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
from ..models.task_response_metadata import TaskResponseMetadata  # noqa: E402
