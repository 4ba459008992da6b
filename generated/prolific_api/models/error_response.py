from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse(DeferredFields):
    """The usual error body, wrapping an `ErrorDetail`.

    Attributes:
        error (ErrorDetail): What went wrong.
    """

    error: ErrorDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        if cls is not ErrorResponse:
            error_response = cls(
                cls._parse_field("error", error),
            )
        else:
            error_response = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            deferred["error"] = error
            if deferred:
                error_response._deferred = deferred

        error_response.additional_properties = d
        return error_response

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "error":
            error = ErrorDetail.from_dict(data)

            return error
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
from ..models.error_detail import ErrorDetail  # noqa: E402
