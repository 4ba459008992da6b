"""Participant groups and their members."""

from __future__ import annotations

from typing import Any

from . import _lookup
from ._errors import SandboxError, bad_request, field_error
from ._http import Request, SandboxResponse, empty_response, json_response
from ._pagination import paginate
from ._state import ParticipantGroup, SandboxState, iso


def group_view(state: SandboxState, group: ParticipantGroup) -> dict[str, Any]:
    feeders = []
    for study in state.studies.values():
        codes = [
            {"code": code.get("code"), "code_type": code.get("code_type"), "action": a["action"]}
            for code in study.completion_codes
            for a in code.get("actions", [])
            if isinstance(a, dict) and a.get("participant_group") == group.id
        ]
        if codes:
            feeders.append(
                {
                    "id": study.id,
                    "name": study.name,
                    "internal_name": study.internal_name,
                    "status": study.status,
                    "feeder_completion_codes": codes,
                }
            )
    return {
        "id": group.id,
        "name": group.name,
        "description": group.description,
        "workspace_id": group.workspace_id,
        "project_id": None,
        "organisation_id": None,
        "participant_count": len(group.members),
        "is_deleted": group.is_deleted,
        "feeder_studies": feeders,
    }


def members_view(state: SandboxState, req: Request, group: ParticipantGroup) -> dict[str, Any]:
    items = [
        {"participant_id": pid, "datetime_created": iso(added)}
        for pid, added in group.members.items()
    ]
    return paginate(req, items)


def _group(state: SandboxState, req: Request) -> ParticipantGroup:
    group = _lookup.in_path(state.groups, req.params["group_id"], "Participant group")
    if group.is_deleted:
        raise SandboxError(404, f"Participant group {group.id!r} was not found.")
    return group


def _add(state: SandboxState, group: ParticipantGroup, ids: list[str]) -> None:
    for pid in ids:
        group.members.setdefault(pid, state.now())
        state.participants.add(pid)


def list_participant_groups(state: SandboxState, req: Request) -> SandboxResponse:
    """The groups of one workspace, or of a project (its workspace's groups); exactly one of
    the two is given, as the 2026 description's ``oneOf`` filter says."""
    workspace_id = req.arg("workspace_id")
    project_id = req.arg("project_id")
    if (workspace_id is None) == (project_id is None):
        raise bad_request(
            "Give exactly one of workspace_id and project_id to list participant groups."
        )
    if project_id is not None:
        workspace_id = _lookup.in_body(
            state.projects, project_id, "project_id", "Project"
        ).workspace_id
    active = req.arg("active")
    if active is not None and active.lower() not in ("true", "false"):
        raise field_error("active", f"Must be true or false, got {active!r}.")
    # Without ``active`` only the groups not deleted are listed, as with ``active=true``.
    wanted_deleted = active is not None and active.lower() == "false"
    items = [
        group_view(state, g)
        for g in state.groups.values()
        if g.workspace_id == workspace_id and g.is_deleted == wanted_deleted
    ]
    return json_response(200, paginate(req, items))


def create_participant_group(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    name = fields.req_text("name")
    workspace_id = fields.text("workspace_id")
    project_id = fields.text("project_id")
    if workspace_id is None and project_id is not None:
        workspace_id = _lookup.in_body(
            state.projects, project_id, "project_id", "Project"
        ).workspace_id
    if workspace_id is None:
        raise field_error("workspace_id", "This field is required.")
    _lookup.in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    description = fields.text("description", allow_blank=True)
    ids = _lookup.participant_ids(fields.text_list("participant_ids") or [], "participant_ids")
    group = ParticipantGroup(state.new_id(), name, workspace_id, description)
    _add(state, group, ids)
    state.groups[group.id] = group
    return json_response(201, group_view(state, group))


def get_participant_group(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, group_view(state, _group(state, req)))


def update_participant_group(state: SandboxState, req: Request) -> SandboxResponse:
    group = _group(state, req)
    fields = req.fields()
    name = fields.text("name")
    description = fields.text("description", allow_blank=True)
    raw_ids = fields.text_list("participant_ids")
    ids = _lookup.participant_ids(raw_ids, "participant_ids") if raw_ids is not None else None
    if name is not None:
        group.name = name
    if "description" in fields:
        group.description = description
    if ids is not None:
        group.members = {}
        _add(state, group, ids)
    return json_response(200, group_view(state, group))


def delete_participant_group(state: SandboxState, req: Request) -> SandboxResponse:
    group = _group(state, req)
    group.is_deleted = True
    return empty_response(204)


def list_participant_group_participants(state: SandboxState, req: Request) -> SandboxResponse:
    group = _group(state, req)
    return json_response(200, members_view(state, req, group))


def add_participant_group_participants(state: SandboxState, req: Request) -> SandboxResponse:
    group = _group(state, req)
    ids = _lookup.participant_ids(req.fields().req_text_list("participant_ids"), "participant_ids")
    _add(state, group, ids)
    return json_response(200, members_view(state, req, group))


def remove_participant_group_participants(state: SandboxState, req: Request) -> SandboxResponse:
    group = _group(state, req)
    ids = _lookup.participant_ids(req.fields().req_text_list("participant_ids"), "participant_ids")
    for pid in ids:
        group.members.pop(pid, None)
    return json_response(200, members_view(state, req, group))
