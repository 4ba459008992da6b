"""hooks.subscribe, and the sandbox's signed deliveries verified with prolific.webhooks."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from prolific import webhooks
from prolific.errors import ProlificError, WebhookVerificationError
from prolific.sandbox import Sandbox

from .helpers import Client, call, published

TARGET = "https://lab.example.test/prolific/hooks"


@dataclass
class Receiver:
    """A researcher's webhook endpoint: verify, drop redeliveries, act once per event."""

    sandbox: Sandbox
    secret: str = ""
    seen: webhooks.EventDeduplicator = field(default_factory=webhooks.EventDeduplicator)
    acted: list[dict[str, Any]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def __call__(self, headers: Mapping[str, str], body: bytes) -> int:
        try:
            event = webhooks.verify(self.secret, headers, body, now=self.sandbox.clock.now())
        except WebhookVerificationError as exc:
            self.refused.append(str(exc))
            return 400
        if self.seen.is_duplicate(headers):
            self.dropped.append(headers[webhooks.EVENT_ID_HEADER])
            return 200
        self.acted.append(event)
        return 200


async def test_subscribe_creates_the_secret_subscribes_and_confirms(
    sandbox: Sandbox, client: Client
) -> None:
    result = await call(
        client.hooks.subscribe, sandbox.workspace_id, "submission.status.change", TARGET
    )

    assert result.secret == sandbox.hooks.secret()
    assert result.secret not in repr(result)
    stored = sandbox.state.subscriptions[result.subscription.id]
    assert (stored.event_type, stored.target_url) == ("submission.status.change", TARGET)
    assert stored.is_enabled and stored.confirmed
    assert result.subscription.is_enabled is True
    assert sandbox.count_requests("create_secret") == 1
    assert sandbox.count_requests("confirm_subscription") == 1


async def test_a_second_subscription_reuses_the_secret(sandbox: Sandbox, client: Client) -> None:
    first = await call(
        client.hooks.subscribe, sandbox.workspace_id, "submission.status.change", TARGET
    )
    second = await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    # Creating a secret replaces the old one and would break the first receiver.
    assert second.secret == first.secret == sandbox.hooks.secret()
    assert sandbox.count_requests("create_secret") == 1
    assert len(sandbox.state.subscriptions) == 2
    assert all(s.is_enabled for s in sandbox.state.subscriptions.values())


async def test_an_existing_secret_is_reused(sandbox: Sandbox, client: Client) -> None:
    existing = await call(client.hooks.create_secret, sandbox.workspace_id)
    result = await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    assert result.secret == existing.value == sandbox.hooks.secret()
    assert sandbox.count_requests("create_secret") == 1


async def test_bad_arguments_send_nothing(sandbox: Sandbox, client: Client) -> None:
    with pytest.raises(ValueError):
        await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", "ftp://x")
    with pytest.raises(ValueError):
        await call(client.hooks.subscribe, "not-an-id", "study.status.change", TARGET)
    assert sandbox.requests == []


async def test_deliveries_verify_and_redeliveries_are_dropped(
    sandbox: Sandbox, client: Client
) -> None:
    receiver = Receiver(sandbox)
    sandbox.hooks.route(TARGET, receiver)
    result = await call(
        client.hooks.subscribe, sandbox.workspace_id, "submission.status.change", TARGET
    )
    receiver.secret = result.secret

    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=30)
    sandbox.advance(30)
    await call(client.submissions.approve, sub)

    assert receiver.refused == []
    assert receiver.acted, "the sandbox delivered nothing"
    assert all(
        e == json.loads(d.body)
        for e, d in zip(receiver.acted, sandbox.hooks.deliveries, strict=True)
    )
    assert {d.status_code for d in sandbox.hooks.deliveries} == {200}
    assert len({d.headers["X-Event-ID"] for d in sandbox.hooks.deliveries}) == len(receiver.acted)

    # Prolific delivers at least once: the same event again, freshly signed, same X-Event-ID.
    first = sandbox.hooks.deliveries[0]
    sandbox.advance(5)
    again = sandbox.hooks.redeliver(first.headers["X-Event-ID"])
    assert again is not None
    assert again.headers["X-Event-ID"] == first.headers["X-Event-ID"]
    assert (
        again.headers["X-Prolific-Request-Timestamp"]
        != first.headers["X-Prolific-Request-Timestamp"]
    )
    assert receiver.dropped == [first.headers["X-Event-ID"]]
    assert len(receiver.acted) == len({d.headers["X-Event-ID"] for d in sandbox.hooks.deliveries})


