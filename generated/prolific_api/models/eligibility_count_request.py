from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="EligibilityCountRequest")


@_attrs_define
class EligibilityCountRequest(DeferredFields):
    """An audience to count.

    Attributes:
        filters (list[AppliedFilter]): Filters a participant must all pass; empty means everyone.
        workspace_id (str | Unset): Workspace the study will run in; its country affects who may take part, so give it
            for an accurate count.
        organisation_id (str | Unset): Organisation to count for, instead of a workspace.
    """

    filters: list[AppliedFilter]
    workspace_id: str | Unset = UNSET
    organisation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        workspace_id = self.workspace_id

        organisation_id = self.organisation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filters = d.pop("filters")

        workspace_id = d.pop("workspace_id", UNSET)

        organisation_id = d.pop("organisation_id", UNSET)

        if cls is not EligibilityCountRequest:
            eligibility_count_request = cls(
                cls._parse_field("filters", filters),
                workspace_id,
                organisation_id,
            )
        else:
            eligibility_count_request = cls.__new__(cls)
            eligibility_count_request.workspace_id = workspace_id
            eligibility_count_request.organisation_id = organisation_id
            deferred: dict[str, Any] = {}
            deferred["filters"] = filters
            if deferred:
                eligibility_count_request._deferred = deferred

        eligibility_count_request.additional_properties = d
        return eligibility_count_request

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "filters":
            filters = []
            _filters = data
            for filters_item_data in _filters:
                filters_item = AppliedFilter.from_dict(filters_item_data)

                filters.append(filters_item)

            return filters
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
from ..models.applied_filter import AppliedFilter  # noqa: E402
