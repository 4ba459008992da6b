"""Custom screen-out: participants screened out are paid once, whatever fails in between."""

from __future__ import annotations

import inspect
from decimal import Decimal
from typing import Any

import pytest

from prolific import BadRequestError, InvalidRequestError, PaymentInDoubtError
from prolific.sandbox import Sandbox, example_study


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def call(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


def client_for(sandbox: Sandbox, mode: str) -> Any:
    return sandbox.client() if mode == "sync" else sandbox.async_client()


async def screening_study(
    sandbox: Sandbox, client: Any, *, custom: bool = True
) -> tuple[str, list[str]]:
    body = example_study(total_available_places=4, reward=150, is_custom_screening=custom)
    study = await call(client.studies.create_and_publish(body, wait=60))
    subs = sandbox.participants.join(study.id, 4, outcome="manual")
    sandbox.advance(120)  # they spend two minutes on the screening questions
    return study.id, subs


def paid(sandbox: Sandbox, submission_id: str) -> list[int]:
    return [
        entry.amount
        for entry in sandbox.ledger.entries
        if entry.kind == "screen_out_bonus" and entry.submission_id == submission_id
    ]


async def test_screen_out_pays_each_once_messages_and_adds_places(mode: str) -> None:
    sandbox = Sandbox(seed=11)
    client = client_for(sandbox, mode)
    study_id, subs = await screening_study(sandbox, client)
    price = await call(client.studies.screen_out_cost(study_id, subs[:2]))
    assert price.minimum_reward.amount <= 50

    report = await call(
        client.studies.screen_out(study_id, subs[:2], Decimal("0.50"), increase_places=True)
    )

    assert report.screened_out == subs[:2] and report.skipped == []
    assert [sandbox.submissions[s].status for s in subs] == [
        "SCREENED OUT", "SCREENED OUT", "ACTIVE", "ACTIVE",
    ]  # fmt: skip
    assert paid(sandbox, subs[0]) == [50] and paid(sandbox, subs[1]) == [50]
    assert sandbox.studies[study_id].total_available_places == 6
    told = {m.recipient_id for m in sandbox.messages if m.study_id == study_id}
    assert {sandbox.submissions[s].participant_id for s in subs[:2]} <= told


async def test_mix_of_eligible_and_already_screened_out_is_skipped_and_reported(mode: str) -> None:
    sandbox = Sandbox(seed=12)
    client = client_for(sandbox, mode)
    study_id, subs = await screening_study(sandbox, client)
    await call(client.studies.screen_out(study_id, subs[:1], Decimal("0.40")))

    report = await call(client.studies.screen_out(study_id, subs[:3], Decimal("0.40")))

    assert report.skipped == subs[:1]
    assert report.screened_out == subs[1:3]
    assert [len(paid(sandbox, s)) for s in subs] == [1, 1, 1, 0]


async def test_refused_when_not_a_custom_screening_study(mode: str) -> None:
    sandbox = Sandbox(seed=13)
    client = client_for(sandbox, mode)
    study_id, subs = await screening_study(sandbox, client, custom=False)
    with pytest.raises(BadRequestError, match="custom screening"):
        await call(client.studies.screen_out(study_id, subs[:1], Decimal("0.50")))
    assert sandbox.submissions[subs[0]].status == "ACTIVE"
    assert paid(sandbox, subs[0]) == []


async def test_refused_when_bonus_is_below_the_minimum(mode: str) -> None:
    sandbox = Sandbox(seed=14)
    client = client_for(sandbox, mode)
    study_id, subs = await screening_study(sandbox, client)
    with pytest.raises(BadRequestError, match="at least"):
        await call(client.studies.screen_out(study_id, subs[:1], Decimal("0.01")))
    assert paid(sandbox, subs[0]) == []
    # Refused means nothing happened: a corrected call goes through under a new key.
    report = await call(client.studies.screen_out(study_id, subs[:1], Decimal("0.50")))
    assert report.screened_out == subs[:1]


async def test_lost_response_then_retry_pays_nobody_twice(mode: str) -> None:
    sandbox = Sandbox(seed=15)
    client = client_for(sandbox, mode)
    study_id, subs = await screening_study(sandbox, client)
    sandbox.faults.once("screen_out_submissions", "lost_response")

    report = await call(client.studies.screen_out(study_id, subs[:2], Decimal("0.50")))
    again = await call(client.studies.screen_out(study_id, subs[:2], Decimal("0.50")))

    assert report.screened_out == subs[:2]
    assert again.skipped == subs[:2] and again.screened_out == []
    assert sandbox.count_requests(operation="screen_out_submissions") == 1
    assert [paid(sandbox, s) for s in subs[:2]] == [[50], [50]]


async def test_unconfirmed_outcome_is_reported_in_doubt_and_never_resent(mode: str) -> None:
    sandbox = Sandbox(seed=16)
    client = client_for(sandbox, mode)
    study_id, subs = await screening_study(sandbox, client)
    # A gateway error that did NOT act: the SDK cannot tell, so it must not resend.
    sandbox.faults.once("screen_out_submissions", "5xx", status=502)
    with pytest.raises(PaymentInDoubtError) as caught:
        await call(
            client.studies.screen_out(study_id, subs[:1], Decimal("0.50"), settle_timeout=10)
        )
    assert caught.value.recipients == subs[:1]
    with pytest.raises(PaymentInDoubtError):
        await call(
            client.studies.screen_out(study_id, subs[:1], Decimal("0.50"), settle_timeout=10)
        )
    assert sandbox.count_requests(operation="screen_out_submissions") == 1
    assert paid(sandbox, subs[0]) == []


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((["nope"], Decimal("0.50")), "submission_ids"),
        (([], Decimal("0.50")), "submission_ids"),
        ((None, 0.5), "bonus_per_submission"),
        ((None, Decimal("0.505")), "bonus_per_submission"),
        ((None, Decimal("-1")), "bonus_per_submission"),
    ],
)
def test_bad_input_is_refused_before_sending(args: tuple[Any, Any], field: str) -> None:
    sandbox = Sandbox(seed=17)
    client = sandbox.client()
    ids = args[0] if args[0] is not None else ["a" * 24]
    before = len(sandbox.requests)
    with pytest.raises(InvalidRequestError) as caught:
        client.studies.screen_out("b" * 24, ids, args[1])
    assert caught.value.field == field
    assert len(sandbox.requests) == before


