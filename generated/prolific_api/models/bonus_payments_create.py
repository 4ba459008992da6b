from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BonusPaymentsCreate")


@_attrs_define
class BonusPaymentsCreate:
    """Bonuses to prepare for one study.

    Attributes:
        study_id (str): Study the participants or submissions belong to.
        csv_bonuses (str): One line per bonus, `<participant_or_submission_id>,<amount>`, separated by newlines.
            Amounts are decimal major units of the study currency: `…,4.25` pays £4.25 and `…,30`
            pays £30.00 — not minor units.
    """

    study_id: str
    csv_bonuses: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_id = self.study_id

        csv_bonuses = self.csv_bonuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "study_id": study_id,
                "csv_bonuses": csv_bonuses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        study_id = d.pop("study_id")

        csv_bonuses = d.pop("csv_bonuses")

        bonus_payments_create = cls(
            study_id,
            csv_bonuses,
        )

        bonus_payments_create.additional_properties = d
        return bonus_payments_create

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
