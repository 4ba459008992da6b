from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessDetailProgress")


@_attrs_define
class AccessDetailProgress:
    """Progress of one task URL of a Taskflow study.

    Attributes:
        external_url (str): The task URL.
        total_allocation (int): Places you allocated to it.
        allocated (int | Unset): Participants sent to it so far (may exceed `total_allocation` after screen-outs).
        capacity_increments (int | Unset): Places added to it because participants were screened out.
    """

    external_url: str
    total_allocation: int
    allocated: int | Unset = UNSET
    capacity_increments: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_url = self.external_url

        total_allocation = self.total_allocation

        allocated = self.allocated

        capacity_increments = self.capacity_increments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_url": external_url,
                "total_allocation": total_allocation,
            }
        )
        if allocated is not UNSET:
            field_dict["allocated"] = allocated
        if capacity_increments is not UNSET:
            field_dict["capacity_increments"] = capacity_increments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_url = d.pop("external_url")

        total_allocation = d.pop("total_allocation")

        allocated = d.pop("allocated", UNSET)

        capacity_increments = d.pop("capacity_increments", UNSET)

        access_detail_progress = cls(
            external_url,
            total_allocation,
            allocated,
            capacity_increments,
        )

        access_detail_progress.additional_properties = d
        return access_detail_progress

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
