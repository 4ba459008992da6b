"""Users, workspaces (with their balance), projects and invitations."""

from __future__ import annotations

from typing import Any

from . import _lookup, _project_details
from ._errors import SandboxError, field_error
from ._http import Fields, Request, SandboxResponse, json_response
from ._lifecycle import held_for, rule_of
from ._pagination import paginate
from ._pricing import split_balance
from ._state import Invitation, Project, SandboxState, Workspace, iso

CURRENCIES = ("GBP", "USD")
ROLES = ("WORKSPACE_ADMIN", "WORKSPACE_COLLABORATOR")


def _user_ref(state: SandboxState, roles: list[str]) -> dict[str, Any]:
    return {"id": state.user.id, "name": state.user.name, "email": state.user.email, "roles": roles}


def workspace_item(state: SandboxState, ws: Workspace) -> dict[str, Any]:
    return {
        "id": ws.id,
        "title": ws.title,
        "description": ws.description,
        "owner": ws.owner,
        "users": [_user_ref(state, ["WORKSPACE_ADMIN"])],
        "naivety_distribution_rate": ws.naivety_distribution_rate,
    }


def workspace_detail(state: SandboxState, ws: Workspace) -> dict[str, Any]:
    data = workspace_item(state, ws)
    data["projects"] = [
        project_item(state, p) for p in state.projects.values() if p.workspace_id == ws.id
    ]
    data["wallet"] = ws.wallet
    data["currency_code"] = ws.currency_code
    return data


def project_item(state: SandboxState, project: Project) -> dict[str, Any]:
    return {
        "id": project.id,
        "title": project.title,
        "description": project.description,
        "owner": project.owner,
        "users": [_user_ref(state, ["PROJECT_EDITOR"])],
        "naivety_distribution_rate": project.naivety_distribution_rate,
        **_project_details.view(state, project.id),
    }


def project_detail(state: SandboxState, project: Project) -> dict[str, Any]:
    data = project_item(state, project)
    data["workspace"] = project.workspace_id
    return data


def _naivety(fields: Fields) -> float | None:
    rate = fields.number("naivety_distribution_rate")
    if rate is not None and not 0.0 <= rate <= 1.0:
        raise field_error("naivety_distribution_rate", "Must be between 0 and 1.")
    return rate


# -- users --------------------------------------------------------------------------------------


def get_me(state: SandboxState, req: Request) -> SandboxResponse:
    """The account, with its name and the balance of its current workspace (the fields the
    official command line reads)."""
    user = state.user
    first, _, last = user.name.partition(" ")
    workspace = state.default_workspace_id
    total, available = _balances(state, workspace)
    return json_response(
        200,
        {
            "id": user.id,
            "email": user.email,
            "name": user.name,
            "first_name": first,
            "last_name": last,
            "username": user.email,
            "user_type": "researcher",
            "currency_code": state.currency_of(workspace),
            "balance": total,
            "available_balance": available,
            "current_workspace_id": workspace,
            "current_project_id": state.default_project_id,
        },
    )


# -- workspaces ---------------------------------------------------------------------------------


def list_workspaces(state: SandboxState, req: Request) -> SandboxResponse:
    items = [workspace_item(state, ws) for ws in state.workspaces.values()]
    return json_response(200, paginate(req, items))


