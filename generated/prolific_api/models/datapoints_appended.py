from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="DatapointsAppended")


@_attrs_define
class DatapointsAppended(DeferredFields):
    """Outcome of an append.

    Attributes:
        accepted (int): Records written, or already there.
        rejected (int): Records refused.
        errors (list[RecordProblem] | Unset): The refused records.
    """

    accepted: int
    rejected: int
    errors: list[RecordProblem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        rejected = self.rejected

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted": accepted,
                "rejected": rejected,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted")

        rejected = d.pop("rejected")

        errors = d.pop("errors", UNSET)

        if cls is not DatapointsAppended:
            datapoints_appended = cls(
                accepted,
                rejected,
                UNSET if errors is UNSET else cls._parse_field("errors", errors),
            )
        else:
            datapoints_appended = cls.__new__(cls)
            datapoints_appended.accepted = accepted
            datapoints_appended.rejected = rejected
            deferred: dict[str, Any] = {}
            if errors is UNSET:
                datapoints_appended.errors = UNSET
            else:
                deferred["errors"] = errors
            if deferred:
                datapoints_appended._deferred = deferred

        datapoints_appended.additional_properties = d
        return datapoints_appended

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "errors":
            _errors = data
            errors: list[RecordProblem] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = RecordProblem.from_dict(errors_item_data)

                    errors.append(errors_item)

            return errors
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
from ..models.record_problem import RecordProblem  # noqa: E402
