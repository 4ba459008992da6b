"""The yes/no filters of ``submissions.list`` and the scopes of ``participant_groups.list``,
through the SDK against the sandbox (in process, sync and async, and once over HTTP)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from prolific import InvalidRequestError, Prolific
from prolific.sandbox import Sandbox, example_study

from .helpers import Client, call, published

REJECTION = (
    "Thank you for taking part. The free-text answers were all left empty, so we cannot "
    "approve this submission; please get in touch if something went wrong on your side."
)

#: Each outcome the study below ends up with, in the order the participants joined.
OUTCOMES = (
    "approved",
    "rejected",
    "awaiting",
    "returned",
    "timed_out",
    "screened_out",
    "active",
)


async def items(pager: Any) -> list[Any]:
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)


async def one_of_each(client: Client, sandbox: Sandbox) -> dict[str, str]:
    """A study with one submission in each outcome of ``OUTCOMES``; returns name -> ID and
    the study's ID under ``"study"``."""
    study = await published(client, total_available_places=len(OUTCOMES))
    join = sandbox.participants.join
    subs = dict(zip(OUTCOMES[:3], join(study, 3, complete_after=60), strict=True))
    subs["returned"] = join(study, 1, complete_after=60, outcome="return")[0]
    subs["timed_out"] = join(study, 1, outcome="timeout")[0]
    sandbox.advance(24 * 3600)  # past the study's time limit: the timeout has happened
    subs["screened_out"] = join(study, 1, outcome="manual")[0]
    subs["active"] = join(study, 1, outcome="manual")[0]
    sandbox.advance(60)
    await call(client.submissions.approve, subs["approved"])
    await call(client.submissions.reject, subs["rejected"], REJECTION, "LOW_EFFORT")
    # No transition of the fixed-payment kind is needed to check a filter: set the status.
    sandbox.submissions[subs["screened_out"]].status = "SCREENED OUT"
    assert sandbox.submissions[subs["active"]].status == "ACTIVE"
    assert sandbox.submissions[subs["timed_out"]].status == "TIMED-OUT"
    return {**subs, "study": study}


def named(subs: dict[str, str], listed: list[Any]) -> set[str]:
    by_id = {v: k for k, v in subs.items()}
    return {by_id[s.id] for s in listed}


FINISHED = {"approved", "rejected", "awaiting", "returned", "timed_out", "screened_out"}
EVERYONE = {*FINISHED, "active"}

#: (filter, value) -> the outcomes listed.
CASES = [
    ("completed", True, FINISHED),
    ("completed", False, {"active"}),
    ("active", True, {"active"}),
    ("active", False, FINISHED),
    ("completeoractive", True, EVERYONE),
    ("completeoractive", False, set()),
    ("awaiting_review", True, {"awaiting"}),
    ("awaiting_review", False, EVERYONE - {"awaiting"}),
    ("approved", True, {"approved"}),
    ("approved", False, EVERYONE - {"approved"}),
    ("rejected", True, {"rejected"}),
    ("returned", True, {"returned"}),
    ("returned", False, EVERYONE - {"returned"}),
    ("timeout", True, {"timed_out"}),
    ("screened_out", True, {"screened_out"}),
    ("screened_out", False, EVERYONE - {"screened_out"}),
]


async def test_each_yes_no_filter_lists_what_prolific_would(
    client: Client, sandbox: Sandbox
) -> None:
    subs = await one_of_each(client, sandbox)
    study = subs["study"]
    everything = await items(client.submissions.list(study))
    assert named(subs, everything) == EVERYONE
    for name, value, expected in CASES:
        given: dict[str, Any] = {name: value}
        listed = await items(client.submissions.list(study, **given))
        assert named(subs, listed) == expected, (name, value)


async def test_filters_combine_with_each_other_and_with_status(
    client: Client, sandbox: Sandbox
) -> None:
    subs = await one_of_each(client, sandbox)
    study = subs["study"]

    async def listed(**filters: Any) -> set[str]:
        return named(subs, await items(client.submissions.list(study, **filters)))

    assert await listed(completed=True, approved=False, rejected=False) == FINISHED - {
        "approved",
        "rejected",
    }
    assert await listed(status="APPROVED", approved=True) == {"approved"}
    assert await listed(status="APPROVED", approved=False) == set()
    assert await listed(status="APPROVED", returned=True) == set()
    assert await listed(status="RETURNED", completed=True) == {"returned"}
    assert await listed(status="ACTIVE", completeoractive=True) == {"active"}
    # ordering still applies to a filtered list
    newest_first = await items(
        client.submissions.list(study, completed=True, ordering="-started_at")
    )
    assert named(subs, newest_first) == FINISHED
    started = [sandbox.submissions[s.id].started_at for s in newest_first]
    assert started == sorted(started, reverse=True) and started[0] > started[-1]


