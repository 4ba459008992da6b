"""What the cassettes record: every namespace of the client and every workflow.

Each scenario is an ``async def`` over a :class:`~harness.Ctx` and runs unchanged against the sync
client (wrapped so its calls can be awaited) and the async client, when recording and when
replaying. Scenarios assert as they go, so a recording that goes wrong fails at once and a replay
checks the same IDs, statuses and waits. Sandbox-only steps (participants joining, the clock
moving) go through the sandbox's ``/_sandbox/`` control endpoints and are recorded like any other
call; ``setup`` hooks run in process before recording only.

Scenarios marked ``live_safe`` only read, or create and delete a draft, and assume nothing about
the account, so ``record.py --live`` may run them against a real one.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

from prolific import (
    BadRequestError,
    InsufficientBalanceError,
    NotFoundError,
    PaymentInDoubtError,
    ResolutionError,
    StudyTokenError,
    SubmissionNotApprovableError,
    WaitTimeoutError,
)
from prolific.sandbox import example_study

from . import scenarios_research, scenarios_task_builder
from .harness import Ctx, Scenario, collect

ID = re.compile(r"[0-9a-f]{24}")
TARGET_URL = "https://hooks.example.test/prolific"
REJECTION = (
    "Thank you for taking part. Unfortunately the answers were left blank on every page of the "
    "task, so we cannot approve this submission."
)
CODES = [
    {"code": "DONE1", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]},
    {
        "code": "STAFF1",
        "code_type": "OTHER",
        "actor": "researcher",
        "actions": [{"action": "MANUALLY_REVIEW"}],
    },
]


def study_body(**overrides: Any) -> dict[str, Any]:
    """The sandbox's example study, with a second (researcher) completion code."""
    return example_study(**{"completion_codes": CODES, **overrides})


def status(obj: Any) -> str:
    return str(obj.status)


async def published(ctx: Ctx, **overrides: Any) -> Any:
    """Create and publish; wait out the PUBLISHING phase as a live client would."""
    draft = await ctx.client.studies.create(study_body(**overrides))
    study = await ctx.client.studies.publish(draft.id)
    assert status(study) == "PUBLISHING", status(study)
    await advance(ctx, 10)
    study = await ctx.client.studies.get(draft.id)
    assert status(study) == "ACTIVE", status(study)
    return study


async def join(ctx: Ctx, study_id: str, n: int = 1, **options: Any) -> list[str]:
    """Participants start the study now; returns their submission IDs."""
    answer = await ctx.control("participants/join/", {"study_id": study_id, "n": n, **options})
    ids: list[str] = answer["submission_ids"]
    assert len(ids) == n and all(ID.fullmatch(i) for i in ids)
    return ids


async def advance(ctx: Ctx, seconds: float) -> None:
    await ctx.control("clock/advance/", {"seconds": seconds})


async def participants_of(ctx: Ctx, submission_ids: list[str]) -> list[str]:
    subs = [await ctx.client.submissions.get(sid) for sid in submission_ids]
    return [str(s.participant) for s in subs]


# -- live-safe: read only, and a draft study -----------------------------------------------------


def _readonly_setup(sandbox: Any) -> None:
    """Give the read-only scenario a study with submissions to page through."""
    from prolific.sandbox._participants import join as join_now

    with sandbox.client() as client:
        draft = client.studies.create(study_body(name="Existing study"))
        client.studies.publish(draft.id)
    sandbox.advance(10)  # the PUBLISHING phase
    join_now(sandbox.state, draft.id, 3, complete_after=[60, 120, 180])
    sandbox.advance(600)


async def readonly(ctx: Ctx) -> None:
    c = ctx.client
    me = await c.users.me()
    assert ID.fullmatch(me.id)
    workspaces = await collect(c.workspaces.list())
    assert workspaces and all(ID.fullmatch(w.id) for w in workspaces)
    workspace = await c.workspaces.get(workspaces[0].id)
    assert workspace.id == workspaces[0].id
    balance = await c.workspaces.balance(workspace.id)
    assert isinstance(balance.available_balance, int)
    projects = await collect(c.projects.list(workspace.id))
    assert all(ID.fullmatch(p.id) for p in projects)
    studies = await collect(c.studies.list(), limit=25)
    for study in studies[:1]:
        assert ID.fullmatch(study.id)
        submissions = await collect(c.submissions.list(study=study.id), limit=100)
        counts = await c.studies.submission_counts(study.id)
        assert sum(int(v) for v in counts.additional_properties.values()) >= len(submissions)
        for item in submissions[:1]:
            detail = await c.submissions.get(item.id)
            assert detail.id == item.id
    filters = await collect(c.filters.list(), limit=50)
    assert filters and all(f.filter_id for f in filters)
    event_types = await collect(c.hooks.event_types())
    assert any(e.event_type == "submission.status.change" for e in event_types)


