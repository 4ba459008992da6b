"""Webhooks: secrets, subscribe-and-confirm, signed deliveries, stable event IDs, retries."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from prolific.sandbox import Sandbox

from .conftest import error_of, published_study

TARGET = "https://hooks.example.test/prolific"


def subscribe(api: httpx.Client, sb: Sandbox, event_type: str, url: str = TARGET) -> str:
    secret = api.post("/api/v1/hooks/secrets/", json={"workspace_id": sb.workspace_id})
    assert secret.status_code == 201
    created = api.post(
        "/api/v1/hooks/subscriptions/",
        json={"workspace_id": sb.workspace_id, "event_type": event_type, "target_url": url},
    )
    assert created.status_code == 201
    sub_id: str = created.json()["id"]
    assert created.json()["is_enabled"] is False
    confirm = api.post(
        f"/api/v1/hooks/subscriptions/{sub_id}/",
        json={"secret": created.headers["X-Hook-Secret"]},
    )
    assert confirm.status_code == 200
    assert confirm.json()["is_enabled"] is True
    return sub_id


def expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def test_event_types(api: httpx.Client) -> None:
    types = {e["event_type"] for e in api.get("/api/v1/hooks/event-types/").json()["results"]}
    assert {"study.status.change", "submission.status.change"} <= types


def test_one_secret_per_workspace(api: httpx.Client, sb: Sandbox) -> None:
    first = api.post("/api/v1/hooks/secrets/", json={"workspace_id": sb.workspace_id}).json()
    second = api.post("/api/v1/hooks/secrets/", json={"workspace_id": sb.workspace_id}).json()
    assert first["value"] != second["value"]
    listed = api.get("/api/v1/hooks/secrets/", params={"workspace_id": sb.workspace_id}).json()
    assert [s["value"] for s in listed["results"]] == [second["value"]]


def test_subscribing_needs_a_secret_and_a_valid_confirmation(
    api: httpx.Client, sb: Sandbox
) -> None:
    body = {
        "workspace_id": sb.workspace_id,
        "event_type": "study.status.change",
        "target_url": TARGET,
    }
    assert api.post("/api/v1/hooks/subscriptions/", json=body).status_code == 400
    api.post("/api/v1/hooks/secrets/", json={"workspace_id": sb.workspace_id})
    bad_type = api.post("/api/v1/hooks/subscriptions/", json={**body, "event_type": "nope"})
    assert bad_type.status_code == 400
    created = api.post("/api/v1/hooks/subscriptions/", json=body)
    sub_id = created.json()["id"]
    wrong = api.post(f"/api/v1/hooks/subscriptions/{sub_id}/", json={"secret": "nope"})
    assert wrong.status_code == 400
    error_of(wrong)
    assert api.get(f"/api/v1/hooks/subscriptions/{sub_id}/").json()["is_enabled"] is False
    listed = api.get("/api/v1/hooks/subscriptions/", params={"is_enabled": "false"}).json()
    assert [s["id"] for s in listed["results"]] == [sub_id]


def test_signed_delivery_to_a_callable(api: httpx.Client, sb: Sandbox) -> None:
    received: list[tuple[dict[str, str], bytes]] = []
    sb.hooks.route(TARGET, lambda headers, body: received.append((headers, body)))
    subscribe(api, sb, "study.status.change")
    sid = published_study(api)["id"]
    [(_, publishing), (headers, body)] = received  # PUBLISHING, then ACTIVE
    assert json.loads(publishing)["status"] == "PUBLISHING"
    secret = sb.hooks.secret()
    assert secret is not None
    timestamp = headers["X-Prolific-Request-Timestamp"]
    assert headers["X-Prolific-Request-Signature"] == expected_signature(secret, timestamp, body)
    assert int(timestamp) == int(sb.clock.now())
    payload = json.loads(body)
    assert payload == {
        "resource_id": sid,
        "event_type": "study.status.change",
        "metadata": {},
        "status": "ACTIVE",
    }


def test_failed_deliveries_are_retried_with_the_same_event_id(
    api: httpx.Client, sb: Sandbox
) -> None:
    answers = iter([500, 503, 200])
    seen: list[dict[str, str]] = []

    def receiver(headers: dict[str, str], body: bytes) -> int:
        seen.append(headers)
        return next(answers)

    sb.configure(webhook_retry_jitter=False)  # Prolific's table: 1 minute, then 2 minutes
    sb.hooks.route(TARGET, receiver)
    sub_id = subscribe(api, sb, "submission.status.change")
    sid = published_study(api)["id"]
    sb.participants.join(sid, 1, outcome="manual")  # one event: ACTIVE
    assert len(seen) == 1
    sb.advance(59)
    assert len(seen) == 1
    sb.advance(1)
    sb.advance(120)
    assert len(seen) == 3
    assert len({h["X-Event-ID"] for h in seen}) == 1
    assert len({h["X-Prolific-Request-Timestamp"] for h in seen}) == 3
    events = api.get(f"/api/v1/hooks/subscriptions/{sub_id}/events/").json()["results"]
    assert [e["status"] for e in events] == ["SUCCEEDED"]
    again = sb.hooks.redeliver(events[0]["id"])
    assert again is not None
    assert again.headers["X-Event-ID"] == events[0]["id"]


def test_events_filter_by_status(api: httpx.Client, sb: Sandbox) -> None:
    sb.hooks.route(TARGET, lambda headers, body: 500)
    sub_id = subscribe(api, sb, "study.status.change")
    published_study(api)
    url = f"/api/v1/hooks/subscriptions/{sub_id}/events/"
    assert len(api.get(url, params={"status": "FAILED"}).json()["results"]) == 2
    assert api.get(url, params={"status": '["SUCCEEDED"]'}).json()["results"] == []
    assert api.get(url, params={"status": "WHATEVER"}).status_code == 400


def test_no_delivery_outside_the_machine(api: httpx.Client, sb: Sandbox) -> None:
    subscribe(api, sb, "study.status.change", url="https://somewhere.example.com/hook")
    published_study(api)
    [delivery, _] = sb.hooks.deliveries
    assert delivery.status_code is None
    assert delivery.error is not None and "loopback" in delivery.error


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    got: list[tuple[dict[str, str], bytes]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            got.append((dict(self.headers.items()), body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", got
    finally:
        server.shutdown()
        server.server_close()


def test_delivery_over_loopback_http(
    api: httpx.Client,
    sb: Sandbox,
    receiver: tuple[str, list[tuple[dict[str, str], bytes]]],
) -> None:
    url, got = receiver
    subscribe(api, sb, "study.status.change", url=url)
    published_study(api)
    [_, (headers, body)] = got
    secret = sb.hooks.secret()
    assert secret is not None
    signature = expected_signature(secret, headers["X-Prolific-Request-Timestamp"], body)
    assert headers["X-Prolific-Request-Signature"] == signature
    assert sb.hooks.deliveries[0].status_code == 204


def test_receiver_may_call_the_sandbox_back_while_handling(sb: Sandbox) -> None:
    """Deliveries are sent without the sandbox lock: a receiver that fetches the study through
    the HTTP server (from another thread) does not deadlock."""
    fetched: list[int] = []
    with sb.serve() as base:
        auth = {"Authorization": f"Token {sb.token}"}

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                answer = httpx.get(
                    f"{base}/api/v1/studies/{body['resource_id']}/", headers=auth, timeout=2
                )
                fetched.append(answer.status_code)
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        receiver = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=receiver.serve_forever, args=(0.05,), daemon=True).start()
        try:
            with httpx.Client(base_url=base, headers=auth) as client:
                subscribe(
                    client,
                    sb,
                    "study.status.change",
                    url=f"http://127.0.0.1:{receiver.server_address[1]}/",
                )
                published_study(client, sandbox=sb)
        finally:
            receiver.shutdown()
            receiver.server_close()
    assert fetched == [200, 200]
    assert sb.hooks.deliveries[0].status_code == 200
