"""Auth, routing errors and the bad-input table: Prolific's error body, state unchanged."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from prolific.sandbox import SANDBOX_BASE_URL, Sandbox

from .conftest import create_study, error_of, study_body


@pytest.mark.parametrize("header", [None, "Token wrong", "Bearer {token}", "{token}"])
def test_wrong_or_missing_token_is_401(sb: Sandbox, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header.format(token=sb.token)}
    with httpx.Client(base_url=SANDBOX_BASE_URL, transport=sb.transport()) as client:
        response = client.post("/api/v1/studies/", json=study_body(), headers=headers)
    assert response.status_code == 401
    error_of(response)
    assert not sb.studies


def test_unknown_path_is_404_and_wrong_method_is_405(api: httpx.Client) -> None:
    missing = api.get("/api/v1/nothing-here/")
    assert missing.status_code == 404
    error_of(missing)
    wrong = api.put("/api/v1/studies/")
    assert wrong.status_code == 405
    assert set(wrong.headers["Allow"].split(", ")) == {"GET", "POST"}
    error_of(wrong)
    assert api.get("/api/v1/submissions/bulk-approve/").status_code == 405


def test_malformed_json_is_400(api: httpx.Client, sb: Sandbox) -> None:
    response = api.post(
        "/api/v1/studies/", content=b'{"name": ', headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert "JSON" in error_of(response)["detail"]
    not_object = api.post("/api/v1/studies/", json=[1, 2])
    assert not_object.status_code == 400
    assert not sb.studies


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": None}, "name"),
        ({"reward": "100"}, "reward"),
        ({"reward": 1.5}, "reward"),
        ({"reward": True}, "reward"),
        ({"reward": 0}, "reward"),
        ({"total_available_places": -1}, "total_available_places"),
        ({"estimated_completion_time": "five"}, "estimated_completion_time"),
        ({"prolific_id_option": "maybe"}, "prolific_id_option"),
        ({"completion_codes": [{"code": "A", "code_type": "COMPLETED"}]}, "completion_codes"),
        ({"completion_codes": [{"code_type": "COMPLETED", "actions": []}]}, "completion_codes"),
        ({"completion_codes": [{"code": "A", "actions": []}]}, "completion_codes"),
        (
            {"completion_codes": [{"code": "A", "code_type": "X", "actions": [{"action": "PAY"}]}]},
            "completion_codes",
        ),
        ({"external_study_url": "not a url"}, "external_study_url"),
        ({"device_compatibility": ["toaster"]}, "device_compatibility"),
        ({"filters": [{"filter_id": "shoe-size", "selected_values": ["1"]}]}, "filters"),
        ({"filters": [{"filter_id": "age", "selected_range": {"lower": 10}}]}, "filters"),
        ({"project": "0" * 24}, "project"),
        ({"maximum_allowed_time": 3}, "maximum_allowed_time"),
        ({"is_custom_screening": "yes"}, "is_custom_screening"),
    ],
)
def test_bad_study_bodies(
    api: httpx.Client, sb: Sandbox, changes: dict[str, Any], field: str
) -> None:
    body = study_body(**changes)
    if changes.get("name", 1) is None:
        del body["name"]
    response = api.post("/api/v1/studies/", json=body)
    assert response.status_code == 400
    detail = error_of(response)["detail"]
    assert field in detail, detail
    assert not sb.studies


def test_bad_patch_leaves_draft_unchanged(api: httpx.Client, sb: Sandbox) -> None:
    sid = create_study(api)["id"]
    before = copy.deepcopy(sb.studies[sid])
    response = api.patch(f"/api/v1/studies/{sid}/", json={"reward": "lots", "name": "Changed"})
    assert response.status_code == 400
    assert sb.studies[sid] == before


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/studies/{x}/"),
        ("PATCH", "/api/v1/studies/{x}/"),
        ("DELETE", "/api/v1/studies/{x}/"),
        ("POST", "/api/v1/studies/{x}/transition/"),
        ("GET", "/api/v1/studies/{x}/submissions/"),
        ("GET", "/api/v1/submissions/{x}/"),
        ("POST", "/api/v1/submissions/{x}/transition/"),
        ("GET", "/api/v1/workspaces/{x}/"),
        ("GET", "/api/v1/workspaces/{x}/balance/"),
        ("GET", "/api/v1/projects/{x}/"),
        ("GET", "/api/v1/participant-groups/{x}/"),
        ("GET", "/api/v1/filter-sets/{x}/"),
        ("GET", "/api/v1/hooks/subscriptions/{x}/"),
        ("POST", "/api/v1/bulk-bonus-payments/{x}/pay/"),
        ("POST", "/api/v1/studies/{x}/screen-out-submissions/"),
    ],
)
def test_unknown_ids_are_404(api: httpx.Client, method: str, path: str) -> None:
    response = api.request(method, path.format(x="0123456789abcdef01234567"), json={})
    assert response.status_code == 404
    error_of(response)


@pytest.mark.sandbox_errors_expected
def test_handler_crash_is_a_500_in_prolific_shape(
    sb: Sandbox, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prolific.sandbox import _workspaces

    def boom(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(_workspaces, "get_me", boom)
    from prolific.sandbox import _routes

    monkeypatch.setattr(_routes, "_TABLE", None)
    response = api.get("/api/v1/users/me/")
    monkeypatch.setattr(_routes, "_TABLE", None)
    assert response.status_code == 500
    error_of(response)
    assert "boom" in sb.errors[0]


def test_requests_are_logged(api: httpx.Client, sb: Sandbox) -> None:
    api.get("/api/v1/users/me/")
    api.get("/api/v1/nothing/")
    assert [(r.method, r.path, r.status) for r in sb.requests] == [
        ("GET", "/api/v1/users/me/", 200),
        ("GET", "/api/v1/nothing/", 404),
    ]
    assert sb.count_requests("get_me") == 1
