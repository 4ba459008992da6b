"""``client.projects``: projects group a workspace's studies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack, overload

from prolific_api import operations as ops
from prolific_api.models.project import Project
from prolific_api.models.project_create import ProjectCreate
from prolific_api.models.project_list_item import ProjectListItem
from prolific_api.models.project_update import ProjectUpdate
from prolific_api.models.study_list_item import StudyListItem
from prolific_api.params import ProjectCreateParams, ProjectUpdateParams

from .._base_client import AsyncResource, SyncResource
from .._flow import Flow, run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, require_fields
from .._request import PageQuery, Request, build
from .._validation import check_id
from .._workflows.resolve import resolve_project_flow

__all__ = ["AsyncProjects", "Projects"]

_CreateBody = ProjectCreate | ProjectCreateParams | Mapping[str, Any]
_UpdateBody = ProjectUpdate | ProjectUpdateParams | Mapping[str, Any]


def list_query(workspace_id: str) -> PageQuery[ProjectListItem]:
    return build(ops.list_projects, workspace_id=check_id("workspace_id", workspace_id))


def create_request(
    workspace_id: str,
    body: _CreateBody | None,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None = None,
) -> Request[Project]:
    workspace_id = check_id("workspace_id", workspace_id)
    payload = build_body(body, fields, op=ops.create_project, extra_body=extra_body)
    require_fields(payload, ops.create_project.body_required, "A project")
    return build(ops.create_project, workspace_id=workspace_id, json=payload)


def get_request(project_id: str) -> Request[Project]:
    return build(ops.get_project, project_id=check_id("project_id", project_id))


def _update(
    project_id: str,
    body: _UpdateBody | None,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
) -> Request[Project]:
    project_id = check_id("project_id", project_id)
    payload = build_body(body, fields, op=ops.update_project, extra_body=extra_body)
    return build(ops.update_project, project_id=project_id, json=payload)


def studies_query(project_id: str) -> PageQuery[StudyListItem]:
    return build(ops.list_project_studies, project_id=check_id("project_id", project_id))


def _resolve(workspace: str | None, name_or_id: str, create: bool) -> Flow[Project]:
    return resolve_project_flow(workspace, name_or_id, create)


def _remove_study(project_id: str, study_id: str) -> Request[None]:
    return build(
        ops.remove_project_study,
        project_id=check_id("project_id", project_id),
        study_id=check_id("study_id", study_id),
    )


class Projects(SyncResource):
    def resolve(self, workspace: str | None, name_or_id: str, *, create: bool = False) -> Project:
        """The project with this ID, or this exact title in `workspace` (a name or ID; ``None``
        when the account has one workspace). With ``create=True`` a missing project is created.
        Raises ``ResolutionError`` listing near or duplicate matches otherwise."""
        return run_sync(self._client, _resolve(workspace, name_or_id, create))

    def list(self, workspace_id: str) -> SyncPager[ProjectListItem]:
        """Every project of a workspace, fetched page by page as you iterate."""
        return self._client.paginate(list_query(workspace_id))

    @overload
    def create(
        self,
        workspace_id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ProjectCreateParams],
    ) -> Project: ...
    @overload
    def create(
        self,
        workspace_id: str,
        body: _CreateBody,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ProjectUpdateParams],
    ) -> Project: ...
    def create(
        self,
        workspace_id: str,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Project:
        """Create a project in a workspace (``title`` required). Not retried: it creates."""
        return self._client.request(create_request(workspace_id, body, fields, extra_body))

    def get(self, project_id: str) -> Project:
        return self._client.request(get_request(project_id))

    def update(
        self,
        project_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ProjectUpdateParams],
    ) -> Project:
        return self._client.request(_update(project_id, body, fields, extra_body))

    def studies(self, project_id: str) -> SyncPager[StudyListItem]:
        """Every study of a project."""
        return self._client.paginate(studies_query(project_id))

    def remove_study(self, project_id: str, study_id: str) -> None:
        """Delete a draft study of the project (published studies cannot be removed)."""
        return self._client.request(_remove_study(project_id, study_id))


class AsyncProjects(AsyncResource):
    async def resolve(
        self, workspace: str | None, name_or_id: str, *, create: bool = False
    ) -> Project:
        """See ``Projects.resolve``."""
        return await run_async(self._client, _resolve(workspace, name_or_id, create))

    def list(self, workspace_id: str) -> AsyncPager[ProjectListItem]:
        return self._client.paginate(list_query(workspace_id))

    @overload
    async def create(
        self,
        workspace_id: str,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ProjectCreateParams],
    ) -> Project: ...
    @overload
    async def create(
        self,
        workspace_id: str,
        body: _CreateBody,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ProjectUpdateParams],
    ) -> Project: ...
    async def create(
        self,
        workspace_id: str,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Project:
        return await self._client.request(create_request(workspace_id, body, fields, extra_body))

    async def get(self, project_id: str) -> Project:
        return await self._client.request(get_request(project_id))

    async def update(
        self,
        project_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[ProjectUpdateParams],
    ) -> Project:
        return await self._client.request(_update(project_id, body, fields, extra_body))

    def studies(self, project_id: str) -> AsyncPager[StudyListItem]:
        return self._client.paginate(studies_query(project_id))

    async def remove_study(self, project_id: str, study_id: str) -> None:
        """See ``Projects.remove_study``."""
        return await self._client.request(_remove_study(project_id, study_id))
