from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="ProjectCreateLongitudinal")


@_attrs_define
class ProjectCreateLongitudinal(DeferredFields):
    """The longitudinal design.

    Attributes:
        config (LongitudinalConfig | Unset): Targets of a longitudinal project.
    """

    config: LongitudinalConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = d.pop("config", UNSET)

        if cls is not ProjectCreateLongitudinal:
            project_create_longitudinal = cls(
                UNSET if config is UNSET else cls._parse_field("config", config),
            )
        else:
            project_create_longitudinal = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            if config is UNSET:
                project_create_longitudinal.config = UNSET
            else:
                deferred["config"] = config
            if deferred:
                project_create_longitudinal._deferred = deferred

        project_create_longitudinal.additional_properties = d
        return project_create_longitudinal

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
