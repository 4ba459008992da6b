from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message(DeferredFields):
    """One message. The 2026 description names the sender `sender_id` and the time `sent_at`;
    answers have also been seen with `sender` (unread lists) and `datetime_created` instead
    (single source). Both spellings are described here, the sandbox sends both, and the SDK
    reads whichever is present.

        Attributes:
            id (str | Unset): Message ID, when provided.
            sender_id (str | Unset): User who sent it.
            sender (str | Unset): User who sent it (the spelling seen on unread lists).
            body (str | Unset): Text of the message.
            sent_at (datetime.datetime | Unset): When it was sent.
            datetime_created (datetime.datetime | Unset): When it was sent (the spelling seen in recent answers).
            type_ (str | Unset): Kind of message; `message` for now.
            channel_id (str | Unset): Conversation thread in the Prolific app.
            data (MessageData | Unset): Context attached to a message.
    """

    id: str | Unset = UNSET
    sender_id: str | Unset = UNSET
    sender: str | Unset = UNSET
    body: str | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    datetime_created: datetime.datetime | Unset = UNSET
    type_: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    data: MessageData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sender_id = self.sender_id

        sender = self.sender

        body = self.body

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        datetime_created: str | Unset = UNSET
        if not isinstance(self.datetime_created, Unset):
            datetime_created = self.datetime_created.isoformat()

        type_ = self.type_

        channel_id = self.channel_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if sender is not UNSET:
            field_dict["sender"] = sender
        if body is not UNSET:
            field_dict["body"] = body
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if datetime_created is not UNSET:
            field_dict["datetime_created"] = datetime_created
        if type_ is not UNSET:
            field_dict["type"] = type_
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        sender_id = d.pop("sender_id", UNSET)

        sender = d.pop("sender", UNSET)

        body = d.pop("body", UNSET)

        _sent_at = d.pop("sent_at", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = datetime.datetime.fromisoformat(_sent_at)

        _datetime_created = d.pop("datetime_created", UNSET)
        datetime_created: datetime.datetime | Unset
        if isinstance(_datetime_created, Unset):
            datetime_created = UNSET
        else:
            datetime_created = datetime.datetime.fromisoformat(_datetime_created)

        type_ = d.pop("type", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        data = d.pop("data", UNSET)

        if cls is not Message:
            message = cls(
                id,
                sender_id,
                sender,
                body,
                sent_at,
                datetime_created,
                type_,
                channel_id,
                UNSET if data is UNSET else cls._parse_field("data", data),
            )
        else:
            message = cls.__new__(cls)
            message.id = id
            message.sender_id = sender_id
            message.sender = sender
            message.body = body
            message.sent_at = sent_at
            message.datetime_created = datetime_created
            message.type_ = type_
            message.channel_id = channel_id
            deferred: dict[str, Any] = {}
            if data is UNSET:
                message.data = UNSET
            else:
                deferred["data"] = data
            if deferred:
                message._deferred = deferred

        message.additional_properties = d
        return message

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "data":
            _data = data
            data: MessageData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = MessageData.from_dict(_data)

            return data
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
from ..models.message_data import MessageData  # noqa: E402
