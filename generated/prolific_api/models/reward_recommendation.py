from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reward_currency import RewardCurrency
from ..types import UNSET, Unset

T = TypeVar("T", bound="RewardRecommendation")


@_attrs_define
class RewardRecommendation:
    """Hourly rewards Prolific recommends, in minor units.

    Attributes:
        currency (RewardCurrency | Unset): Currencies reward recommendations are given in.
        min_reward_per_hour (int | Unset): The lowest hourly reward Prolific recommends; integer, minor units
            (pence/cents).
        recommended_reward_per_hour (int | Unset): A good hourly reward; integer, minor units (pence/cents).
    """

    currency: RewardCurrency | Unset = UNSET
    min_reward_per_hour: int | Unset = UNSET
    recommended_reward_per_hour: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        min_reward_per_hour = self.min_reward_per_hour

        recommended_reward_per_hour = self.recommended_reward_per_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if min_reward_per_hour is not UNSET:
            field_dict["min_reward_per_hour"] = min_reward_per_hour
        if recommended_reward_per_hour is not UNSET:
            field_dict["recommended_reward_per_hour"] = recommended_reward_per_hour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: RewardCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = RewardCurrency._value2member_map_.get(_currency) or RewardCurrency(_currency)

        min_reward_per_hour = d.pop("min_reward_per_hour", UNSET)

        recommended_reward_per_hour = d.pop("recommended_reward_per_hour", UNSET)

        reward_recommendation = cls(
            currency,
            min_reward_per_hour,
            recommended_reward_per_hour,
        )

        reward_recommendation.additional_properties = d
        return reward_recommendation

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