async def draft_study(ctx: Ctx) -> None:
    c = ctx.client
    estimate = await c.studies.calculate_cost(100, 2)
    assert estimate.total_cost > 200
    draft = await c.studies.create(
        study_body(
            name="prolific-python recording (draft, deleted again)",
            internal_name="prolific-python recording",
            total_available_places=2,
        )
    )
    assert status(draft) == "UNPUBLISHED"
    fetched = await c.studies.get(draft.id)
    assert fetched.id == draft.id and fetched.total_available_places == 2
    updated = await c.studies.update(
        draft.id, internal_name="prolific-python recording (updated)", total_available_places=3
    )
    assert updated.internal_name == "prolific-python recording (updated)"
    assert updated.total_available_places == 3
    assert status(updated) == "UNPUBLISHED"
    await c.studies.delete(draft.id)


# -- namespaces ----------------------------------------------------------------------------------


async def workspaces_projects(ctx: Ctx) -> None:
    c = ctx.client
    me = await c.users.me()
    assert me.email == "researcher@sandbox.prolific.test"
    [home] = await collect(c.workspaces.list())
    assert home.title == "My workspace"
    workspace = await c.workspaces.get(home.id)
    assert workspace.currency_code == "GBP"
    balance = await c.workspaces.balance(home.id)
    assert balance.available_balance == 100_000 and balance.total_balance == 100_000
    lab = await c.workspaces.create(title="Lab B", description="Second lab")
    assert ID.fullmatch(lab.id) and lab.title == "Lab B"
    renamed = await c.workspaces.update(lab.id, title="Lab B (renamed)")
    assert renamed.title == "Lab B (renamed)"
    titles = sorted(w.title for w in await collect(c.workspaces.list()))
    assert titles == ["Lab B (renamed)", "My workspace"]
    empty = await c.workspaces.balance(lab.id)
    assert empty.available_balance == 0

    [default] = await collect(c.projects.list(home.id))
    assert default.title == "Project"
    pilot = await c.projects.create(home.id, title="Pilot")
    assert (await c.projects.get(pilot.id)).title == "Pilot"
    updated = await c.projects.update(pilot.id, description="First runs")
    assert updated.description == "First runs"
    assert [p.id for p in await collect(c.projects.list(home.id))] == [default.id, pilot.id]
    assert await collect(c.projects.studies(pilot.id)) == []
    study = await c.studies.create(study_body(project=pilot.id))
    [listed] = await collect(c.projects.studies(pilot.id))
    assert listed.id == study.id


async def studies(ctx: Ctx) -> None:
    c = ctx.client
    estimate = await c.studies.calculate_cost(100, 3)
    draft = await c.studies.create(study_body())
    assert status(draft) == "UNPUBLISHED" and draft.reward == 100
    assert (await c.studies.get(draft.id)).name == "Reaction times"
    draft = await c.studies.update(draft.id, internal_name="reaction-times-v1")
    assert draft.internal_name == "reaction-times-v1"
    copy = await c.studies.clone(draft.id)
    assert copy.id != draft.id and status(copy) == "UNPUBLISHED"
    drafts = await collect(c.studies.list(status="UNPUBLISHED"))
    assert [s.id for s in drafts] == [draft.id, copy.id]
    await c.studies.delete(copy.id)
    assert [s.id for s in await collect(c.studies.list())] == [draft.id]

    assert status(await c.studies.publish(draft.id)) == "PUBLISHING"
    await advance(ctx, 10)
    assert status(await c.studies.get(draft.id)) == "ACTIVE"
    assert status(await c.studies.pause(draft.id)) == "PAUSED"
    assert status(await c.studies.start(draft.id)) == "ACTIVE"
    live = await collect(c.studies.list(status=["ACTIVE", "PAUSED"]))
    assert [s.id for s in live] == [draft.id]
    cost = await c.studies.cost(draft.id)
    assert cost.rewards.rewards.amount == 300 and cost.rewards.rewards.currency == "GBP"
    assert estimate.total_cost > 300
    counts = await c.studies.submission_counts(draft.id)
    assert not any(counts.additional_properties.values())
    stopped = await c.studies.stop(draft.id)
    assert status(stopped) == "COMPLETED"


