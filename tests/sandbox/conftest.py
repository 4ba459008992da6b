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


def sandbox_of(api: httpx.Client) -> Sandbox:
    transport = api._transport
    assert isinstance(transport, SandboxTransport)
    return transport.sandbox


def wait_until_active(
    api: httpx.Client, study_id: str, sandbox: Sandbox | None = None
) -> dict[str, Any]:
    """As a live client does after PUBLISH: wait out the short PUBLISHING phase."""
    sandbox = sandbox or sandbox_of(api)
    for _ in range(20):
        data: dict[str, Any] = api.get(f"/api/v1/studies/{study_id}/").json()
        if data["status"] != "PUBLISHING":
            return data
        sandbox.advance(1)
    raise AssertionError(f"study {study_id} is still PUBLISHING")


def published_study(
    api: httpx.Client, *, sandbox: Sandbox | None = None, **overrides: Any
) -> dict[str, Any]:
    """Create and publish a study, then wait until it is ACTIVE; returns it as then.

    ``sandbox`` is needed only when ``api`` reaches the sandbox over a socket.
    """
    study = create_study(api, **overrides)
    response = transition(api, study["id"], "PUBLISH")
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "PUBLISHING"
    return wait_until_active(api, study["id"], sandbox)


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
