from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="WorkspaceListItem")


@_attrs_define
class WorkspaceListItem(DeferredFields):
    """A workspace as it appears in lists.

    Attributes:
        id (str): Workspace ID.
        title (str): Name of the workspace.
        description (None | str | Unset): What the workspace is for.
        owner (str | Unset): User ID of the creator.
        users (list[WorkspaceUser] | Unset): Members.
        naivety_distribution_rate (float | None | Unset): Default balance between speed (0) and participant naivety (up
            to 1) for its studies.
    """

    id: str
    title: str
    description: None | str | Unset = UNSET
    owner: str | Unset = UNSET
    users: list[WorkspaceUser] | Unset = UNSET
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

        naivety_distribution_rate = d.pop("naivety_distribution_rate", UNSET)

        if cls is not WorkspaceListItem:
            workspace_list_item = cls(
                id,
                title,
                description,
                owner,
                UNSET if users is UNSET else cls._parse_field("users", users),
                naivety_distribution_rate,
            )
        else:
            workspace_list_item = cls.__new__(cls)
            workspace_list_item.id = id
            workspace_list_item.title = title
            workspace_list_item.description = description
            workspace_list_item.owner = owner
            workspace_list_item.naivety_distribution_rate = naivety_distribution_rate
            deferred: dict[str, Any] = {}
            if users is UNSET:
                workspace_list_item.users = UNSET
            else:
                deferred["users"] = users
            if deferred:
                workspace_list_item._deferred = deferred

        workspace_list_item.additional_properties = d
        return workspace_list_item

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
from ..models.workspace_user import WorkspaceUser  # noqa: E402
