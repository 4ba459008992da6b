"""Fixtures for the sandbox's own tests: a fresh sandbox and a plain httpx client wired to it.

The tests talk HTTP through ``SandboxTransport`` with a bare ``httpx.Client`` so that they check
the wire behaviour, independent of the SDK's client code.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from prolific.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxTransport, example_study

study_body = example_study


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0)


@pytest.fixture
def api(sb: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=SANDBOX_BASE_URL,
        transport=SandboxTransport(sb),
        headers={"Authorization": f"Token {sb.token}"},
    ) as client:
        yield client


def create_study(api: httpx.Client, **overrides: Any) -> dict[str, Any]:
    response = api.post("/api/v1/studies/", json=study_body(**overrides))
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


def transition(api: httpx.Client, study_id: str, action: str) -> httpx.Response:
    return api.post(f"/api/v1/studies/{study_id}/transition/", json={"action": action})


def published_study(api: httpx.Client, **overrides: Any) -> dict[str, Any]:
    study = create_study(api, **overrides)
    response = transition(api, study["id"], "PUBLISH")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def approve(api: httpx.Client, submission_id: str) -> httpx.Response:
    return api.post(f"/api/v1/submissions/{submission_id}/transition/", json={"action": "APPROVE"})


def error_of(response: httpx.Response) -> dict[str, Any]:
    """The ``error`` object of a Prolific error body (asserting the shape)."""
    body = response.json()
    assert set(body) == {"error"}, body
    error: dict[str, Any] = body["error"]
    assert error["status"] == response.status_code
    assert {"status", "error_code", "title", "detail", "additional_information"} <= set(error)
    assert error["interactive"] is False
    return error
