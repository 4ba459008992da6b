from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="SurveyList")


@_attrs_define
class SurveyList(DeferredFields):
    """Surveys of a researcher.

    Attributes:
        results (list[Survey]):
    """

    results: list[Survey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        results = d.pop("results")

        if cls is not SurveyList:
            survey_list = cls(
                cls._parse_field("results", results),
            )
        else:
            survey_list = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            deferred["results"] = results
            if deferred:
                survey_list._deferred = deferred

        survey_list.additional_properties = d
        return survey_list

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "results":
            results = []
            _results = data
            for results_item_data in _results:
                results_item = Survey.from_dict(results_item_data)

                results.append(results_item)

            return results
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
from ..models.survey import Survey  # noqa: E402
