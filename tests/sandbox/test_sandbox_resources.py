"""Workspaces, projects, groups, messages, filters, filter sets, eligibility and invitations."""

from __future__ import annotations

import httpx
import pytest

from prolific.sandbox import Sandbox

from .conftest import error_of, published_study

P1, P2, P3 = "a" * 24, "b" * 24, "c" * 24


def test_workspaces_and_projects(api: httpx.Client, sb: Sandbox) -> None:
    created = api.post("/api/v1/workspaces/", json={"title": "Lab", "currency_code": "USD"})
    assert created.status_code == 201
    ws = created.json()
    assert api.get(f"/api/v1/workspaces/{ws['id']}/balance/").json()["available_balance"] == 0
    assert (
        api.post("/api/v1/workspaces/", json={"title": "X", "currency_code": "EUR"}).status_code
        == 400
    )
    assert api.post("/api/v1/workspaces/", json={}).status_code == 400
    patched = api.patch(f"/api/v1/workspaces/{ws['id']}/", json={"title": "Lab 2"})
    assert patched.json()["title"] == "Lab 2"
    project = api.post(f"/api/v1/workspaces/{ws['id']}/projects/", json={"title": "Pilot"}).json()
    assert project["workspace"] == ws["id"]
    listed = api.get(f"/api/v1/workspaces/{ws['id']}/projects/").json()
    assert [p["title"] for p in listed["results"]] == ["Pilot"]
    renamed = api.patch(f"/api/v1/projects/{project['id']}/", json={"title": "Main"})
    assert renamed.json()["title"] == "Main"
    studies = api.get(f"/api/v1/projects/{project['id']}/studies/").json()
    assert studies["results"] == []
    detail = api.get(f"/api/v1/workspaces/{ws['id']}/").json()
    assert [p["id"] for p in detail["projects"]] == [project["id"]]
    assert detail["currency_code"] == "USD"


def test_participant_groups(api: httpx.Client, sb: Sandbox) -> None:
    assert api.get("/api/v1/participant-groups/").status_code == 400
    bad = api.post(
        "/api/v1/participant-groups/",
        json={"name": "G", "workspace_id": sb.workspace_id, "participant_ids": ["nope"]},
    )
    assert bad.status_code == 400
    group = api.post(
        "/api/v1/participant-groups/",
        json={"name": "G", "workspace_id": sb.workspace_id, "participant_ids": [P1]},
    ).json()
    gid = group["id"]
    assert group["participant_count"] == 1
    added = api.post(
        f"/api/v1/participant-groups/{gid}/participants/", json={"participant_ids": [P2, P3]}
    )
    assert added.json()["meta"]["count"] == 3
    removed = api.request(
        "DELETE", f"/api/v1/participant-groups/{gid}/participants/", json={"participant_ids": [P1]}
    )
    assert {m["participant_id"] for m in removed.json()["results"]} == {P2, P3}
    patched = api.patch(
        f"/api/v1/participant-groups/{gid}/", json={"name": "H", "participant_ids": [P1]}
    )
    assert patched.json()["name"] == "H"
    assert patched.json()["participant_count"] == 1
    listed = api.get("/api/v1/participant-groups/", params={"workspace_id": sb.workspace_id}).json()
    assert [g["id"] for g in listed["results"]] == [gid]
    assert api.delete(f"/api/v1/participant-groups/{gid}/").status_code == 204
    assert api.get(f"/api/v1/participant-groups/{gid}/").status_code == 404


