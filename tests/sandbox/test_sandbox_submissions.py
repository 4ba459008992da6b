"""Submissions: the approval race, transitions (legal, illegal, repeated), returns, bulk approve."""

from __future__ import annotations

import copy

import httpx
import pytest

from prolific.sandbox import Sandbox, SandboxUsageError

from .conftest import approve, error_of, published_study

REASON = "The answers to the attention checks were missing, so the data cannot be used. " * 2


def reject(api: httpx.Client, sub: str, **extra: str) -> httpx.Response:
    body = {"action": "REJECT", "message": REASON, "rejection_category": "FAILED_CHECK"}
    body.update(extra)
    return api.post(f"/api/v1/submissions/{sub}/transition/", json=body)


def test_approving_races_the_participant(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=120)
    early = approve(api, sub)
    assert early.status_code == 400
    assert "AWAITING REVIEW" in error_of(early)["detail"]
    assert sb.submissions[sub].status == "ACTIVE"
    sb.advance(120)
    assert approve(api, sub).json()["status"] == "APPROVED"


def test_list_and_detail_shapes_differ_like_prolific(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=90)
    sb.advance(90)
    item = api.get("/api/v1/submissions/", params={"study": sid}).json()["results"][0]
    assert item["participant_id"] == sb.submissions[sub].participant_id
    assert "participant" not in item
    detail = api.get(f"/api/v1/submissions/{sub}/").json()
    assert detail["participant"] == sb.submissions[sub].participant_id
    assert detail["bonus_payments"] == []
    assert detail["time_taken"] == 90
    assert detail["entered_code"] == "DONE1"


def test_repeated_transitions_are_ignored(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    a, b = sb.participants.join(sid, 2, complete_after=10)
    sb.advance(10)
    assert approve(api, a).status_code == 200
    history = list(sb.submissions[a].history)
    assert approve(api, a).status_code == 200
    assert sb.submissions[a].history == history
    assert reject(api, b).status_code == 200
    assert reject(api, b).status_code == 200
    assert sb.submissions[b].status == "REJECTED"


@pytest.mark.parametrize(
    ("start", "action"),
    [
        ("ACTIVE", "APPROVE"),
        ("ACTIVE", "REJECT"),
        ("APPROVED", "REJECT"),
        ("REJECTED", "APPROVE"),
        ("RETURNED", "APPROVE"),
        ("RETURNED", "REJECT"),
        ("TIMED-OUT", "APPROVE"),
        ("AWAITING REVIEW", "COMPLETE"),
    ],
)
def test_illegal_submission_transitions(
    api: httpx.Client, sb: Sandbox, start: str, action: str
) -> None:
    sid = published_study(
        api,
        completion_codes=[
            {"code": "DONE1", "code_type": "COMPLETED", "actions": []},
            {"code": "R1", "code_type": "OTHER", "actor": "researcher", "actions": []},
        ],
    )["id"]
    [sub] = sb.participants.join(sid, 1, outcome="manual")
    if start in ("AWAITING REVIEW", "APPROVED", "REJECTED"):
        sb.participants.submit(sub)
    if start == "APPROVED":
        approve(api, sub)
    if start == "REJECTED":
        reject(api, sub)
    if start == "RETURNED":
        sb.participants.return_submission(sub)
    if start == "TIMED-OUT":
        sb.participants.time_out(sub)
    assert sb.submissions[sub].status == start
    before = copy.deepcopy(sb.submissions[sub])
    body: dict[str, str] = {"action": action}
    if action == "REJECT":
        body.update(message=REASON, rejection_category="LOW_EFFORT")
    if action == "COMPLETE":
        body["completion_code"] = "R1"
    response = api.post(f"/api/v1/submissions/{sub}/transition/", json=body)
    assert response.status_code == 400
    error_of(response)
    assert sb.submissions[sub] == before


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"message": "too short"}, "message"),
        ({"rejection_category": "BORED"}, "rejection_category"),
        ({"rejection_category": ""}, "rejection_category"),
    ],
)
def test_rejection_needs_long_message_and_category(
    api: httpx.Client, sb: Sandbox, overrides: dict[str, str], field: str
) -> None:
    sid = published_study(api)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=1)
    sb.advance(1)
    response = reject(api, sub, **overrides)
    assert response.status_code == 400
    assert field in error_of(response)["detail"]
    assert sb.submissions[sub].status == "AWAITING REVIEW"


def test_complete_with_a_researcher_code(api: httpx.Client, sb: Sandbox) -> None:
    codes = [
        {"code": "P1", "code_type": "COMPLETED", "actions": []},
        {
            "code": "R1",
            "code_type": "FIXED_SCREENOUT",
            "actor": "researcher",
            "actions": [{"action": "AUTOMATICALLY_APPROVE"}],
        },
    ]
    sid = published_study(api, completion_codes=codes)["id"]
    [sub] = sb.participants.join(sid, 1, outcome="manual")
    participant_code = api.post(
        f"/api/v1/submissions/{sub}/transition/",
        json={"action": "COMPLETE", "completion_code": "P1"},
    )
    assert participant_code.status_code == 400
    done = api.post(
        f"/api/v1/submissions/{sub}/transition/",
        json={"action": "COMPLETE", "completion_code": "R1"},
    )
    assert done.status_code == 200
    assert done.json()["status"] == "APPROVED"
    again = api.post(
        f"/api/v1/submissions/{sub}/transition/",
        json={"action": "COMPLETE", "completion_code": "R1"},
    )
    assert again.status_code == 200


