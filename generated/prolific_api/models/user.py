from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The account that owns the token. More fields may be present.

    Attributes:
        id (str): User ID; also the researcher ID.
        email (str): Login email address.
        name (str | Unset): Full name.
        first_name (str | Unset): Given name.
        last_name (str | Unset): Family name.
        currency_code (str | Unset): Currency of the current workspace (`GBP`, `USD`), the unit of the balances.
        balance (int | Unset): Total balance of the current workspace in minor units (pence, cents), including
            money assigned to studies that has not been paid out.
        available_balance (int | Unset): What the current workspace can still spend, in minor units (pence, cents).
    """

    id: str
    email: str
    name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    balance: int | Unset = UNSET
    available_balance: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        first_name = self.first_name

        last_name = self.last_name

        currency_code = self.currency_code

        balance = self.balance

        available_balance = self.available_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if balance is not UNSET:
            field_dict["balance"] = balance
        if available_balance is not UNSET:
            field_dict["available_balance"] = available_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        balance = d.pop("balance", UNSET)

        available_balance = d.pop("available_balance", UNSET)

        user = cls(
            id,
            email,
            name,
            first_name,
            last_name,
            currency_code,
            balance,
            available_balance,
        )

        user.additional_properties = d
        return user

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
