"""The 2026 transitions: scheduled publishing, and RETURN, START, SCREEN_OUT, UNREJECT and
UNRETURN on submissions, with the fixed screen-out payment and its slots."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx

from prolific.sandbox import Sandbox

from .conftest import create_study, error_of, published_study, transition
from .test_sandbox_2026_fields import with_fixed_code

REASON = "The answers to both attention checks were missing and the free text was empty. " * 2


def act(api: httpx.Client, sub: str, action: str, **extra: Any) -> httpx.Response:
    return api.post(f"/api/v1/submissions/{sub}/transition/", json={"action": action, **extra})


def schedule(api: httpx.Client, study_id: str, publish_at: str) -> httpx.Response:
    return api.post(
        f"/api/v1/studies/{study_id}/transition/",
        json={"action": "SCHEDULE_PUBLISH", "publish_at": publish_at},
    )


def test_a_scheduled_study_publishes_when_its_time_comes(api: httpx.Client, sb: Sandbox) -> None:
    study = create_study(api)
    when = sb.clock.utcnow() + timedelta(hours=2)
    start = sb.balance()
    scheduled = schedule(api, study["id"], when.isoformat())
    assert scheduled.status_code == 200, scheduled.text
    assert scheduled.json()["status"] == "SCHEDULED"
    assert scheduled.json()["publish_at"].startswith(f"{when:%Y-%m-%dT%H:%M}")
    assert sb.balance() == start  # nothing is paid until it publishes
    sb.advance(3600)
    assert sb.studies[study["id"]].status == "SCHEDULED"
    sb.advance(3600)
    assert sb.studies[study["id"]].status == "PUBLISHING"  # then ACTIVE a few seconds later
    assert sb.balance() < start
    sb.advance(10)
    assert sb.studies[study["id"]].status == "ACTIVE"


def test_cancelling_a_schedule_returns_the_study_to_draft(api: httpx.Client, sb: Sandbox) -> None:
    study = create_study(api)
    when = sb.clock.utcnow() + timedelta(minutes=30)
    assert schedule(api, study["id"], when.isoformat()).status_code == 200
    cancelled = transition(api, study["id"], "CANCEL_PUBLISH")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "UNPUBLISHED"
    assert cancelled.json()["publish_at"] is None
    sb.advance(3600)
    assert sb.studies[study["id"]].status == "UNPUBLISHED"
    again = transition(api, study["id"], "CANCEL_PUBLISH")
    assert again.status_code == 400 and "scheduled" in error_of(again)["detail"]


def test_a_schedule_in_the_past_or_without_a_time_is_refused(
    api: httpx.Client, sb: Sandbox
) -> None:
    study = create_study(api)
    past = schedule(api, study["id"], (sb.clock.utcnow() - timedelta(minutes=1)).isoformat())
    assert past.status_code == 400 and "future" in str(error_of(past)["detail"])
    missing = transition(api, study["id"], "SCHEDULE_PUBLISH")
    assert missing.status_code == 400 and "publish_at" in str(error_of(missing)["detail"])
    assert sb.studies[study["id"]].status == "UNPUBLISHED"


def test_return_start_unreject_and_unreturn(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=3)["id"]
    waiting, working = sb.participants.join(sid, 2, complete_after=[10, 999])
    [reserved] = sb.participants.join(sid, 1, start_after=500)
    sb.advance(10)
    assert act(api, working, "RETURN").json()["status"] == "RETURNED"
    assert act(api, working, "RETURN").status_code == 200  # a repeat is ignored
    assert act(api, reserved, "START").json()["status"] == "ACTIVE"
    assert act(api, working, "UNRETURN").json()["status"] == "AWAITING REVIEW"
    rejected = act(api, waiting, "REJECT", message=REASON, rejection_category="FAILED_CHECK")
    assert rejected.json()["status"] == "REJECTED"
    assert act(api, waiting, "UNREJECT").json()["status"] == "AWAITING REVIEW"
    assert act(api, waiting, "APPROVE").json()["status"] == "APPROVED"
    wrong = act(api, waiting, "UNRETURN")
    assert wrong.status_code == 400 and "RETURNED" in error_of(wrong)["detail"]


def test_screen_out_pays_the_fixed_reward_and_frees_the_place(
    api: httpx.Client, sb: Sandbox
) -> None:
    study = published_study(
        api, total_available_places=2, completion_codes=with_fixed_code(reward=40, slots=5)
    )
    sid = study["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=999)
    before = sb.balance()
    no_code = act(api, sub, "SCREEN_OUT", completion_code="DONE1")
    assert no_code.status_code == 400 and "FIXED_SCREEN_OUT_PAYMENT" in str(
        error_of(no_code)["detail"]
    )
    screened = act(api, sub, "SCREEN_OUT", completion_code="SCREENED")
    assert screened.status_code == 200, screened.text
    assert screened.json()["status"] == "SCREENED OUT"
    assert screened.json()["bonus_payments"] == [40]
    [entry] = [e for e in sb.ledger.for_study(sid) if e.kind == "screen_out_bonus"]
    assert entry.amount == 40 and sb.balance() == before - entry.total
    # The screened-out participant's place goes to someone new, at no extra place cost.
    assert sb.studies[sid].total_available_places == 3
    assert act(api, sub, "SCREEN_OUT", completion_code="SCREENED").status_code == 200
    assert sb.balance() == before - entry.total


def test_a_participant_finishing_with_the_fixed_code_is_screened_out_and_slots_pause(
    api: httpx.Client, sb: Sandbox
) -> None:
    sid = published_study(
        api, total_available_places=5, completion_codes=with_fixed_code(reward=30, slots=2)
    )["id"]
    a, b = sb.participants.join(sid, 2, complete_after=10, code="SCREENED")
    sb.advance(10)
    assert {sb.submissions[a].status, sb.submissions[b].status} == {"SCREENED OUT"}
    assert sb.studies[sid].status == "PAUSED"  # two slots used, places remain
    assert transition(api, sid, "START").json()["status"] == "ACTIVE"
