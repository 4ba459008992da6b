from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace(DeferredFields):
    """A workspace in full.

    Attributes:
        id (str): Workspace ID.
        title (str): Name of the workspace.
        description (None | str | Unset): What the workspace is for.
        owner (str | Unset): User ID of the creator.
        users (list[WorkspaceUser] | Unset): Members.
        projects (list[ProjectListItem] | Unset): Projects of the workspace (possibly just their IDs).
        wallet (str | Unset): ID of the workspace's wallet.
        currency_code (str | Unset): Currency of every amount in the workspace, such as `GBP` or `USD`.
        naivety_distribution_rate (float | None | Unset): Default balance between speed (0) and participant naivety (up
            to 1) for its studies.
    """

    id: str
    title: str
    description: None | str | Unset = UNSET
    owner: str | Unset = UNSET
    users: list[WorkspaceUser] | Unset = UNSET
    projects: list[ProjectListItem] | Unset = UNSET
    wallet: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    naivety_distribution_rate: float | None | Unset = UNSET
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

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        wallet = self.wallet

        currency_code = self.currency_code

        naivety_distribution_rate: float | None | Unset
        if isinstance(self.naivety_distribution_rate, Unset):
            naivety_distribution_rate = UNSET
        else:
            naivety_distribution_rate = self.naivety_distribution_rate

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
        if projects is not UNSET:
            field_dict["projects"] = projects
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if naivety_distribution_rate is not UNSET:
            field_dict["naivety_distribution_rate"] = naivety_distribution_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        description = d.pop("description", UNSET)

        owner = d.pop("owner", UNSET)

        users = d.pop("users", UNSET)

        projects = d.pop("projects", UNSET)

        wallet = d.pop("wallet", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        naivety_distribution_rate = d.pop("naivety_distribution_rate", UNSET)

        if cls is not Workspace:
            workspace = cls(
                id,
                title,
                description,
                owner,
                UNSET if users is UNSET else cls._parse_field("users", users),
                UNSET if projects is UNSET else cls._parse_field("projects", projects),
                wallet,
                currency_code,
                naivety_distribution_rate,
            )
        else:
            workspace = cls.__new__(cls)
            workspace.id = id
            workspace.title = title
            workspace.description = description
            workspace.owner = owner
            workspace.wallet = wallet
            workspace.currency_code = currency_code
            workspace.naivety_distribution_rate = naivety_distribution_rate
            deferred: dict[str, Any] = {}
            if users is UNSET:
                workspace.users = UNSET
            else:
                deferred["users"] = users
            if projects is UNSET:
                workspace.projects = UNSET
            else:
                deferred["projects"] = projects
            if deferred:
                workspace._deferred = deferred

        workspace.additional_properties = d
        return workspace

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
        if name == "projects":
            _projects = data
            projects: list[ProjectListItem] | Unset = UNSET
            if _projects is not UNSET:
                projects = []
                for projects_item_data in _projects:
                    projects_item = ProjectListItem.from_dict(projects_item_data)

                    projects.append(projects_item)

            return projects
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
from ..models.project_list_item import ProjectListItem  # noqa: E402
from ..models.workspace_user import WorkspaceUser  # noqa: E402
