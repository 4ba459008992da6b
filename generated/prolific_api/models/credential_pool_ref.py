from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialPoolRef")


@_attrs_define
class CredentialPoolRef:
    """The pool created or changed.

    Attributes:
        credential_pool_id (str | Unset): Pool ID; give it to a study as `credential_pool_id`.
    """

    credential_pool_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_pool_id = self.credential_pool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_pool_id is not UNSET:
            field_dict["credential_pool_id"] = credential_pool_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_pool_id = d.pop("credential_pool_id", UNSET)

        credential_pool_ref = cls(
            credential_pool_id,
        )

        credential_pool_ref.additional_properties = d
        return credential_pool_ref

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