def create_workspace(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    title = fields.req_text("title")
    currency = fields.choice("currency_code", CURRENCIES) or "GBP"
    description = fields.text("description", allow_blank=True) or ""
    rate = _naivety(fields)
    ws = state.add_workspace(title, currency_code=currency, description=description)
    ws.naivety_distribution_rate = rate
    return json_response(201, workspace_detail(state, ws))


def _update_titled(target: Workspace | Project, req: Request) -> None:
    """A PATCH of a workspace or project: title, description, naivety rate. Every field is
    read (and so checked) before any is changed, so bad input changes nothing."""
    fields = req.fields()
    title = fields.text("title")
    description = fields.text("description", allow_blank=True)
    rate = _naivety(fields)
    if title is not None:
        target.title = title
    if description is not None:
        target.description = description
    if "naivety_distribution_rate" in fields:
        target.naivety_distribution_rate = rate


def get_workspace(state: SandboxState, req: Request) -> SandboxResponse:
    ws = _lookup.in_path(state.workspaces, req.params["workspace_id"], "Workspace")
    return json_response(200, workspace_detail(state, ws))


def update_workspace(state: SandboxState, req: Request) -> SandboxResponse:
    ws = _lookup.in_path(state.workspaces, req.params["workspace_id"], "Workspace")
    _update_titled(ws, req)
    return json_response(200, workspace_detail(state, ws))


def _balances(state: SandboxState, workspace_id: str) -> tuple[int, int]:
    """(total, available) in minor units. The 2026 description: the total includes funds
    already assigned to studies; what is available excludes them. Rewards paid out (approved)
    have left both."""
    available = state.balance(workspace_id)
    held = sum(
        held_for(state, study)
        for study in state.studies.values()
        if study.workspace_id == workspace_id
    )
    return available + held, available


def get_workspace_balance(state: SandboxState, req: Request) -> SandboxResponse:
    ws = _lookup.in_path(state.workspaces, req.params["workspace_id"], "Workspace")
    total, available = _balances(state, ws.id)
    rule = rule_of(state, ws.id)
    return json_response(
        200,
        {
            "currency_code": ws.currency_code,
            "total_balance": total,
            "balance_breakdown": split_balance(total, rule),
            "available_balance": available,
            "available_balance_breakdown": split_balance(available, rule),
        },
    )


# -- projects -----------------------------------------------------------------------------------


def list_projects(state: SandboxState, req: Request) -> SandboxResponse:
    ws = _lookup.in_path(state.workspaces, req.params["workspace_id"], "Workspace")
    items = [project_item(state, p) for p in state.projects.values() if p.workspace_id == ws.id]
    return json_response(200, paginate(req, items))


def create_project(state: SandboxState, req: Request) -> SandboxResponse:
    ws = _lookup.in_path(state.workspaces, req.params["workspace_id"], "Workspace")
    fields = req.fields()
    title = fields.req_text("title")
    description = fields.text("description", allow_blank=True) or ""
    rate = _naivety(fields)
    details = _project_details.parse(state, fields, creating=True)
    project = state.add_project(ws.id, title, description=description)
    project.naivety_distribution_rate = rate
    _project_details.store(state, project.id, details)
    return json_response(201, project_detail(state, project))


def get_project(state: SandboxState, req: Request) -> SandboxResponse:
    project = _lookup.in_path(state.projects, req.params["project_id"], "Project")
    return json_response(200, project_detail(state, project))


def update_project(state: SandboxState, req: Request) -> SandboxResponse:
    project = _lookup.in_path(state.projects, req.params["project_id"], "Project")
    details = _project_details.parse(state, req.fields(), creating=False)
    _update_titled(project, req)
    _project_details.store(state, project.id, details)
    return json_response(200, project_detail(state, project))


# -- invitations --------------------------------------------------------------------------------


def create_invitation(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    association = fields.req_text("association")
    if association in state.projects:
        raise field_error(
            "association",
            "Invitations are to a workspace; give the workspace's ID, not a project's.",
        )
    if association not in state.workspaces:
        raise field_error("association", f"Workspace {association!r} does not exist.")
    emails = fields.req_text_list("emails")
    bad = [e for e in emails if "@" not in e or e.startswith("@") or e.endswith("@")]
    if bad:
        raise SandboxError(400, {"emails": [f"{e!r} is not a valid email address." for e in bad]})
    role = fields.choice("role", ROLES) or "WORKSPACE_COLLABORATOR"
    results = []
    for email in emails:
        token = state.new_token(8)
        invitation = Invitation(
            association=association,
            email=email,
            role=role,
            invited_by=state.user.id,
            invite_link=f"https://app.prolific.com/invite/{token}",
        )
        state.invitations.append(invitation)
        results.append(
            {
                "association": association,
                "invitee": {"id": None, "name": None, "email": email},
                "invited_by": state.user.id,
                "status": "INVITED",
                "invite_link": invitation.invite_link,
                "role": role,
                "created_at": iso(state.now()),
            }
        )
    return json_response(201, {"invitations": results})