def test_outcomes_and_timeouts(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=4, maximum_allowed_time=30)["id"]
    subs = sb.participants.join(
        sid, 4, outcome=["submit", "return", "timeout", "submit"], complete_after=[60, 60, 0, 3600]
    )
    sb.advance(60)
    assert [sb.submissions[s].status for s in subs] == [
        "AWAITING REVIEW",
        "RETURNED",
        "ACTIVE",
        "ACTIVE",
    ]
    sb.advance(30 * 60)
    assert [sb.submissions[s].status for s in subs][2:] == ["TIMED-OUT", "TIMED-OUT"]
    counts = api.get(f"/api/v1/studies/{sid}/submissions/counts/").json()
    assert counts["TIMED-OUT"] == 2
    assert counts["RETURNED"] == 1
    # freed places reopen the study for new participants
    assert sb.studies[sid].status == "ACTIVE"
    assert len(sb.participants.join(sid, 3)) == 3


def test_join_refuses_impossible_requests(api: httpx.Client, sb: Sandbox) -> None:
    from .conftest import create_study

    draft = create_study(api)["id"]
    with pytest.raises(SandboxUsageError):
        sb.participants.join(draft, 1)
    sid = published_study(api, total_available_places=1)["id"]
    with pytest.raises(SandboxUsageError):
        sb.participants.join(sid, 2)


def test_request_return(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=10)
    sb.advance(10)
    missing = api.post(f"/api/v1/submissions/{sub}/request-return/", json={})
    assert missing.status_code == 400
    response = api.post(
        f"/api/v1/submissions/{sub}/request-return/",
        json={"request_return_reasons": ["Did not finish the study."]},
    )
    assert response.status_code == 200
    assert response.json()["return_requested"] is not None
    assert sb.messages[-1].reason == "return_request"
    sb.advance(300)
    assert sb.submissions[sub].status == "RETURNED"


def test_bulk_approve_by_ids_and_by_participants(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=3)["id"]
    a, b, c = sb.participants.join(sid, 3, complete_after=[10, 10, 999])
    sb.advance(10)
    response = api.post("/api/v1/submissions/bulk-approve/", json={"submission_ids": [a, c]})
    assert response.status_code == 200  # the 2026 description (accepted, may still be running)
    assert sb.submissions[a].status == "APPROVED"
    assert sb.submissions[c].status == "ACTIVE"  # not yet approvable: skipped
    participant = sb.submissions[b].participant_id
    by_participant = api.post(
        "/api/v1/submissions/bulk-approve/",
        json={"study_id": sid, "participant_ids": [participant]},
    )
    assert by_participant.status_code == 200
    assert sb.submissions[b].status == "APPROVED"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"submission_ids": []},
        {"submission_ids": ["0" * 24]},
        {"submission_ids": "abc"},
        {"study_id": "0" * 24, "participant_ids": ["1" * 24]},
    ],
)
def test_bulk_approve_bad_input(api: httpx.Client, body: dict[str, object]) -> None:
    response = api.post("/api/v1/submissions/bulk-approve/", json=body)
    assert response.status_code == 400
    error_of(response)


def test_bulk_approve_can_be_asynchronous(api: httpx.Client, sb: Sandbox) -> None:
    sb.configure(bulk_approve_delay=5)
    sid = published_study(api)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=1)
    sb.advance(1)
    api.post("/api/v1/submissions/bulk-approve/", json={"submission_ids": [sub]})
    assert sb.submissions[sub].status == "AWAITING REVIEW"
    sb.advance(5)
    assert sb.submissions[sub].status == "APPROVED"


def test_unscoped_submission_list_is_answered_but_recorded(api: httpx.Client, sb: Sandbox) -> None:
    sb.configure(submissions_require_study=False)  # older Prolific's answer
    assert api.get("/api/v1/submissions/").status_code == 200
    assert any("study" in w for w in sb.warnings)


def test_auto_approve_and_group_actions(api: httpx.Client, sb: Sandbox) -> None:
    group = api.post(
        "/api/v1/participant-groups/", json={"name": "Finishers", "workspace_id": sb.workspace_id}
    ).json()
    codes = [
        {
            "code": "AUTO",
            "code_type": "COMPLETED",
            "actions": [
                {"action": "AUTOMATICALLY_APPROVE"},
                {"action": "ADD_TO_PARTICIPANT_GROUP", "participant_group": group["id"]},
            ],
        }
    ]
    sid = published_study(api, completion_codes=codes, total_available_places=1)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=5)
    sb.advance(5)
    assert sb.submissions[sub].status == "APPROVED"
    assert sb.studies[sid].status == "COMPLETED"
    members = api.get(f"/api/v1/participant-groups/{group['id']}/participants/").json()
    assert [m["participant_id"] for m in members["results"]] == [sb.submissions[sub].participant_id]
