"""``client.projects``: projects group a workspace's studies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from prolific_api.models.project import Project
from prolific_api.models.project_create import ProjectCreate
from prolific_api.models.project_list_item import ProjectListItem
from prolific_api.models.project_update import ProjectUpdate
from prolific_api.models.study_list_item import StudyListItem

from .._base_client import AsyncResource, PageQuery, Request, SyncResource
from .._flow import Flow, run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, require_fields
from .._validation import check_id

__all__ = ["AsyncProjects", "Projects"]

_Body = ProjectCreate | ProjectUpdate | Mapping[str, Any] | None


def _in_workspace(workspace_id: str) -> str:
    check_id("workspace_id", workspace_id)
    return f"/api/v1/workspaces/{workspace_id}/projects/"


def _path(project_id: str, suffix: str = "") -> str:
    check_id("project_id", project_id)
    return f"/api/v1/projects/{project_id}/{suffix}"


def list_query(workspace_id: str) -> PageQuery[ProjectListItem]:
    return PageQuery(_in_workspace(workspace_id), item=ProjectListItem.from_dict)


def create_request(workspace_id: str, body: _Body, fields: Any) -> Request[Project]:
    path = _in_workspace(workspace_id)
    payload = build_body(body, fields)
    require_fields(payload, ["title"], "A project")
    return Request("POST", path, json=payload, parse=Project.from_dict)


def get_request(project_id: str) -> Request[Project]:
    return Request("GET", _path(project_id), parse=Project.from_dict)


def _update(project_id: str, body: _Body, fields: Any) -> Request[Project]:
    path = _path(project_id)
    return Request("PATCH", path, json=build_body(body, fields), parse=Project.from_dict)


def studies_query(project_id: str) -> PageQuery[StudyListItem]:
    return PageQuery(_path(project_id, "studies/"), item=StudyListItem.from_dict)


def _resolve(workspace: str | None, name_or_id: str, create: bool) -> Flow[Project]:
    from .._workflows.resolve import resolve_project_flow

    return resolve_project_flow(workspace, name_or_id, create)


class Projects(SyncResource):
    def resolve(self, workspace: str | None, name_or_id: str, *, create: bool = False) -> Project:
        """The project with this ID, or this exact title in `workspace` (a name or ID; ``None``
        when the account has one workspace). With ``create=True`` a missing project is created.
        Raises ``ResolutionError`` listing near or duplicate matches otherwise."""
        return run_sync(self._client, _resolve(workspace, name_or_id, create))

    def list(self, workspace_id: str) -> SyncPager[ProjectListItem]:
        """Every project of a workspace, fetched page by page as you iterate."""
        return self._client.paginate(list_query(workspace_id))

    def create(self, workspace_id: str, body: _Body = None, /, **fields: Any) -> Project:
        """Create a project in a workspace (``title`` required). Not retried: it creates."""
        return self._client.request(create_request(workspace_id, body, fields))

    def get(self, project_id: str) -> Project:
        return self._client.request(get_request(project_id))

    def update(self, project_id: str, body: _Body = None, /, **fields: Any) -> Project:
        return self._client.request(_update(project_id, body, fields))

    def studies(self, project_id: str) -> SyncPager[StudyListItem]:
        """Every study of a project."""
        return self._client.paginate(studies_query(project_id))


class AsyncProjects(AsyncResource):
    async def resolve(
        self, workspace: str | None, name_or_id: str, *, create: bool = False
    ) -> Project:
        """See ``Projects.resolve``."""
        return await run_async(self._client, _resolve(workspace, name_or_id, create))

    def list(self, workspace_id: str) -> AsyncPager[ProjectListItem]:
        return self._client.paginate(list_query(workspace_id))

    async def create(self, workspace_id: str, body: _Body = None, /, **fields: Any) -> Project:
        return await self._client.request(create_request(workspace_id, body, fields))

    async def get(self, project_id: str) -> Project:
        return await self._client.request(get_request(project_id))

    async def update(self, project_id: str, body: _Body = None, /, **fields: Any) -> Project:
        return await self._client.request(_update(project_id, body, fields))

    def studies(self, project_id: str) -> AsyncPager[StudyListItem]:
        return self._client.paginate(studies_query(project_id))
