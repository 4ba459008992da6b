from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_code_action_type import CompletionCodeActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionCodeAction")


@_attrs_define
class CompletionCodeAction:
    """One automatic action of a completion code. `ADD_TO_PARTICIPANT_GROUP` and
    `REMOVE_FROM_PARTICIPANT_GROUP` need `participant_group`; `REQUEST_RETURN` needs
    `return_reason`; `DYNAMIC_PAYMENT` needs the code's actor to be `researcher`.

        Attributes:
            action (CompletionCodeActionType): What Prolific does automatically when a participant finishes with the code.
            participant_group (str | Unset): Participant group to add the participant to or remove them from.
            return_reason (str | Unset): Reason shown when asking the participant to return.
    """

    action: CompletionCodeActionType
    participant_group: str | Unset = UNSET
    return_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        participant_group = self.participant_group

        return_reason = self.return_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if participant_group is not UNSET:
            field_dict["participant_group"] = participant_group
        if return_reason is not UNSET:
            field_dict["return_reason"] = return_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action")
        action = CompletionCodeActionType._value2member_map_.get(
            _action
        ) or CompletionCodeActionType(_action)

        participant_group = d.pop("participant_group", UNSET)

        return_reason = d.pop("return_reason", UNSET)

        completion_code_action = cls(
            action,
            participant_group,
            return_reason,
        )

        completion_code_action.additional_properties = d
        return completion_code_action

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
