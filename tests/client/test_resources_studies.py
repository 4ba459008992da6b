"""users, workspaces, projects and studies: each call's request and result, sync and async."""

from __future__ import annotations

import httpx
import pytest
import respx

from prolific import Prolific, ResolutionError
from prolific_api.models.applied_filter import AppliedFilter
from prolific_api.models.project import Project
from prolific_api.models.project_create import ProjectCreate
from prolific_api.models.project_list_item import ProjectListItem
from prolific_api.models.project_update import ProjectUpdate
from prolific_api.models.study import Study
from prolific_api.models.study_cost import StudyCost
from prolific_api.models.study_cost_estimate import StudyCostEstimate
from prolific_api.models.study_list_item import StudyListItem
from prolific_api.models.study_status import StudyStatus
from prolific_api.models.study_update import StudyUpdate
from prolific_api.models.submission_counts import SubmissionCounts
from prolific_api.models.user import User
from prolific_api.models.workspace import Workspace
from prolific_api.models.workspace_balance import WorkspaceBalance
from prolific_api.models.workspace_create import WorkspaceCreate
from prolific_api.models.workspace_list_item import WorkspaceListItem
from prolific_api.models.workspace_update import WorkspaceUpdate

from .helpers import Client, run, study_json
from .resource_cases import (
    PROJECT_ID,
    STUDY_FIELDS,
    STUDY_ID,
    WORKSPACE_ID,
    Call,
    check,
    envelope,
    params,
    sent_json,
    study_model,
    with_extra,
)

WS = f"/api/v1/workspaces/{WORKSPACE_ID}/"
PROJECT = f"/api/v1/projects/{PROJECT_ID}/"
STUDY = f"/api/v1/studies/{STUDY_ID}/"

WORKSPACE = {"id": WORKSPACE_ID, "title": "Memory lab", "future_field": {"kept": True}}
PROJECT_REPLY = {"id": PROJECT_ID, "title": "Pilot", "workspace": WORKSPACE_ID}
DRAFT = study_json(status="UNPUBLISHED", future_field=1)
ACTIVE = {**DRAFT, "status": "ACTIVE"}
LISTED_STUDIES = [
    {"id": STUDY_ID, "status": "ACTIVE", "name": "Recall"},
    {"id": "5f1e2d3c4b5a69788796a5b5", "status": "PAUSED", "name": "Recall 2"},
]

