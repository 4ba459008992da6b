"""Study lifecycle: drafts, publishing, pause/start/stop, completion, patch and delete rules."""

from __future__ import annotations

import copy

import httpx
import pytest

from prolific.sandbox import Sandbox

from .conftest import create_study, error_of, published_study, study_body, transition


def test_create_makes_a_draft_and_ignores_extra_fields(api: httpx.Client, sb: Sandbox) -> None:
    study = create_study(api, status="ACTIVE", completion_option="url", project_id="f" * 24)
    assert study["status"] == "UNPUBLISHED"
    # project_id is ignored: the study lands in the default project
    assert study["project"] == sb.project_id
    assert "completion_option" not in study
    assert sb.studies[study["id"]].status == "UNPUBLISHED"


def test_project_field_sets_the_project(api: httpx.Client, sb: Sandbox) -> None:
    project = api.post(f"/api/v1/workspaces/{sb.workspace_id}/projects/", json={"title": "P2"})
    assert project.status_code == 201
    study = create_study(api, project=project.json()["id"])
    assert study["project"] == project.json()["id"]


def test_eligibility_requirements_are_refused(api: httpx.Client, sb: Sandbox) -> None:
    response = api.post("/api/v1/studies/", json=study_body(eligibility_requirements=[]))
    assert response.status_code == 400
    detail = error_of(response)["detail"]
    assert "filters" in str(detail)
    assert not sb.studies


def test_legacy_completion_code_is_accepted(api: httpx.Client) -> None:
    body = study_body(completion_code="LEGACY1", completion_option="code")
    del body["completion_codes"]
    response = api.post("/api/v1/studies/", json=body)
    assert response.status_code == 201
    assert response.json()["completion_codes"][0]["code"] == "LEGACY1"


def test_full_lifecycle(api: httpx.Client, sb: Sandbox) -> None:
    study = published_study(api, total_available_places=2)
    sid = study["id"]
    assert study["status"] == "ACTIVE"
    assert transition(api, sid, "PAUSE").json()["status"] == "PAUSED"
    assert transition(api, sid, "START").json()["status"] == "ACTIVE"
    subs = sb.participants.join(sid, 2, complete_after=60)
    sb.advance(59)
    assert api.get(f"/api/v1/studies/{sid}/").json()["status"] == "ACTIVE"
    sb.advance(1)
    assert api.get(f"/api/v1/studies/{sid}/").json()["status"] == "AWAITING REVIEW"
    for sub in subs:
        api.post(f"/api/v1/submissions/{sub}/transition/", json={"action": "APPROVE"})
    assert api.get(f"/api/v1/studies/{sid}/").json()["status"] == "COMPLETED"


def test_publishing_delay_goes_through_publishing(sb: Sandbox, api: httpx.Client) -> None:
    sb.configure(publish_delay=5.0)
    sid = create_study(api)["id"]
    assert transition(api, sid, "PUBLISH").json()["status"] == "PUBLISHING"
    sb.advance(4.9)
    assert api.get(f"/api/v1/studies/{sid}/").json()["status"] == "PUBLISHING"
    sb.advance(0.1)
    assert api.get(f"/api/v1/studies/{sid}/").json()["status"] == "ACTIVE"


ILLEGAL = [
    ("UNPUBLISHED", "PAUSE"),
    ("UNPUBLISHED", "START"),
    ("UNPUBLISHED", "STOP"),
    ("ACTIVE", "PUBLISH"),
    ("ACTIVE", "START"),
    ("PAUSED", "PUBLISH"),
    ("PAUSED", "PAUSE"),
    ("COMPLETED", "PUBLISH"),
    ("COMPLETED", "PAUSE"),
    ("COMPLETED", "START"),
    ("COMPLETED", "STOP"),
]


def _study_in(api: httpx.Client, sb: Sandbox, status: str) -> str:
    if status == "UNPUBLISHED":
        return str(create_study(api)["id"])
    sid = str(published_study(api)["id"])
    if status == "PAUSED":
        transition(api, sid, "PAUSE")
    if status == "COMPLETED":
        transition(api, sid, "STOP")
    assert sb.studies[sid].status == status
    return sid


@pytest.mark.parametrize(("status", "action"), ILLEGAL)
def test_illegal_study_transitions_leave_state_unchanged(
    api: httpx.Client, sb: Sandbox, status: str, action: str
) -> None:
    sid = _study_in(api, sb, status)
    before = copy.deepcopy(sb.studies[sid])
    ledger = len(sb.ledger)
    response = transition(api, sid, action)
    assert response.status_code == 400
    error_of(response)
    assert sb.studies[sid] == before
    assert len(sb.ledger) == ledger


