from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_type import ProjectType
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate(DeferredFields):
    """Project fields to change.

    Attributes:
        title (str | Unset): New name.
        description (str | Unset): New description.
        owner (str | Unset): User ID of the new owner (a member of the workspace).
        position (int | Unset): Place of the project in the workspace's list.
        hidden (bool | Unset): Hide the project from the workspace's list.
        type_ (ProjectType | Unset): `PRIVATE` (default) or `PUBLIC`, whose `public_details` participants can see.
        public_details (None | PublicDetailsType0 | Unset): The public page of a `PUBLIC` project (null for a private
            one).
        is_sequential (bool | Unset): Run the project's studies one after another.
        naivety_distribution_rate (float | None | Unset): Default balance between speed (0) and participant naivety (up
            to 1).
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    owner: str | Unset = UNSET
    position: int | Unset = UNSET
    hidden: bool | Unset = UNSET
    type_: ProjectType | Unset = UNSET
    public_details: None | PublicDetailsType0 | Unset = UNSET
    is_sequential: bool | Unset = UNSET
    naivety_distribution_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        owner = self.owner

        position = self.position

        hidden = self.hidden

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        public_details: dict[str, Any] | None | Unset
        if isinstance(self.public_details, Unset):
            public_details = UNSET
        elif isinstance(self.public_details, PublicDetailsType0):
            public_details = self.public_details.to_dict()
        else:
            public_details = self.public_details

        is_sequential = self.is_sequential

        naivety_distribution_rate: float | None | Unset
        if isinstance(self.naivety_distribution_rate, Unset):
            naivety_distribution_rate = UNSET
        else:
            naivety_distribution_rate = self.naivety_distribution_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if position is not UNSET:
            field_dict["position"] = position
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if type_ is not UNSET:
            field_dict["type"] = type_
        if public_details is not UNSET:
            field_dict["public_details"] = public_details
        if is_sequential is not UNSET:
            field_dict["is_sequential"] = is_sequential
        if naivety_distribution_rate is not UNSET:
            field_dict["naivety_distribution_rate"] = naivety_distribution_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        owner = d.pop("owner", UNSET)

        position = d.pop("position", UNSET)

        hidden = d.pop("hidden", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProjectType._value2member_map_.get(_type_) or ProjectType(_type_)

        public_details = d.pop("public_details", UNSET)

        is_sequential = d.pop("is_sequential", UNSET)

        naivety_distribution_rate = d.pop("naivety_distribution_rate", UNSET)

        if cls is not ProjectUpdate:
            project_update = cls(
                title,
                description,
                owner,
                position,
                hidden,
                type_,
                UNSET
                if public_details is UNSET
                else cls._parse_field("public_details", public_details),
                is_sequential,
                naivety_distribution_rate,
            )
        else:
            project_update = cls.__new__(cls)
            project_update.title = title
            project_update.description = description
            project_update.owner = owner
            project_update.position = position
            project_update.hidden = hidden
            project_update.type_ = type_
            project_update.is_sequential = is_sequential
            project_update.naivety_distribution_rate = naivety_distribution_rate
            deferred: dict[str, Any] = {}
            if public_details is UNSET:
                project_update.public_details = UNSET
            else:
                deferred["public_details"] = public_details
            if deferred:
                project_update._deferred = deferred

        project_update.additional_properties = d
        return project_update

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "public_details":

            def _parse_public_details(data: object) -> None | PublicDetailsType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_public_details_type_0 = PublicDetailsType0.from_dict(data)

                    return componentsschemas_public_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PublicDetailsType0 | Unset, data)

            public_details = _parse_public_details(data)

            return public_details
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
from ..models.public_details_type_0 import PublicDetailsType0  # noqa: E402
