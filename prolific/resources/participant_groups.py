"""``client.participant_groups``: named sets of participants, and their members."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import Any

from prolific_api.models.participant_group import ParticipantGroup
from prolific_api.models.participant_group_create import ParticipantGroupCreate
from prolific_api.models.participant_group_member import ParticipantGroupMember
from prolific_api.models.participant_group_member_list import ParticipantGroupMemberList
from prolific_api.models.participant_group_update import ParticipantGroupUpdate

from .._base_client import AsyncResource, PageQuery, Request, SyncResource, no_content
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, id_list, require_fields
from .._validation import check_id

__all__ = [
    "AsyncParticipantGroupMembers",
    "AsyncParticipantGroups",
    "ParticipantGroupMembers",
    "ParticipantGroups",
]

_ROOT = "/api/v1/participant-groups/"
_Body = ParticipantGroupCreate | ParticipantGroupUpdate | Mapping[str, Any] | None


def _path(group_id: str, suffix: str = "") -> str:
    check_id("group_id", group_id)
    return f"{_ROOT}{group_id}/{suffix}"


def _list(workspace_id: str) -> PageQuery[ParticipantGroup]:
    check_id("workspace_id", workspace_id)
    params = {"workspace_id": workspace_id}
    return PageQuery(_ROOT, item=ParticipantGroup.from_dict, params=params)


def _create(body: _Body, fields: Any) -> Request[ParticipantGroup]:
    payload = build_body(body, fields)
    # A group lives in a workspace, or in an organisation given instead.
    where = [] if payload.get("organisation_id") else ["workspace_id"]
    require_fields(payload, ["name", *where], "A participant group")
    return Request("POST", _ROOT, json=payload, parse=ParticipantGroup.from_dict)


def _get(group_id: str) -> Request[ParticipantGroup]:
    return Request("GET", _path(group_id), parse=ParticipantGroup.from_dict)


def _update(group_id: str, body: _Body, fields: Any) -> Request[ParticipantGroup]:
    path = _path(group_id)
    return Request("PATCH", path, json=build_body(body, fields), parse=ParticipantGroup.from_dict)


def _delete(group_id: str) -> Request[None]:
    return Request("DELETE", _path(group_id), parse=no_content)


def _members(group_id: str) -> PageQuery[ParticipantGroupMember]:
    return PageQuery(_path(group_id, "participants/"), item=ParticipantGroupMember.from_dict)


def _change(method: str, group_id: str, ids: Iterable[str]) -> Request[ParticipantGroupMemberList]:
    body = {"participant_ids": id_list("participant_ids", ids)}
    path = _path(group_id, "participants/")
    return Request(method, path, json=body, parse=ParticipantGroupMemberList.from_dict)


class ParticipantGroupMembers(SyncResource):
    """``client.participant_groups.participants``: who is in a group."""

    def list(self, group_id: str) -> SyncPager[ParticipantGroupMember]:
        return self._client.paginate(_members(group_id))

    def add(self, group_id: str, participant_ids: Iterable[str]) -> ParticipantGroupMemberList:
        return self._client.request(_change("POST", group_id, participant_ids))

    def remove(self, group_id: str, participant_ids: Iterable[str]) -> ParticipantGroupMemberList:
        return self._client.request(_change("DELETE", group_id, participant_ids))


class AsyncParticipantGroupMembers(AsyncResource):
    def list(self, group_id: str) -> AsyncPager[ParticipantGroupMember]:
        return self._client.paginate(_members(group_id))

    async def add(
        self, group_id: str, participant_ids: Iterable[str]
    ) -> ParticipantGroupMemberList:
        return await self._client.request(_change("POST", group_id, participant_ids))

    async def remove(
        self, group_id: str, participant_ids: Iterable[str]
    ) -> ParticipantGroupMemberList:
        return await self._client.request(_change("DELETE", group_id, participant_ids))


class ParticipantGroups(SyncResource):
    @cached_property
    def participants(self) -> ParticipantGroupMembers:
        return ParticipantGroupMembers(self._client)

    def list(self, workspace_id: str) -> SyncPager[ParticipantGroup]:
        return self._client.paginate(_list(workspace_id))

    def create(self, body: _Body = None, /, **fields: Any) -> ParticipantGroup:
        """Create a group (``name`` and ``workspace_id``, or ``organisation_id``, required)."""
        return self._client.request(_create(body, fields))

    def get(self, group_id: str) -> ParticipantGroup:
        return self._client.request(_get(group_id))

    def update(self, group_id: str, body: _Body = None, /, **fields: Any) -> ParticipantGroup:
        return self._client.request(_update(group_id, body, fields))

    def delete(self, group_id: str) -> None:
        return self._client.request(_delete(group_id))


class AsyncParticipantGroups(AsyncResource):
    @cached_property
    def participants(self) -> AsyncParticipantGroupMembers:
        return AsyncParticipantGroupMembers(self._client)

    def list(self, workspace_id: str) -> AsyncPager[ParticipantGroup]:
        return self._client.paginate(_list(workspace_id))

    async def create(self, body: _Body = None, /, **fields: Any) -> ParticipantGroup:
        return await self._client.request(_create(body, fields))

    async def get(self, group_id: str) -> ParticipantGroup:
        return await self._client.request(_get(group_id))

    async def update(self, group_id: str, body: _Body = None, /, **fields: Any) -> ParticipantGroup:
        return await self._client.request(_update(group_id, body, fields))

    async def delete(self, group_id: str) -> None:
        return await self._client.request(_delete(group_id))