CALLS = params(
    Call(
        "users.me",
        lambda c: c.users.me(),
        "GET",
        "/api/v1/users/me/",
        reply={"id": "5f00000000000000000000aa", "email": "r@example.org", "name": "Ada"},
        returns=User,
    ),
    # --- workspaces ---
    Call(
        "workspaces.list",
        lambda c: c.workspaces.list(),
        "GET",
        "/api/v1/workspaces/",
        reply=[{"id": WORKSPACE_ID, "title": "Memory lab"}, {"id": PROJECT_ID, "title": "Other"}],
        returns=WorkspaceListItem,
        listing=True,
    ),
    Call(
        "workspaces.get",
        lambda c: c.workspaces.get(WORKSPACE_ID),
        "GET",
        WS,
        reply=WORKSPACE,
        returns=Workspace,
    ),
    Call(
        "workspaces.create dict and extra keywords",
        lambda c: c.workspaces.create(
            {"title": "Memory lab"}, currency_code="GBP", extra_body={"future": [1]}
        ),
        "POST",
        "/api/v1/workspaces/",
        body={"title": "Memory lab", "currency_code": "GBP", "future": [1]},
        reply=WORKSPACE,
        status=201,
        returns=Workspace,
    ),
    Call(
        "workspaces.create model with unknown field",
        lambda c: c.workspaces.create(with_extra(WorkspaceCreate(title="Memory lab"), future=2)),
        "POST",
        "/api/v1/workspaces/",
        body={"title": "Memory lab", "future": 2},
        reply=WORKSPACE,
        status=201,
        returns=Workspace,
    ),
    Call(
        "workspaces.update",
        lambda c: c.workspaces.update(
            WORKSPACE_ID,
            WorkspaceUpdate(title="Renamed"),
            description="Now bigger",
            extra_body={"future": True},
        ),
        "PATCH",
        WS,
        body={"title": "Renamed", "description": "Now bigger", "future": True},
        reply=WORKSPACE,
        returns=Workspace,
    ),
    Call(
        "workspaces.balance",
        lambda c: c.workspaces.balance(WORKSPACE_ID),
        "GET",
        f"{WS}balance/",
        reply={"currency_code": "GBP", "total_balance": 12000, "available_balance": 9000},
        returns=WorkspaceBalance,
    ),
    # --- projects ---
    Call(
        "projects.list",
        lambda c: c.projects.list(WORKSPACE_ID),
        "GET",
        f"{WS}projects/",
        reply=[{"id": PROJECT_ID, "title": "Pilot"}],
        returns=ProjectListItem,
        listing=True,
    ),
    Call(
        "projects.create keywords",
        lambda c: c.projects.create(WORKSPACE_ID, title="Pilot", extra_body={"future": "x"}),
        "POST",
        f"{WS}projects/",
        body={"title": "Pilot", "future": "x"},
        reply=PROJECT_REPLY,
        status=201,
        returns=Project,
    ),
    Call(
        "projects.create model",
        lambda c: c.projects.create(
            WORKSPACE_ID, with_extra(ProjectCreate(title="Pilot", description="d"), future=3)
        ),
        "POST",
        f"{WS}projects/",
        body={"title": "Pilot", "description": "d", "future": 3},
        reply=PROJECT_REPLY,
        status=201,
        returns=Project,
    ),
    Call(
        "projects.get",
        lambda c: c.projects.get(PROJECT_ID),
        "GET",
        PROJECT,
        reply=PROJECT_REPLY,
        returns=Project,
    ),
    Call(
        "projects.update dict",
        lambda c: c.projects.update(PROJECT_ID, {"title": "Main", "future": None}),
        "PATCH",
        PROJECT,
        body={"title": "Main", "future": None},
        reply=PROJECT_REPLY,
        returns=Project,
    ),
    Call(
        "projects.update model",
        lambda c: c.projects.update(PROJECT_ID, ProjectUpdate(description="d"), title="Main"),
        "PATCH",
        PROJECT,
        body={"description": "d", "title": "Main"},
        reply=PROJECT_REPLY,
        returns=Project,
    ),
    Call(
        "projects.studies",
        lambda c: c.projects.studies(PROJECT_ID),
        "GET",
        f"{PROJECT}studies/",
        reply=LISTED_STUDIES,
        returns=StudyListItem,
        listing=True,
    ),
    # --- studies ---
    Call(
        "studies.list",
        lambda c: c.studies.list(),
        "GET",
        "/api/v1/studies/",
        reply=LISTED_STUDIES,
        returns=StudyListItem,
        listing=True,
    ),
    Call(
        "studies.list one status",
        lambda c: c.studies.list(status="ACTIVE"),
        "GET",
        "/api/v1/studies/",
        params={"state": "ACTIVE"},
        reply=LISTED_STUDIES[:1],
        returns=StudyListItem,
        listing=True,
    ),
    Call(
        "studies.list a list of one status",
        lambda c: c.studies.list(status=[StudyStatus.ACTIVE]),
        "GET",
        "/api/v1/studies/",
        params={"state": "ACTIVE"},
        reply=LISTED_STUDIES[:1],
        returns=StudyListItem,
        listing=True,
    ),
    Call(
        "studies.list several statuses",
        lambda c: c.studies.list(status=["ACTIVE", "PAUSED"]),
        "GET",
        "/api/v1/studies/",
        params={"state": "(ACTIVE|PAUSED)"},
        reply=LISTED_STUDIES,
        returns=StudyListItem,
        listing=True,
    ),
    Call(
        "studies.list several enum statuses",
        lambda c: c.studies.list(status=(StudyStatus.AWAITING_REVIEW, StudyStatus.COMPLETED)),
        "GET",
        "/api/v1/studies/",
        params={"state": "(AWAITING REVIEW|COMPLETED)"},
        reply=[],
        returns=StudyListItem,
        listing=True,
    ),
    Call(
        "studies.get", lambda c: c.studies.get(STUDY_ID), "GET", STUDY, reply=ACTIVE, returns=Study
    ),
    Call(
        "studies.create keywords and unknown field",
        lambda c: c.studies.create(
            **STUDY_FIELDS, project=PROJECT_ID, extra_body={"future_flag": True}
        ),
        "POST",
        "/api/v1/studies/",
        body={**STUDY_FIELDS, "project": PROJECT_ID, "future_flag": True},
        reply=DRAFT,
        status=201,
        returns=Study,
    ),
    Call(
        "studies.create dict",
        lambda c: c.studies.create(dict(STUDY_FIELDS), internal_name="recall-v1"),
        "POST",
        "/api/v1/studies/",
        body={**STUDY_FIELDS, "internal_name": "recall-v1"},
        reply=DRAFT,
        status=201,
        returns=Study,
    ),
    Call(
        "studies.create model",
        lambda c: c.studies.create(with_extra(study_model(), future_flag=True), reward=175),
        "POST",
        "/api/v1/studies/",
        body={**STUDY_FIELDS, "future_flag": True, "reward": 175},
        reply=DRAFT,
        status=201,
        returns=Study,
    ),
    Call(
        "studies.create nested models in keywords",
        lambda c: c.studies.create(
            **{**STUDY_FIELDS, "completion_codes": study_model().completion_codes},
            filters=[AppliedFilter(filter_id="approval_rate", selected_values=["95"])],
        ),
        "POST",
        "/api/v1/studies/",
        body={
            **STUDY_FIELDS,
            "filters": [{"filter_id": "approval_rate", "selected_values": ["95"]}],
        },
        reply=DRAFT,
        status=201,
        returns=Study,
    ),
    Call(
        "studies.update",
        lambda c: c.studies.update(
            STUDY_ID,
            StudyUpdate(internal_name="v2"),
            total_available_places=30,
            extra_body={"future": 1},
        ),
        "PATCH",
        STUDY,
        body={"internal_name": "v2", "total_available_places": 30, "future": 1},
        reply=DRAFT,
        returns=Study,
    ),
    Call("studies.delete", lambda c: c.studies.delete(STUDY_ID), "DELETE", STUDY, status=204),
    Call(
        "studies.publish",
        lambda c: c.studies.publish(STUDY_ID),
        "POST",
        f"{STUDY}transition/",
        body={"action": "PUBLISH"},
        reply=ACTIVE,
        returns=Study,
    ),
    Call(
        "studies.pause",
        lambda c: c.studies.pause(STUDY_ID),
        "POST",
        f"{STUDY}transition/",
        body={"action": "PAUSE"},
        reply=ACTIVE,
        returns=Study,
    ),
    Call(
        "studies.start",
        lambda c: c.studies.start(STUDY_ID),
        "POST",
        f"{STUDY}transition/",
        body={"action": "START"},
        reply=ACTIVE,
        returns=Study,
    ),
    Call(
        "studies.stop",
        lambda c: c.studies.stop(STUDY_ID),
        "POST",
        f"{STUDY}transition/",
        body={"action": "STOP"},
        reply=ACTIVE,
        returns=Study,
    ),
    Call(
        "studies.clone",
        lambda c: c.studies.clone(STUDY_ID),
        "POST",
        f"{STUDY}clone/",
        body={},
        reply=DRAFT,
        status=201,
        returns=Study,
    ),
    Call(
        "studies.clone with options",
        lambda c: c.studies.clone(STUDY_ID, block_previous_participants=False),
        "POST",
        f"{STUDY}clone/",
        body={"block_previous_participants": False},
        reply=DRAFT,
        status=201,
        returns=Study,
    ),
    Call(
        "studies.cost",
        lambda c: c.studies.cost(STUDY_ID),
        "GET",
        f"{STUDY}cost/",
        reply={"rewards": {"total": 3000}, "bonuses": {"total": 0}},
        returns=StudyCost,
    ),
    Call(
        "studies.cost projected",
        lambda c: c.studies.cost(STUDY_ID, is_projected=True),
        "GET",
        f"{STUDY}cost/",
        params={"is_projected": "true"},
        reply={"rewards": {"total": 3000}, "bonuses": {"total": 0}},
        returns=StudyCost,
    ),
    Call(
        "studies.calculate_cost",
        lambda c: c.studies.calculate_cost(150, 20),
        "POST",
        "/api/v1/study-cost-calculator/",
        body={"reward": 150, "total_available_places": 20},
        reply={"total_cost": 4000},
        returns=StudyCostEstimate,
    ),
    Call(
        "studies.submission_counts",
        lambda c: c.studies.submission_counts(STUDY_ID),
        "GET",
        f"{STUDY}submissions/counts/",
        reply={"APPROVED": 3, "AWAITING REVIEW": 2},
        returns=SubmissionCounts,
    ),
)


