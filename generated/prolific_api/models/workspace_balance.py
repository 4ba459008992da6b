from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="WorkspaceBalance")


@_attrs_define
class WorkspaceBalance(DeferredFields):
    """Money in a workspace's wallet.

    Attributes:
        currency_code (str | Unset): Currency of every amount below.
        total_balance (int | Unset): Everything in the wallet, including money already committed to running studies;
            integer, minor units (pence/cents) of the workspace currency.
        balance_breakdown (BalanceBreakdown | Unset): How a balance divides between participant money, Prolific's fees
            and VAT.
        available_balance (int | Unset): What is left to spend after commitments; integer, minor units (pence/cents) of
            the
            workspace currency.
        available_balance_breakdown (BalanceBreakdown | Unset): How a balance divides between participant money,
            Prolific's fees and VAT.
    """

    currency_code: str | Unset = UNSET
    total_balance: int | Unset = UNSET
    balance_breakdown: BalanceBreakdown | Unset = UNSET
    available_balance: int | Unset = UNSET
    available_balance_breakdown: BalanceBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_code = self.currency_code

        total_balance = self.total_balance

        balance_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_breakdown, Unset):
            balance_breakdown = self.balance_breakdown.to_dict()

        available_balance = self.available_balance

        available_balance_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_balance_breakdown, Unset):
            available_balance_breakdown = self.available_balance_breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if total_balance is not UNSET:
            field_dict["total_balance"] = total_balance
        if balance_breakdown is not UNSET:
            field_dict["balance_breakdown"] = balance_breakdown
        if available_balance is not UNSET:
            field_dict["available_balance"] = available_balance
        if available_balance_breakdown is not UNSET:
            field_dict["available_balance_breakdown"] = available_balance_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_code = d.pop("currency_code", UNSET)

        total_balance = d.pop("total_balance", UNSET)

        balance_breakdown = d.pop("balance_breakdown", UNSET)

        available_balance = d.pop("available_balance", UNSET)

        available_balance_breakdown = d.pop("available_balance_breakdown", UNSET)

        if cls is not WorkspaceBalance:
            workspace_balance = cls(
                currency_code,
                total_balance,
                UNSET
                if balance_breakdown is UNSET
                else cls._parse_field("balance_breakdown", balance_breakdown),
                available_balance,
                UNSET
                if available_balance_breakdown is UNSET
                else cls._parse_field("available_balance_breakdown", available_balance_breakdown),
            )
        else:
            workspace_balance = cls.__new__(cls)
            workspace_balance.currency_code = currency_code
            workspace_balance.total_balance = total_balance
            workspace_balance.available_balance = available_balance
            deferred: dict[str, Any] = {}
            if balance_breakdown is UNSET:
                workspace_balance.balance_breakdown = UNSET
            else:
                deferred["balance_breakdown"] = balance_breakdown
            if available_balance_breakdown is UNSET:
                workspace_balance.available_balance_breakdown = UNSET
            else:
                deferred["available_balance_breakdown"] = available_balance_breakdown
            if deferred:
                workspace_balance._deferred = deferred

        workspace_balance.additional_properties = d
        return workspace_balance

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "balance_breakdown":
            _balance_breakdown = data
            balance_breakdown: BalanceBreakdown | Unset
            if isinstance(_balance_breakdown, Unset):
                balance_breakdown = UNSET
            else:
                balance_breakdown = BalanceBreakdown.from_dict(_balance_breakdown)

            return balance_breakdown
        if name == "available_balance_breakdown":
            _available_balance_breakdown = data
            available_balance_breakdown: BalanceBreakdown | Unset
            if isinstance(_available_balance_breakdown, Unset):
                available_balance_breakdown = UNSET
            else:
                available_balance_breakdown = BalanceBreakdown.from_dict(
                    _available_balance_breakdown
                )

            return available_balance_breakdown
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
from ..models.balance_breakdown import BalanceBreakdown  # noqa: E402
