from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialPool")


@_attrs_define
class CredentialPool:
    """A credential pool and how much of it is left.

    Attributes:
        credential_pool_id (str | Unset): Pool ID.
        total_credentials (int | Unset): Logins in the pool.
        available_credentials (int | Unset): Logins not yet handed out.
        workspace_id (str | Unset): Workspace owning the pool.
    """

    credential_pool_id: str | Unset = UNSET
    total_credentials: int | Unset = UNSET
    available_credentials: int | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_pool_id = self.credential_pool_id

        total_credentials = self.total_credentials

        available_credentials = self.available_credentials

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_pool_id is not UNSET:
            field_dict["credential_pool_id"] = credential_pool_id
        if total_credentials is not UNSET:
            field_dict["total_credentials"] = total_credentials
        if available_credentials is not UNSET:
            field_dict["available_credentials"] = available_credentials
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_pool_id = d.pop("credential_pool_id", UNSET)

        total_credentials = d.pop("total_credentials", UNSET)

        available_credentials = d.pop("available_credentials", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        credential_pool = cls(
            credential_pool_id,
            total_credentials,
            available_credentials,
            workspace_id,
        )

        credential_pool.additional_properties = d
        return credential_pool

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