async def test_tampered_stale_and_unsigned_deliveries_are_refused(
    sandbox: Sandbox, client: Client
) -> None:
    captured: list[tuple[dict[str, str], bytes]] = []
    sandbox.hooks.route(TARGET, lambda headers, body: captured.append((dict(headers), body)))
    result = await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    await published(client)
    headers, body = captured[-1]  # ACTIVE (after PUBLISHING)
    now = float(headers[webhooks.TIMESTAMP_HEADER])  # checked the moment it arrives
    assert webhooks.verify(result.secret, headers, body, now=now)["event_type"] == (
        "study.status.change"
    )

    tampered = body.replace(b"ACTIVE", b"PAUSED") if b"ACTIVE" in body else body + b" "
    with pytest.raises(WebhookVerificationError, match="signature"):
        webhooks.verify(result.secret, headers, tampered, now=now)
    with pytest.raises(WebhookVerificationError, match="signature"):
        webhooks.verify("not-the-secret", headers, body, now=now)
    with pytest.raises(WebhookVerificationError, match="stale"):
        webhooks.verify(result.secret, headers, body, now=now + 301)
    with pytest.raises(WebhookVerificationError, match="future"):
        webhooks.verify(result.secret, headers, body, now=now - 301)
    unsigned = {k: v for k, v in headers.items() if k != webhooks.SIGNATURE_HEADER}
    with pytest.raises(WebhookVerificationError, match=webhooks.SIGNATURE_HEADER):
        webhooks.verify(result.secret, unsigned, body, now=now)
    # A replay much later: signature good, but stale on the receiver's clock.
    sandbox.advance(3600)
    with pytest.raises(WebhookVerificationError, match="stale"):
        webhooks.verify(result.secret, headers, body, now=sandbox.clock.now())


async def test_a_failing_receiver_gets_the_event_again_with_the_same_id(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.configure(webhook_retry_jitter=False)  # the first retry a minute later
    receiver = Receiver(sandbox)
    answers = iter([500])
    sandbox.hooks.route(TARGET, lambda h, b: next(answers, None) or receiver(h, b))
    result = await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    receiver.secret = result.secret
    await published(client)
    failed, active = sandbox.hooks.deliveries  # PUBLISHING refused, then ACTIVE taken
    assert (failed.status_code, active.status_code) == (500, 200)
    sandbox.advance(60)  # the sandbox retries on its clock
    retried = sandbox.hooks.deliveries[-1]
    assert retried.headers["X-Event-ID"] == failed.headers["X-Event-ID"]
    assert retried.status_code == 200
    assert sorted(event["status"] for event in receiver.acted) == ["ACTIVE", "PUBLISHING"]


async def test_subscribing_again_after_a_lost_confirmation_does_not_double_deliveries(
    sandbox: Sandbox, client: Client
) -> None:
    receiver = Receiver(sandbox)
    sandbox.hooks.route(TARGET, receiver)
    sandbox.faults.once("confirm_subscription", "lost_response")
    with pytest.raises(ProlificError):
        await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    # The researcher's script calls again, as the error invites.
    result = await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    receiver.secret = result.secret

    enabled = [s for s in sandbox.state.subscriptions.values() if s.is_enabled]
    assert [s.id for s in enabled] == [result.subscription.id]
    await published(client)
    assert len(receiver.acted) == 2  # PUBLISHING and ACTIVE, each acted on once


async def test_subscribing_again_after_a_lost_create_leaves_one_live_subscription(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.faults.once("create_subscription", "lost_response")
    with pytest.raises(ProlificError):
        await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    result = await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    enabled = [s for s in sandbox.state.subscriptions.values() if s.is_enabled]
    assert [s.id for s in enabled] == [result.subscription.id]


async def test_subscribing_twice_keeps_one_subscription(sandbox: Sandbox, client: Client) -> None:
    first = await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    again = await call(client.hooks.subscribe, sandbox.workspace_id, "study.status.change", TARGET)
    assert again.subscription.id == first.subscription.id
    assert again.secret == first.secret
    assert len(sandbox.state.subscriptions) == 1
    assert sandbox.count_requests("create_subscription") == 1
