from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """What went wrong.

    Attributes:
        status (int | Unset): The HTTP status again.
        error_code (int | str | Unset): Prolific's internal code for the error; a number or a string.
        title (str | Unset): Short name of the error.
        detail (Any | Unset): Explanation: a string, a list of strings, or an object mapping each invalid field to a
            list of messages.
        additional_information (str | Unset): Extra hints, when Prolific has any.
        traceback (None | str | Unset): Debug information, usually empty.
        interactive (bool | Unset): Whether the message is meant to be shown to a person.
    """

    status: int | Unset = UNSET
    error_code: int | str | Unset = UNSET
    title: str | Unset = UNSET
    detail: Any | Unset = UNSET
    additional_information: str | Unset = UNSET
    traceback: None | str | Unset = UNSET
    interactive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error_code: int | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        title = self.title

        detail = self.detail

        additional_information = self.additional_information

        traceback: None | str | Unset
        if isinstance(self.traceback, Unset):
            traceback = UNSET
        else:
            traceback = self.traceback

        interactive = self.interactive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if traceback is not UNSET:
            field_dict["traceback"] = traceback
        if interactive is not UNSET:
            field_dict["interactive"] = interactive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        error_code = d.pop("error_code", UNSET)

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        additional_information = d.pop("additional_information", UNSET)

        traceback = d.pop("traceback", UNSET)

        interactive = d.pop("interactive", UNSET)

        error_detail = cls(
            status,
            error_code,
            title,
            detail,
            additional_information,
            traceback,
            interactive,
        )

        error_detail.additional_properties = d
        return error_detail

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
