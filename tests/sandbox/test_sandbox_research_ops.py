"""The research operations of the 2026 description, as the sandbox emulates them."""

from __future__ import annotations

import csv
import io

import httpx
import pytest

from prolific.sandbox import Sandbox

from .conftest import create_study, error_of, published_study, transition

AGE = [{"filter_id": "age", "selected_range": {"lower": 18, "upper": 40}}]
SEX = [{"filter_id": "sex", "selected_values": ["1"]}]
HAND = [{"filter_id": "handedness", "selected_values": ["0"]}]


def test_test_studies_need_the_feature_and_a_test_participant(
    api: httpx.Client, sb: Sandbox
) -> None:
    draft = create_study(api)["id"]
    early = api.post(f"/api/v1/studies/{draft}/test-study")
    assert early.status_code == 400 and "test participant" in error_of(early)["detail"]
    made = api.post("/api/v1/researchers/participants/", json={"email": "me+test@example.test"})
    assert made.status_code == 201 and len(made.json()["participant_id"]) == 24
    again = api.post("/api/v1/researchers/participants/", json={"email": "me+test@example.test"})
    assert again.status_code == 400
    test = api.post(f"/api/v1/studies/{draft}/test-study").json()
    assert test["study_url"].endswith(test["study_id"])
    assert sb.studies[draft].status == "UNPUBLISHED"
    sb.set_feature("test_studies", enabled=False)
    off = api.post(f"/api/v1/studies/{draft}/test-study")
    assert off.status_code == 404 and "enabled" in error_of(off)["detail"]


def export(api: httpx.Client, study: str, filters: list[object]) -> httpx.Response:
    return api.post(f"/api/v1/studies/{study}/demographic-export/", json={"filters": filters})


def test_demographic_exports_allow_two_filter_combinations(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    sb.participants.join(sid, 2, complete_after=30)
    sb.advance(30)
    first = export(api, sid, AGE)
    assert first.headers["content-type"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(first.text)))
    assert len(rows) == 2 and "age" in rows[0] and rows[0]["Status"] == "AWAITING REVIEW"
    assert export(api, sid, SEX).status_code == 200
    assert export(api, sid, AGE).status_code == 200  # a repeat is free
    assert export(api, sid, []).status_code == 200  # so is the base export
    third = export(api, sid, HAND)
    assert third.status_code == 400 and "2 filter combinations" in error_of(third)["detail"]
    history = api.get(f"/api/v1/studies/{sid}/demographic-export-history/").json()
    assert history == {"count": 2, "filters": []}
    too_many = export(api, sid, SEX * 16)
    assert too_many.status_code == 400