async def submissions(ctx: Ctx) -> None:
    c = ctx.client
    study = await published(ctx, total_available_places=6)
    # Four submit after a minute; the fifth stays in progress until the researcher completes it.
    done = await join(ctx, study.id, 4, complete_after=60)
    [manual] = await join(ctx, study.id, 1, outcome="manual")
    await advance(ctx, 90)
    listed = {s.id: str(s.status) for s in await collect(c.submissions.list(study=study.id))}
    assert listed == {**dict.fromkeys(done, "AWAITING REVIEW"), manual: "ACTIVE"}
    first = await c.submissions.get(done[0])
    assert first.study_id == study.id and first.entered_code == "DONE1"

    rejected = await c.submissions.reject(done[0], REJECTION, "NO_DATA")
    assert status(rejected) == "REJECTED"
    returned = await c.submissions.request_return(done[1], ["You took part twice."])
    assert returned.id == done[1] and returned.return_requested is not None
    assert await c.submissions.bulk_approve([done[2]]) is None
    participant = (await participants_of(ctx, [done[3]]))[0]
    await c.submissions.bulk_approve(study_id=study.id, participant_ids=[participant])
    completed = await c.submissions.complete(manual, completion_code="STAFF1")
    assert completed.entered_code == "STAFF1"
    assert status(completed) == "AWAITING REVIEW"
    after = {s.id: str(s.status) for s in await collect(c.submissions.list(study=study.id))}
    assert after == {
        done[0]: "REJECTED",
        done[1]: "AWAITING REVIEW",
        done[2]: "APPROVED",
        done[3]: "APPROVED",
        manual: "AWAITING REVIEW",
    }


async def bonuses(ctx: Ctx) -> None:
    c = ctx.client
    study = await published(ctx, total_available_places=2)
    subs = await join(ctx, study.id, 2, complete_after=30)
    await advance(ctx, 60)
    for sid in subs:
        await c.submissions.approve(sid, wait=0)
    people = await participants_of(ctx, subs)
    batch = await c.bonuses.create_batch(
        study.id, {people[0]: Decimal("1.50"), people[1]: Decimal("0.25")}
    )
    assert ID.fullmatch(batch.id) and batch.amount == 175
    assert batch.total_amount is not None and batch.total_amount > 175
    assert await c.bonuses.pay_batch(batch.id) is None
    paid = await c.submissions.get(subs[0])
    assert paid.bonus_payments == [150]


async def participant_groups(ctx: Ctx) -> None:
    c = ctx.client
    [home] = await collect(c.workspaces.list())
    study = await published(ctx, total_available_places=3)
    people = await participants_of(ctx, await join(ctx, study.id, 3, complete_after=10))
    group = await c.participant_groups.create(name="Pilot wave", workspace_id=home.id)
    assert ID.fullmatch(group.id) and group.participant_count == 0
    assert [g.id for g in await collect(c.participant_groups.list(home.id))] == [group.id]
    assert (await c.participant_groups.get(group.id)).name == "Pilot wave"
    renamed = await c.participant_groups.update(group.id, name="Pilot wave 1")
    assert renamed.name == "Pilot wave 1"
    added = await c.participant_groups.participants.add(group.id, people)
    assert sorted(m.participant_id for m in added.results) == sorted(people)
    members = await collect(c.participant_groups.participants.list(group.id))
    assert len(members) == 3
    left = await c.participant_groups.participants.remove(group.id, people[:1])
    assert sorted(m.participant_id for m in left.results) == sorted(people[1:])
    assert (await c.participant_groups.get(group.id)).participant_count == 2
    assert await c.participant_groups.delete(group.id) is None
    assert await collect(c.participant_groups.list(home.id)) == []


async def messages(ctx: Ctx) -> None:
    c = ctx.client
    [home] = await collect(c.workspaces.list())
    study = await published(ctx, total_available_places=2)
    people = await participants_of(ctx, await join(ctx, study.id, 2, complete_after=10))
    assert await c.messages.send(people[0], "Thanks for taking part!", study.id) is None
    [sent] = await collect(c.messages.list(user_id=people[0]))
    assert sent.body == "Thanks for taking part!"
    await c.messages.send_bulk(people, "The results are in.", study.id)
    since = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
    bodies = [m.body for m in await collect(c.messages.list(created_after=since))]
    assert bodies.count("The results are in.") == 2
    group = await c.participant_groups.create(
        name="Newsletter", workspace_id=home.id, participant_ids=people
    )
    await c.messages.send_to_group(group.id, "A follow-up study opens soon.", study.id)
    mine = [m.body for m in await collect(c.messages.list(user_id=people[1]))]
    assert mine == [
        "The results are in.",
        "A follow-up study opens soon.",
    ]
    assert await collect(c.messages.unread()) == []


