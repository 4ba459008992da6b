"""studies.create_and_publish, add_places and summary, checked against the sandbox's own state."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable
from decimal import Decimal

import pytest

from prolific.errors import (
    APIConnectionError,
    InsufficientBalanceError,
    ServerError,
    StudyPublishError,
    WaitTimeoutError,
)
from prolific.sandbox import Sandbox
from prolific.sandbox._faults import Decision

from .helpers import Client, call, published, study_body, study_debits


def only_study(sandbox: Sandbox) -> str:
    [study_id] = sandbox.studies
    return study_id


async def test_happy_path_publishes_one_study_and_debits_once(
    sandbox: Sandbox, client: Client
) -> None:
    before = sandbox.balance()
    study = await call(client.studies.create_and_publish, wait=60, **study_body())

    assert only_study(sandbox) == study.id
    assert sandbox.studies[study.id].status == "ACTIVE"
    assert str(study.status) == "ACTIVE"
    assert study_debits(sandbox, study.id) == 1
    [debit] = sandbox.ledger.for_study(study.id)
    assert sandbox.balance() == before - debit.total
    assert debit.amount == 100 * 3  # three places at 1.00


async def test_calling_again_with_the_same_arguments_finds_the_same_study(
    sandbox: Sandbox, client: Client
) -> None:
    first = await call(client.studies.create_and_publish, wait=60, **study_body())
    again = await call(client.studies.create_and_publish, wait=60, **study_body())
    assert again.id == first.id
    assert len(sandbox.studies) == 1
    assert study_debits(sandbox, first.id) == 1
    # A different key is a different study.
    other = await call(client.studies.create_and_publish, wait=60, key="second-run", **study_body())
    assert other.id != first.id
    assert len(sandbox.studies) == 2


async def test_draft_mode_stays_unpublished_and_costs_nothing(
    sandbox: Sandbox, client: Client
) -> None:
    before = sandbox.balance()
    study = await call(client.studies.create_and_publish, mode="draft", **study_body())
    assert sandbox.studies[study.id].status == "UNPUBLISHED"
    assert sandbox.balance() == before
    assert sandbox.count_requests("transition_study") == 0


async def test_wait_follows_the_sandbox_clock_until_active(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.configure(publish_delay=45)
    started = sandbox.clock.now()
    study = await call(client.studies.create_and_publish, wait=600, **study_body())
    assert str(study.status) == "ACTIVE"
    assert sandbox.studies[study.id].status == "ACTIVE"
    waited = sandbox.clock.now() - started
    assert 45 <= waited < 120  # polled with backoff, not for the whole allowance
    assert sandbox.count_requests("get_study") >= 2


async def test_wait_too_short_names_the_last_status(sandbox: Sandbox, client: Client) -> None:
    sandbox.configure(publish_delay=300)
    with pytest.raises(WaitTimeoutError) as caught:
        await call(client.studies.create_and_publish, wait=20, **study_body())
    assert caught.value.last_status == "PUBLISHING"
    assert "PUBLISHING" in str(caught.value)
    study_id = only_study(sandbox)
    assert sandbox.studies[study_id].status == "PUBLISHING"
    assert study_debits(sandbox, study_id) == 1
    # Calling again once it is live returns it without publishing twice.
    sandbox.advance(300)
    again = await call(client.studies.create_and_publish, wait=20, **study_body())
    assert again.id == study_id
    assert study_debits(sandbox, study_id) == 1


async def test_insufficient_balance_names_both_figures_and_keeps_the_draft(
    make: Callable[..., Client],
) -> None:
    sandbox = Sandbox(seed=5, balance=150)
    client = make(sandbox)
    with pytest.raises(InsufficientBalanceError) as caught:
        await call(client.studies.create_and_publish, wait=60, **study_body())
    error = caught.value
    study_id = only_study(sandbox)
    assert error.study_id == study_id
    assert error.workspace_id == sandbox.workspace_id
    assert error.available_minor == Decimal(150)
    estimate = await call(client.studies.calculate_cost, 100, 3)
    assert error.required_minor == Decimal(str(estimate.total_cost))
    assert error.required_minor > error.available_minor
    assert "1.50" in str(error)
    assert f"{error.required_minor / 100:.2f}" in str(error)
    assert study_id in str(error)
    # The draft is kept and nothing was spent or even attempted.
    assert sandbox.studies[study_id].status == "UNPUBLISHED"
    assert sandbox.balance() == 150
    assert sandbox.count_requests("transition_study") == 0

    sandbox.top_up(10_000)
    study = await call(client.studies.create_and_publish, wait=60, **study_body())
    assert study.id == study_id
    assert sandbox.studies[study_id].status == "ACTIVE"
    assert len(sandbox.studies) == 1


async def test_insufficient_balance_is_found_with_the_project_in_the_body(
    make: Callable[..., Client],
) -> None:
    sandbox = Sandbox(seed=6, balance=150)
    client = make(sandbox)
    with pytest.raises(InsufficientBalanceError):
        # The body given positionally, so its "project" is the study field, not project=.
        await call(
            client.studies.create_and_publish, study_body(project=sandbox.project_id), wait=60
        )
    assert sandbox.studies[only_study(sandbox)].status == "UNPUBLISHED"


async def test_lost_create_response_is_found_again_inside_the_call(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.faults.once("create_study", "lost_response")
    study = await call(client.studies.create_and_publish, wait=60, **study_body())
    assert only_study(sandbox) == study.id
    assert sandbox.studies[study.id].status == "ACTIVE"
    assert sandbox.count_requests("create_study") == 1
    assert study_debits(sandbox, study.id) == 1


async def test_lost_create_response_then_calling_again_leaves_one_study(
    sandbox: Sandbox, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox.faults.once("create_study", "lost_response")
    # The look-up after the lost answer fails too (500 is not retried), so the call fails...
    decide = sandbox.faults.decide

    def fail_the_next_lookup(method: str, path: str, operation: str | None) -> Decision:
        if operation == "create_study":
            sandbox.faults.add("list_studies", "5xx", status=500, times=1)
        return decide(method, path, operation)

    monkeypatch.setattr(sandbox.faults, "decide", fail_the_next_lookup)
    with pytest.raises(ServerError):
        await call(client.studies.create_and_publish, wait=60, **study_body())
    study_id = only_study(sandbox)
    assert sandbox.studies[study_id].status == "UNPUBLISHED"
    # ...and the researcher's second call resumes the same draft.
    study = await call(client.studies.create_and_publish, wait=60, **study_body())
    assert study.id == study_id
    assert len(sandbox.studies) == 1
    assert sandbox.count_requests("create_study") == 1
    assert sandbox.studies[study_id].status == "ACTIVE"


async def test_create_that_never_arrived_is_sent_again(sandbox: Sandbox, client: Client) -> None:
    sandbox.faults.add("create_study", "reset", times=1)
    study = await call(client.studies.create_and_publish, wait=60, **study_body())
    assert only_study(sandbox) == study.id
    assert sandbox.count_requests("create_study") == 2


async def test_every_create_attempt_failing_raises_and_leaves_no_study(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.faults.add("create_study", "reset")
    with pytest.raises(APIConnectionError):
        await call(client.studies.create_and_publish, wait=60, **study_body())
    assert not sandbox.studies


async def test_publish_failure_names_the_draft_and_calling_again_resumes_it(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.faults.once("transition_study", "5xx", status=500)
    with pytest.raises(StudyPublishError) as caught:
        await call(client.studies.create_and_publish, wait=60, **study_body())
    study_id = only_study(sandbox)
    assert caught.value.study_id == study_id
    assert study_id in str(caught.value)
    assert isinstance(caught.value.__cause__, ServerError)
    assert sandbox.studies[study_id].status == "UNPUBLISHED"
    assert study_debits(sandbox, study_id) == 0

    study = await call(client.studies.create_and_publish, wait=60, **study_body())
    assert study.id == study_id
    assert sandbox.studies[study_id].status == "ACTIVE"
    assert len(sandbox.studies) == 1
    assert study_debits(sandbox, study_id) == 1


async def test_lost_publish_response_is_not_reported_as_a_failure(
    sandbox: Sandbox, client: Client
) -> None:
    # The client retries the (idempotent-looking) transition; Prolific refuses the repeat
    # because the first one went through. The study is live and was paid for once.
    sandbox.faults.once("transition_study", "lost_response")
    study = await call(client.studies.create_and_publish, wait=60, **study_body())
    assert str(study.status) == "ACTIVE"
    assert sandbox.studies[only_study(sandbox)].status == "ACTIVE"
    assert study_debits(sandbox, study.id) == 1


async def test_workspace_and_project_by_name_create_the_missing_project(
    sandbox: Sandbox, client: Client
) -> None:
    lab = sandbox.state.add_workspace("Memory lab")
    sandbox.top_up(50_000, lab.id)
    study = await call(
        client.studies.create_and_publish,
        workspace="Memory lab",
        project="Pilot 2026",
        wait=60,
        **study_body(),
    )
    stored = sandbox.studies[study.id]
    [project] = [p for p in sandbox.state.projects.values() if p.title == "Pilot 2026"]
    assert project.workspace_id == lab.id
    assert (stored.project_id, stored.workspace_id) == (project.id, lab.id)
    assert stored.status == "ACTIVE"
    assert [e.workspace_id for e in sandbox.ledger.for_study(study.id)] == [lab.id]

    again = await call(
        client.studies.create_and_publish,
        workspace="Memory lab",
        project="Pilot 2026",
        **study_body(),
    )
    assert again.id == study.id
    assert len(sandbox.studies) == 1
    assert sum(1 for p in sandbox.state.projects.values() if p.title == "Pilot 2026") == 1


async def test_workspace_and_project_by_id(sandbox: Sandbox, client: Client) -> None:
    lab = sandbox.state.add_workspace("Memory lab")
    project = sandbox.state.add_project(lab.id, "Main")
    sandbox.top_up(50_000, lab.id)
    projects_before = len(sandbox.state.projects)
    study = await call(
        client.studies.create_and_publish,
        wait=60,
        workspace=lab.id,
        project=project.id,
        **study_body(),
    )
    stored = sandbox.studies[study.id]
    assert (stored.project_id, stored.workspace_id, stored.status) == (project.id, lab.id, "ACTIVE")
    assert len(sandbox.state.projects) == projects_before
    assert sandbox.count_requests("create_project") == 0


async def test_add_places_raises_the_total_and_funds_them(sandbox: Sandbox, client: Client) -> None:
    study_id = await published(client)
    updated = await call(client.studies.add_places, study_id, 2)
    assert updated.total_available_places == 5
    stored = sandbox.studies[study_id]
    assert stored.total_available_places == 5
    assert sum(e.amount for e in sandbox.ledger.for_study(study_id)) == 100 * 5
    assert len(sandbox.participants.join(study_id, 5)) == 5


async def test_add_places_reopens_a_full_study(sandbox: Sandbox, client: Client) -> None:
    study_id = await published(client)
    subs = sandbox.participants.join(study_id, 3, complete_after=10)
    sandbox.advance(10)
    assert sandbox.studies[study_id].status == "AWAITING REVIEW"
    await call(client.studies.add_places, study_id, 1)
    assert sandbox.studies[study_id].status == "ACTIVE"
    assert len(sandbox.participants.join(study_id, 1)) == 1
    assert len(subs) == 3


async def test_summary_matches_the_sandbox(sandbox: Sandbox, client: Client) -> None:
    study_id = await published(client, total_available_places=6, reward=150)
    subs = sandbox.participants.join(
        study_id,
        4,
        complete_after=[60, 150, 240, 30],
        outcome=["submit", "submit", "submit", "return"],
    )
    sandbox.advance(300)
    await call(client.submissions.approve, subs[0])
    # Two participants still working.
    sandbox.participants.join(study_id, 1, outcome="manual")

    summary = await call(client.studies.summary, study_id)

    stored = sandbox.studies[study_id]
    mine = sandbox.submissions_of(study_id)
    assert dict(summary.submissions_by_status) == dict(Counter(s.status for s in mine))
    assert summary.submissions_by_status == {"APPROVED": 1, "AWAITING REVIEW": 2, "RETURNED": 1,
                                             "ACTIVE": 1}  # fmt: skip
    assert summary.places_total == stored.total_available_places == 6
    assert summary.places_taken == sandbox.state.places_taken(stored) == 4
    assert summary.places_left == 2
    # The median completion time counts those who finished (not the return after 30 s).
    durations = [
        (s.completed_at - s.started_at).total_seconds()
        for s in mine
        if s.completed_at is not None and s.status in ("AWAITING REVIEW", "APPROVED")
    ]
    median = statistics.median(durations)
    assert median == 150
    assert summary.median_completion_seconds == pytest.approx(median)
    assert summary.hourly_reward_minor == Decimal(150 * 3600) / Decimal(median) == 3600
    debits = sum(e.total for e in sandbox.ledger.for_study(study_id) if e.kind == "study_debit")
    assert summary.cost_so_far_minor == debits
    assert summary.bonuses_paid_minor == 0
    assert summary.currency == "GBP"
    assert study_id in str(summary)


async def test_summary_counts_bonuses_paid(sandbox: Sandbox, client: Client) -> None:
    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=10)
    sandbox.advance(10)
    await call(client.bonuses.pay, study_id, {sub: Decimal("2.00")}, key="thanks")
    summary = await call(client.studies.summary, study_id)
    bonus = sum(e.total for e in sandbox.ledger.bonuses_for(sub))
    assert summary.bonuses_paid_minor == bonus > 200


async def test_first_attempt_costs_create_balance_reward_check_and_publish_only(
    sandbox: Sandbox, client: Client
) -> None:
    before = len(sandbox.requests)
    await call(client.studies.create_and_publish, study_body(), workspace=sandbox.workspace_id)
    sent = [r.operation for r in sandbox.requests[before:]]
    # The account (which scopes the ledger) is learnt once per client.
    assert sent == [
        "get_me",
        "create_study",
        "get_workspace_balance",
        "get_reward_recommendations",
        "transition_study",
    ]
    before = len(sandbox.requests)
    await call(
        client.studies.create_and_publish,
        study_body(name="Another"),
        workspace=sandbox.workspace_id,
    )
    sent = [r.operation for r in sandbox.requests[before:]]
    # The reward recommendations are read once an hour per client, not once per study.
    assert sent == ["create_study", "get_workspace_balance", "transition_study"]
    sandbox.advance(3601)
    before = len(sandbox.requests)
    await call(
        client.studies.create_and_publish, study_body(name="Later"), workspace=sandbox.workspace_id
    )
    sent = [r.operation for r in sandbox.requests[before:]]
    assert "get_reward_recommendations" in sent


async def test_an_attempt_whose_answer_was_lost_is_searched_for_on_the_next_call(
    sandbox: Sandbox, client: Client
) -> None:
    # The create goes through but its answer is lost, and so does the search for it.
    sandbox.faults.once("create_study", "lost_response")
    sandbox.faults.once("list_studies", "5xx", status=500)
    with pytest.raises(ServerError):
        await call(client.studies.create_and_publish, study_body(), wait=60)
    before = len(sandbox.requests)
    study = await call(client.studies.create_and_publish, study_body(), wait=60)
    sent = [r.operation for r in sandbox.requests[before:]]
    assert sent[0] == "list_studies"  # the ledger shows an attempt with no answer: look first
    assert "create_study" not in sent
    assert list(sandbox.studies) == [study.id]


async def test_raw_publish_whose_answer_was_lost_succeeds_and_debits_once(
    sandbox: Sandbox, client: Client
) -> None:
    draft = await call(client.studies.create, study_body())
    sandbox.faults.once("transition_study", "lost_response")
    study = await call(client.studies.publish, draft.id)
    assert study.status == "PUBLISHING"
    assert study_debits(sandbox, draft.id) == 1
