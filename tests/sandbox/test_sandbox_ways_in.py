"""The three ways in (SDK clients, the HTTP server, the pytest plugin) and the public surface."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

import prolific
import prolific.sandbox
from prolific.sandbox import Sandbox

from .conftest import study_body


def test_public_names_are_pinned() -> None:
    assert set(prolific.sandbox.__all__) == {
        "SANDBOX_BASE_URL",
        "ConnectionDropped",
        "Fault",
        "FeeRule",
        "RemoteFault",
        "RemoteSandbox",
        "Sandbox",
        "SandboxClock",
        "SandboxResponse",
        "SandboxSettings",
        "SandboxTransport",
        "SandboxUsageError",
        "example_study",
    }


def test_importing_prolific_does_not_import_the_sandbox() -> None:
    code = "import sys, prolific; print('prolific.sandbox' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sdk_client_is_wired_to_the_sandbox(sb: Sandbox) -> None:
    with sb.client() as client:
        me = client.users.me()
    assert me.id == sb.user_id
    assert sb.count_requests("get_me") == 1


async def test_async_sdk_client_is_wired_to_the_sandbox(sb: Sandbox) -> None:
    client = sb.async_client()
    me = await client.users.me()
    assert me.id == sb.user_id


def test_sdk_retries_sleep_on_the_sandbox_clock(sb: Sandbox) -> None:
    sb.faults.once("get_me", "429", retry_after=30)
    before = sb.clock.now()
    with sb.client() as client:
        client.users.me()
    assert sb.clock.now() - before >= 30
    assert sb.count_requests("get_me") == 2


def test_http_server_serves_a_plain_client(sb: Sandbox) -> None:
    with sb.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, headers={"Authorization": f"Token {sb.token}"}) as client:
            created = client.post("/api/v1/studies/", json=study_body())
            assert created.status_code == 201
            sid = created.json()["id"]
            published = client.post(f"/api/v1/studies/{sid}/transition", json={"action": "PUBLISH"})
            assert published.json()["status"] == "PUBLISHING"
            client.post("/_sandbox/clock/advance/", json={"seconds": 10})
            assert client.get(f"/api/v1/studies/{sid}/").json()["status"] == "ACTIVE"
            joined = client.post(
                "/_sandbox/participants/join/", json={"study_id": sid, "n": 1, "complete_after": 5}
            )
            [sub] = joined.json()["submission_ids"]
            client.post("/_sandbox/clock/advance/", json={"seconds": 5})
            approved = client.post(
                f"/api/v1/submissions/{sub}/transition/", json={"action": "APPROVE"}
            )
            assert approved.json()["status"] == "APPROVED"
            page = client.get("/api/v1/studies/").json()
            assert page["_links"]["self"]["href"].startswith(url)
            assert (
                client.get("/api/v1/users/me/", headers={"Authorization": "x"}).status_code == 401
            )
            ledger = client.get("/_sandbox/ledger/").json()["results"]
            assert [e["kind"] for e in ledger] == ["top_up", "study_debit"]


def test_http_server_drops_the_connection_on_lost_response(sb: Sandbox) -> None:
    sb.faults.once("create_study", "lost_response")
    with (
        sb.serve() as url,
        httpx.Client(base_url=url, headers={"Authorization": f"Token {sb.token}"}) as client,
    ):
        with pytest.raises(httpx.TransportError):
            client.post("/api/v1/studies/", json=study_body())
        assert len(sb.studies) == 1
        assert client.get("/api/v1/studies/").json()["meta"]["count"] == 1


def test_module_entry_point_prints_url_and_token() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "prolific.sandbox", "--port", "0", "--seed", "4"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        second = proc.stdout.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert first.startswith("Prolific sandbox listening on http://127.0.0.1:")
    token = Sandbox(seed=4).token
    assert f"PROLIFIC_TOKEN={token}" in second
    assert "PROLIFIC_URL=http://127.0.0.1:" in second


def test_pytest_plugin_fixtures(
    prolific_sandbox: Sandbox, prolific_client: prolific.Prolific
) -> None:
    # The plugin is registered by the package's pytest11 entry point.
    assert prolific_sandbox.seed == 0
    assert prolific_client.users.me().id == prolific_sandbox.user_id


async def test_pytest_plugin_async_fixture(
    prolific_sandbox: Sandbox, prolific_async_client: prolific.AsyncProlific
) -> None:
    assert (await prolific_async_client.users.me()).id == prolific_sandbox.user_id


def test_reset_and_seed_reproduce_ids(api: httpx.Client, sb: Sandbox) -> None:
    first = api.post("/api/v1/studies/", json=study_body()).json()["id"]
    sb.reset()
    assert not sb.studies
    assert sb.balance() == 100_000
    again = api.post("/api/v1/studies/", json=study_body()).json()["id"]
    assert again == first
    assert Sandbox(seed=0).workspace_id == sb.workspace_id
    assert Sandbox(seed=1).workspace_id != sb.workspace_id


def test_autopilot_fills_published_studies(api: httpx.Client, sb: Sandbox) -> None:
    sb.configure(autopilot=True)
    sid = api.post("/api/v1/studies/", json=study_body(total_available_places=2)).json()["id"]
    api.post(f"/api/v1/studies/{sid}/transition/", json={"action": "PUBLISH"})
    assert sb.submissions_of(sid) == []  # nobody joins while the study is PUBLISHING
    sb.advance(10)
    assert len(sb.submissions_of(sid)) == 2
    sb.run_until_idle()
    assert sb.studies[sid].status == "AWAITING REVIEW"


def test_clock_steps_through_scheduled_moments(api: httpx.Client, sb: Sandbox) -> None:
    sid = api.post("/api/v1/studies/", json=study_body()).json()["id"]
    api.post(f"/api/v1/studies/{sid}/transition/", json={"action": "PUBLISH"})
    sb.advance(10)
    a, b = sb.participants.join(sid, 2, complete_after=[30, 90])
    sb.advance(3600)
    assert sb.submissions[a].completed_at is not None
    assert (sb.submissions[a].completed_at - sb.submissions[a].started_at).total_seconds() == 30
    assert (sb.submissions[b].completed_at - sb.submissions[b].started_at).total_seconds() == 90
