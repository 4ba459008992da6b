from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="StudyCost")


@_attrs_define
class StudyCost(DeferredFields):
    """What a study costs, for its rewards and for its bonuses.

    Attributes:
        rewards (StudyCostBreakdown | Unset): A cost split into its parts.
        bonuses (StudyCostBreakdown | Unset): A cost split into its parts.
    """

    rewards: StudyCostBreakdown | Unset = UNSET
    bonuses: StudyCostBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rewards: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = self.rewards.to_dict()

        bonuses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bonuses, Unset):
            bonuses = self.bonuses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if bonuses is not UNSET:
            field_dict["bonuses"] = bonuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rewards = d.pop("rewards", UNSET)

        bonuses = d.pop("bonuses", UNSET)

        if cls is not StudyCost:
            study_cost = cls(
                UNSET if rewards is UNSET else cls._parse_field("rewards", rewards),
                UNSET if bonuses is UNSET else cls._parse_field("bonuses", bonuses),
            )
        else:
            study_cost = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            if rewards is UNSET:
                study_cost.rewards = UNSET
            else:
                deferred["rewards"] = rewards
            if bonuses is UNSET:
                study_cost.bonuses = UNSET
            else:
                deferred["bonuses"] = bonuses
            if deferred:
                study_cost._deferred = deferred

        study_cost.additional_properties = d
        return study_cost

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "rewards":
            _rewards = data
            rewards: StudyCostBreakdown | Unset
            if isinstance(_rewards, Unset):
                rewards = UNSET
            else:
                rewards = StudyCostBreakdown.from_dict(_rewards)

            return rewards
        if name == "bonuses":
            _bonuses = data
            bonuses: StudyCostBreakdown | Unset
            if isinstance(_bonuses, Unset):
                bonuses = UNSET
            else:
                bonuses = StudyCostBreakdown.from_dict(_bonuses)

            return bonuses
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
from ..models.study_cost_breakdown import StudyCostBreakdown  # noqa: E402
