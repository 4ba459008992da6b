from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="InstructionList")


@_attrs_define
class InstructionList(DeferredFields):
    """The questions of a legacy batch.

    Attributes:
        results (list[Instruction]):
        meta (ListMeta | Unset): Facts about the whole list, not just this page.
    """

    results: list[Instruction]
    meta: ListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        results = d.pop("results")

        meta = d.pop("meta", UNSET)

        if cls is not InstructionList:
            instruction_list = cls(
                cls._parse_field("results", results),
                UNSET if meta is UNSET else cls._parse_field("meta", meta),
            )
        else:
            instruction_list = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            deferred["results"] = results
            if meta is UNSET:
                instruction_list.meta = UNSET
            else:
                deferred["meta"] = meta
            if deferred:
                instruction_list._deferred = deferred

        instruction_list.additional_properties = d
        return instruction_list

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "results":
            results = []
            _results = data
            for results_item_data in _results:
                results_item = Instruction.from_dict(results_item_data)

                results.append(results_item)

            return results
        if name == "meta":
            _meta = data
            meta: ListMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ListMeta.from_dict(_meta)

            return meta
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
from ..models.instruction import Instruction  # noqa: E402
from ..models.list_meta import ListMeta  # noqa: E402