async def filters(ctx: Ctx) -> None:
    c = ctx.client
    [home] = await collect(c.workspaces.list())
    catalogue = await collect(c.filters.list())
    ids = [f.filter_id for f in catalogue]
    assert "age" in ids and "current-country-of-residence" in ids
    detailed = await collect(c.filters.list(workspace_id=home.id, detailed=True))
    assert [f.filter_id for f in detailed] == ids
    young = [{"filter_id": "age", "selected_range": {"lower": 18, "upper": 30}}]
    uk = [{"filter_id": "current-country-of-residence", "selected_values": ["0"]}]
    everyone = await c.eligibility.count([])
    narrowed = await c.eligibility.count(young + uk, workspace_id=home.id)
    assert 0 < narrowed.count < everyone.count

    created = await c.filter_sets.create(name="Young UK", workspace_id=home.id, filters=young + uk)
    assert ID.fullmatch(created.id) and created.is_locked is False
    assert [s.id for s in await collect(c.filter_sets.list(home.id))] == [created.id]
    assert (await c.filter_sets.get(created.id)).name == "Young UK"
    updated = await c.filter_sets.update(created.id, name="Young UK adults", filters=young)
    assert updated.name == "Young UK adults" and len(updated.filters) == 1
    clone = await c.filter_sets.clone(created.id, "Young UK adults (copy)")
    assert clone.id != created.id and clone.name == "Young UK adults (copy)"
    assert (await c.filter_sets.lock(created.id)).is_locked is True
    assert (await c.filter_sets.unlock(created.id)).is_locked is False
    assert await c.filter_sets.delete(clone.id) is None
    assert [s.id for s in await collect(c.filter_sets.list(home.id))] == [created.id]


def _route_hooks(sandbox: Any) -> None:
    """Deliver webhooks to an in-process receiver that accepts them (recording only)."""
    sandbox.hooks.route(TARGET_URL, lambda headers, body: 200)


async def hooks(ctx: Ctx) -> None:
    c = ctx.client
    [home] = await collect(c.workspaces.list())
    types = [e.event_type for e in await collect(c.hooks.event_types())]
    assert "submission.status.change" in types and "study.status.change" in types
    assert await collect(c.hooks.list_secrets(home.id)) == []
    secret = await c.hooks.create_secret(home.id)
    assert secret.workspace_id == home.id and secret.value
    [listed] = await collect(c.hooks.list_secrets(home.id))
    assert listed.id == secret.id and listed.value == secret.value

    created = await c.hooks.create_subscription(home.id, "submission.status.change", TARGET_URL)
    assert created.subscription.is_enabled is False and created.hook_secret
    sub = await c.hooks.confirm_subscription(created.subscription.id, created.hook_secret)
    assert sub.is_enabled is True
    assert (await c.hooks.get_subscription(sub.id)).target_url == TARGET_URL
    assert [s.id for s in await collect(c.hooks.list_subscriptions(home.id))] == [sub.id]

    study = await published(ctx, total_available_places=1)
    await join(ctx, study.id, 1, complete_after=30)
    await advance(ctx, 60)
    events = await collect(c.hooks.events(sub.id))
    assert [e.payload["status"] for e in events] == ["ACTIVE", "AWAITING REVIEW"]
    assert {str(e.status) for e in events} == {"SUCCEEDED"}
    assert await collect(c.hooks.events(sub.id, status="FAILED")) == []

    paused = await c.hooks.update_subscription(sub.id, is_enabled=False)
    assert paused.is_enabled is False
    assert await collect(c.hooks.list_subscriptions(home.id)) == []
    assert len(await collect(c.hooks.list_subscriptions(home.id, is_enabled=False))) == 1
    assert await c.hooks.delete_subscription(sub.id) is None


