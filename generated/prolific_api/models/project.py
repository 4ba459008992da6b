from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_type import ProjectType
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project(DeferredFields):
    """A project in full.

    Attributes:
        id (str): Project ID; pass it as a study's `project`.
        title (str): Name of the project.
        description (None | str | Unset): What the project is for.
        owner (str | Unset): User ID of the creator.
        users (list[WorkspaceUser] | Unset): People with access.
        workspace (str | Unset): ID of the workspace holding the project.
        naivety_distribution_rate (float | None | Unset): Default balance between speed (0) and participant naivety (up
            to 1) for its studies.
        type_ (ProjectType | Unset): `PRIVATE` (default) or `PUBLIC`, whose `public_details` participants can see.
        public_details (None | PublicDetailsType0 | Unset): The public page of a `PUBLIC` project (null for a private
            one).
        is_longitudinal (bool | Unset): Whether the project runs a longitudinal (multi-wave) design.
        longitudinal (Longitudinal | Unset): A longitudinal project's design, and (in answers) how retention is going;
            absent for
            other projects.
    """

    id: str
    title: str
    description: None | str | Unset = UNSET
    owner: str | Unset = UNSET
    users: list[WorkspaceUser] | Unset = UNSET
    workspace: str | Unset = UNSET
    naivety_distribution_rate: float | None | Unset = UNSET
    type_: ProjectType | Unset = UNSET
    public_details: None | PublicDetailsType0 | Unset = UNSET
    is_longitudinal: bool | Unset = UNSET
    longitudinal: Longitudinal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner = self.owner

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        workspace = self.workspace

        naivety_distribution_rate: float | None | Unset
        if isinstance(self.naivety_distribution_rate, Unset):
            naivety_distribution_rate = UNSET
        else:
            naivety_distribution_rate = self.naivety_distribution_rate

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

        is_longitudinal = self.is_longitudinal

        longitudinal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.longitudinal, Unset):
            longitudinal = self.longitudinal.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if users is not UNSET:
            field_dict["users"] = users
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if naivety_distribution_rate is not UNSET:
            field_dict["naivety_distribution_rate"] = naivety_distribution_rate
        if type_ is not UNSET:
            field_dict["type"] = type_
        if public_details is not UNSET:
            field_dict["public_details"] = public_details
        if is_longitudinal is not UNSET:
            field_dict["is_longitudinal"] = is_longitudinal
        if longitudinal is not UNSET:
            field_dict["longitudinal"] = longitudinal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        description = d.pop("description", UNSET)

        owner = d.pop("owner", UNSET)

        users = d.pop("users", UNSET)

        workspace = d.pop("workspace", UNSET)

        naivety_distribution_rate = d.pop("naivety_distribution_rate", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProjectType._value2member_map_.get(_type_) or ProjectType(_type_)

        public_details = d.pop("public_details", UNSET)

        is_longitudinal = d.pop("is_longitudinal", UNSET)

        longitudinal = d.pop("longitudinal", UNSET)

        if cls is not Project:
            project = cls(
                id,
                title,
                description,
                owner,
                UNSET if users is UNSET else cls._parse_field("users", users),
                workspace,
                naivety_distribution_rate,
                type_,
                UNSET
                if public_details is UNSET
                else cls._parse_field("public_details", public_details),
                is_longitudinal,
                UNSET if longitudinal is UNSET else cls._parse_field("longitudinal", longitudinal),
            )
        else:
            project = cls.__new__(cls)
            project.id = id
            project.title = title
            project.description = description
            project.owner = owner
            project.workspace = workspace
            project.naivety_distribution_rate = naivety_distribution_rate
            project.type_ = type_
            project.is_longitudinal = is_longitudinal
            deferred: dict[str, Any] = {}
            if users is UNSET:
                project.users = UNSET
            else:
                deferred["users"] = users
            if public_details is UNSET:
                project.public_details = UNSET
            else:
                deferred["public_details"] = public_details
            if longitudinal is UNSET:
                project.longitudinal = UNSET
            else:
                deferred["longitudinal"] = longitudinal
            if deferred:
                project._deferred = deferred

        project.additional_properties = d
        return project

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "users":
            _users = data
            users: list[WorkspaceUser] | Unset = UNSET
            if _users is not UNSET:
                users = []
                for users_item_data in _users:
                    users_item = WorkspaceUser.from_dict(users_item_data)

                    users.append(users_item)

            return users
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
        if name == "longitudinal":
            _longitudinal = data
            longitudinal: Longitudinal | Unset
            if isinstance(_longitudinal, Unset):
                longitudinal = UNSET
            else:
                longitudinal = Longitudinal.from_dict(_longitudinal)

            return longitudinal
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
from ..models.longitudinal import Longitudinal  # noqa: E402
from ..models.public_details_type_0 import PublicDetailsType0  # noqa: E402
from ..models.workspace_user import WorkspaceUser  # noqa: E402
