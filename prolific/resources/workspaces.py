"""``client.workspaces``: workspaces, which hold projects, a wallet and team members."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack, overload

from prolific_api import operations as ops
from prolific_api.models.workspace import Workspace
from prolific_api.models.workspace_balance import WorkspaceBalance
from prolific_api.models.workspace_create import WorkspaceCreate
from prolific_api.models.workspace_list_item import WorkspaceListItem
from prolific_api.models.workspace_update import WorkspaceUpdate
from prolific_api.params import WorkspaceCreateParams, WorkspaceUpdateParams

from .._base_client import AsyncResource, SyncResource
from .._flow import run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, require_fields
from .._request import PageQuery, Request, build
from .._validation import check_id
from .._workflows.resolve import resolve_workspace_flow

__all__ = ["AsyncWorkspaces", "Workspaces"]

_CreateBody = WorkspaceCreate | WorkspaceCreateParams | Mapping[str, Any]
_UpdateBody = WorkspaceUpdate | WorkspaceUpdateParams | Mapping[str, Any]


def list_query() -> PageQuery[WorkspaceListItem]:
    return build(ops.list_workspaces)


def get_request(workspace_id: str) -> Request[Workspace]:
    return build(ops.get_workspace, workspace_id=check_id("workspace_id", workspace_id))


def _create(
    body: _CreateBody | None, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> Request[Workspace]:
    payload = build_body(body, fields, op=ops.create_workspace, extra_body=extra_body)
    require_fields(payload, ops.create_workspace.body_required, "A workspace")
    return build(ops.create_workspace, json=payload)


def _update(
    workspace_id: str,
    body: _UpdateBody | None,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
) -> Request[Workspace]:
    workspace_id = check_id("workspace_id", workspace_id)
    payload = build_body(body, fields, op=ops.update_workspace, extra_body=extra_body)
    return build(ops.update_workspace, workspace_id=workspace_id, json=payload)


def balance_request(workspace_id: str) -> Request[WorkspaceBalance]:
    workspace_id = check_id("workspace_id", workspace_id)
    return build(ops.get_workspace_balance, workspace_id=workspace_id)


class Workspaces(SyncResource):
    def resolve(self, name_or_id: str) -> Workspace:
        """The workspace with this ID or exact title, searched across every page. Raises
        ``ResolutionError`` (listing near or duplicate matches) unless exactly one matches."""
        return run_sync(self._client, resolve_workspace_flow(name_or_id))

    def list(self) -> SyncPager[WorkspaceListItem]:
        """Every workspace the token can see, fetched page by page as you iterate."""
        return self._client.paginate(list_query())

    def get(self, workspace_id: str) -> Workspace:
        return self._client.request(get_request(workspace_id))

    @overload
    def create(
        self,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[WorkspaceCreateParams],
    ) -> Workspace: ...
    @overload
    def create(
        self,
        body: _CreateBody,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[WorkspaceUpdateParams],
    ) -> Workspace: ...
    def create(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Workspace:
        """Create a workspace (``title`` required). Not retried automatically: it creates."""
        return self._client.request(_create(body, fields, extra_body))

    def update(
        self,
        workspace_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[WorkspaceUpdateParams],
    ) -> Workspace:
        return self._client.request(_update(workspace_id, body, fields, extra_body))

    def balance(self, workspace_id: str) -> WorkspaceBalance:
        """The wallet: ``total_balance`` and ``available_balance`` in minor units."""
        return self._client.request(balance_request(workspace_id))


class AsyncWorkspaces(AsyncResource):
    async def resolve(self, name_or_id: str) -> Workspace:
        """See ``Workspaces.resolve``."""
        return await run_async(self._client, resolve_workspace_flow(name_or_id))

    def list(self) -> AsyncPager[WorkspaceListItem]:
        """Every workspace the token can see, fetched page by page as you iterate."""
        return self._client.paginate(list_query())

    async def get(self, workspace_id: str) -> Workspace:
        return await self._client.request(get_request(workspace_id))

    @overload
    async def create(
        self,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[WorkspaceCreateParams],
    ) -> Workspace: ...
    @overload
    async def create(
        self,
        body: _CreateBody,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[WorkspaceUpdateParams],
    ) -> Workspace: ...
    async def create(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Workspace:
        return await self._client.request(_create(body, fields, extra_body))

    async def update(
        self,
        workspace_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[WorkspaceUpdateParams],
    ) -> Workspace:
        return await self._client.request(_update(workspace_id, body, fields, extra_body))

    async def balance(self, workspace_id: str) -> WorkspaceBalance:
        return await self._client.request(balance_request(workspace_id))