def test_messages(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    sent = api.post(
        "/api/v1/messages/", json={"recipient_id": P1, "body": "Hello", "study_id": sid}
    )
    assert sent.status_code == 204
    assert sent.content == b""
    assert api.post("/api/v1/messages/", json={"recipient_id": P1, "body": "Hi"}).status_code == 400
    unknown_study = api.post(
        "/api/v1/messages/", json={"recipient_id": P1, "body": "Hi", "study_id": "0" * 24}
    )
    assert unknown_study.status_code == 400
    bulk = api.post(
        "/api/v1/messages/bulk/", json={"ids": [P2, P3], "body": "All", "study_id": sid}
    )
    assert bulk.status_code == 204
    group = api.post(
        "/api/v1/participant-groups/",
        json={"name": "G", "workspace_id": sb.workspace_id, "participant_ids": [P1, P2]},
    ).json()
    to_group = api.post(
        "/api/v1/messages/participant-group/",
        json={"participant_group_id": group["id"], "body": "G"},
    )
    assert to_group.status_code == 204
    assert len(sb.messages) == 5
    needs_filter = api.get("/api/v1/messages/")
    assert needs_filter.status_code == 400
    error_of(needs_filter)
    with_p1 = api.get("/api/v1/messages/", params={"user_id": P1}).json()["results"]
    assert [m["body"] for m in with_p1] == ["Hello", "G"]
    since = api.get("/api/v1/messages/", params={"created_after": "2026-01-01T00:00:00Z"}).json()
    assert since["meta"]["count"] == 5
    assert api.get("/api/v1/messages/", params={"created_after": "yesterday"}).status_code == 400
    assert api.get("/api/v1/messages/unread/").json()["results"] == []
    sb.participants.send_message(P1, "A question", study_id=sid)
    unread = api.get("/api/v1/messages/unread/").json()["results"]
    assert [m["sender_id"] for m in unread] == [P1]


def test_filters_and_eligibility(api: httpx.Client) -> None:
    filters = api.get("/api/v1/filters/").json()["results"]
    ids = {f["filter_id"] for f in filters}
    assert {"age", "current-country-of-residence", "approval_rate"} <= ids
    everyone = api.post("/api/v1/eligibility-count/", json={"filters": []}).json()["count"]
    uk = api.post(
        "/api/v1/eligibility-count/",
        json={"filters": [{"filter_id": "current-country-of-residence", "selected_values": ["0"]}]},
    ).json()["count"]
    young_uk = api.post(
        "/api/v1/eligibility-count/",
        json={
            "filters": [
                {"filter_id": "current-country-of-residence", "selected_values": ["0"]},
                {"filter_id": "age", "selected_range": {"lower": 18, "upper": 30}},
            ]
        },
    ).json()["count"]
    assert everyone > uk > young_uk > 0
    assert api.post("/api/v1/eligibility-count/", json={}).status_code == 400
    bad = api.post(
        "/api/v1/eligibility-count/",
        json={"filters": [{"filter_id": "age", "selected_range": {"lower": 50, "upper": 20}}]},
    )
    assert bad.status_code == 400


def test_filter_sets(api: httpx.Client, sb: Sandbox) -> None:
    body = {
        "workspace_id": sb.workspace_id,
        "name": "Left-handed",
        "filters": [{"filter_id": "handedness", "selected_values": ["0"]}],
    }
    fs = api.post("/api/v1/filter-sets/", json=body).json()
    assert fs["version"] == 1
    fid = fs["id"]
    assert api.get("/api/v1/hooks/secrets/").status_code == 400
    listed = api.get("/api/v1/filter-sets/", params={"workspace_id": sb.workspace_id}).json()
    assert [f["id"] for f in listed["results"]] == [fid]
    updated = api.patch(f"/api/v1/filter-sets/{fid}/", json={"name": "Lefties"}).json()
    assert updated["version"] == 2
    assert api.post(f"/api/v1/filter-sets/{fid}/lock/").json()["is_locked"] is True
    locked = api.patch(f"/api/v1/filter-sets/{fid}/", json={"name": "Nope"})
    assert locked.status_code == 400
    assert api.post(f"/api/v1/filter-sets/{fid}/unlock/").json()["is_locked"] is False
    clone = api.post(f"/api/v1/filter-sets/{fid}/clone/", json={})
    assert clone.status_code == 201
    assert clone.json()["id"] != fid
    study = published_study(api, filter_set_id=fid)
    assert study["filter_set_id"] == fid
    assert api.delete(f"/api/v1/filter-sets/{fid}/").status_code == 204
    assert api.get(f"/api/v1/filter-sets/{fid}/").status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"emails": ["a@example.test"]},
        {"association": "0" * 24, "emails": ["a@example.test"]},
        {"association": "{ws}", "emails": ["not-an-email"]},
        {"association": "{ws}", "emails": ["a@example.test"], "role": "KING"},
    ],
)
def test_bad_invitations(api: httpx.Client, sb: Sandbox, body: dict[str, object]) -> None:
    if body.get("association") == "{ws}":
        body = {**body, "association": sb.workspace_id}
    assert api.post("/api/v1/invitations/", json=body).status_code == 400


def test_invitations(api: httpx.Client, sb: Sandbox) -> None:
    response = api.post(
        "/api/v1/invitations/",
        json={
            "association": sb.workspace_id,
            "emails": ["a@example.test"],
            "role": "WORKSPACE_ADMIN",
        },
    )
    assert response.status_code == 201
    [invitation] = response.json()["invitations"]
    assert invitation["invitee"]["email"] == "a@example.test"
    assert invitation["status"] == "INVITED"
