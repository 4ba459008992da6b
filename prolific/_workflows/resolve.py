"""Find a workspace or project by ID or title, as researchers write them in a config.

A title matches exactly first; failing that, a title equal but for case matches when it is the
only one ("ux lab" finds "UX Lab", but not when "UX lab" exists too). Creating a missing project
is single-flight within a client, so twenty concurrent calls naming it make one project.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from prolific_api import operations as ops
from prolific_api.models.project import Project
from prolific_api.models.workspace import Workspace

from .._flow import Collect, Flow, Guarded
from .._request import Request, build
from ..errors import APIConnectionError, NotFoundError, ResolutionError, ServerError

__all__ = ["looks_like_id", "resolve_project_flow", "resolve_workspace_flow"]

_ID = re.compile(r"[0-9a-f]{24}")
T = TypeVar("T")


class _Titled(Protocol):
    id: str
    title: str


def looks_like_id(value: str) -> bool:
    return bool(_ID.fullmatch(value))


def _pick(kind: str, query: str, items: Sequence[_Titled]) -> _Titled | None:
    exact = [item for item in items if item.title == query]
    if not exact:
        folded = query.casefold()
        exact = [
            item
            for item in items
            if isinstance(item.title, str) and item.title.casefold() == folded
        ]
    if len(exact) > 1:
        raise ResolutionError(kind, query, matches=[(item.id, item.title) for item in exact])
    return exact[0] if exact else None


def _not_found(kind: str, query: str, items: Sequence[_Titled]) -> ResolutionError:
    titles = {item.title.lower(): item.title for item in items if isinstance(item.title, str)}
    near = difflib.get_close_matches(query.lower(), list(titles), n=3, cutoff=0.6)
    return ResolutionError(kind, query, suggestions=[titles[n] for n in near])


def _by_id(request: Request[T]) -> Flow[T | None]:
    try:
        found: T = yield request
        return found
    except NotFoundError:
        return None


def resolve_workspace_flow(name_or_id: str) -> Flow[Workspace]:
    """The workspace whose ID or exact title is `name_or_id` (titles are searched on every
    page)."""
    if looks_like_id(name_or_id):
        found = yield from _by_id(build(ops.get_workspace, workspace_id=name_or_id))
        if found is not None:
            return found
    items = yield Collect(build(ops.list_workspaces))
    match = _pick("workspace", name_or_id, items)
    if match is None:
        raise _not_found("workspace", name_or_id, items)
    workspace: Workspace = yield build(ops.get_workspace, workspace_id=match.id)
    return workspace


def resolve_project_flow(workspace: str | None, name_or_id: str, create: bool) -> Flow[Project]:
    """The project whose ID, or exact title within `workspace`, is `name_or_id`; created (with
    that title) when missing and `create` is true."""
    if looks_like_id(name_or_id):
        found = yield from _by_id(build(ops.get_project, project_id=name_or_id))
        if found is not None:
            return found
    if workspace is None:
        workspaces = yield Collect(build(ops.list_workspaces))
        if len(workspaces) != 1:
            raise _workspace_needed(name_or_id, workspaces)
        workspace_id = workspaces[0].id
    else:
        workspace_id = (yield from resolve_workspace_flow(workspace)).id
    if not create:
        return (yield from _find_project(workspace_id, name_or_id, create=False))
    key = f"project:{workspace_id}:{name_or_id.casefold()}"
    project: Project = yield Guarded(key, _find_project(workspace_id, name_or_id, create=True))
    return project


def _workspace_needed(project: str, workspaces: Sequence[Workspace]) -> ResolutionError:
    listed = ", ".join(
        f"{w.title!r} ({w.id})" if isinstance(w.title, str) else w.id for w in workspaces[:10]
    )
    more = f" and {len(workspaces) - 10} more" if len(workspaces) > 10 else ""
    message = (
        f"project {project!r} was given without workspace=, and the account has "
        f"{len(workspaces)} workspaces: pass workspace= with one of {listed}{more}"
        if workspaces
        else f"project {project!r} needs a workspace, and the account has none: create one first"
    )
    return ResolutionError("workspace", "(not given)", message=message)


def _find_project(workspace_id: str, name_or_id: str, *, create: bool) -> Flow[Project]:
    query = build(ops.list_projects, workspace_id=workspace_id)
    items = yield Collect(query)
    match = _pick("project", name_or_id, items)
    if match is None:
        if not create:
            raise _not_found("project", name_or_id, items)
        try:
            created: Project = yield build(
                ops.create_project, workspace_id=workspace_id, json={"title": name_or_id}
            )
            return created
        except (APIConnectionError, ServerError):
            # The create may have happened before the answer was lost: look before failing,
            # so a retry never leaves two projects with one title.
            items = yield Collect(query)
            match = _pick("project", name_or_id, items)
            if match is None:
                raise
    project: Project = yield build(ops.get_project, project_id=match.id)
    return project
