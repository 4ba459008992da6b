from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.study_transition_action import StudyTransitionAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyTransition")


@_attrs_define
class StudyTransition:
    """A change of a study's status.

    Attributes:
        action (StudyTransitionAction): `PUBLISH` a draft now, or `SCHEDULE_PUBLISH` it for `publish_at` (it is
            `SCHEDULED`
            until then) and `CANCEL_PUBLISH` to take a scheduled study back to a draft; `PAUSE`,
            `START` (resume) or `STOP` a running study.
        publish_at (datetime.datetime | Unset): `SCHEDULE_PUBLISH` only: when to publish (ISO 8601, in the future).
    """

    action: StudyTransitionAction
    publish_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        publish_at: str | Unset = UNSET
        if not isinstance(self.publish_at, Unset):
            publish_at = self.publish_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if publish_at is not UNSET:
            field_dict["publish_at"] = publish_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action")
        action = StudyTransitionAction._value2member_map_.get(_action) or StudyTransitionAction(
            _action
        )

        _publish_at = d.pop("publish_at", UNSET)
        publish_at: datetime.datetime | Unset
        if isinstance(_publish_at, Unset):
            publish_at = UNSET
        else:
            publish_at = datetime.datetime.fromisoformat(_publish_at)

        study_transition = cls(
            action,
            publish_at,
        )

        study_transition.additional_properties = d
        return study_transition

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
