from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="ScreenOutPayment")


@_attrs_define
class ScreenOutPayment(DeferredFields):
    """Screen-out payment bounds per submission. Amounts are minor units, unlike the request's
    `bonus_per_submission` (major units).

        Attributes:
            recommended_reward (MoneyAmount | Unset): An amount of money with its currency.
            minimum_reward (MoneyAmount | Unset): An amount of money with its currency.
            average_submission_time_minutes (float | Unset): Average time the submissions took, in minutes.
    """

    recommended_reward: MoneyAmount | Unset = UNSET
    minimum_reward: MoneyAmount | Unset = UNSET
    average_submission_time_minutes: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommended_reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommended_reward, Unset):
            recommended_reward = self.recommended_reward.to_dict()

        minimum_reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.minimum_reward, Unset):
            minimum_reward = self.minimum_reward.to_dict()

        average_submission_time_minutes = self.average_submission_time_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recommended_reward is not UNSET:
            field_dict["recommended_reward"] = recommended_reward
        if minimum_reward is not UNSET:
            field_dict["minimum_reward"] = minimum_reward
        if average_submission_time_minutes is not UNSET:
            field_dict["average_submission_time_minutes"] = average_submission_time_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recommended_reward = d.pop("recommended_reward", UNSET)

        minimum_reward = d.pop("minimum_reward", UNSET)

        average_submission_time_minutes = d.pop("average_submission_time_minutes", UNSET)

        if cls is not ScreenOutPayment:
            screen_out_payment = cls(
                UNSET
                if recommended_reward is UNSET
                else cls._parse_field("recommended_reward", recommended_reward),
                UNSET
                if minimum_reward is UNSET
                else cls._parse_field("minimum_reward", minimum_reward),
                average_submission_time_minutes,
            )
        else:
            screen_out_payment = cls.__new__(cls)
            screen_out_payment.average_submission_time_minutes = average_submission_time_minutes
            deferred: dict[str, Any] = {}
            if recommended_reward is UNSET:
                screen_out_payment.recommended_reward = UNSET
            else:
                deferred["recommended_reward"] = recommended_reward
            if minimum_reward is UNSET:
                screen_out_payment.minimum_reward = UNSET
            else:
                deferred["minimum_reward"] = minimum_reward
            if deferred:
                screen_out_payment._deferred = deferred

        screen_out_payment.additional_properties = d
        return screen_out_payment

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "recommended_reward":
            _recommended_reward = data
            recommended_reward: MoneyAmount | Unset
            if isinstance(_recommended_reward, Unset):
                recommended_reward = UNSET
            else:
                recommended_reward = MoneyAmount.from_dict(_recommended_reward)

            return recommended_reward
        if name == "minimum_reward":
            _minimum_reward = data
            minimum_reward: MoneyAmount | Unset
            if isinstance(_minimum_reward, Unset):
                minimum_reward = UNSET
            else:
                minimum_reward = MoneyAmount.from_dict(_minimum_reward)

            return minimum_reward
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
from ..models.money_amount import MoneyAmount  # noqa: E402