def test_unknown_action_is_400(api: httpx.Client) -> None:
    sid = create_study(api)["id"]
    response = transition(api, sid, "LAUNCH")
    assert response.status_code == 400
    assert "action" in error_of(response)["detail"]


def test_stop_with_pending_submissions_waits_then_completes(api: httpx.Client, sb: Sandbox) -> None:
    sb.configure(stop_with_unreviewed="AWAITING REVIEW")  # the help centre's account
    sid = published_study(api, total_available_places=3)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=30)
    assert transition(api, sid, "STOP").json()["status"] == "AWAITING REVIEW"
    sb.advance(30)
    assert sb.submissions[sub].status == "AWAITING REVIEW"
    api.post(f"/api/v1/submissions/{sub}/transition/", json={"action": "APPROVE"})
    assert sb.studies[sid].status == "COMPLETED"


def test_only_drafts_can_be_deleted(api: httpx.Client, sb: Sandbox) -> None:
    draft = create_study(api)["id"]
    deleted = api.delete(f"/api/v1/studies/{draft}/")
    assert (deleted.status_code, deleted.json()) == (200, {})  # the 2026 description
    assert draft not in sb.studies
    assert api.get(f"/api/v1/studies/{draft}/").status_code == 404
    live = published_study(api)["id"]
    response = api.delete(f"/api/v1/studies/{live}")
    assert response.status_code == 400
    error_of(response)
    assert live in sb.studies


def test_drafts_patch_freely(api: httpx.Client) -> None:
    sid = create_study(api)["id"]
    response = api.patch(f"/api/v1/studies/{sid}/", json={"reward": 150, "name": "Renamed"})
    assert response.status_code == 200
    assert response.json()["reward"] == 150
    assert response.json()["name"] == "Renamed"


def test_after_publishing_only_some_fields_patch(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    before = copy.deepcopy(sb.studies[sid])
    refused = api.patch(f"/api/v1/studies/{sid}/", json={"reward": 500, "name": "New"})
    assert refused.status_code == 400
    assert set(error_of(refused)["detail"]) == {"reward", "name"}
    assert sb.studies[sid] == before
    ok = api.patch(f"/api/v1/studies/{sid}/", json={"internal_name": "wave 2"})
    assert ok.status_code == 200
    assert ok.json()["internal_name"] == "wave 2"
    # sending an unchanged value back is harmless
    assert api.patch(f"/api/v1/studies/{sid}/", json={"reward": 100}).status_code == 200


def test_places_only_increase_and_reopen_a_full_study(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=1)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=10)
    sb.advance(10)
    assert sb.studies[sid].status == "AWAITING REVIEW"
    fewer = api.patch(f"/api/v1/studies/{sid}/", json={"total_available_places": 0})
    assert fewer.status_code == 400
    balance = sb.balance()
    more = api.patch(f"/api/v1/studies/{sid}/", json={"total_available_places": 2})
    assert more.status_code == 200
    assert more.json()["status"] == "ACTIVE"
    assert sb.balance() == balance - 140  # one more place: 100 + 33 fee + 7 VAT
    assert sub in sb.submissions


def test_adding_places_reopens_a_stopped_study(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=2)["id"]
    transition(api, sid, "STOP")
    assert sb.studies[sid].status == "COMPLETED"
    response = api.patch(f"/api/v1/studies/{sid}/", json={"total_available_places": 3})
    assert response.json()["status"] == "ACTIVE"
    assert sb.studies[sid].funded_places == 3


def test_clone_makes_a_new_draft(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    response = api.post(f"/api/v1/studies/{sid}/clone/")
    assert response.status_code == 200
    clone = response.json()
    assert clone["id"] != sid
    assert clone["status"] == "UNPUBLISHED"
    assert clone["name"] == "Reaction times"


def test_list_studies_filters_by_status(api: httpx.Client) -> None:
    draft = create_study(api)["id"]
    live = published_study(api)["id"]
    drafts = api.get("/api/v1/studies/", params={"state": "UNPUBLISHED"}).json()["results"]
    assert [s["id"] for s in drafts] == [draft]
    both = api.get("/api/v1/studies/", params={"state": "(ACTIVE|UNPUBLISHED)"}).json()
    assert {s["id"] for s in both["results"]} == {draft, live}


def test_study_cost_and_calculator(api: httpx.Client) -> None:
    estimate = api.post(
        "/api/v1/study-cost-calculator/", json={"reward": 100, "total_available_places": 10}
    )
    assert estimate.status_code == 200
    assert estimate.json()["total_cost"] == 1400
    sid = create_study(api, total_available_places=10)["id"]
    cost = api.get(f"/api/v1/studies/{sid}/cost/").json()
    assert cost["rewards"]["rewards"]["amount"] == 1000
    assert cost["rewards"]["fees"]["amount"] == 330
    assert cost["rewards"]["tax"]["amount"] == 70
