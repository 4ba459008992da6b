from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BonusBatch")


@_attrs_define
class BonusBatch:
    """A priced, not yet paid bonus batch. Amounts are minor units and may carry a fractional
    part (fees are a percentage).

        Attributes:
            id (str): Batch ID, passed to `pay_bonus_payments`.
            study (None | str | Unset): Study ID.
            amount (float | None | Unset): What participants receive in total; minor units (pence/cents) of the workspace
                currency.
            fees (float | None | Unset): Prolific's fees on the bonuses; minor units (pence/cents) of the workspace
                currency.
            vat (float | None | Unset): VAT on the fees; minor units (pence/cents) of the workspace currency.
            total_amount (float | Unset): What the wallet will be charged; minor units (pence/cents) of the workspace
                currency.
    """

    id: str
    study: None | str | Unset = UNSET
    amount: float | None | Unset = UNSET
    fees: float | None | Unset = UNSET
    vat: float | None | Unset = UNSET
    total_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        study: None | str | Unset
        if isinstance(self.study, Unset):
            study = UNSET
        else:
            study = self.study

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        fees: float | None | Unset
        if isinstance(self.fees, Unset):
            fees = UNSET
        else:
            fees = self.fees

        vat: float | None | Unset
        if isinstance(self.vat, Unset):
            vat = UNSET
        else:
            vat = self.vat

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if study is not UNSET:
            field_dict["study"] = study
        if amount is not UNSET:
            field_dict["amount"] = amount
        if fees is not UNSET:
            field_dict["fees"] = fees
        if vat is not UNSET:
            field_dict["vat"] = vat
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        study = d.pop("study", UNSET)

        amount = d.pop("amount", UNSET)

        fees = d.pop("fees", UNSET)

        vat = d.pop("vat", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        bonus_batch = cls(
            id,
            study,
            amount,
            fees,
            vat,
            total_amount,
        )

        bonus_batch.additional_properties = d
        return bonus_batch

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
