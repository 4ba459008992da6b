"""workspaces.resolve and projects.resolve: by ID or exact title, across pages (issue 9)."""

from __future__ import annotations

import pytest

from prolific.errors import APIConnectionError, ResolutionError
from prolific.sandbox import Sandbox

from .helpers import Client, call

MISSING = "0123456789abcdef01234567"


def fill_workspaces(sandbox: Sandbox, n: int) -> None:
    for i in range(n):
        sandbox.state.add_workspace(f"Filler workspace {i:03d}")


async def test_workspace_by_id_needs_no_listing(sandbox: Sandbox, client: Client) -> None:
    workspace = await call(client.workspaces.resolve, sandbox.workspace_id)
    assert workspace.id == sandbox.workspace_id
    assert workspace.title == sandbox.state.workspaces[sandbox.workspace_id].title
    assert sandbox.count_requests("list_workspaces") == 0


async def test_workspace_by_title_on_a_later_page(sandbox: Sandbox, client: Client) -> None:
    fill_workspaces(sandbox, 430)
    target = sandbox.state.add_workspace("Memory lab")  # the last of 432: the third page

    workspace = await call(client.workspaces.resolve, "Memory lab")

    assert workspace.id == target.id
    assert sandbox.count_requests("list_workspaces") >= 3


async def test_two_workspaces_with_one_title_are_ambiguous(
    sandbox: Sandbox, client: Client
) -> None:
    fill_workspaces(sandbox, 210)
    first = sandbox.state.add_workspace("Lab")
    second = sandbox.state.add_workspace("Lab")
    with pytest.raises(ResolutionError) as caught:
        await call(client.workspaces.resolve, "Lab")
    error = caught.value
    assert error.kind == "workspace"
    assert sorted(error.matches) == sorted([(first.id, "Lab"), (second.id, "Lab")])
    assert first.id in str(error) and second.id in str(error)
    # The ID settles it.
    assert (await call(client.workspaces.resolve, second.id)).id == second.id


async def test_missing_workspace_suggests_near_titles(sandbox: Sandbox, client: Client) -> None:
    sandbox.state.add_workspace("Memory lab")
    sandbox.state.add_workspace("Vision lab")
    with pytest.raises(ResolutionError) as caught:
        await call(client.workspaces.resolve, "Memroy lab")
    error = caught.value
    assert error.matches == []
    assert "Memory lab" in error.suggestions
    assert "Memory lab" in str(error)
    # A well-formed ID that is not there is looked for as a title, then refused.
    with pytest.raises(ResolutionError):
        await call(client.workspaces.resolve, MISSING)


async def test_project_by_id_and_by_title(sandbox: Sandbox, client: Client) -> None:
    lab = sandbox.state.add_workspace("Memory lab")
    for i in range(250):
        sandbox.state.add_project(lab.id, f"Filler project {i:03d}")
    pilot = sandbox.state.add_project(lab.id, "Pilot")
    by_id = await call(client.projects.resolve, None, pilot.id)
    assert by_id.id == pilot.id
    by_title = await call(client.projects.resolve, "Memory lab", "Pilot")
    assert by_title.id == pilot.id
    assert sandbox.count_requests("list_projects") >= 2
    assert sandbox.count_requests("create_project") == 0
    by_workspace_id = await call(client.projects.resolve, lab.id, "Pilot")
    assert by_workspace_id.id == pilot.id


async def test_project_titles_are_searched_in_the_given_workspace_only(
    sandbox: Sandbox, client: Client
) -> None:
    lab = sandbox.state.add_workspace("Memory lab")
    sandbox.state.add_project(sandbox.workspace_id, "Pilot")
    with pytest.raises(ResolutionError) as caught:
        await call(client.projects.resolve, lab.id, "Pilot")
    assert caught.value.kind == "project"


async def test_ambiguous_and_missing_projects(sandbox: Sandbox, client: Client) -> None:
    one = sandbox.state.add_project(sandbox.workspace_id, "Pilot")
    two = sandbox.state.add_project(sandbox.workspace_id, "Pilot")
    with pytest.raises(ResolutionError) as caught:
        await call(client.projects.resolve, sandbox.workspace_id, "Pilot", create=True)
    assert sorted(caught.value.matches) == sorted([(one.id, "Pilot"), (two.id, "Pilot")])
    with pytest.raises(ResolutionError) as missing:
        await call(client.projects.resolve, sandbox.workspace_id, "Pilto")
    assert "Pilot" in missing.value.suggestions
    assert sandbox.count_requests("create_project") == 0


async def test_create_makes_the_project_once(sandbox: Sandbox, client: Client) -> None:
    before = len(sandbox.state.projects)
    created = await call(client.projects.resolve, sandbox.workspace_id, "Pilot", create=True)
    stored = sandbox.state.projects[created.id]
    assert (stored.title, stored.workspace_id) == ("Pilot", sandbox.workspace_id)
    again = await call(client.projects.resolve, sandbox.workspace_id, "Pilot", create=True)
    assert again.id == created.id
    assert len(sandbox.state.projects) == before + 1
    assert sandbox.count_requests("create_project") == 1


async def test_lost_create_response_leaves_one_project(sandbox: Sandbox, client: Client) -> None:
    before = len(sandbox.state.projects)
    sandbox.faults.once("create_project", "lost_response")
    created = await call(client.projects.resolve, sandbox.workspace_id, "Pilot", create=True)
    again = await call(client.projects.resolve, sandbox.workspace_id, "Pilot", create=True)
    assert again.id == created.id
    assert [p.id for p in sandbox.state.projects.values() if p.title == "Pilot"] == [created.id]
    assert len(sandbox.state.projects) == before + 1


async def test_create_that_never_arrived_fails_and_calling_again_creates_one(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.faults.once("create_project", "reset")
    with pytest.raises(APIConnectionError):
        await call(client.projects.resolve, sandbox.workspace_id, "Pilot", create=True)
    assert not [p for p in sandbox.state.projects.values() if p.title == "Pilot"]
    created = await call(client.projects.resolve, sandbox.workspace_id, "Pilot", create=True)
    assert [p.id for p in sandbox.state.projects.values() if p.title == "Pilot"] == [created.id]


async def test_workspace_may_be_left_out_when_there_is_only_one(
    sandbox: Sandbox, client: Client
) -> None:
    created = await call(client.projects.resolve, None, "Pilot", create=True)
    assert sandbox.state.projects[created.id].workspace_id == sandbox.workspace_id
    sandbox.state.add_workspace("Second lab")
    with pytest.raises(ResolutionError) as caught:
        await call(client.projects.resolve, None, "Pilot")
    assert caught.value.kind == "workspace"
