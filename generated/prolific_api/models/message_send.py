from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageSend")


@_attrs_define
class MessageSend:
    """A message to one person, about a study.

    Attributes:
        recipient_id (str): Participant or researcher to write to.
        body (str): Text; Prolific sanitises it.
        study_id (str): Study the message is about.
    """

    recipient_id: str
    body: str
    study_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_id = self.recipient_id

        body = self.body

        study_id = self.study_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient_id": recipient_id,
                "body": body,
                "study_id": study_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_id = d.pop("recipient_id")

        body = d.pop("body")

        study_id = d.pop("study_id")

        message_send = cls(
            recipient_id,
            body,
            study_id,
        )

        message_send.additional_properties = d
        return message_send

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
