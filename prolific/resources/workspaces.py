"""``client.workspaces``: workspaces, which hold projects, a wallet and team members."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from prolific_api.models.workspace import Workspace
from prolific_api.models.workspace_balance import WorkspaceBalance
from prolific_api.models.workspace_create import WorkspaceCreate
from prolific_api.models.workspace_list_item import WorkspaceListItem
from prolific_api.models.workspace_update import WorkspaceUpdate

from .._base_client import AsyncResource, PageQuery, Request, SyncResource
from .._flow import Flow, run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, require_fields
from .._validation import check_id

__all__ = ["AsyncWorkspaces", "Workspaces"]

_ROOT = "/api/v1/workspaces/"
_Body = WorkspaceCreate | WorkspaceUpdate | Mapping[str, Any] | None


def list_query() -> PageQuery[WorkspaceListItem]:
    return PageQuery(_ROOT, item=WorkspaceListItem.from_dict)


def get_request(workspace_id: str) -> Request[Workspace]:
    check_id("workspace_id", workspace_id)
    return Request("GET", f"{_ROOT}{workspace_id}/", parse=Workspace.from_dict)


def _create(body: _Body, fields: Any) -> Request[Workspace]:
    payload = build_body(body, fields)
    require_fields(payload, ["title"], "A workspace")
    return Request("POST", _ROOT, json=payload, parse=Workspace.from_dict)


def _update(workspace_id: str, body: _Body, fields: Any) -> Request[Workspace]:
    check_id("workspace_id", workspace_id)
    payload = build_body(body, fields)
    return Request("PATCH", f"{_ROOT}{workspace_id}/", json=payload, parse=Workspace.from_dict)


def balance_request(workspace_id: str) -> Request[WorkspaceBalance]:
    check_id("workspace_id", workspace_id)
    return Request("GET", f"{_ROOT}{workspace_id}/balance/", parse=WorkspaceBalance.from_dict)


def _resolve(name_or_id: str) -> Flow[Workspace]:
    from .._workflows.resolve import resolve_workspace_flow

    return resolve_workspace_flow(name_or_id)


class Workspaces(SyncResource):
    def resolve(self, name_or_id: str) -> Workspace:
        """The workspace with this ID or exact title, searched across every page. Raises
        ``ResolutionError`` (listing near or duplicate matches) unless exactly one matches."""
        return run_sync(self._client, _resolve(name_or_id))

    def list(self) -> SyncPager[WorkspaceListItem]:
        """Every workspace the token can see, fetched page by page as you iterate."""
        return self._client.paginate(list_query())

    def get(self, workspace_id: str) -> Workspace:
        return self._client.request(get_request(workspace_id))

    def create(self, body: _Body = None, /, **fields: Any) -> Workspace:
        """Create a workspace (``title`` required). Not retried automatically: it creates."""
        return self._client.request(_create(body, fields))

    def update(self, workspace_id: str, body: _Body = None, /, **fields: Any) -> Workspace:
        return self._client.request(_update(workspace_id, body, fields))

    def balance(self, workspace_id: str) -> WorkspaceBalance:
        """The wallet: ``total_balance`` and ``available_balance`` in minor units."""
        return self._client.request(balance_request(workspace_id))


class AsyncWorkspaces(AsyncResource):
    async def resolve(self, name_or_id: str) -> Workspace:
        """See ``Workspaces.resolve``."""
        return await run_async(self._client, _resolve(name_or_id))

    def list(self) -> AsyncPager[WorkspaceListItem]:
        """Every workspace the token can see, fetched page by page as you iterate."""
        return self._client.paginate(list_query())

    async def get(self, workspace_id: str) -> Workspace:
        return await self._client.request(get_request(workspace_id))

    async def create(self, body: _Body = None, /, **fields: Any) -> Workspace:
        return await self._client.request(_create(body, fields))

    async def update(self, workspace_id: str, body: _Body = None, /, **fields: Any) -> Workspace:
        return await self._client.request(_update(workspace_id, body, fields))

    async def balance(self, workspace_id: str) -> WorkspaceBalance:
        return await self._client.request(balance_request(workspace_id))