# -- the 2026 route: SCREEN_OUT transitions with a FIXED_SCREEN_OUT_PAYMENT code ----------------

SCREEN_CODE = {
    "code": "SCREENED",
    "code_type": "SCREENED_OUT",
    "actor": "participant",
    "actions": [{"action": "FIXED_SCREEN_OUT_PAYMENT", "fixed_screen_out_reward": 40, "slots": 5}],
}
DONE_CODE = {"code": "DONE1", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]}


async def coded_study(sandbox: Sandbox, client: Any) -> tuple[str, list[str]]:
    body = example_study(
        total_available_places=4, reward=150, completion_codes=[DONE_CODE, SCREEN_CODE]
    )
    study = await call(client.studies.create_and_publish(body, wait=60))
    subs = sandbox.participants.join(study.id, 3, complete_after=999)
    sandbox.advance(60)
    return study.id, subs


async def test_a_screen_out_code_screens_out_by_transition_and_skips_the_done(mode: str) -> None:
    sandbox = Sandbox(seed=31)
    client = client_for(sandbox, mode)
    study_id, subs = await coded_study(sandbox, client)

    first = await call(client.studies.screen_out(study_id, subs[:2], completion_code="SCREENED"))
    again = await call(client.studies.screen_out(study_id, subs[:3], completion_code="SCREENED"))

    assert (first.screened_out, first.skipped) == (subs[:2], [])
    assert first.bonus_per_submission == Decimal("0.40")
    assert (again.screened_out, again.skipped) == (subs[2:3], subs[:2])
    assert [paid(sandbox, s) for s in subs] == [[40], [40], [40]]
    assert sandbox.count_requests(operation="screen_out_submissions") == 0


async def test_a_lost_transition_answer_is_sent_again_and_pays_once(mode: str) -> None:
    # Prolific ignores a repeated transition, so the retry after a lost answer is safe.
    sandbox = Sandbox(seed=32)
    client = client_for(sandbox, mode)
    study_id, subs = await coded_study(sandbox, client)
    sandbox.faults.once("transition_submission", "lost_response")
    report = await call(client.studies.screen_out(study_id, subs[:1], completion_code="SCREENED"))
    assert report.screened_out == subs[:1]
    assert paid(sandbox, subs[0]) == [40]


async def test_a_code_that_is_not_a_screen_out_code_is_refused_before_sending(mode: str) -> None:
    sandbox = Sandbox(seed=33)
    client = client_for(sandbox, mode)
    study_id, subs = await coded_study(sandbox, client)
    before = sandbox.count_requests(operation="transition_submission")
    with pytest.raises(InvalidRequestError, match="its screen-out codes: SCREENED"):
        await call(client.studies.screen_out(study_id, subs[:1], completion_code="DONE1"))
    with pytest.raises(InvalidRequestError, match="either completion_code"):
        await call(
            client.studies.screen_out(study_id, subs[:1], Decimal("0.40"), completion_code="X")
        )
    with pytest.raises(InvalidRequestError, match="give completion_code"):
        await call(client.studies.screen_out(study_id, subs[:1]))
    assert sandbox.count_requests(operation="transition_submission") == before
