from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="ScreenOutResult")


@_attrs_define
class ScreenOutResult(DeferredFields):
    """Acknowledgement of a screen-out request.

    Attributes:
        message (str | Unset): Human-readable acknowledgement.
        payment_per_participant (MoneyAmount | Unset): An amount of money with its currency.
    """

    message: str | Unset = UNSET
    payment_per_participant: MoneyAmount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        payment_per_participant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_per_participant, Unset):
            payment_per_participant = self.payment_per_participant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if payment_per_participant is not UNSET:
            field_dict["payment_per_participant"] = payment_per_participant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        payment_per_participant = d.pop("payment_per_participant", UNSET)

        if cls is not ScreenOutResult:
            screen_out_result = cls(
                message,
                UNSET
                if payment_per_participant is UNSET
                else cls._parse_field("payment_per_participant", payment_per_participant),
            )
        else:
            screen_out_result = cls.__new__(cls)
            screen_out_result.message = message
            deferred: dict[str, Any] = {}
            if payment_per_participant is UNSET:
                screen_out_result.payment_per_participant = UNSET
            else:
                deferred["payment_per_participant"] = payment_per_participant
            if deferred:
                screen_out_result._deferred = deferred

        screen_out_result.additional_properties = d
        return screen_out_result

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "payment_per_participant":
            _payment_per_participant = data
            payment_per_participant: MoneyAmount | Unset
            if isinstance(_payment_per_participant, Unset):
                payment_per_participant = UNSET
            else:
                payment_per_participant = MoneyAmount.from_dict(_payment_per_participant)

            return payment_per_participant
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
