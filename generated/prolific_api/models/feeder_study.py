from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="FeederStudy")


@_attrs_define
class FeederStudy(DeferredFields):
    """A study whose completion codes add participants to or remove them from a group.

    Attributes:
        id (str | Unset): Study ID.
        name (str | Unset): Study title.
        internal_name (None | str | Unset): Study internal name.
        status (str | Unset): Study status (a `StudyStatus` value).
        feeder_completion_codes (list[FeederCompletionCode] | Unset): The codes that change the group.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    internal_name: None | str | Unset = UNSET
    status: str | Unset = UNSET
    feeder_completion_codes: list[FeederCompletionCode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        internal_name: None | str | Unset
        if isinstance(self.internal_name, Unset):
            internal_name = UNSET
        else:
            internal_name = self.internal_name

        status = self.status

        feeder_completion_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feeder_completion_codes, Unset):
            feeder_completion_codes = []
            for feeder_completion_codes_item_data in self.feeder_completion_codes:
                feeder_completion_codes_item = feeder_completion_codes_item_data.to_dict()
                feeder_completion_codes.append(feeder_completion_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if status is not UNSET:
            field_dict["status"] = status
        if feeder_completion_codes is not UNSET:
            field_dict["feeder_completion_codes"] = feeder_completion_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        internal_name = d.pop("internal_name", UNSET)

        status = d.pop("status", UNSET)

        feeder_completion_codes = d.pop("feeder_completion_codes", UNSET)

        if cls is not FeederStudy:
            feeder_study = cls(
                id,
                name,
                internal_name,
                status,
                UNSET
                if feeder_completion_codes is UNSET
                else cls._parse_field("feeder_completion_codes", feeder_completion_codes),
            )
        else:
            feeder_study = cls.__new__(cls)
            feeder_study.id = id
            feeder_study.name = name
            feeder_study.internal_name = internal_name
            feeder_study.status = status
            deferred: dict[str, Any] = {}
            if feeder_completion_codes is UNSET:
                feeder_study.feeder_completion_codes = UNSET
            else:
                deferred["feeder_completion_codes"] = feeder_completion_codes
            if deferred:
                feeder_study._deferred = deferred

        feeder_study.additional_properties = d
        return feeder_study

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "feeder_completion_codes":
            _feeder_completion_codes = data
            feeder_completion_codes: list[FeederCompletionCode] | Unset = UNSET
            if _feeder_completion_codes is not UNSET:
                feeder_completion_codes = []
                for feeder_completion_codes_item_data in _feeder_completion_codes:
                    feeder_completion_codes_item = FeederCompletionCode.from_dict(
                        feeder_completion_codes_item_data
                    )

                    feeder_completion_codes.append(feeder_completion_codes_item)

            return feeder_completion_codes
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
from ..models.feeder_completion_code import FeederCompletionCode  # noqa: E402
