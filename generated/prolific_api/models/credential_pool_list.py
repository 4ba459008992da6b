from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="CredentialPoolList")


@_attrs_define
class CredentialPoolList(DeferredFields):
    """A workspace's credential pools (not paged).

    Attributes:
        credential_pools (list[CredentialPool] | Unset):
    """

    credential_pools: list[CredentialPool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credential_pools, Unset):
            credential_pools = []
            for credential_pools_item_data in self.credential_pools:
                credential_pools_item = credential_pools_item_data.to_dict()
                credential_pools.append(credential_pools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_pools is not UNSET:
            field_dict["credential_pools"] = credential_pools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_pools = d.pop("credential_pools", UNSET)

        if cls is not CredentialPoolList:
            credential_pool_list = cls(
                UNSET
                if credential_pools is UNSET
                else cls._parse_field("credential_pools", credential_pools),
            )
        else:
            credential_pool_list = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            if credential_pools is UNSET:
                credential_pool_list.credential_pools = UNSET
            else:
                deferred["credential_pools"] = credential_pools
            if deferred:
                credential_pool_list._deferred = deferred

        credential_pool_list.additional_properties = d
        return credential_pool_list

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "credential_pools":
            _credential_pools = data
            credential_pools: list[CredentialPool] | Unset = UNSET
            if _credential_pools is not UNSET:
                credential_pools = []
                for credential_pools_item_data in _credential_pools:
                    credential_pools_item = CredentialPool.from_dict(credential_pools_item_data)

                    credential_pools.append(credential_pools_item)

            return credential_pools
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
from ..models.credential_pool import CredentialPool  # noqa: E402
