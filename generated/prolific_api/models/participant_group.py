from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="ParticipantGroup")


@_attrs_define
class ParticipantGroup(DeferredFields):
    """A named list of participants.

    Attributes:
        id (str): Group ID; usable in `participant_group_allowlist`-style filters.
        name (str | Unset): Group name.
        description (None | str | Unset): What the group is for.
        workspace_id (None | str | Unset): Workspace owning the group.
        organisation_id (None | str | Unset): Organisation owning the group, for organisation-level groups.
        project_id (None | str | Unset): Former project scoping; groups now belong to a workspace.
        participant_count (int | Unset): Number of members.
        is_deleted (bool | Unset): Whether the group was deleted.
        feeder_studies (list[FeederStudy] | Unset): Studies whose completion codes change this group.
    """

    id: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    organisation_id: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    participant_count: int | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    feeder_studies: list[FeederStudy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = self.organisation_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        participant_count = self.participant_count

        is_deleted = self.is_deleted

        feeder_studies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feeder_studies, Unset):
            feeder_studies = []
            for feeder_studies_item_data in self.feeder_studies:
                feeder_studies_item = feeder_studies_item_data.to_dict()
                feeder_studies.append(feeder_studies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if participant_count is not UNSET:
            field_dict["participant_count"] = participant_count
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if feeder_studies is not UNSET:
            field_dict["feeder_studies"] = feeder_studies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        organisation_id = d.pop("organisation_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        participant_count = d.pop("participant_count", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        feeder_studies = d.pop("feeder_studies", UNSET)

        if cls is not ParticipantGroup:
            participant_group = cls(
                id,
                name,
                description,
                workspace_id,
                organisation_id,
                project_id,
                participant_count,
                is_deleted,
                UNSET
                if feeder_studies is UNSET
                else cls._parse_field("feeder_studies", feeder_studies),
            )
        else:
            participant_group = cls.__new__(cls)
            participant_group.id = id
            participant_group.name = name
            participant_group.description = description
            participant_group.workspace_id = workspace_id
            participant_group.organisation_id = organisation_id
            participant_group.project_id = project_id
            participant_group.participant_count = participant_count
            participant_group.is_deleted = is_deleted
            deferred: dict[str, Any] = {}
            if feeder_studies is UNSET:
                participant_group.feeder_studies = UNSET
            else:
                deferred["feeder_studies"] = feeder_studies
            if deferred:
                participant_group._deferred = deferred

        participant_group.additional_properties = d
        return participant_group

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "feeder_studies":
            _feeder_studies = data
            feeder_studies: list[FeederStudy] | Unset = UNSET
            if _feeder_studies is not UNSET:
                feeder_studies = []
                for feeder_studies_item_data in _feeder_studies:
                    feeder_studies_item = FeederStudy.from_dict(feeder_studies_item_data)

                    feeder_studies.append(feeder_studies_item)

            return feeder_studies
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
from ..models.feeder_study import FeederStudy  # noqa: E402
