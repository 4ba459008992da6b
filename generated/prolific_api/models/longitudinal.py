from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Longitudinal")


@_attrs_define
class Longitudinal(DeferredFields):
    """A longitudinal project's design, and (in answers) how retention is going; absent for
    other projects.

        Attributes:
            config (LongitudinalConfig | Unset): Targets of a longitudinal project.
            retention (LongitudinalRetention | Unset): Retention observed so far, as Prolific reports it (answers only).
    """

    config: LongitudinalConfig | Unset = UNSET
    retention: LongitudinalRetention | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        retention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention, Unset):
            retention = self.retention.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if retention is not UNSET:
            field_dict["retention"] = retention

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = d.pop("config", UNSET)

        retention = d.pop("retention", UNSET)

        if cls is not Longitudinal:
            longitudinal = cls(
                UNSET if config is UNSET else cls._parse_field("config", config),
                UNSET if retention is UNSET else cls._parse_field("retention", retention),
            )
        else:
            longitudinal = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            if config is UNSET:
                longitudinal.config = UNSET
            else:
                deferred["config"] = config
            if retention is UNSET:
                longitudinal.retention = UNSET
            else:
                deferred["retention"] = retention
            if deferred:
                longitudinal._deferred = deferred

        longitudinal.additional_properties = d
        return longitudinal

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "config":
            _config = data
            config: LongitudinalConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = LongitudinalConfig.from_dict(_config)

            return config
        if name == "retention":
            _retention = data
            retention: LongitudinalRetention | Unset
            if isinstance(_retention, Unset):
                retention = UNSET
            else:
                retention = LongitudinalRetention.from_dict(_retention)

            return retention
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
from ..models.longitudinal_config import LongitudinalConfig  # noqa: E402
from ..models.longitudinal_retention import LongitudinalRetention  # noqa: E402
