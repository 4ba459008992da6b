from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_web_key_alg import JsonWebKeyAlg
from ..models.json_web_key_key_ops_item import JsonWebKeyKeyOpsItem
from ..models.json_web_key_kty import JsonWebKeyKty
from ..models.json_web_key_use import JsonWebKeyUse
from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonWebKey")


@_attrs_define
class JsonWebKey:
    """One RSA public key.

    Attributes:
        kty (JsonWebKeyKty): Key type; `RSA`.
        kid (str): Key ID, matched against a token's `kid` header.
        n (str): RSA modulus, base64url.
        e (str): RSA exponent, base64url.
        alg (JsonWebKeyAlg | Unset): Algorithm; `RS256`.
        use (JsonWebKeyUse | Unset): Intended use; `sig`.
        key_ops (list[JsonWebKeyKeyOpsItem] | Unset): Operations the key is for (`verify`).
    """

    kty: JsonWebKeyKty
    kid: str
    n: str
    e: str
    alg: JsonWebKeyAlg | Unset = UNSET
    use: JsonWebKeyUse | Unset = UNSET
    key_ops: list[JsonWebKeyKeyOpsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kty = self.kty.value

        kid = self.kid

        n = self.n

        e = self.e

        alg: str | Unset = UNSET
        if not isinstance(self.alg, Unset):
            alg = self.alg.value

        use: str | Unset = UNSET
        if not isinstance(self.use, Unset):
            use = self.use.value

        key_ops: list[str] | Unset = UNSET
        if not isinstance(self.key_ops, Unset):
            key_ops = []
            for key_ops_item_data in self.key_ops:
                key_ops_item = key_ops_item_data.value
                key_ops.append(key_ops_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kty": kty,
                "kid": kid,
                "n": n,
                "e": e,
            }
        )
        if alg is not UNSET:
            field_dict["alg"] = alg
        if use is not UNSET:
            field_dict["use"] = use
        if key_ops is not UNSET:
            field_dict["key_ops"] = key_ops

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kty = d.pop("kty")
        kty = JsonWebKeyKty._value2member_map_.get(_kty) or JsonWebKeyKty(_kty)

        kid = d.pop("kid")

        n = d.pop("n")

        e = d.pop("e")

        _alg = d.pop("alg", UNSET)
        alg: JsonWebKeyAlg | Unset
        if isinstance(_alg, Unset):
            alg = UNSET
        else:
            alg = JsonWebKeyAlg._value2member_map_.get(_alg) or JsonWebKeyAlg(_alg)

        _use = d.pop("use", UNSET)
        use: JsonWebKeyUse | Unset
        if isinstance(_use, Unset):
            use = UNSET
        else:
            use = JsonWebKeyUse._value2member_map_.get(_use) or JsonWebKeyUse(_use)

        _key_ops = d.pop("key_ops", UNSET)
        key_ops: list[JsonWebKeyKeyOpsItem] | Unset = UNSET
        if _key_ops is not UNSET:
            key_ops = []
            for key_ops_item_data in _key_ops:
                key_ops_item = JsonWebKeyKeyOpsItem(key_ops_item_data)

                key_ops.append(key_ops_item)

        json_web_key = cls(
            kty,
            kid,
            n,
            e,
            alg,
            use,
            key_ops,
        )

        json_web_key.additional_properties = d
        return json_web_key

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