async def invitations(ctx: Ctx) -> None:
    c = ctx.client
    [home] = await collect(c.workspaces.list())
    result = await c.invitations.create(home.id, ["alice@example.test", "bob@example.test"])
    assert [i.invitee.email for i in result.invitations] == [
        "alice@example.test",
        "bob@example.test",
    ]
    assert {i.role for i in result.invitations} == {"WORKSPACE_COLLABORATOR"}
    admin = await c.invitations.create(home.id, "carol@example.test", "WORKSPACE_ADMIN")
    [invite] = admin.invitations
    assert invite.role == "WORKSPACE_ADMIN" and invite.association == home.id
    assert invite.invite_link == "REDACTED" or invite.invite_link.startswith("https://")


def _flaky_me(sandbox: Any) -> None:
    sandbox.faults.once("get_me", "429", retry_after=7)


async def errors_and_retries(ctx: Ctx) -> None:
    c = ctx.client
    me = await c.users.me()  # answered 429 first: retried after the Retry-After wait
    assert ID.fullmatch(me.id)
    assert ctx.clock.sleeps == [7.0]
    missing = "0123456789abcdef01234567"
    try:
        await c.studies.get(missing)
    except NotFoundError as exc:
        assert exc.status == 404
    else:
        raise AssertionError("expected NotFoundError")
    try:
        bad = [{"code": "X1", "code_type": "COMPLETED", "actions": [{"action": "FLY"}]}]
        await c.studies.create(study_body(completion_codes=bad))
    except BadRequestError as exc:
        assert exc.status == 400 and "completion_codes" in str(exc)
    else:
        raise AssertionError("expected BadRequestError")
    assert ctx.clock.sleeps == [7.0]  # refused requests are not retried


# -- workflows -----------------------------------------------------------------------------------


def _slow_publish(sandbox: Any) -> None:
    sandbox.configure(publish_delay=5)


async def wf_create_and_publish(ctx: Ctx) -> None:
    c = ctx.client
    body = study_body(name="Memory task", total_available_places=2)
    study = await c.studies.create_and_publish(
        body, workspace="My workspace", project="Recorded project", wait=30
    )
    assert str(study.status) == "ACTIVE"
    assert study.metadata.startswith("[prolific-python:")  # the key, kept out of the names
    assert not study.internal_name
    assert ctx.clock.sleeps == [1.0, 2.0, 4.0]  # PUBLISHING for 5 sandbox seconds
    [project] = [
        p
        for p in await collect(c.projects.list((await c.workspaces.resolve("My workspace")).id))
        if p.title == "Recorded project"
    ]
    again = await c.studies.create_and_publish(
        body, workspace="My workspace", project="Recorded project"
    )
    assert again.id == study.id  # found by its key, not created twice
    assert [s.id for s in await collect(c.projects.studies(project.id))] == [study.id]

    draft = await c.studies.create_and_publish(study_body(name="Draft only"), mode="draft")
    assert str(draft.status) == "UNPUBLISHED"
    try:
        await c.studies.create_and_publish(
            study_body(name="Too big", reward=2_000, total_available_places=100), key="too-big"
        )
    except InsufficientBalanceError as exc:
        assert exc.study_id is not None
        kept = await c.studies.get(exc.study_id)
        assert str(kept.status) == "UNPUBLISHED"
    else:
        raise AssertionError("expected InsufficientBalanceError")


async def wf_add_places_and_summary(ctx: Ctx) -> None:
    c = ctx.client
    study = await published(ctx, name="Summary study", total_available_places=2, reward=150)
    subs = [
        *await join(ctx, study.id, 1, complete_after=300),
        *await join(ctx, study.id, 1, complete_after=600),
    ]
    await advance(ctx, 900)
    for sid in subs:
        assert str((await c.submissions.approve(sid, wait=0)).status) == "APPROVED"
    grown = await c.studies.add_places(study.id, 3)
    assert grown.total_available_places == 5
    summary = await c.studies.summary(study.id)
    assert summary.study_id == study.id and summary.name == "Summary study"
    assert summary.places_total == 5 and summary.places_taken == 2
    assert dict(summary.submissions_by_status) == {"APPROVED": 2}
    assert summary.median_completion_seconds == 450.0
    assert summary.hourly_reward_minor == Decimal(1200)
    assert summary.cost_so_far_minor > 0 and summary.currency == "GBP"