async def test_a_filter_that_is_not_a_bool_is_refused_before_sending(
    client: Client, sandbox: Sandbox
) -> None:
    study = await published(client)
    sent = len(sandbox.requests)
    for value in ("false", 0, 1, "yes"):
        with pytest.raises(InvalidRequestError, match="approved must be True, False or None"):
            await items(client.submissions.list(study, approved=value))  # type: ignore[arg-type]
    assert len(sandbox.requests) == sent


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Sandbox, str]]:
    sandbox = Sandbox(seed=23)
    with sandbox.serve() as url:
        yield sandbox, url


def test_the_filters_travel_over_http(served: tuple[Sandbox, str]) -> None:
    sandbox, url = served
    with Prolific(token=sandbox.token, base_url=url, max_retries=0) as client:
        study = client.studies.create_and_publish(**example_study(total_available_places=3))
        sandbox.advance(10)  # past the seeded PUBLISHING phase, without a real wait
        done, returned, _active = (
            sandbox.participants.join(study.id, 1, complete_after=30)
            + sandbox.participants.join(study.id, 1, complete_after=30, outcome="return")
            + sandbox.participants.join(study.id, 1, outcome="manual")
        )
        sandbox.advance(60)
        assert [s.id for s in client.submissions.list(study.id, awaiting_review=True)] == [done]
        assert [s.id for s in client.submissions.list(study.id, returned=True)] == [returned]
        assert [
            s.id for s in client.submissions.list(study.id, completed=True, returned=False)
        ] == [done]
        assert list(client.submissions.list(study.id, status="ACTIVE", active=False)) == []


# -- participant_groups.list -------------------------------------------------------------------


async def test_groups_listed_by_workspace_or_project_and_by_activity(
    client: Client, sandbox: Sandbox
) -> None:
    kept = await call(
        client.participant_groups.create, name="Kept", workspace_id=sandbox.workspace_id
    )
    gone = await call(
        client.participant_groups.create, name="Gone", workspace_id=sandbox.workspace_id
    )
    await call(client.participant_groups.delete, gone.id)

    async def ids(*args: Any, **kwargs: Any) -> list[str]:
        return [g.id for g in await items(client.participant_groups.list(*args, **kwargs))]

    assert await ids(sandbox.workspace_id) == [kept.id]  # the positional workspace still works
    assert await ids(workspace_id=sandbox.workspace_id, active=True) == [kept.id]
    assert await ids(sandbox.workspace_id, active=False) == [gone.id]
    assert await ids(project_id=sandbox.project_id) == [kept.id]
    assert await ids(project_id=sandbox.project_id, active=False) == [gone.id]


@pytest.mark.parametrize(
    ("args", "kwargs", "field"),
    [
        ((), {}, "workspace_id"),
        ((), {"active": True}, "workspace_id"),
        (("WS",), {"project_id": "PR"}, "project_id"),
        (("WS",), {"active": "true"}, "active"),
        (("not-an-id",), {}, "workspace_id"),
        ((), {"project_id": "not-an-id"}, "project_id"),
    ],
)
async def test_groups_scope_is_checked_before_sending(
    client: Client, sandbox: Sandbox, args: tuple[str, ...], kwargs: dict[str, Any], field: str
) -> None:
    ids = {"WS": sandbox.workspace_id, "PR": sandbox.project_id}
    args = tuple(ids.get(a, a) for a in args)
    kwargs = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in kwargs.items()}
    sent = len(sandbox.requests)
    with pytest.raises(InvalidRequestError) as caught:
        await items(client.participant_groups.list(*args, **kwargs))
    assert caught.value.field == field
    assert len(sandbox.requests) == sent


def test_the_sandbox_refuses_both_scopes_or_neither(served: tuple[Sandbox, str]) -> None:
    sandbox, url = served
    auth = {"Authorization": f"Token {sandbox.token}"}
    with httpx.Client(base_url=url, headers=auth) as http:
        ws, pr = sandbox.workspace_id, sandbox.project_id
        both = http.get(
            "/api/v1/participant-groups/", params={"workspace_id": ws, "project_id": pr}
        )
        neither = http.get("/api/v1/participant-groups/")
        unknown = http.get("/api/v1/participant-groups/", params={"project_id": "f" * 24})
        by_project = http.get("/api/v1/participant-groups/", params={"project_id": pr})
    assert both.status_code == neither.status_code == unknown.status_code == 400
    assert "exactly one" in both.json()["error"]["detail"]
    assert by_project.status_code == 200
