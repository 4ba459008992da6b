"""Signed webhook deliveries.

Each event is POSTed with::

    X-Prolific-Request-Timestamp: <unix seconds, sandbox clock>
    X-Timestamp: <the same moment>
    X-Prolific-Request-Signature: base64(HMAC-SHA256(key=secret, msg=timestamp + raw body))
    X-Event-ID: <the event's ID, the same on every redelivery>

to a Python callable registered for the target URL, or over HTTP to a loopback URL. The sandbox
never reaches beyond the machine: any other URL is recorded as a failed delivery. A failed
delivery (an error or a non-2xx answer) is retried on the sandbox clock as Prolific retries:
up to 11 times over about 24 hours, the n-th retry after a wait drawn (full jitter, from the
seed) between 0 and ``settings.webhook_retry_delays[n]`` (1 minute, 2 minutes, doubling).
Sending happens without the sandbox lock held, so a receiver may call the sandbox back (over
the HTTP server from another thread, say) while handling an event.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._state import Delivery, HookEvent, HookTarget, SandboxState

USER_AGENT = "prolific-sandbox-webhooks/1"
LOOPBACK_NAMES = ("localhost",)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature Prolific puts in ``X-Prolific-Request-Signature``."""
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Outgoing:
    """A delivery ready to send: what to post, and where."""

    event_id: str
    subscription_id: str
    target_url: str
    headers: dict[str, str]
    body: bytes
    target: HookTarget | None


def prepare(state: SandboxState, event: HookEvent) -> Outgoing | None:
    """Sign ``event`` for sending now (None when its subscription is gone or disabled)."""
    sub = state.subscriptions.get(event.subscription_id)
    if sub is None or not sub.is_enabled:
        return None
    secret = state.secrets.get(sub.workspace_id)
    body = json.dumps(event.payload, separators=(",", ":")).encode()
    timestamp = str(int(state.clock.now()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Event-ID": event.id,
        "X-Prolific-Request-Timestamp": timestamp,
        "X-Timestamp": timestamp,
    }
    if secret is not None:
        headers["X-Prolific-Request-Signature"] = sign(secret.value, timestamp, body)
    target = state.hook_targets.get(event.target_url)
    return Outgoing(event.id, sub.id, event.target_url, headers, body, target)


def send(out: Outgoing) -> tuple[int | None, str | None]:
    """Post it; returns (status, error). Runs without the sandbox lock held."""
    try:
        if out.target is not None:
            answer = out.target(dict(out.headers), out.body)
            return (200 if answer is None else int(answer)), None
        if is_loopback(out.target_url):
            response = httpx.post(
                out.target_url, content=out.body, headers=out.headers, timeout=5.0
            )
            return response.status_code, None
        return None, (
            "not delivered: the sandbox only delivers to loopback URLs or to callables "
            "registered with sandbox.hooks.route()"
        )
    except Exception as exc:  # a receiver's failure is the receiver's, never the sandbox's
        return None, f"{type(exc).__name__}: {exc}"


def record(state: SandboxState, out: Outgoing, status: int | None, error: str | None) -> Delivery:
    """Note the attempt on the event and schedule a retry when it failed."""
    now = state.now()
    delivery = Delivery(
        event_id=out.event_id,
        subscription_id=out.subscription_id,
        target_url=out.target_url,
        headers=out.headers,
        body=out.body,
        at=now,
        status_code=status,
        error=error,
    )
    state.deliveries.append(delivery)
    event = state.hook_events.get(out.event_id)
    if event is None:
        return delivery
    event.attempts += 1
    event.updated = now
    ok = status is not None and 200 <= status < 300
    event.status = "SUCCEEDED" if ok else "FAILED"
    delays = state.settings.webhook_retry_delays
    if not ok and event.attempts <= len(delays):
        event_id = event.id
        wait = delays[event.attempts - 1]
        if state.settings.webhook_retry_jitter:
            wait = state.timing.uniform(0.0, wait)
        state.schedule(wait, lambda: _retry(state, event_id))
    return delivery


def _retry(state: SandboxState, event_id: str) -> None:
    event = state.hook_events.get(event_id)
    if event is not None and event.status != "SUCCEEDED":
        state.outbox.append(event)


def deliver_now(
    state: SandboxState, event: HookEvent, lock: AbstractContextManager[Any]
) -> Delivery | None:
    """Prepare and record under ``lock``; send without it (a receiver may call the sandbox)."""
    with lock:
        out = prepare(state, event)
    if out is None:
        return None
    status, error = send(out)
    with lock:
        return record(state, out, status, error)


def flush(state: SandboxState, lock: AbstractContextManager[Any]) -> int:
    """Deliver every queued event, oldest first; returns how many were attempted."""
    sent = 0
    while True:
        with lock:
            if not state.outbox:
                return sent
            event = state.outbox.pop(0)
        deliver_now(state, event, lock)
        sent += 1
