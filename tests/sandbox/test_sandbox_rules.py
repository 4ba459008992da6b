"""Live Prolific's rules, one test per documented rule (see docs/sandbox-rules.md).

Each test is named after the rule it checks; the numbers in the section headings are the
findings of issue 20, which each rule closes.
"""

from __future__ import annotations

import itertools
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from prolific.sandbox import FeeRule, Sandbox, example_study
from prolific.sandbox._research_state import CredentialPool
from prolific.sandbox._settings import PROLIFIC_WEBHOOK_RETRY_DELAYS
from prolific.sandbox._task_builder_state import TaskBatch

from .conftest import create_study, error_of, transition

create_body = example_study
REJECTION = "The free-text answers were empty and both attention checks were failed. " * 2
#: Longer than any seeded PUBLISHING phase.
PUBLISHING_WAIT = 10


def live(api: httpx.Client, sb: Sandbox, **overrides: Any) -> str:
    """A published study, once it is ACTIVE."""
    sid: str = create_study(api, **overrides)["id"]
    response = transition(api, sid, "PUBLISH")
    assert response.status_code == 200, response.text
    sb.advance(PUBLISHING_WAIT)
    assert sb.studies[sid].status == "ACTIVE"
    return sid


def review(api: httpx.Client, sub: str, action: str) -> httpx.Response:
    body: dict[str, Any] = {"action": action}
    if action == "REJECT":
        body.update(message=REJECTION, rejection_category="FAILED_CHECK")
    return api.post(f"/api/v1/submissions/{sub}/transition/", json=body)


def status_of(api: httpx.Client, sid: str) -> str:
    status: str = api.get(f"/api/v1/studies/{sid}/").json()["status"]
    return status


def balances(api: httpx.Client, sb: Sandbox) -> tuple[int, int]:
    body = api.get(f"/api/v1/workspaces/{sb.workspace_id}/balance/").json()
    return body["total_balance"], body["available_balance"]


# -- 1, 2: places and automatic pausing ------------------------------------------------------------


def test_a_rejected_submission_frees_its_place(api: httpx.Client, sb: Sandbox) -> None:
    sid = live(api, sb, total_available_places=2)
    first, _ = sb.participants.join(sid, 2, complete_after=[60, 3000])
    sb.advance(60)
    assert review(api, first, "REJECT").status_code == 200
    study = api.get(f"/api/v1/studies/{sid}/").json()
    assert study["places_taken"] == 1
    assert status_of(api, sid) == "ACTIVE"
    sb.participants.join(sid, 1)  # the freed place is open to another participant


def test_rejecting_in_a_full_study_awaiting_review_pauses_it(
    api: httpx.Client, sb: Sandbox
) -> None:
    sid = live(api, sb, total_available_places=1)
    [sub] = sb.participants.join(sid, 1, complete_after=60)
    sb.advance(60)
    assert status_of(api, sid) == "AWAITING REVIEW"
    review(api, sub, "REJECT")
    assert status_of(api, sid) == "PAUSED"  # not COMPLETED, not recruiting by itself
    assert sb.studies[sid].funded_places == 1  # the place stays paid for while paused
    assert transition(api, sid, "START").json()["status"] == "ACTIVE"
    sb.participants.join(sid, 1)


def test_a_return_of_a_submission_awaiting_review_pauses_the_study(
    api: httpx.Client, sb: Sandbox
) -> None:
    sid = live(api, sb, total_available_places=1)
    [sub] = sb.participants.join(sid, 1, complete_after=60)
    sb.advance(60)
    sb.participants.return_submission(sub)
    assert sb.submissions[sub].status == "RETURNED"
    assert status_of(api, sid) == "PAUSED"
    assert transition(api, sid, "STOP").json()["status"] == "COMPLETED"


# -- 3, 4: publishing ------------------------------------------------------------------------------


def test_publishing_is_a_short_seeded_phase_by_default(api: httpx.Client, sb: Sandbox) -> None:
    sid = create_study(api)["id"]
    assert transition(api, sid, "PUBLISH").json()["status"] == "PUBLISHING"
    assert status_of(api, sid) == "PUBLISHING"
    sb.advance(1)
    assert status_of(api, sid) == "PUBLISHING"  # at least two seconds
    sb.advance(PUBLISHING_WAIT)
    assert status_of(api, sid) == "ACTIVE"

    def phase(seed: int) -> float:
        other = Sandbox(seed=seed)
        with other.http_client() as client:
            study = create_study(client)["id"]
            transition(client, study, "PUBLISH")
        start = other.clock.now()
        while other.studies[study].status == "PUBLISHING":
            other.advance(1)
        return other.clock.now() - start

    assert phase(3) == phase(3)
    assert {phase(seed) for seed in range(6)} != {phase(0)}  # drawn, not fixed


