"""The points where a new user had to guess or was surprised (issue 17), each as they met it."""

from __future__ import annotations

import asyncio
import inspect
import pydoc
from decimal import Decimal

import httpx
import pytest

from prolific import (
    APIConnectionError,
    AsyncProlific,
    InvalidRequestError,
    LedgerConflictError,
    Prolific,
)
from prolific import ResolutionError as ResolutionErr
from prolific._ledger import BonusLedger
from prolific.sandbox import Sandbox

from .helpers import Client, call, published, study_body

#: Long enough that the log redaction never mistakes ordinary words for it.
TOKEN = "findings-token-0123456789abcdef"

# -- create_and_publish: the key's stamp and the wait ------------------------------------------


async def test_the_key_goes_to_metadata_and_no_name_changes(
    sandbox: Sandbox, client: Client
) -> None:
    body = study_body(name="Shown to participants", internal_name="Shown to my team")
    study = await call(client.studies.create_and_publish, body)
    stored = sandbox.studies[str(study.id)]
    assert stored.name == "Shown to participants"
    assert stored.internal_name == "Shown to my team"
    assert str(study.metadata).startswith("[prolific-python:")


async def test_a_lost_create_is_found_again_by_its_metadata_stamp(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.faults.once("create_study", "lost_response")
    study = await call(client.studies.create_and_publish, study_body(), mode="draft")
    assert list(sandbox.studies) == [study.id]


async def test_the_internal_name_stamp_is_there_when_asked_for(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.faults.once("create_study", "lost_response")
    body = study_body(internal_name="Pilot 3")
    study = await call(client.studies.create_and_publish, body, stamp="internal_name")
    assert str(study.internal_name).startswith("Pilot 3 [prolific-python:")
    assert list(sandbox.studies) == [study.id]


async def test_without_a_stamp_a_lost_create_is_reported_not_repeated(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.faults.once("create_study", "lost_response")
    with pytest.raises(APIConnectionError):
        await call(client.studies.create_and_publish, study_body(), stamp=None, mode="draft")
    [only] = sandbox.studies.values()
    assert only.internal_name in (None, "") and "prolific-python" not in str(only.extra)


async def test_a_body_with_its_own_metadata_needs_another_stamp(client: Client) -> None:
    with pytest.raises(InvalidRequestError, match="stamp='internal_name' or stamp=None"):
        await call(client.studies.create_and_publish, study_body(metadata="row 7"))


async def test_waiting_on_a_finished_study_returns_at_once(
    sandbox: Sandbox, client: Client
) -> None:
    body = study_body(total_available_places=1)
    study = await call(client.studies.create_and_publish, body, wait=60)
    sandbox.participants.join(str(study.id), 1, complete_after=10)
    sandbox.advance(20)
    await call(
        client.submissions.approve_many,
        study_id=study.id,
        participant_ids=[s.participant_id for s in sandbox.submissions_of(str(study.id))],
    )
    sandbox.run_until_idle()
    before = sandbox.clock.now()
    again = await call(client.studies.create_and_publish, body, wait=60)
    assert again.id == study.id
    assert str(again.status) == "COMPLETED"
    assert sandbox.clock.now() == before  # no sandbox time spent waiting


# -- names ---------------------------------------------------------------------------------------


async def test_a_title_matches_case_insensitively_when_unique(
    sandbox: Sandbox, client: Client
) -> None:
    made = await call(client.projects.create, sandbox.workspace_id, title="UX Lab")
    found = await call(client.projects.resolve, None, "ux lab")
    assert found.id == made.id


async def test_an_exact_title_wins_over_one_that_differs_in_case(
    sandbox: Sandbox, client: Client
) -> None:
    await call(client.projects.create, sandbox.workspace_id, title="UX Lab")
    exact = await call(client.projects.create, sandbox.workspace_id, title="ux lab")
    assert (await call(client.projects.resolve, None, "ux lab")).id == exact.id
    with pytest.raises(ResolutionErr, match="2 projects"):
        await call(client.projects.resolve, None, "Ux LAB")


async def test_a_project_alone_with_two_workspaces_asks_for_workspace(
    sandbox: Sandbox, client: Client
) -> None:
    await call(client.workspaces.create, title="Second lab")
    with pytest.raises(ResolutionErr) as caught:
        await call(client.projects.resolve, None, "Pilots")
    text = str(caught.value)
    assert "workspace=" in text and "Second lab" in text and "(not given)" not in text


async def test_concurrent_publishes_naming_one_new_project_make_it_once(sandbox: Sandbox) -> None:
    async with sandbox.async_client() as client:
        studies = await asyncio.gather(
            *(
                client.studies.create_and_publish(
                    study_body(name=f"Study {i}"), project="Async HTTP", mode="draft"
                )
                for i in range(20)
            )
        )
        projects = [p async for p in client.projects.list(sandbox.workspace_id)]
    assert [p.title for p in projects].count("Async HTTP") == 1
    assert len({s.project for s in studies}) == 1


# -- max_concurrency -----------------------------------------------------------------------------


async def test_a_thousand_concurrent_calls_queue_instead_of_failing() -> None:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(3):
            await asyncio.sleep(0)
        in_flight -= 1
        return httpx.Response(200, json={"id": "0" * 24, "email": "me@lab.example"})

    transport = httpx.MockTransport(handler)
    async with AsyncProlific(
        TOKEN, http_client=httpx.AsyncClient(transport=transport), max_concurrency=8
    ) as client:
        results = await asyncio.gather(*(client.users.me() for _ in range(1000)))
    assert len(results) == 1000
    assert peak == 8
    assert client.max_concurrency == 8


@pytest.mark.parametrize("bad", [0, -1, 2.5, True])
def test_max_concurrency_must_be_a_positive_whole_number(bad: object) -> None:
    with pytest.raises(InvalidRequestError, match="max_concurrency"):
        AsyncProlific(TOKEN, max_concurrency=bad)  # type: ignore[arg-type]


# -- small surprises -----------------------------------------------------------------------------


async def test_an_unknown_study_status_is_refused(client: Client) -> None:
    with pytest.raises(InvalidRequestError, match="RUNNING"):
        client.studies.list(status="RUNNING")
    with pytest.raises(InvalidRequestError, match="ACTIVE"):
        client.studies.list(status=["ACTIVE", "LIVE"])


def test_listing_submissions_needs_a_study() -> None:
    from prolific.resources.submissions import AsyncSubmissions, Submissions

    for cls in (Submissions, AsyncSubmissions):
        param = inspect.signature(cls.list).parameters["study"]
        assert param.default is inspect.Parameter.empty


@pytest.mark.parametrize(
    "given", ["https://api.prolific.com/api/v1", "https://api.prolific.com/api/v1/"]
)
def test_a_base_url_ending_in_api_v1_is_accepted(given: str) -> None:
    with Prolific(TOKEN, base_url=given) as client:
        assert client.base_url == "https://api.prolific.com"


async def test_approve_many_reports_already_approved_as_skipped(
    sandbox: Sandbox, client: Client
) -> None:
    study_id = await published(client, total_available_places=3)
    subs = sandbox.participants.join(study_id, 3, complete_after=10)
    sandbox.advance(20)
    await call(client.submissions.approve, subs[0])
    report = await call(client.submissions.approve_many, subs)
    assert report.skipped == [subs[0]]
    assert sorted(report.approved) == sorted(subs[1:])

    by_participant = [sandbox.submissions[s].participant_id for s in subs]
    again = await call(
        client.submissions.approve_many, study_id=study_id, participant_ids=by_participant
    )
    assert again.approved == [] and sorted(again.skipped) == sorted(by_participant)


def test_help_shows_no_private_parameter_nor_unset_objects() -> None:
    text = pydoc.render_doc(Prolific, renderer=pydoc.plaintext)
    assert "_clock" not in text
    assert "cached_property object" not in text
    from prolific_api.models.study import Study

    assert "object at 0x" not in str(inspect.signature(Study))


def test_ledger_conflicts_are_the_error_users_catch() -> None:
    ledger = BonusLedger(":memory:")
    ledger.begin("scope", "round-1", "a" * 24, {"b" * 24: 100})
    with pytest.raises(LedgerConflictError):
        ledger.begin("scope", "round-1", "a" * 24, {"b" * 24: 200})


async def test_a_bad_recipient_is_named_as_a_key_of_amounts(client: Client) -> None:
    with pytest.raises(InvalidRequestError, match="each key of amounts") as caught:
        await call(client.bonuses.pay, "a" * 24, {"not-an-id": Decimal("1.00")}, key="k")
    assert "amounts must be a Prolific ID" not in str(caught.value)


def test_async_methods_explain_themselves_in_help() -> None:
    sync_client, async_client = Prolific(TOKEN), AsyncProlific(TOKEN)
    checked = 0
    for name in ("studies", "submissions", "bonuses", "workspaces", "projects", "hooks"):
        twin = type(getattr(sync_client, name))
        for method, member in vars(type(getattr(async_client, name))).items():
            expected = getattr(getattr(twin, method, None), "__doc__", None)
            if method.startswith("_") or not callable(member) or not expected:
                continue
            assert member.__doc__ and not member.__doc__.startswith("See "), method
            checked += 1
    assert checked > 20
    sync_client.close()


async def test_single_flight_holds_across_with_options_copies(sandbox: Sandbox) -> None:
    async with sandbox.async_client() as client:
        slow = client.with_options(timeout=120)
        studies = await asyncio.gather(
            *(
                (slow if i % 2 else client).studies.create_and_publish(
                    study_body(name=f"Copy {i}"), project="Shared project", mode="draft"
                )
                for i in range(6)
            )
        )
        titles = [p.title async for p in client.projects.list(sandbox.workspace_id)]
    assert titles.count("Shared project") == 1
    assert len({s.project for s in studies}) == 1
