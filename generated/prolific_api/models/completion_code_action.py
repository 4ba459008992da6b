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
    `return_reason`; `DYNAMIC_PAYMENT` needs the code's actor to be `researcher`;
    `FIXED_SCREEN_OUT_PAYMENT` needs `fixed_screen_out_reward` and `slots` (a feature
    Prolific enables per workspace).

        Attributes:
            action (CompletionCodeActionType): What Prolific does automatically when a participant finishes with the code.
            participant_group (str | Unset): Participant group to add the participant to or remove them from.
            return_reason (str | Unset): Reason shown when asking the participant to return.
            fixed_screen_out_reward (int | Unset): `FIXED_SCREEN_OUT_PAYMENT` only: what a participant who finishes with
                this code is
                paid instead of the reward; integer, minor units (pence/cents) of the workspace
                currency, below the study's `reward`.
            slots (int | Unset): `FIXED_SCREEN_OUT_PAYMENT` only: how many participants may be screened out before
                Prolific pauses the study (while places remain). Raise it with `update_study`, then
                `START` the study again.
    """

    action: CompletionCodeActionType
    participant_group: str | Unset = UNSET
    return_reason: str | Unset = UNSET
    fixed_screen_out_reward: int | Unset = UNSET
    slots: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        participant_group = self.participant_group

        return_reason = self.return_reason

        fixed_screen_out_reward = self.fixed_screen_out_reward

        slots = self.slots

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
        if fixed_screen_out_reward is not UNSET:
            field_dict["fixed_screen_out_reward"] = fixed_screen_out_reward
        if slots is not UNSET:
            field_dict["slots"] = slots

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

        fixed_screen_out_reward = d.pop("fixed_screen_out_reward", UNSET)

        slots = d.pop("slots", UNSET)

        completion_code_action = cls(
            action,
            participant_group,
            return_reason,
            fixed_screen_out_reward,
            slots,
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
