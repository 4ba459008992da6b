"""``client.participant_groups``: named sets of participants, and their members."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import Any, Unpack, overload

from prolific_api import operations as ops
from prolific_api.models.participant_group import ParticipantGroup
from prolific_api.models.participant_group_create import ParticipantGroupCreate
from prolific_api.models.participant_group_member import ParticipantGroupMember
from prolific_api.models.participant_group_member_list import ParticipantGroupMemberList
from prolific_api.models.participant_group_update import ParticipantGroupUpdate
from prolific_api.params import ParticipantGroupCreateParams, ParticipantGroupUpdateParams

from .._base_client import AsyncResource, SyncResource
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, id_list, require_fields
from .._request import PageQuery, Request, build
from .._validation import check_flag, check_id
from ..errors import InvalidRequestError

__all__ = [
    "AsyncParticipantGroupMembers",
    "AsyncParticipantGroups",
    "ParticipantGroupMembers",
    "ParticipantGroups",
]

_CreateBody = ParticipantGroupCreate | ParticipantGroupCreateParams | Mapping[str, Any]
_UpdateBody = ParticipantGroupUpdate | ParticipantGroupUpdateParams | Mapping[str, Any]


def _group(group_id: str) -> str:
    return check_id("group_id", group_id)


def _list(
    workspace_id: str | None, project_id: str | None, active: bool | None
) -> PageQuery[ParticipantGroup]:
    # Prolific's filter is one of the two (``oneOf``), never both and never neither.
    if (workspace_id is None) == (project_id is None):
        raise InvalidRequestError(
            "participant_groups.list needs exactly one of workspace_id and project_id",
            field="workspace_id" if workspace_id is None else "project_id",
        )
    query = {
        "workspace_id": None if workspace_id is None else check_id("workspace_id", workspace_id),
        "project_id": None if project_id is None else check_id("project_id", project_id),
        "active": check_flag("active", active),
    }
    return build(ops.list_participant_groups, query=query)


def _create(
    body: _CreateBody | None, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> Request[ParticipantGroup]:
    payload = build_body(body, fields, op=ops.create_participant_group, extra_body=extra_body)
    # A group lives in a workspace, or in an organisation given instead.
    where = [] if payload.get("organisation_id") else ["workspace_id"]
    require_fields(
        payload, [*ops.create_participant_group.body_required, *where], "A participant group"
    )
    return build(ops.create_participant_group, json=payload)


def _get(group_id: str) -> Request[ParticipantGroup]:
    return build(ops.get_participant_group, group_id=_group(group_id))


def _update(
    group_id: str,
    body: _UpdateBody | None,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
) -> Request[ParticipantGroup]:
    group_id = _group(group_id)
    payload = build_body(body, fields, op=ops.update_participant_group, extra_body=extra_body)
    return build(ops.update_participant_group, group_id=group_id, json=payload)


def _delete(group_id: str) -> Request[None]:
    return build(ops.delete_participant_group, group_id=_group(group_id))


def _members(group_id: str) -> PageQuery[ParticipantGroupMember]:
    return build(ops.list_participant_group_participants, group_id=_group(group_id))


def _add(group_id: str, ids: Iterable[str]) -> Request[ParticipantGroupMemberList]:
    group_id = _group(group_id)
    body = {"participant_ids": id_list("participant_ids", ids)}
    return build(ops.add_participant_group_participants, group_id=group_id, json=body)


def _remove(group_id: str, ids: Iterable[str]) -> Request[ParticipantGroupMemberList]:
    group_id = _group(group_id)
    body = {"participant_ids": id_list("participant_ids", ids)}
    return build(ops.remove_participant_group_participants, group_id=group_id, json=body)


class ParticipantGroupMembers(SyncResource):
    """``client.participant_groups.participants``: who is in a group."""

    def list(self, group_id: str) -> SyncPager[ParticipantGroupMember]:
        return self._client.paginate(_members(group_id))

    def add(self, group_id: str, participant_ids: Iterable[str]) -> ParticipantGroupMemberList:
        return self._client.request(_add(group_id, participant_ids))

    def remove(self, group_id: str, participant_ids: Iterable[str]) -> ParticipantGroupMemberList:
        return self._client.request(_remove(group_id, participant_ids))


class AsyncParticipantGroupMembers(AsyncResource):
    def list(self, group_id: str) -> AsyncPager[ParticipantGroupMember]:
        return self._client.paginate(_members(group_id))

    async def add(
        self, group_id: str, participant_ids: Iterable[str]
    ) -> ParticipantGroupMemberList:
        return await self._client.request(_add(group_id, participant_ids))

    async def remove(
        self, group_id: str, participant_ids: Iterable[str]
    ) -> ParticipantGroupMemberList:
        return await self._client.request(_remove(group_id, participant_ids))


class ParticipantGroups(SyncResource):
    @cached_property
    def participants(self) -> ParticipantGroupMembers:
        return ParticipantGroupMembers(self._client)

    def list(
        self,
        workspace_id: str | None = None,
        *,
        project_id: str | None = None,
        active: bool | None = None,
    ) -> SyncPager[ParticipantGroup]:
        """The groups of a workspace (``list(workspace_id)``) or of a project
        (``list(project_id=...)``, the groups of its workspace); give exactly one, or
        ``InvalidRequestError`` is raised before anything is sent.

        ``active=True`` keeps the groups not deleted and ``active=False`` lists only the
        deleted ones; ``None`` sends no filter.
        """
        return self._client.paginate(_list(workspace_id, project_id, active))

    @overload
    def create(
        self,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ParticipantGroupCreateParams],
    ) -> ParticipantGroup: ...
    @overload
    def create(
        self,
        body: _CreateBody,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ParticipantGroupUpdateParams],
    ) -> ParticipantGroup: ...
    def create(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ParticipantGroup:
        """Create a group (``name`` and ``workspace_id``, or ``organisation_id``, required)."""
        return self._client.request(_create(body, fields, extra_body))

    def get(self, group_id: str) -> ParticipantGroup:
        return self._client.request(_get(group_id))

    def update(
        self,
        group_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ParticipantGroupUpdateParams],
    ) -> ParticipantGroup:
        return self._client.request(_update(group_id, body, fields, extra_body))

    def delete(self, group_id: str) -> None:
        return self._client.request(_delete(group_id))


class AsyncParticipantGroups(AsyncResource):
    @cached_property
    def participants(self) -> AsyncParticipantGroupMembers:
        return AsyncParticipantGroupMembers(self._client)

    def list(
        self,
        workspace_id: str | None = None,
        *,
        project_id: str | None = None,
        active: bool | None = None,
    ) -> AsyncPager[ParticipantGroup]:
        """See ``ParticipantGroups.list``."""
        return self._client.paginate(_list(workspace_id, project_id, active))

    @overload
    async def create(
        self,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ParticipantGroupCreateParams],
    ) -> ParticipantGroup: ...
    @overload
    async def create(
        self,
        body: _CreateBody,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ParticipantGroupUpdateParams],
    ) -> ParticipantGroup: ...
    async def create(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ParticipantGroup:
        return await self._client.request(_create(body, fields, extra_body))

    async def get(self, group_id: str) -> ParticipantGroup:
        return await self._client.request(_get(group_id))

    async def update(
        self,
        group_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ParticipantGroupUpdateParams],
    ) -> ParticipantGroup:
        return await self._client.request(_update(group_id, body, fields, extra_body))

    async def delete(self, group_id: str) -> None:
        return await self._client.request(_delete(group_id))
