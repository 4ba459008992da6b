from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.study_status import StudyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyListItem")


@_attrs_define
class StudyListItem:
    """A study as it appears in lists (fewer fields than `Study`).

    Attributes:
        id (str): Study ID.
        name (str): Title shown to participants.
        status (StudyStatus): Lifecycle of a study. `PUBLISHING` and `PROCESSING` are brief transient states;
            `AWAITING REVIEW` (with a space) means every place is taken and submissions wait for
            review; `COMPLETED` means all are reviewed. New values may appear.
        internal_name (None | str | Unset): Name seen only by the researcher.
        study_type (str | Unset): Older classification of the study; informational.
        total_available_places (int | Unset): Number of participants to recruit.
        places_taken (int | Unset): Places in use, not counting timed-out and returned submissions.
        number_of_submissions (int | Unset): Submissions so far.
        reward (int | Unset): Pay per participant; integer, minor units (pence/cents) of the workspace currency.
        total_cost (float | Unset): Cost of the study with fees and VAT; minor units (pence/cents) of the workspace
            currency.
        date_created (datetime.datetime | Unset): When the study was created.
        published_at (datetime.datetime | None | Unset): When the study was published.
        publish_at (datetime.datetime | None | Unset): When a scheduled study is due to publish.
        estimated_completion_time (int | Unset): Expected duration, in minutes.
        credential_pool_id (None | str | Unset): Credential pool handing out logins, if any.
        is_ready_to_publish (bool | Unset): Whether the draft has everything publishing needs.
    """

    id: str
    name: str
    status: StudyStatus
    internal_name: None | str | Unset = UNSET
    study_type: str | Unset = UNSET
    total_available_places: int | Unset = UNSET
    places_taken: int | Unset = UNSET
    number_of_submissions: int | Unset = UNSET
    reward: int | Unset = UNSET
    total_cost: float | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    publish_at: datetime.datetime | None | Unset = UNSET
    estimated_completion_time: int | Unset = UNSET
    credential_pool_id: None | str | Unset = UNSET
    is_ready_to_publish: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status.value

        internal_name: None | str | Unset
        if isinstance(self.internal_name, Unset):
            internal_name = UNSET
        else:
            internal_name = self.internal_name

        study_type = self.study_type

        total_available_places = self.total_available_places

        places_taken = self.places_taken

        number_of_submissions = self.number_of_submissions

        reward = self.reward

        total_cost = self.total_cost

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        publish_at: None | str | Unset
        if isinstance(self.publish_at, Unset):
            publish_at = UNSET
        elif isinstance(self.publish_at, datetime.datetime):
            publish_at = self.publish_at.isoformat()
        else:
            publish_at = self.publish_at

        estimated_completion_time = self.estimated_completion_time

        credential_pool_id: None | str | Unset
        if isinstance(self.credential_pool_id, Unset):
            credential_pool_id = UNSET
        else:
            credential_pool_id = self.credential_pool_id

        is_ready_to_publish = self.is_ready_to_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if study_type is not UNSET:
            field_dict["study_type"] = study_type
        if total_available_places is not UNSET:
            field_dict["total_available_places"] = total_available_places
        if places_taken is not UNSET:
            field_dict["places_taken"] = places_taken
        if number_of_submissions is not UNSET:
            field_dict["number_of_submissions"] = number_of_submissions
        if reward is not UNSET:
            field_dict["reward"] = reward
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if publish_at is not UNSET:
            field_dict["publish_at"] = publish_at
        if estimated_completion_time is not UNSET:
            field_dict["estimated_completion_time"] = estimated_completion_time
        if credential_pool_id is not UNSET:
            field_dict["credential_pool_id"] = credential_pool_id
        if is_ready_to_publish is not UNSET:
            field_dict["is_ready_to_publish"] = is_ready_to_publish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _status = d.pop("status")
        status = StudyStatus._value2member_map_.get(_status) or StudyStatus(_status)

        internal_name = d.pop("internal_name", UNSET)

        study_type = d.pop("study_type", UNSET)

        total_available_places = d.pop("total_available_places", UNSET)

        places_taken = d.pop("places_taken", UNSET)

        number_of_submissions = d.pop("number_of_submissions", UNSET)

        reward = d.pop("reward", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_publish_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                publish_at_type_0 = datetime.datetime.fromisoformat(data)

                return publish_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        publish_at = _parse_publish_at(d.pop("publish_at", UNSET))

        estimated_completion_time = d.pop("estimated_completion_time", UNSET)

        credential_pool_id = d.pop("credential_pool_id", UNSET)

        is_ready_to_publish = d.pop("is_ready_to_publish", UNSET)

        study_list_item = cls(
            id,
            name,
            status,
            internal_name,
            study_type,
            total_available_places,
            places_taken,
            number_of_submissions,
            reward,
            total_cost,
            date_created,
            published_at,
            publish_at,
            estimated_completion_time,
            credential_pool_id,
            is_ready_to_publish,
        )

        study_list_item.additional_properties = d
        return study_list_item

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
