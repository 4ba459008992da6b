from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DeferredFields

T = TypeVar("T", bound="JsonWebKeySet")


@_attrs_define
class JsonWebKeySet(DeferredFields):
    """Prolific's current signing keys.

    Attributes:
        keys (list[JsonWebKey]):
    """

    keys: list[JsonWebKey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = []
        for keys_item_data in self.keys:
            keys_item = keys_item_data.to_dict()
            keys.append(keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keys = d.pop("keys")

        if cls is not JsonWebKeySet:
            json_web_key_set = cls(
                cls._parse_field("keys", keys),
            )
        else:
            json_web_key_set = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            deferred["keys"] = keys
            if deferred:
                json_web_key_set._deferred = deferred

        json_web_key_set.additional_properties = d
        return json_web_key_set

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "keys":
            keys = []
            _keys = data
            for keys_item_data in _keys:
                keys_item = JsonWebKey.from_dict(keys_item_data)

                keys.append(keys_item)

            return keys
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
from ..models.json_web_key import JsonWebKey  # noqa: E402