async def wf_approve(ctx: Ctx) -> None:
    c = ctx.client
    study = await published(ctx, total_available_places=6)
    [quick] = await join(ctx, study.id, 1, complete_after=5)
    approved = await c.submissions.approve(quick, wait=60)
    assert str(approved.status) == "APPROVED"
    assert ctx.clock.sleeps == [1.0, 2.0, 4.0]  # polled until AWAITING REVIEW at 5 s
    again = await c.submissions.approve(quick)
    assert str(again.status) == "APPROVED"  # already approved: accepted again, a success

    [gone] = await join(ctx, study.id, 1, complete_after=5, outcome="return")
    await advance(ctx, 10)
    try:
        await c.submissions.approve(gone, wait=60)
    except SubmissionNotApprovableError as exc:
        assert "RETURNED" in str(exc)
    else:
        raise AssertionError("expected SubmissionNotApprovableError")

    [stuck] = await join(ctx, study.id, 1, outcome="manual")
    try:
        await c.submissions.approve(stuck, wait=3)
    except WaitTimeoutError as exc:
        assert "ACTIVE" in str(exc)
    else:
        raise AssertionError("expected WaitTimeoutError")
    assert ctx.clock.sleeps == [1.0, 2.0, 4.0, 1.0, 2.0]

    batch = await join(ctx, study.id, 3, complete_after=5)
    await advance(ctx, 10)
    report = await c.submissions.approve_many([batch[0], batch[1], batch[0]], chunk_size=1)
    assert report.approved == [batch[0], batch[1]] and report.skipped == [batch[0]]
    assert report.failed == {}
    [person] = await participants_of(ctx, [batch[2]])
    by_person = await c.submissions.approve_many(study_id=study.id, participant_ids=[person])
    assert by_person.approved == [person]
    statuses = [str((await c.submissions.get(s)).status) for s in batch]
    assert statuses == ["APPROVED"] * 3


async def wf_bonuses_pay(ctx: Ctx) -> None:
    c = ctx.client
    study = await published(ctx, total_available_places=2)
    subs = await join(ctx, study.id, 2, complete_after=30)
    await advance(ctx, 60)
    for sid in subs:
        await c.submissions.approve(sid, wait=0)
    people = await participants_of(ctx, subs)
    amounts = {people[0]: Decimal("1.00"), people[1]: Decimal("0.50")}
    report = await c.bonuses.pay(study.id, amounts, key="recorded-bonus-1")
    assert report.study_id == study.id and ID.fullmatch(report.batch_id)
    assert report.amount_minor == Decimal(150) and report.total_minor > report.amount_minor
    assert not report.resumed and not report.already_paid
    again = await c.bonuses.pay(study.id, amounts, key="recorded-bonus-1")
    assert again.already_paid and again.batch_id == report.batch_id  # no second request
    paid = await c.submissions.get(subs[1])
    assert paid.bonus_payments == [50]


def _failing_pay(sandbox: Any) -> None:
    sandbox.faults.once("pay_bonus_payments", "5xx", status=503)


async def wf_bonuses_pay_in_doubt(ctx: Ctx) -> None:
    """A pay call answered 503 is never sent again: the payment is looked for, then reported."""
    c = ctx.client
    study = await published(ctx, total_available_places=1)
    [sub] = await join(ctx, study.id, 1, complete_after=30)
    await advance(ctx, 60)
    await c.submissions.approve(sub, wait=0)
    [person] = await participants_of(ctx, [sub])
    for attempt in (1, 2):
        try:
            await c.bonuses.pay(study.id, {person: Decimal("2.00")}, "doubt-1", settle_timeout=20)
        except PaymentInDoubtError as exc:
            assert exc.recipients == [person] and ID.fullmatch(exc.batch_id)
        else:
            raise AssertionError("expected PaymentInDoubtError")
        # Each call checks the submission with backoff for 20 s, and never re-sends the pay call.
        assert ctx.clock.sleeps == [2.0, 4.0, 8.0, 6.0] * attempt
    assert (await c.submissions.get(sub)).bonus_payments == []


async def wf_hooks_subscribe(ctx: Ctx) -> None:
    c = ctx.client
    [home] = await collect(c.workspaces.list())
    first = await c.hooks.subscribe(home.id, "submission.status.change", TARGET_URL)
    assert first.subscription.is_enabled is True and first.secret
    second = await c.hooks.subscribe(home.id, "study.status.change", TARGET_URL)
    assert second.secret == first.secret  # the workspace secret is reused, not replaced
    assert second.subscription.id != first.subscription.id
    [secret] = await collect(c.hooks.list_secrets(home.id))
    assert secret.value == first.secret
    enabled = await collect(c.hooks.list_subscriptions(home.id))
    assert sorted(s.id for s in enabled) == sorted([first.subscription.id, second.subscription.id])


