from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="FilterSet")


@_attrs_define
class FilterSet(DeferredFields):
    """A named, versioned set of filters.

    Attributes:
        id (str): Filter set ID; usable as a study's `filter_set_id`.
        name (str | Unset): Name of the set.
        version (int | Unset): Version number, incremented on every change.
        is_locked (bool | Unset): Whether edits are blocked.
        is_deleted (bool | Unset): Whether the set was deleted.
        workspace_id (None | str | Unset): Workspace where the set can be used.
        organisation_id (None | str | Unset): Organisation where the set can be used.
        filters (list[AppliedFilter] | Unset): The filters.
        eligible_participant_count (int | Unset): Participants passing the set; small numbers are hidden (shown as 0).
    """

    id: str
    name: str | Unset = UNSET
    version: int | Unset = UNSET
    is_locked: bool | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    organisation_id: None | str | Unset = UNSET
    filters: list[AppliedFilter] | Unset = UNSET
    eligible_participant_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        version = self.version

        is_locked = self.is_locked

        is_deleted = self.is_deleted

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = self.organisation_id

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        eligible_participant_count = self.eligible_participant_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if filters is not UNSET:
            field_dict["filters"] = filters
        if eligible_participant_count is not UNSET:
            field_dict["eligible_participant_count"] = eligible_participant_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        version = d.pop("version", UNSET)

        is_locked = d.pop("is_locked", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        organisation_id = d.pop("organisation_id", UNSET)

        filters = d.pop("filters", UNSET)

        eligible_participant_count = d.pop("eligible_participant_count", UNSET)

        if cls is not FilterSet:
            filter_set = cls(
                id,
                name,
                version,
                is_locked,
                is_deleted,
                workspace_id,
                organisation_id,
                UNSET if filters is UNSET else cls._parse_field("filters", filters),
                eligible_participant_count,
            )
        else:
            filter_set = cls.__new__(cls)
            filter_set.id = id
            filter_set.name = name
            filter_set.version = version
            filter_set.is_locked = is_locked
            filter_set.is_deleted = is_deleted
            filter_set.workspace_id = workspace_id
            filter_set.organisation_id = organisation_id
            filter_set.eligible_participant_count = eligible_participant_count
            deferred: dict[str, Any] = {}
            if filters is UNSET:
                filter_set.filters = UNSET
            else:
                deferred["filters"] = filters
            if deferred:
                filter_set._deferred = deferred

        filter_set.additional_properties = d
        return filter_set

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "filters":
            _filters = data
            filters: list[AppliedFilter] | Unset = UNSET
            if _filters is not UNSET:
                filters = []
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
