from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="StudyCostBreakdown")


@_attrs_define
class StudyCostBreakdown(DeferredFields):
    """A cost split into its parts.

    Attributes:
        rewards (MoneyAmount | Unset): An amount of money with its currency.
        fees (MoneyAmount | Unset): An amount of money with its currency.
        tax (MoneyAmount | Unset): An amount of money with its currency.
        rep_sample_fees (MoneyAmount | Unset): An amount of money with its currency.
        rep_sample_tax (MoneyAmount | Unset): An amount of money with its currency.
    """

    rewards: MoneyAmount | Unset = UNSET
    fees: MoneyAmount | Unset = UNSET
    tax: MoneyAmount | Unset = UNSET
    rep_sample_fees: MoneyAmount | Unset = UNSET
    rep_sample_tax: MoneyAmount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rewards: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = self.rewards.to_dict()

        fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = self.fees.to_dict()

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        rep_sample_fees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rep_sample_fees, Unset):
            rep_sample_fees = self.rep_sample_fees.to_dict()

        rep_sample_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rep_sample_tax, Unset):
            rep_sample_tax = self.rep_sample_tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if fees is not UNSET:
            field_dict["fees"] = fees
        if tax is not UNSET:
            field_dict["tax"] = tax
        if rep_sample_fees is not UNSET:
            field_dict["rep_sample_fees"] = rep_sample_fees
        if rep_sample_tax is not UNSET:
            field_dict["rep_sample_tax"] = rep_sample_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rewards = d.pop("rewards", UNSET)

        fees = d.pop("fees", UNSET)

        tax = d.pop("tax", UNSET)

        rep_sample_fees = d.pop("rep_sample_fees", UNSET)

        rep_sample_tax = d.pop("rep_sample_tax", UNSET)

        if cls is not StudyCostBreakdown:
            study_cost_breakdown = cls(
                UNSET if rewards is UNSET else cls._parse_field("rewards", rewards),
                UNSET if fees is UNSET else cls._parse_field("fees", fees),
                UNSET if tax is UNSET else cls._parse_field("tax", tax),
                UNSET
                if rep_sample_fees is UNSET
                else cls._parse_field("rep_sample_fees", rep_sample_fees),
                UNSET
                if rep_sample_tax is UNSET
                else cls._parse_field("rep_sample_tax", rep_sample_tax),
            )
        else:
            study_cost_breakdown = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            if rewards is UNSET:
                study_cost_breakdown.rewards = UNSET
            else:
                deferred["rewards"] = rewards
            if fees is UNSET:
                study_cost_breakdown.fees = UNSET
            else:
                deferred["fees"] = fees
            if tax is UNSET:
                study_cost_breakdown.tax = UNSET
            else:
                deferred["tax"] = tax
            if rep_sample_fees is UNSET:
                study_cost_breakdown.rep_sample_fees = UNSET
            else:
                deferred["rep_sample_fees"] = rep_sample_fees
            if rep_sample_tax is UNSET:
                study_cost_breakdown.rep_sample_tax = UNSET
            else:
                deferred["rep_sample_tax"] = rep_sample_tax
            if deferred:
                study_cost_breakdown._deferred = deferred

        study_cost_breakdown.additional_properties = d
        return study_cost_breakdown

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "rewards":
            _rewards = data
            rewards: MoneyAmount | Unset
            if isinstance(_rewards, Unset):
                rewards = UNSET
            else:
                rewards = MoneyAmount.from_dict(_rewards)

            return rewards
        if name == "fees":
            _fees = data
            fees: MoneyAmount | Unset
            if isinstance(_fees, Unset):
                fees = UNSET
            else:
                fees = MoneyAmount.from_dict(_fees)

            return fees
        if name == "tax":
            _tax = data
            tax: MoneyAmount | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = MoneyAmount.from_dict(_tax)

            return tax
        if name == "rep_sample_fees":
            _rep_sample_fees = data
            rep_sample_fees: MoneyAmount | Unset
            if isinstance(_rep_sample_fees, Unset):
                rep_sample_fees = UNSET
            else:
                rep_sample_fees = MoneyAmount.from_dict(_rep_sample_fees)

            return rep_sample_fees
        if name == "rep_sample_tax":
            _rep_sample_tax = data
            rep_sample_tax: MoneyAmount | Unset
            if isinstance(_rep_sample_tax, Unset):
                rep_sample_tax = UNSET
            else:
                rep_sample_tax = MoneyAmount.from_dict(_rep_sample_tax)

            return rep_sample_tax
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