def test_demographic_export_answers_in_the_shape_asked_for(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    sb.participants.join(sid, 2, complete_after=30)
    sb.advance(30)
    rows = list(csv.DictReader(io.StringIO(export(api, sid, AGE).text)))
    sb.configure(demographic_export_shape="json_rows")
    as_json = export(api, sid, AGE)
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_json.json() == rows
    sb.configure(demographic_export_shape="download_url")
    link = export(api, sid, AGE).json()["url"]
    # The link is presigned: storage refuses the API token, and answers without it.
    with httpx.Client(transport=api._transport) as storage:
        assert storage.get(link, headers={"Authorization": f"Token {sb.token}"}).status_code == 400
        fetched = storage.get(link)
    assert fetched.status_code == 200
    assert list(csv.DictReader(io.StringIO(fetched.text))) == rows
    assert sb.state.research.demographic_exports[sid][-1].filters == AGE  # each one counted


def test_credential_pools_hand_out_logins_and_pause_when_empty(
    api: httpx.Client, sb: Sandbox
) -> None:
    made = api.post(
        "/api/v1/credentials/", json={"workspace_id": sb.workspace_id, "credentials": "a,1\nb,2"}
    )
    assert made.status_code == 201
    pool = made.json()["credential_pool_id"]
    clash = api.patch(f"/api/v1/credentials/{pool}/", json={"credentials": "b,9"})
    assert clash.status_code == 409
    sid = published_study(api, total_available_places=3, credential_pool_id=pool)["id"]
    assert api.get(f"/api/v1/studies/{sid}/").json()["has_credentials"] is True
    sb.participants.join(sid, 2, complete_after=999)
    assert sb.studies[sid].status == "PAUSED"  # pool empty, one place left
    [listed] = api.get("/api/v1/credentials/", params={"workspace_id": sb.workspace_id}).json()[
        "credential_pools"
    ]
    assert (listed["total_credentials"], listed["available_credentials"]) == (2, 0)
    assert api.patch(f"/api/v1/credentials/{pool}/", json={"credentials": "c,3"}).status_code == 200
    assert transition(api, sid, "START").json()["status"] == "ACTIVE"
    report = api.get(f"/api/v1/studies/{sid}/credentials/report/")
    rows = list(csv.DictReader(io.StringIO(report.text)))
    assert [r["status"] for r in rows] == ["USED", "USED", "UNUSED"]
    assert "1" not in {r["username"] for r in rows}  # passwords never appear


def test_taskflow_progress_fills_urls_in_order(api: httpx.Client, sb: Sandbox) -> None:
    urls = [
        {"external_url": "https://example.test/a", "total_allocation": 1},
        {"external_url": "https://example.test/b", "total_allocation": 2},
    ]
    sid = published_study(
        api, external_study_url=None, access_details=urls, total_available_places=3
    )["id"]
    sb.participants.join(sid, 2)
    progress = api.get(f"/api/v1/studies/{sid}/access-details-progress/").json()["progress"]
    assert [p["allocated"] for p in progress] == [1, 1]
    plain = create_study(api)["id"]
    assert api.get(f"/api/v1/studies/{plain}/access-details-progress/").status_code == 404


def test_reward_recommendations_distribution_and_upload_url(api: httpx.Client, sb: Sandbox) -> None:
    [rec] = api.get(
        "/api/v1/reward-recommendations/",
        params={"workspace_id": sb.workspace_id, "currency": "GBP"},
    ).json()
    assert rec == {
        "currency": "GBP",
        "min_reward_per_hour": 750,
        "recommended_reward_per_hour": 900,
    }
    group = api.post(
        "/api/v1/participant-groups/",
        json={
            "workspace_id": sb.workspace_id,
            "name": "G",
            "participant_ids": ["a" * 24, "b" * 24],
        },
    ).json()["id"]
    spread = api.get(
        f"/api/v1/filters/{group}/distribution/",
        params={"workspace_id": sb.workspace_id, "distribution_filters": "sex,handedness"},
    ).json()["distribution"]
    assert sum(spread["sex"].values()) == sum(spread["handedness"].values()) == 2
    upload = api.get(
        "/api/v1/submissions/signals/upload-url/notes.csv",
        params={"workspace_id": sb.workspace_id},
    )
    assert upload.status_code == 201 and upload.json()["http_method"] == "PUT"
    exe = api.get(
        "/api/v1/submissions/signals/upload-url/run.exe", params={"workspace_id": sb.workspace_id}
    )
    assert exe.status_code == 400


def test_removing_a_draft_from_its_project_deletes_it(api: httpx.Client, sb: Sandbox) -> None:
    draft = create_study(api)["id"]
    live = published_study(api)["id"]
    assert api.delete(f"/api/v1/projects/{sb.project_id}/studies/{draft}/").status_code == 204
    assert draft not in sb.studies
    refused = api.delete(f"/api/v1/projects/{sb.project_id}/studies/{live}/")
    assert refused.status_code == 400


def test_the_study_url_keys_are_public_and_stable(api: httpx.Client, sb: Sandbox) -> None:
    anonymous = httpx.Client(base_url=str(api.base_url), transport=sb.transport())
    keys = anonymous.get("/.well-known/study/jwks.json").json()["keys"]
    assert [(k["kty"], k["alg"], k["use"]) for k in keys] == [("RSA", "RS256", "sig")]
    assert Sandbox(seed=0).handle("GET", "/.well-known/study/jwks.json").json()["keys"] == keys
    new_kid = sb.rotate_study_url_key()
    rotated = anonymous.get("/.well-known/study/jwks.json").json()["keys"]
    assert [k["kid"] for k in rotated] == [new_kid, keys[0]["kid"]]


def test_secured_study_urls_carry_a_token(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(
        api,
        is_external_study_url_secure=True,
        external_study_url="https://lab.example.test/run?pid={{%PROLIFIC_PID%}}",
    )["id"]
    [sub] = sb.participants.join(sid, 1)
    url = sb.participants.entry_url(sub)
    assert url.startswith(f"https://lab.example.test/run?pid={sb.submissions[sub].participant_id}")
    assert "&prolific_token=" in url
    plain = published_study(api)["id"]
    [other] = sb.participants.join(plain, 1)
    assert "prolific_token" not in sb.participants.entry_url(other)


def test_unknown_features_are_refused(sb: Sandbox) -> None:
    with pytest.raises(ValueError, match="unknown feature"):
        sb.set_feature("nonsense", enabled=False)
