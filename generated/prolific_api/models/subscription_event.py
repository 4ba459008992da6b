from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_event_status import SubscriptionEventStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionEvent")


@_attrs_define
class SubscriptionEvent:
    """One delivery attempt record of a subscription.

    Attributes:
        id (str | Unset): Event ID.
        datetime_created (datetime.datetime | Unset): When the event was created.
        datetime_updated (datetime.datetime | Unset): When the event last changed.
        event_type (str | Unset): Event type.
        resource_id (str | Unset): ID of the object the event is about.
        status (SubscriptionEventStatus | Unset): Delivery state of a webhook event; `FAILED` when the target did not
            answer 2xx.
        target_url (str | Unset): Where it was sent.
        payload (Any | Unset): The JSON body that was sent (an object with `resource_id`, `event_type` and more), or
            null.
    """

    id: str | Unset = UNSET
    datetime_created: datetime.datetime | Unset = UNSET
    datetime_updated: datetime.datetime | Unset = UNSET
    event_type: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    status: SubscriptionEventStatus | Unset = UNSET
    target_url: str | Unset = UNSET
    payload: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        datetime_created: str | Unset = UNSET
        if not isinstance(self.datetime_created, Unset):
            datetime_created = self.datetime_created.isoformat()

        datetime_updated: str | Unset = UNSET
        if not isinstance(self.datetime_updated, Unset):
            datetime_updated = self.datetime_updated.isoformat()

        event_type = self.event_type

        resource_id = self.resource_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        target_url = self.target_url

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if datetime_created is not UNSET:
            field_dict["datetime_created"] = datetime_created
        if datetime_updated is not UNSET:
            field_dict["datetime_updated"] = datetime_updated
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if status is not UNSET:
            field_dict["status"] = status
        if target_url is not UNSET:
            field_dict["target_url"] = target_url
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _datetime_created = d.pop("datetime_created", UNSET)
        datetime_created: datetime.datetime | Unset
        if isinstance(_datetime_created, Unset):
            datetime_created = UNSET
        else:
            datetime_created = datetime.datetime.fromisoformat(_datetime_created)

        _datetime_updated = d.pop("datetime_updated", UNSET)
        datetime_updated: datetime.datetime | Unset
        if isinstance(_datetime_updated, Unset):
            datetime_updated = UNSET
        else:
            datetime_updated = datetime.datetime.fromisoformat(_datetime_updated)

        event_type = d.pop("event_type", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        _status = d.pop("status", UNSET)
        status: SubscriptionEventStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubscriptionEventStatus._value2member_map_.get(
                _status
            ) or SubscriptionEventStatus(_status)

        target_url = d.pop("target_url", UNSET)

        payload = d.pop("payload", UNSET)

        subscription_event = cls(
            id,
            datetime_created,
            datetime_updated,
            event_type,
            resource_id,
            status,
            target_url,
            payload,
        )

        subscription_event.additional_properties = d
        return subscription_event

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