@pytest.mark.parametrize("case", CALLS)
async def test_call(case: Call, client: Client, api: respx.MockRouter) -> None:
    await check(case, client, api)


# --- resolve: a workspace or project by ID or exact title -------------------------------------


async def test_workspace_resolved_by_id_is_fetched_directly(
    client: Client, api: respx.MockRouter
) -> None:
    get = api.get(WS).respond(200, json=WORKSPACE)
    listing = api.get("/api/v1/workspaces/").respond(200, json=envelope([]))
    workspace = await run(client.workspaces.resolve(WORKSPACE_ID))
    assert isinstance(workspace, Workspace) and workspace.id == WORKSPACE_ID
    assert (get.call_count, listing.call_count) == (1, 0)


async def test_workspace_resolved_by_title_across_the_list(
    client: Client, api: respx.MockRouter
) -> None:
    listing = api.get("/api/v1/workspaces/").respond(
        200, json=envelope([{"id": PROJECT_ID, "title": "Other"}, WORKSPACE])
    )
    api.get(WS).respond(200, json=WORKSPACE)
    workspace = await run(client.workspaces.resolve("Memory lab"))
    assert isinstance(workspace, Workspace) and workspace.id == WORKSPACE_ID
    assert listing.calls.last.request.url.params["page_size"] == "200"