async def wf_resolve(ctx: Ctx) -> None:
    c = ctx.client
    workspace = await c.workspaces.resolve("My workspace")
    assert workspace.title == "My workspace"
    assert (await c.workspaces.resolve(workspace.id)).id == workspace.id
    try:
        await c.workspaces.resolve("My worksapce")
    except ResolutionError as exc:
        assert "My workspace" in str(exc)
    else:
        raise AssertionError("expected ResolutionError")
    project = await c.projects.resolve(None, "Project")
    assert project.title == "Project"
    assert (await c.projects.resolve(None, project.id)).id == project.id
    created = await c.projects.resolve("My workspace", "Wave 2", create=True)
    assert created.title == "Wave 2" and created.id != project.id
    found = await c.projects.resolve(workspace.id, "Wave 2")
    assert found.id == created.id
    try:
        await c.projects.resolve(None, "Wave 3")
    except ResolutionError as exc:
        assert "Wave 2" in str(exc)
    else:
        raise AssertionError("expected ResolutionError")


async def wf_screen_out(ctx: Ctx) -> None:
    c = ctx.client
    study = await published(ctx, total_available_places=4, is_custom_screening=True)
    subs = await join(ctx, study.id, 3, complete_after=120)
    await advance(ctx, 60)
    cost = await c.studies.screen_out_cost(study.id, subs[:2])
    assert cost.minimum_reward is not None
    report = await c.studies.screen_out(study.id, subs[:2], Decimal("0.20"), key="screen-1")
    assert report.screened_out == subs[:2] and report.skipped == []
    again = await c.studies.screen_out(study.id, subs, Decimal("0.20"), key="screen-2")
    assert again.screened_out == subs[2:] and again.skipped == subs[:2]
    statuses = {s.id: str(s.status) for s in await collect(c.submissions.list(study=study.id))}
    assert statuses == dict.fromkeys(subs, "SCREENED OUT")


FIXED_CODES = [
    *CODES,
    {
        "code": "OUT1",
        "code_type": "SCREENED_OUT",
        "actions": [
            {"action": "FIXED_SCREEN_OUT_PAYMENT", "fixed_screen_out_reward": 25, "slots": 9}
        ],
    },
]
AGE_FILTER = [{"filter_id": "age", "selected_range": {"lower": 18, "upper": 40}}]


