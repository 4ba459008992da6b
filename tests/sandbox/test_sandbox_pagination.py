"""Lists page like Prolific's: envelope, absolute links, boundaries, 404 past the end."""

from __future__ import annotations

import httpx
import pytest

from prolific.sandbox import Sandbox

from .conftest import create_study


def _studies(api: httpx.Client, n: int) -> list[str]:
    return [create_study(api, name=f"S{i}")["id"] for i in range(n)]


def test_empty_list_is_an_empty_first_page(api: httpx.Client) -> None:
    body = api.get("/api/v1/studies/").json()
    assert body["results"] == []
    assert body["meta"] == {"count": 0}
    assert body["_links"]["next"]["href"] is None
    assert body["_links"]["previous"]["href"] is None
    assert api.get("/api/v1/studies/", params={"page": 2}).status_code == 404


def test_default_page_size_is_20(api: httpx.Client) -> None:
    ids = _studies(api, 21)
    first = api.get("/api/v1/studies/").json()
    assert len(first["results"]) == 20
    assert first["meta"]["count"] == 21
    nxt = first["_links"]["next"]["href"]
    assert nxt.startswith("https://sandbox.prolific.test/api/v1/studies/?")
    second = api.get(nxt).json()
    assert [s["id"] for s in first["results"] + second["results"]] == ids
    assert second["_links"]["next"]["href"] is None
    assert second["_links"]["previous"]["href"] is not None


def test_exact_page_boundary(api: httpx.Client) -> None:
    _studies(api, 4)
    page2 = api.get("/api/v1/studies/", params={"page": 2, "page_size": 2}).json()
    assert len(page2["results"]) == 2
    assert page2["_links"]["next"]["href"] is None
    assert "page=2" in page2["_links"]["last"]["href"]
    past = api.get("/api/v1/studies/", params={"page": 3, "page_size": 2})
    assert past.status_code == 404
    assert past.json()["error"]["status"] == 404


@pytest.mark.parametrize("page", ["0", "-1", "abc"])
def test_invalid_pages_are_404(api: httpx.Client, page: str) -> None:
    assert api.get("/api/v1/studies/", params={"page": page}).status_code == 404


def test_page_size_is_capped_at_200(api: httpx.Client, sb: Sandbox) -> None:
    ids = [f"{i:024x}" for i in range(250)]
    group = api.post(
        "/api/v1/participant-groups/",
        json={"name": "Big", "workspace_id": sb.workspace_id, "participant_ids": ids},
    ).json()
    body = api.get(
        f"/api/v1/participant-groups/{group['id']}/participants/", params={"page_size": 1000}
    ).json()
    assert len(body["results"]) == 200
    assert body["meta"]["count"] == 250
    assert "page_size=200" in body["_links"]["next"]["href"]


def test_paths_answer_with_and_without_trailing_slash(api: httpx.Client, sb: Sandbox) -> None:
    assert api.get("/api/v1/studies").status_code == 200
    assert api.get("/api/v1/studies/").status_code == 200
    assert api.get(f"/api/v1/workspaces/{sb.workspace_id}").status_code == 200
    links = api.get("/api/v1/studies").json()["_links"]
    assert links["self"]["href"].startswith("https://sandbox.prolific.test/api/v1/studies?")


def test_limit_offset_lists(api: httpx.Client, sb: Sandbox) -> None:
    for i in range(3):
        api.post("/api/v1/workspaces/", json={"title": f"W{i}"})
    body = api.get("/api/v1/workspaces/", params={"limit": 1000}).json()
    assert body["meta"]["count"] == 4
    assert len(body["results"]) == 4
    window = api.get("/api/v1/workspaces/", params={"limit": 2, "offset": 2}).json()
    assert [w["title"] for w in window["results"]] == ["W1", "W2"]
    assert window["_links"]["next"]["href"] is None
    assert api.get("/api/v1/workspaces/", params={"limit": 2, "offset": 4}).status_code == 404
