"""The 2026 shapes the sandbox accepts as Prolific does: weighted and composite filters, the
completion code rules, the new study, project and message fields, and the submission list's
filters."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from prolific.sandbox import Sandbox

from .conftest import create_study, error_of, published_study, study_body, transition

SEX = {"filter_id": "sex", "selected_values": ["0", "1"]}
AGE = {"filter_id": "age", "selected_range": {"lower": 18, "upper": 60}}


def count(api: httpx.Client, filters: list[dict[str, Any]]) -> int:
    response = api.post("/api/v1/eligibility-count/", json={"filters": filters})
    assert response.status_code == 200, response.text
    result: int = response.json()["count"]
    return result


def test_quota_study_with_weighted_select_and_range_filters(api: httpx.Client) -> None:
    weighted_sex = {**SEX, "weightings": {"0": 50, "1": 50}}
    weighted_age = {
        **AGE,
        "weightings": {
            "young": {"selected_range": {"lower": 18, "upper": 35}, "weighting": 60},
            "older": {"selected_range": {"lower": 36, "upper": 60}, "weighting": 40},
        },
    }
    study = create_study(api, filters=[weighted_sex, weighted_age], study_type="SINGLE")
    assert study["filters"][1]["weightings"]["young"] == {
        "selected_range": {"lower": 18, "upper": 35},
        "weighting": 60,
    }
    assert study["study_type"] == "SINGLE"
    # A quota study without study_type is accepted too (single-source rule; see the spec).
    assert create_study(api, filters=[weighted_sex])["study_type"] == "SINGLE"


def test_a_range_filter_weighted_with_bare_numbers_is_refused(api: httpx.Client) -> None:
    response = api.post(
        "/api/v1/studies/", json=study_body(filters=[{**AGE, "weightings": {"18-35": 60}}])
    )
    assert response.status_code == 400
    assert "selected_range" in str(error_of(response)["detail"])


def test_composite_filters_nest_and_count_as_and_or(api: httpx.Client) -> None:
    english = {"filter_id": "first-language", "selected_values": ["0"]}
    uk = {"filter_id": "current-country-of-residence", "selected_values": ["0"]}
    either = {"filter_id": "or", "selected_filters": [english, uk]}
    both = {"filter_id": "and", "selected_filters": [english, uk]}
    nested = {"filter_id": "and", "selected_filters": [AGE, either]}
    assert count(api, [both]) < count(api, [english]) < count(api, [either])
    assert count(api, [nested]) == count(api, [AGE, either])
    study = create_study(api, filters=[nested])
    assert study["filters"][0]["selected_filters"][1]["filter_id"] == "or"
    created = api.post(
        "/api/v1/filter-sets/",
        json={"workspace_id": study["workspace"], "name": "Either", "filters": [either]},
    )
    assert created.status_code == 201 and created.json()["filters"] == [either]
    empty = api.post("/api/v1/eligibility-count/", json={"filters": [{"filter_id": "or"}]})
    assert empty.status_code == 400 and "selected_filters" in str(error_of(empty)["detail"])


def test_draft_without_codes_can_be_created_but_not_published(api: httpx.Client) -> None:
    body = study_body()
    del body["completion_codes"]
    draft = api.post("/api/v1/studies/", json=body).json()
    assert draft["completion_codes"] == [] and draft["is_ready_to_publish"] is False
    refused = transition(api, draft["id"], "PUBLISH")
    assert refused.status_code == 400
    assert "completion code" in error_of(refused)["detail"]
    assert create_study(api)["is_ready_to_publish"] is True


def fixed_code(reward: int = 40, slots: int = 2) -> dict[str, Any]:
    return {
        "code": "SCREENED",
        "code_type": "SCREENED_OUT",
        "actor": "participant",
        "actions": [
            {
                "action": "FIXED_SCREEN_OUT_PAYMENT",
                "fixed_screen_out_reward": reward,
                "slots": slots,
            }
        ],
    }


def with_fixed_code(**fixed: int) -> list[dict[str, Any]]:
    done = {"code": "DONE1", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]}
    return [done, fixed_code(**fixed)]


@pytest.mark.parametrize(
    ("fixed", "words"),
    [
        ({"reward": 100}, "less than the study reward"),
        ({"reward": -1}, "fixed_screen_out_reward"),
        ({"slots": 0}, "slots"),
    ],
)
def test_fixed_screen_out_codes_are_checked(
    api: httpx.Client, fixed: dict[str, int], words: str
) -> None:
    response = api.post(
        "/api/v1/studies/", json=study_body(completion_codes=with_fixed_code(**fixed))
    )
    assert response.status_code == 400
    assert words in str(error_of(response)["detail"])


def test_new_study_fields_are_kept_and_checked(api: httpx.Client) -> None:
    study = create_study(
        api,
        is_external_study_url_secure=True,
        study_labels=["ai_evaluation", "decision_making_task"],
        submissions_config={"max_submissions_per_participant": 1, "auto_rejection_categories": []},
    )
    assert study["is_external_study_url_secure"] is True
    assert study["has_credentials"] is False and study["credential_pool_id"] is None
    assert study["study_labels"] == ["ai_evaluation", "decision_making_task"]
    bad = {
        "credential_pool_id": "0" * 24,
        "submissions_config": {"auto_rejection_categories": ["TOO_SLOW"]},
        "data_collection_method": "SPREADSHEET",
        "data_collection_metadata": {"annotators_per_task": 0},
    }
    for name, value in bad.items():
        response = api.post("/api/v1/studies/", json=study_body(**{name: value}))
        assert response.status_code == 400, name
        assert name in str(error_of(response)["detail"]), name


def test_projects_carry_type_public_details_and_longitudinal_designs(
    api: httpx.Client, sb: Sandbox
) -> None:
    base = f"/api/v1/workspaces/{sb.workspace_id}/projects/"
    plain = api.post(base, json={"title": "Plain"}).json()
    assert (plain["type"], plain["public_details"], plain["is_longitudinal"]) == (
        "PRIVATE",
        None,
        False,
    )
    config = {"target_completions": 100, "retention_rate": 0.8, "filters": [AGE]}
    waves = api.post(
        base,
        json={
            "title": "Waves",
            "type": "PUBLIC",
            "is_longitudinal": True,
            "longitudinal": {"config": config},
        },
    ).json()
    assert waves["type"] == "PUBLIC" and waves["is_longitudinal"] is True
    assert waves["longitudinal"]["config"]["target_completions"] == 100
    details = {"status": "ENABLED", "title": "Sleep study", "short_description": "Three waves"}
    patched = api.patch(
        f"/api/v1/projects/{waves['id']}/",
        json={"public_details": details, "hidden": True, "owner": sb.user_id},
    )
    assert patched.status_code == 200 and patched.json()["public_details"] == details
    refused = api.patch(f"/api/v1/projects/{waves['id']}/", json={"type": "SECRET"})
    assert refused.status_code == 400


def test_messages_carry_both_spellings_of_sender_and_time(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=5)
    participant = sb.submissions[sub].participant_id
    sb.participants.send_message(participant, "Is there a bonus?", study_id=sid)
    [unread] = api.get("/api/v1/messages/unread/").json()["results"]
    assert unread["sender"] == unread["sender_id"] == participant
    assert unread["datetime_created"] == unread["sent_at"]
    listed = api.get(
        "/api/v1/messages/", params={"user_id": participant, "excluded_sender_ids": participant}
    )
    assert listed.json()["results"] == []


def test_listing_submissions_by_status_flag_day_and_order(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=3)["id"]
    [a] = sb.participants.join(sid, 1, complete_after=10)
    sb.advance(1)
    [b] = sb.participants.join(sid, 1, complete_after=20)
    sb.advance(1)
    [c] = sb.participants.join(sid, 1, complete_after=999)
    sb.advance(30)

    def ids(**params: str) -> list[str]:
        response = api.get("/api/v1/submissions/", params={"study": sid, **params})
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["results"]]

    assert ids(status="AWAITING_REVIEW") == [a, b]
    assert ids(status="awaiting_review") == [a, b]
    assert ids(active="true") == [c]
    assert ids(active="0") == [a, b]
    assert ids(ordering="-started_at") == [c, b, a]
    today = sb.submissions[a].completed_at
    assert today is not None
    assert ids(submitted_from=f"{today:%d/%m/%Y}") == [a, b]
    bad = api.get("/api/v1/submissions/", params={"study": sid, "submitted_from": "2026-01-01"})
    assert bad.status_code == 400 and "DD/MM/YYYY" in error_of(bad)["detail"]


def test_participant_groups_list_by_project_and_activity(api: httpx.Client, sb: Sandbox) -> None:
    made = api.post(
        "/api/v1/participant-groups/", json={"workspace_id": sb.workspace_id, "name": "Pilot"}
    ).json()
    by_project = api.get("/api/v1/participant-groups/", params={"project_id": sb.project_id})
    assert [g["id"] for g in by_project.json()["results"]] == [made["id"]]
    api.delete(f"/api/v1/participant-groups/{made['id']}/")
    active = api.get(
        "/api/v1/participant-groups/", params={"workspace_id": sb.workspace_id, "active": "true"}
    )
    assert active.json()["results"] == []
    deleted = api.get(
        "/api/v1/participant-groups/", params={"project_id": sb.project_id, "active": "false"}
    )
    assert [g["id"] for g in deleted.json()["results"]] == [made["id"]]
    both = {"workspace_id": sb.workspace_id, "project_id": sb.project_id}
    for scope in ({}, both, {"project_id": "f" * 24}):
        assert api.get("/api/v1/participant-groups/", params=scope).status_code == 400, scope


def test_invitations_are_to_a_workspace(api: httpx.Client, sb: Sandbox) -> None:
    to_project = api.post(
        "/api/v1/invitations/", json={"association": sb.project_id, "emails": ["a@example.test"]}
    )
    assert to_project.status_code == 400
    assert "workspace" in str(error_of(to_project)["detail"])
    editor = api.post(
        "/api/v1/invitations/",
        json={
            "association": sb.workspace_id,
            "emails": ["a@example.test"],
            "role": "PROJECT_EDITOR",
        },
    )
    assert editor.status_code == 400