async def test_unknown_workspace_title_suggests_near_ones(
    client: Client, api: respx.MockRouter
) -> None:
    api.get("/api/v1/workspaces/").respond(200, json=envelope([WORKSPACE]))
    with pytest.raises(ResolutionError, match="Memory lab"):
        await run(client.workspaces.resolve("Memory lap"))


async def test_project_resolved_by_title_in_a_workspace(
    client: Client, api: respx.MockRouter
) -> None:
    api.get(WS).respond(200, json=WORKSPACE)
    api.get(f"{WS}projects/").respond(200, json=envelope([PROJECT_REPLY]))
    api.get(PROJECT).respond(200, json=PROJECT_REPLY)
    project = await run(client.projects.resolve(WORKSPACE_ID, "Pilot"))
    assert isinstance(project, Project) and project.id == PROJECT_ID


async def test_missing_project_is_created_only_when_asked(
    client: Client, api: respx.MockRouter
) -> None:
    api.get(WS).respond(200, json=WORKSPACE)
    api.get(f"{WS}projects/").respond(200, json=envelope([]))
    create = api.post(f"{WS}projects/").respond(201, json=PROJECT_REPLY)
    with pytest.raises(ResolutionError):
        await run(client.projects.resolve(WORKSPACE_ID, "Pilot"))
    assert create.call_count == 0
    project = await run(client.projects.resolve(WORKSPACE_ID, "Pilot", create=True))
    assert isinstance(project, Project) and project.id == PROJECT_ID
    assert sent_json(create.calls.last.request) == {"title": "Pilot"}


# --- client.api: a raw generated call gets the SDK's headers and retries --------------------


async def test_raw_generated_get_study_shares_headers_and_retries_503(
    client: Client, api: respx.MockRouter
) -> None:
    from prolific_api.api.studies import get_study

    route = api.get(STUDY).mock(side_effect=[httpx.Response(503), httpx.Response(200, json=ACTIVE)])
    sdk = api.get("/api/v1/users/me/").respond(
        200, json={"id": "5f00000000000000000000aa", "email": "me@example.org"}
    )
    await run(client.users.me())

    if isinstance(client, Prolific):
        study = get_study.sync(study_id=STUDY_ID, client=client.api)
    else:
        study = await get_study.asyncio(study_id=STUDY_ID, client=client.api)

    assert isinstance(study, Study) and study.status == StudyStatus.ACTIVE
    assert route.call_count == 2  # the 503 was retried below the generated layer
    ours, raw = sdk.calls.last.request.headers, route.calls.last.request.headers
    for name in ("Authorization", "User-Agent"):
        assert raw[name] == ours[name]
    assert raw["User-Agent"].startswith("prolific-python/")
