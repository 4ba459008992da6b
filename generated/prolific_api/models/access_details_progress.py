from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="AccessDetailsProgress")


@_attrs_define
class AccessDetailsProgress(DeferredFields):
    """Allocation progress of a Taskflow study.

    Attributes:
        id (str): ID of the study's access-details collection.
        progress (list[AccessDetailProgress]):
    """

    id: str
    progress: list[AccessDetailProgress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        progress = []
        for progress_item_data in self.progress:
            progress_item = progress_item_data.to_dict()
            progress.append(progress_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "progress": progress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        progress = d.pop("progress")

        if cls is not AccessDetailsProgress:
            access_details_progress = cls(
                id,
                cls._parse_field("progress", progress),
            )
        else:
            access_details_progress = cls.__new__(cls)
            access_details_progress.id = id
            deferred: dict[str, Any] = {}
            deferred["progress"] = progress
            if deferred:
                access_details_progress._deferred = deferred

        access_details_progress.additional_properties = d
        return access_details_progress

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "progress":
            progress = []
            _progress = data
            for progress_item_data in _progress:
                progress_item = AccessDetailProgress.from_dict(progress_item_data)

                progress.append(progress_item)

            return progress
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
from ..models.access_detail_progress import AccessDetailProgress  # noqa: E402
