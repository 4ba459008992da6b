from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceBreakdown")


@_attrs_define
class BalanceBreakdown:
    """How a balance divides between participant money, Prolific's fees and VAT.

    Attributes:
        rewards (int | Unset): Money for participants, in minor units (pence/cents) of the workspace currency.
        fees (int | Unset): Prepaid platform fees, in minor units (pence/cents) of the workspace currency.
        vat (int | Unset): VAT on those fees, in minor units (pence/cents) of the workspace currency.
    """

    rewards: int | Unset = UNSET
    fees: int | Unset = UNSET
    vat: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rewards = self.rewards

        fees = self.fees

        vat = self.vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if fees is not UNSET:
            field_dict["fees"] = fees
        if vat is not UNSET:
            field_dict["vat"] = vat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rewards = d.pop("rewards", UNSET)

        fees = d.pop("fees", UNSET)

        vat = d.pop("vat", UNSET)

        balance_breakdown = cls(
            rewards,
            fees,
            vat,
        )

        balance_breakdown.additional_properties = d
        return balance_breakdown

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