async def research(ctx: Ctx) -> None:
    """The 2026 transitions and research operations, one call each (and the workflows on top)."""
    c = ctx.client
    [home] = await collect(c.workspaces.list())
    [project] = await collect(c.projects.list(home.id))
    # scheduled publishing
    draft = await c.studies.create(study_body(project=project.id))
    when = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.UTC)
    assert status(await c.studies.schedule_publish(draft.id, when)) == "SCHEDULED"
    assert status(await c.studies.cancel_scheduled_publish(draft.id)) == "UNPUBLISHED"
    # test participants and test studies
    participant = await c.test_participants.create("tester@example.test")
    assert ID.fullmatch(participant.participant_id)
    test = await c.studies.test(draft.id)
    assert ID.fullmatch(test.study_id)
    assert await c.projects.remove_study(project.id, draft.id) is None
    # the new submission transitions, a fixed screen-out, and the list filters
    study = await published(ctx, total_available_places=4, completion_codes=FIXED_CODES)
    a, b, d = await join(ctx, study.id, 3, complete_after=60)
    await advance(ctx, 90)
    assert status(await c.submissions.return_(a)) == "RETURNED"
    assert status(await c.submissions.unreturn(a)) == "AWAITING REVIEW"
    await c.submissions.reject(b, REJECTION, "NO_DATA")
    assert status(await c.submissions.unreject(b)) == "AWAITING REVIEW"
    out = await c.submissions.screen_out(d, "OUT1")
    assert status(out) == "SCREENED OUT" and out.bonus_payments == [25]
    waiting = await collect(c.submissions.list(study=study.id, status="AWAITING_REVIEW"))
    assert sorted(s.id for s in waiting) == sorted([a, b])
    # demographic exports, within the quota
    export = await c.studies.export_demographics(study.id, AGE_FILTER)
    assert len(export.rows) == 3 and "age" in export.rows[0]
    history = await c.studies.demographic_export_history(study.id)
    assert history.count == 1
    # rewards, distributions, uploads
    [rec] = await c.studies.reward_recommendations(home.id, "GBP")
    assert rec.min_reward_per_hour == 750
    group = await c.participant_groups.create(
        workspace_id=home.id, name="Pilots", participant_ids=["a" * 24, "b" * 24]
    )
    spread = await c.filters.distribution(group.id, ["sex"], workspace_id=home.id)
    assert sum(spread.distribution["sex"].additional_properties.values()) == 2
    upload = await c.submissions.feedback_upload_url("notes.csv", workspace_id=home.id)
    assert upload.http_method == "PUT"
    # credential pools on a Taskflow study
    pool = await c.credential_pools.create(home.id, [("ada", "pw-1"), ("bob", "pw-2")])
    assert await c.credential_pools.append(pool, "cy,pw-3") == pool
    urls = [
        {"external_url": "https://example.test/a", "total_allocation": 1},
        {"external_url": "https://example.test/b", "total_allocation": 1},
    ]
    taskflow = await c.studies.create(
        study_body(external_study_url=None, access_details=urls, total_available_places=2)
    )
    await c.credential_pools.attach(taskflow.id, pool)
    await c.studies.publish(taskflow.id)
    await advance(ctx, 10)  # the PUBLISHING phase
    await join(ctx, taskflow.id, 1)
    progress = await c.studies.access_details_progress(taskflow.id)
    assert [p.allocated for p in progress.progress] == [1, 0]
    uses = await c.credential_pools.report(taskflow.id)
    assert [(u.username, u.used) for u in uses] == [("ada", True), ("bob", False), ("cy", False)]
    [listed] = await c.credential_pools.list(home.id)
    assert (listed.total_credentials, listed.available_credentials) == (3, 2)
    # the public keys of secured study URLs; a token naming a key Prolific does not publish is
    # refused after one look at the keys (the keys themselves are redacted in the cassette, so
    # the end-to-end check of a real token lives in tests/workflows/test_research.py)
    keys = await c.study_urls.keys()
    assert [(k["kty"], k["alg"]) for k in keys["keys"]] == [("RSA", "RS256")]
    forged = _unsigned_token({"alg": "RS256", "kid": "retired-key", "typ": "JWT"})
    try:
        await c.study_urls.verify(forged, workspace_id=home.id, audience="https://lab.example")
    except StudyTokenError as exc:
        assert exc.reason == "key"
    else:
        raise AssertionError("a token signed by an unknown key was accepted")
    # a participant who reserved a place is started by the researcher
    [reserved] = await join(ctx, study.id, 1, start_after=600)
    assert status(await c.submissions.start(reserved)) == "ACTIVE"


def _unsigned_token(header: dict[str, str]) -> str:
    def part(data: dict[str, str]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part(header)}.{part({'sub': 'nobody'})}.c2ln"


SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in (
        Scenario("readonly", readonly, live_safe=True, setup=_readonly_setup),
        Scenario("draft_study", draft_study, live_safe=True, writes=True),
        Scenario("workspaces_projects", workspaces_projects),
        Scenario("studies", studies),
        Scenario("submissions", submissions),
        Scenario("bonuses", bonuses),
        Scenario("participant_groups", participant_groups),
        Scenario("messages", messages),
        Scenario("filters", filters),
        Scenario("hooks", hooks, setup=_route_hooks),
        Scenario("invitations", invitations),
        Scenario("errors_and_retries", errors_and_retries, setup=_flaky_me),
        Scenario("wf_create_and_publish", wf_create_and_publish, setup=_slow_publish),
        Scenario("wf_add_places_and_summary", wf_add_places_and_summary),
        Scenario("wf_approve", wf_approve),
        Scenario("wf_bonuses_pay", wf_bonuses_pay),
        Scenario("wf_bonuses_pay_in_doubt", wf_bonuses_pay_in_doubt, setup=_failing_pay),
        Scenario("wf_hooks_subscribe", wf_hooks_subscribe),
        Scenario("wf_resolve", wf_resolve),
        Scenario("wf_screen_out", wf_screen_out),
        Scenario("research", research),
        Scenario(
            "research_inputs",
            scenarios_research.research_inputs,
            setup=scenarios_research.link_exports,
        ),
        Scenario("task_builder", scenarios_task_builder.task_builder),
        Scenario("surveys", scenarios_task_builder.surveys),
        Scenario("wf_task_builder", scenarios_task_builder.wf_task_builder),
    )
}
