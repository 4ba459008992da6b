from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScreenOutRequest")


@_attrs_define
class ScreenOutRequest:
    """Submissions to screen out and what to pay each.

    Attributes:
        submission_ids (list[str]): Submissions of this study to screen out.
        bonus_per_submission (float | Unset): Payment to each screened-out participant, in decimal major units of the
            study
            currency (1.50 means £1.50) — not minor units. Must reach the minimum from
            `calculate_screen_out_payment`.
        reward_per_hour (float | Unset): Alternative to `bonus_per_submission`: an hourly rate in decimal major units of
            the
            study currency, applied to each submission's time.
        increase_places (bool | Unset): Add one place per screened-out submission (does not reopen a paused or stopped
            study).
    """

    submission_ids: list[str]
    bonus_per_submission: float | Unset = UNSET
    reward_per_hour: float | Unset = UNSET
    increase_places: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submission_ids = self.submission_ids

        bonus_per_submission = self.bonus_per_submission

        reward_per_hour = self.reward_per_hour

        increase_places = self.increase_places

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submission_ids": submission_ids,
            }
        )
        if bonus_per_submission is not UNSET:
            field_dict["bonus_per_submission"] = bonus_per_submission
        if reward_per_hour is not UNSET:
            field_dict["reward_per_hour"] = reward_per_hour
        if increase_places is not UNSET:
            field_dict["increase_places"] = increase_places

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submission_ids = cast(list[str], d.pop("submission_ids"))

        bonus_per_submission = d.pop("bonus_per_submission", UNSET)

        reward_per_hour = d.pop("reward_per_hour", UNSET)

        increase_places = d.pop("increase_places", UNSET)

        screen_out_request = cls(
            submission_ids,
            bonus_per_submission,
            reward_per_hour,
            increase_places,
        )

        screen_out_request.additional_properties = d
        return screen_out_request

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