def test_publish_delay_zero_publishes_at_once(api: httpx.Client, sb: Sandbox) -> None:
    sb.configure(publish_delay=0)
    sid = create_study(api)["id"]
    assert transition(api, sid, "PUBLISH").json()["status"] == "ACTIVE"


def test_schedule_publish_publishes_at_publish_at_on_the_sandbox_clock(
    api: httpx.Client, sb: Sandbox
) -> None:
    start = sb.balance()
    sid = create_study(api, total_available_places=1)["id"]
    when = sb.clock.utcnow() + timedelta(hours=1)
    answer = api.post(
        f"/api/v1/studies/{sid}/transition/",
        json={"action": "SCHEDULE_PUBLISH", "publish_at": when.isoformat()},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "SCHEDULED"
    assert sb.balance() == start  # paid when it publishes
    sb.advance(3599)
    assert status_of(api, sid) == "SCHEDULED"
    sb.advance(1 + PUBLISHING_WAIT)
    assert status_of(api, sid) == "ACTIVE"
    assert sb.balance() == start - 140


def test_cancel_publish_returns_a_scheduled_study_to_draft(api: httpx.Client, sb: Sandbox) -> None:
    when = (sb.clock.utcnow() + timedelta(minutes=5)).isoformat()
    sid = create_study(api, publish_at=when)["id"]  # publish_at set on the study
    assert transition(api, sid, "SCHEDULE_PUBLISH").json()["status"] == "SCHEDULED"
    assert transition(api, sid, "CANCEL_PUBLISH").json()["status"] == "UNPUBLISHED"
    sb.advance(3600)
    assert status_of(api, sid) == "UNPUBLISHED"


def test_schedule_publish_needs_a_future_publish_at(api: httpx.Client, sb: Sandbox) -> None:
    sid = create_study(api)["id"]
    missing = transition(api, sid, "SCHEDULE_PUBLISH")
    assert missing.status_code == 400 and "publish_at" in error_of(missing)["detail"]
    past = (sb.clock.utcnow() - timedelta(minutes=1)).isoformat()
    late = api.post(
        f"/api/v1/studies/{sid}/transition/",
        json={"action": "SCHEDULE_PUBLISH", "publish_at": past},
    )
    assert late.status_code == 400
    assert sb.studies[sid].status == "UNPUBLISHED"


# -- 5: the clock's own approvals and releases -----------------------------------------------------


def test_unreviewed_submissions_are_approved_after_the_review_window(
    api: httpx.Client, sb: Sandbox
) -> None:
    sid = live(api, sb)
    [sub] = sb.participants.join(sid, 1, complete_after=60)
    sb.advance(60)
    sb.advance(21 * 24 * 3600 - 1)
    assert sb.submissions[sub].status == "AWAITING REVIEW"
    sb.advance(1)
    assert sb.submissions[sub].status == "APPROVED"


def test_a_reserved_place_is_released_after_its_hold(api: httpx.Client, sb: Sandbox) -> None:
    sid = live(api, sb, total_available_places=1)
    [sub] = sb.participants.join(sid, 1, start_after=3600)
    sb.advance(599)
    assert sb.submissions[sub].status == "RESERVED"
    sb.advance(1)
    assert sb.submissions[sub].status == "TIMED-OUT"
    sb.participants.join(sid, 1)  # the place is free again


# -- 6: pay and time limits ------------------------------------------------------------------------


def test_a_reward_under_the_minimum_hourly_pay_is_refused(api: httpx.Client, sb: Sandbox) -> None:
    low = api.post("/api/v1/studies/", json=create_body(estimated_completion_time=10, reward=99))
    assert low.status_code == 400
    assert "reward" in error_of(low)["detail"]
    assert "100" in str(error_of(low)["detail"])  # £6/hour for 10 minutes is at least 100p
    assert create_study(api, estimated_completion_time=10, reward=100)["reward"] == 100

    usd = api.post("/api/v1/workspaces/", json={"title": "US lab", "currency_code": "USD"}).json()
    project = api.post(f"/api/v1/workspaces/{usd['id']}/projects/", json={"title": "P"}).json()
    cents = create_body(estimated_completion_time=10, reward=133, project=project["id"])
    assert api.post("/api/v1/studies/", json=cents).status_code == 400  # $8/hour: 134c
    assert api.post("/api/v1/studies/", json={**cents, "reward": 134}).status_code == 201


def test_maximum_allowed_time_stays_under_24_hours(api: httpx.Client) -> None:
    too_long = api.post("/api/v1/studies/", json=create_body(maximum_allowed_time=24 * 60))
    assert too_long.status_code == 400
    assert "maximum_allowed_time" in error_of(too_long)["detail"]
    assert create_study(api, maximum_allowed_time=24 * 60 - 1)["maximum_allowed_time"] == 1439
    default = create_study(api, estimated_completion_time=600, reward=6000)
    assert default["maximum_allowed_time"] < 24 * 60


# -- 7: completion codes ---------------------------------------------------------------------------


def code(name: str, *actions: str, actor: str = "participant") -> dict[str, Any]:
    return {
        "code": name,
        "code_type": "COMPLETED",
        "actor": actor,
        "actions": [{"action": a} for a in actions],
    }


def test_auto_approve_and_manual_review_cannot_be_combined(api: httpx.Client) -> None:
    both = code("X", "AUTOMATICALLY_APPROVE", "MANUALLY_REVIEW")
    response = api.post("/api/v1/studies/", json=create_body(completion_codes=[both]))
    assert response.status_code == 400
    assert "cannot be combined" in str(error_of(response)["detail"])


def test_a_dynamic_payment_code_needs_the_researcher_actor(api: httpx.Client) -> None:
    dynamic = code("PAY", "DYNAMIC_PAYMENT")
    response = api.post("/api/v1/studies/", json=create_body(completion_codes=[dynamic]))
    assert response.status_code == 400
    assert "researcher" in str(error_of(response)["detail"])


def test_completion_code_actions_are_required(api: httpx.Client) -> None:
    bare = {"code": "X", "code_type": "COMPLETED"}
    response = api.post("/api/v1/studies/", json=create_body(completion_codes=[bare]))
    assert response.status_code == 400
    assert "actions" in str(error_of(response)["detail"])


def test_complete_with_a_dynamic_payment_code_pays_a_share_and_partially_approves(
    api: httpx.Client, sb: Sandbox
) -> None:
    codes = [code("DONE", "MANUALLY_REVIEW"), code("PAY", "DYNAMIC_PAYMENT", actor="researcher")]
    start = sb.balance()
    sid = live(api, sb, total_available_places=1, completion_codes=codes)
    [sub] = sb.participants.join(sid, 1, outcome="manual")
    url = f"/api/v1/submissions/{sub}/transition/"
    missing = api.post(url, json={"action": "COMPLETE", "completion_code": "PAY"})
    assert missing.status_code == 400
    assert "percentage_of_reward" in str(error_of(missing)["detail"])
    for wrong in (7, 100):
        body = {
            "action": "COMPLETE",
            "completion_code": "PAY",
            "completion_code_data": {"percentage_of_reward": wrong},
        }
        assert api.post(url, json=body).status_code == 400
    assert sb.submissions[sub].status == "ACTIVE"
    done = api.post(
        url,
        json={
            "action": "COMPLETE",
            "completion_code": "PAY",
            "completion_code_data": {"percentage_of_reward": 50},
        },
    )
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "PARTIALLY APPROVED"
    assert status_of(api, sid) == "COMPLETED"
    # Half the reward of 100 is paid, with its fee and VAT (50 + 17 + 3); the place's full cost
    # (140) comes back.
    assert sb.balance() == start - 70
    counts = api.get(f"/api/v1/studies/{sid}/submissions/counts/").json()
    assert counts["PARTIALLY APPROVED"] == 1


# -- 8: taskflow, credential pools, AI Task Builder ------------------------------------------------


def test_taskflow_allocations_must_add_up_to_the_places(api: httpx.Client) -> None:
    access = [
        {"external_url": "https://example.test/a", "total_allocation": 2},
        {"external_url": "https://example.test/b", "total_allocation": 2},
    ]
    body = create_body(total_available_places=5, access_details=access)
    del body["external_study_url"]
    wrong = api.post("/api/v1/studies/", json=body)
    assert wrong.status_code == 400
    assert "access_details" in error_of(wrong)["detail"]
    assert api.post("/api/v1/studies/", json={**body, "total_available_places": 4}).status_code == (
        201
    )


def test_a_credential_pool_must_exist(api: httpx.Client, sb: Sandbox) -> None:
    unknown = api.post("/api/v1/studies/", json=create_body(credential_pool_id="f" * 24))
    assert unknown.status_code == 400
    assert "credential_pool_id" in error_of(unknown)["detail"]
    sb.state.research.credential_pools["a" * 24] = CredentialPool("a" * 24, sb.workspace_id)
    assert create_study(api, credential_pool_id="a" * 24)["credential_pool_id"] == "a" * 24


def test_data_collection_method_excludes_external_study_url_and_makes_it_optional(
    api: httpx.Client, sb: Sandbox
) -> None:
    # The sandbox checks the batch exists and is set up; give it one that is.
    sb.task_builder.batches["b1"] = TaskBatch(
        id="b1",
        name="Ready",
        workspace_id=sb.workspace_id,
        created_by=sb.user_id,
        created_at=sb.clock.utcnow(),
        task_details={},
        layout=[],
        status="READY",
        groups=1,
    )
    body = create_body(data_collection_method="AI_TASK_BUILDER_BATCH", data_collection_id="b1")
    both = api.post("/api/v1/studies/", json=body)
    assert both.status_code == 400
    assert "external URL" in str(error_of(both)["detail"]["data_collection_method"])
    del body["external_study_url"]
    created = api.post("/api/v1/studies/", json=body)
    assert created.status_code == 201, created.text
    assert created.json()["data_collection_method"] == "AI_TASK_BUILDER_BATCH"
    assert created.json()["external_study_url"] is None


# -- 9: webhook targets ----------------------------------------------------------------------------


def test_a_webhook_target_prolific_would_refuse_is_accepted_with_a_warning(
    api: httpx.Client, sb: Sandbox
) -> None:
    api.post("/api/v1/hooks/secrets/", json={"workspace_id": sb.workspace_id})
    body = {"workspace_id": sb.workspace_id, "event_type": "study.status.change"}
    local = api.post(
        "/api/v1/hooks/subscriptions/", json={**body, "target_url": "http://127.0.0.1:9/h"}
    )
    assert local.status_code == 201
    warning = local.headers["X-Sandbox-Warning"]
    assert "https" in warning and "loopback" in warning
    assert any("Prolific would refuse" in w for w in sb.warnings)
    public = api.post(
        "/api/v1/hooks/subscriptions/", json={**body, "target_url": "https://hooks.example.com/"}
    )
    assert public.status_code == 201
    assert "X-Sandbox-Warning" not in public.headers


# -- 10, 11, 12: money -----------------------------------------------------------------------------


def test_a_rejected_reward_returns_to_the_workspace_when_the_place_is_not_refilled(
    api: httpx.Client, sb: Sandbox
) -> None:
    start = sb.balance()
    sid = live(api, sb, total_available_places=3)  # 3 places at 140 (100 + 33 fee + 7 VAT)
    approved, rejected, _returned = sb.participants.join(
        sid, 3, complete_after=60, outcome=["submit", "submit", "return"]
    )
    sb.advance(60)
    review(api, approved, "APPROVE")
    review(api, rejected, "REJECT")
    assert transition(api, sid, "STOP").json()["status"] == "COMPLETED"
    assert sb.balance() == start - 140  # only the approved reward was spent
    assert balances(api, sb) == (start - 140, start - 140)


def test_taking_back_a_rejection_in_a_closed_study_pays_for_the_place_again(
    api: httpx.Client, sb: Sandbox
) -> None:
    start = sb.balance()
    sid = live(api, sb, total_available_places=2)
    kept, rejected = sb.participants.join(sid, 2, complete_after=60)
    sb.advance(60)
    review(api, kept, "APPROVE")
    review(api, rejected, "REJECT")
    transition(api, sid, "STOP")
    assert sb.balance() == start - 140  # the rejected place came back
    url = f"/api/v1/submissions/{rejected}/transition/"
    assert api.post(url, json={"action": "UNREJECT"}).json()["status"] == "AWAITING REVIEW"
    assert sb.balance() == start - 280  # and is paid for again
    assert review(api, rejected, "APPROVE").status_code == 200
    assert balances(api, sb) == (start - 280, start - 280)


def test_a_refilled_place_cannot_be_taken_back(api: httpx.Client, sb: Sandbox) -> None:
    sid = live(api, sb, total_available_places=2)
    first, _ = sb.participants.join(sid, 2, complete_after=[60, 3000])
    sb.advance(60)
    review(api, first, "REJECT")
    sb.participants.join(sid, 1)  # the freed place is taken by someone else
    url = f"/api/v1/submissions/{first}/transition/"
    refused = api.post(url, json={"action": "UNREJECT"})
    assert refused.status_code == 400
    assert "no free place" in error_of(refused)["detail"]


def test_fees_and_vat_follow_the_workspace(api: httpx.Client, sb: Sandbox) -> None:
    usd = api.post("/api/v1/workspaces/", json={"title": "US lab", "currency_code": "USD"}).json()
    project = api.post(f"/api/v1/workspaces/{usd['id']}/projects/", json={"title": "P"}).json()
    sb.top_up(10_000, usd["id"])
    sid = live(api, sb, total_available_places=1, project=project["id"])
    [debit] = sb.ledger.for_study(sid)
    assert (debit.amount, debit.fees, debit.vat) == (100, 33, 0)  # no VAT on a USD workspace

    sb.configure(account_type="corporate")
    gbp = live(api, sb, total_available_places=1)
    [debit] = sb.ledger.for_study(gbp)
    assert (debit.amount, debit.fees, debit.vat) == (100, 43, 9)  # 42.8% fee, 20% VAT on it

    # A contract of one's own: the table is a setting.
    sb.configure(fees={("GBP", "corporate"): FeeRule(Decimal("0.25"), Decimal("0.20"))})
    cheap = live(api, sb, total_available_places=1)
    [debit] = sb.ledger.for_study(cheap)
    assert (debit.amount, debit.fees, debit.vat) == (100, 25, 5)


def test_a_screened_out_participant_is_paid_the_screen_out_payment_instead_of_the_reward(
    api: httpx.Client, sb: Sandbox
) -> None:
    start = sb.balance()
    sid = live(api, sb, total_available_places=1, is_custom_screening=True)
    [sub] = sb.participants.join(sid, 1, outcome="manual")
    sb.advance(60)
    answer = api.post(
        f"/api/v1/studies/{sid}/screen-out-submissions/",
        json={"submission_ids": [sub], "bonus_per_submission": "0.50"},
    )
    assert answer.status_code == 202, answer.text
    assert status_of(api, sid) == "COMPLETED"
    # 0.50 with its fee and VAT (50 + 17 + 3); the place's reward (140 with fees) comes back.
    assert sb.balance() == start - 70


def test_adding_places_after_a_screen_out_pays_only_for_the_new_places(
    api: httpx.Client, sb: Sandbox
) -> None:
    start = sb.balance()
    sid = live(api, sb, total_available_places=2, is_custom_screening=True)
    [sub] = sb.participants.join(sid, 1, outcome="manual")
    api.post(
        f"/api/v1/studies/{sid}/screen-out-submissions/",
        json={"submission_ids": [sub], "bonus_per_submission": "0.50"},
    )
    assert sb.balance() == start - 140 - 70  # the open place, and the screen-out payment
    grown = api.patch(f"/api/v1/studies/{sid}/", json={"total_available_places": 3})
    assert grown.status_code == 200, grown.text
    assert sb.balance() == start - 2 * 140 - 70


def test_total_balance_counts_funds_assigned_to_studies_not_rewards_paid_out(
    api: httpx.Client, sb: Sandbox
) -> None:
    start = sb.balance()
    sid = live(api, sb, total_available_places=2)
    assert balances(api, sb) == (start, start - 280)
    first, _ = sb.participants.join(sid, 2, complete_after=60)
    sb.advance(60)
    review(api, first, "APPROVE")
    assert balances(api, sb) == (start - 140, start - 280)


# -- 13: lists -------------------------------------------------------------------------------------


@pytest.fixture
def reviewed(api: httpx.Client, sb: Sandbox) -> tuple[str, list[str]]:
    """A study with one submission per outcome, finished a day apart from the clock's start
    (Monday 5 January): approved (5th), rejected (6th), awaiting review (7th), returned (8th),
    and one still active."""
    sid = live(api, sb, total_available_places=5)
    subs: list[str] = []
    for _ in range(3):
        subs += sb.participants.join(sid, 1, complete_after=60)
        sb.advance(24 * 3600)
    subs += sb.participants.join(sid, 1, complete_after=60, outcome="return")
    subs += sb.participants.join(sid, 1, outcome="manual")
    sb.advance(60)
    review(api, subs[0], "APPROVE")
    review(api, subs[1], "REJECT")
    return sid, subs


def ids(api: httpx.Client, sid: str, **params: str) -> list[str]:
    response = api.get("/api/v1/submissions/", params={"study": sid, **params})
    assert response.status_code == 200, response.text
    return [s["id"] for s in response.json()["results"]]


def test_submission_status_filter_accepts_the_spec_spellings(
    api: httpx.Client, reviewed: tuple[str, list[str]]
) -> None:
    sid, subs = reviewed
    for spelling in ("AWAITING_REVIEW", "awaiting_review", "AWAITING REVIEW"):
        assert ids(api, sid, status=spelling) == [subs[2]]
    assert ids(api, sid, status="approved,REJECTED") == subs[:2]
    assert api.get("/api/v1/submissions/", params={"study": sid, "status": "DONE"}).status_code == (
        400
    )


def test_submission_boolean_filters(api: httpx.Client, reviewed: tuple[str, list[str]]) -> None:
    sid, subs = reviewed
    assert ids(api, sid, approved="1") == [subs[0]]
    assert ids(api, sid, returned="yes") == [subs[3]]
    assert ids(api, sid, active="t") == [subs[4]]
    assert ids(api, sid, rejected="true", approved="false") == [subs[1]]
    assert ids(api, sid, completed="1") == subs[:4]  # every submission no longer in progress
    bad = api.get("/api/v1/submissions/", params={"study": sid, "approved": "maybe"})
    assert bad.status_code == 400


def test_submitted_from_and_before_filter_by_the_day_the_participant_finished(
    api: httpx.Client, sb: Sandbox, reviewed: tuple[str, list[str]]
) -> None:
    sid, subs = reviewed
    start = sb.clock.start
    sixth = (start + timedelta(days=1)).strftime("%d/%m/%Y")
    seventh = (start + timedelta(days=2)).strftime("%d/%m/%Y")
    assert sixth == "06/01/2026"
    assert ids(api, sid, submitted_from=sixth) == subs[1:4]
    assert ids(api, sid, submitted_before=sixth) == [subs[0]]
    assert ids(api, sid, submitted_from=sixth, submitted_before=seventh) == [subs[1]]
    bad = api.get("/api/v1/submissions/", params={"study": sid, "submitted_from": "2026-01-01"})
    assert bad.status_code == 400


def test_submission_ordering_orders(api: httpx.Client, sb: Sandbox) -> None:
    sid = live(api, sb, total_available_places=3)
    subs = []
    for _ in range(3):
        subs += sb.participants.join(sid, 1, outcome="manual")
        sb.advance(5)
    assert ids(api, sid, ordering="-started_at") == subs[::-1]
    assert ids(api, sid, ordering="started_at") == subs
    url = f"/api/v1/studies/{sid}/submissions/"
    listed = api.get(url, params={"ordering": "-started_at"}).json()["results"]
    assert [s["id"] for s in listed] == subs[::-1]
    assert api.get(url, params={"ordering": "colour"}).status_code == 400


def test_study_lists_filter_by_state_and_the_command_lines_flags(
    api: httpx.Client, sb: Sandbox
) -> None:
    draft = create_study(api)["id"]
    active = live(api, sb)
    done = live(api, sb)
    transition(api, done, "STOP")

    def listed(**params: str) -> list[str]:
        response = api.get("/api/v1/studies/", params=params)
        assert response.status_code == 200, response.text
        return [s["id"] for s in response.json()["results"]]

    assert listed(state="(active|published)") == [active, done]
    assert listed(state="(unpublished)") == [draft]
    assert listed(active="1") == [active]
    assert listed(published="0") == [draft]
    assert listed(completed="1") == [done]
    assert api.get("/api/v1/studies/", params={"state": "(nonsense)"}).status_code == 400


def test_project_studies_ordering_orders(api: httpx.Client, sb: Sandbox) -> None:
    first = create_study(api)["id"]
    sb.advance(60)
    second = create_study(api)["id"]
    url = f"/api/v1/projects/{sb.project_id}/studies/"
    newest = api.get(url, params={"ordering": "-date_created"}).json()["results"]
    assert [s["id"] for s in newest] == [second, first]
    oldest = api.get(url, params={"ordering": "date_created"}).json()["results"]
    assert [s["id"] for s in oldest] == [first, second]


# -- 14: cloning -----------------------------------------------------------------------------------


def test_clone_blocks_the_original_participants_unless_told_not_to(
    api: httpx.Client, sb: Sandbox
) -> None:
    sid = create_study(api)["id"]
    blocked = api.post(f"/api/v1/studies/{sid}/clone/").json()
    assert {"filter_id": "previous_studies_blocklist", "selected_values": [sid]} in blocked[
        "filters"
    ]
    free = api.post(f"/api/v1/studies/{sid}/clone/", json={"block_previous_participants": False})
    assert free.json()["filters"] == []


# -- 15: status codes and shapes of the 2026 description -------------------------------------------


def test_clone_and_bulk_approve_answer_200(api: httpx.Client, sb: Sandbox) -> None:
    sid = live(api, sb)
    assert api.post(f"/api/v1/studies/{sid}/clone/").status_code == 200
    [sub] = sb.participants.join(sid, 1, complete_after=60)
    sb.advance(60)
    approve = api.post("/api/v1/submissions/bulk-approve/", json={"submission_ids": [sub]})
    assert approve.status_code == 200


def test_users_me_carries_the_name_and_the_balance(api: httpx.Client, sb: Sandbox) -> None:
    me = api.get("/api/v1/users/me/").json()
    assert me["first_name"] == "Sandbox" and me["last_name"] == "Researcher"
    assert me["name"] == "Sandbox Researcher"
    assert (me["balance"], me["available_balance"]) == (sb.balance(), sb.balance())
    assert me["currency_code"] == "GBP"
    with sb.client() as client:  # typed in the SDK's model as well
        typed = client.users.me()
    assert (typed.name, typed.balance, typed.available_balance) == (
        "Sandbox Researcher",
        sb.balance(),
        sb.balance(),
    )


def test_projects_have_a_type(api: httpx.Client, sb: Sandbox) -> None:
    assert api.get(f"/api/v1/projects/{sb.project_id}/").json()["type"] == "PRIVATE"


def test_submission_counts_have_total_and_partially_approved(
    api: httpx.Client, sb: Sandbox
) -> None:
    sid = live(api, sb)
    sb.participants.join(sid, 2, outcome="manual")
    counts = api.get(f"/api/v1/studies/{sid}/submissions/counts/").json()
    assert counts["TOTAL"] == 2
    assert counts["PARTIALLY APPROVED"] == 0


def test_study_list_items_carry_the_estimated_completion_time(api: httpx.Client) -> None:
    create_study(api, estimated_completion_time=7, reward=100)
    [item] = api.get("/api/v1/studies/").json()["results"]
    assert item["estimated_completion_time"] == 7


def test_hook_events_come_100_to_a_page(api: httpx.Client, sb: Sandbox) -> None:
    sb.hooks.route("https://hooks.example.com/", lambda headers, body: 200)
    api.post("/api/v1/hooks/secrets/", json={"workspace_id": sb.workspace_id})
    created = api.post(
        "/api/v1/hooks/subscriptions/",
        json={
            "workspace_id": sb.workspace_id,
            "event_type": "submission.status.change",
            "target_url": "https://hooks.example.com/",
        },
    )
    sub_id = created.json()["id"]
    api.post(
        f"/api/v1/hooks/subscriptions/{sub_id}/",
        json={"secret": created.headers["X-Hook-Secret"]},
    )
    sid = live(api, sb, total_available_places=25)
    sb.participants.join(sid, 25, outcome="manual")  # 25 events: each ACTIVE
    page = api.get(f"/api/v1/hooks/subscriptions/{sub_id}/events/").json()
    assert len(page["results"]) == 25


def test_webhook_deliveries_carry_x_timestamp(api: httpx.Client, sb: Sandbox) -> None:
    got: list[dict[str, str]] = []
    sb.hooks.route("https://hooks.example.com/", lambda headers, body: got.append(headers))
    api.post("/api/v1/hooks/secrets/", json={"workspace_id": sb.workspace_id})
    created = api.post(
        "/api/v1/hooks/subscriptions/",
        json={
            "workspace_id": sb.workspace_id,
            "event_type": "study.status.change",
            "target_url": "https://hooks.example.com/",
        },
    )
    api.post(
        f"/api/v1/hooks/subscriptions/{created.json()['id']}/",
        json={"secret": created.headers["X-Hook-Secret"]},
    )
    live(api, sb)
    assert got and all(h["X-Timestamp"] == h["X-Prolific-Request-Timestamp"] for h in got)


def test_webhook_retries_follow_prolifics_schedule(api: httpx.Client, sb: Sandbox) -> None:
    delays = PROLIFIC_WEBHOOK_RETRY_DELAYS
    assert len(delays) == 11
    assert delays[:3] == (60.0, 120.0, 240.0)
    assert sum(delays) == 24 * 3600
    attempts: dict[str, list[float]] = {}

    def failing(headers: dict[str, str], body: bytes) -> int:
        attempts.setdefault(headers["X-Event-ID"], []).append(sb.clock.now())
        return 503

    sb.hooks.route("https://hooks.example.com/", failing)
    api.post("/api/v1/hooks/secrets/", json={"workspace_id": sb.workspace_id})
    created = api.post(
        "/api/v1/hooks/subscriptions/",
        json={
            "workspace_id": sb.workspace_id,
            "event_type": "submission.status.change",
            "target_url": "https://hooks.example.com/",
        },
    )
    api.post(
        f"/api/v1/hooks/subscriptions/{created.json()['id']}/",
        json={"secret": created.headers["X-Hook-Secret"]},
    )
    sid = live(api, sb)
    sb.participants.join(sid, 1, outcome="manual")
    sb.advance(2 * 24 * 3600)
    first = next(iter(attempts.values()))
    assert len(first) == 12  # the first try and 11 retries, then it gives up
    waits = [b - a for a, b in itertools.pairwise(first)]
    assert all(0 <= w <= most for w, most in zip(waits, delays, strict=True))
    assert waits[:3] != [60.0, 120.0, 240.0]  # jittered


# -- sources that disagree: the 2026 description by default, the other as a setting ---------------


def test_stop_completes_a_study_with_unreviewed_work_by_default(
    api: httpx.Client, sb: Sandbox
) -> None:
    sid = live(api, sb)
    [sub] = sb.participants.join(sid, 1, complete_after=60)
    sb.advance(60)
    assert transition(api, sid, "STOP").json()["status"] == "COMPLETED"
    assert review(api, sub, "APPROVE").json()["status"] == "APPROVED"  # still reviewable


def test_listing_submissions_needs_a_study_by_default(api: httpx.Client) -> None:
    response = api.get("/api/v1/submissions/")
    assert response.status_code == 400
    assert "study" in error_of(response)["detail"]


def test_deleting_a_draft_answers_200_by_default(api: httpx.Client, sb: Sandbox) -> None:
    sid = create_study(api)["id"]
    assert api.delete(f"/api/v1/studies/{sid}/").status_code == 200
    sb.configure(delete_study_status=204)
    other = create_study(api)["id"]
    assert api.delete(f"/api/v1/studies/{other}/").status_code == 204


# -- the documentation ---------------------------------------------------------------------------


def test_the_rule_table_names_every_rule_and_only_tests_that_exist() -> None:
    root = Path(__file__).resolve().parents[2]
    table = (root / "docs" / "sandbox-rules.md").read_text()
    named = set(re.findall(r"`(test_[a-z0-9_]+)`", table))
    here = set(re.findall(r"^def (test_[a-z0-9_]+)\(", Path(__file__).read_text(), re.M))
    here.discard("test_the_rule_table_names_every_rule_and_only_tests_that_exist")
    assert here <= named, f"rules missing from docs/sandbox-rules.md: {sorted(here - named)}"
    sandbox_tests = "".join(p.read_text() for p in (root / "tests" / "sandbox").glob("test_*.py"))
    missing = sorted(t for t in named if f"def {t}(" not in sandbox_tests)
    assert not missing, f"docs/sandbox-rules.md names tests that do not exist: {missing}"
