"""Webhook verification: what a receiver relies on to trust and de-duplicate deliveries."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest

from prolific.errors import WebhookVerificationError
from prolific.webhooks import EventDeduplicator, sign, verify

SECRET = "whsec-test-secret-value"
NOW = 1_767_600_000.0
BODY = json.dumps({"event_type": "submission.status.change", "resource_id": "a" * 24}).encode()


def headers(body: bytes = BODY, timestamp: float = NOW, secret: str = SECRET) -> dict[str, str]:
    ts = str(int(timestamp))
    return {
        "X-Prolific-Request-Timestamp": ts,
        "X-Prolific-Request-Signature": sign(secret, ts, body),
        "X-Event-ID": "evt-1",
    }


def test_signature_is_base64_hmac_sha256_of_timestamp_and_body() -> None:
    expected = base64.b64encode(
        hmac.new(SECRET.encode(), b"1767600000" + BODY, hashlib.sha256).digest()
    ).decode()
    assert sign(SECRET, "1767600000", BODY) == expected


def test_good_delivery_returns_the_event_and_headers_are_case_insensitive() -> None:
    lowered = {k.lower(): v for k, v in headers().items()}
    event = verify(SECRET, lowered, BODY, now=NOW + 10)
    assert event["event_type"] == "submission.status.change"


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda h, b: (h, b.replace(b"submission", b"sUbmission")), "does not match"),
        (lambda h, b: ({**h, "X-Prolific-Request-Signature": "bm9wZQ=="}, b), "does not match"),
        (lambda h, b: ({**h, "X-Prolific-Request-Signature": "%%%"}, b), "does not match"),
        (lambda h, b: (headers(secret="another-secret"), b), "does not match"),
        (
            lambda h, b: ({k: v for k, v in h.items() if "Signature" not in k}, b),
            "no X-Prolific-Request-Signature",
        ),
        (
            lambda h, b: ({k: v for k, v in h.items() if "Timestamp" not in k}, b),
            "no X-Prolific-Request-Timestamp",
        ),
        (lambda h, b: ({**h, "X-Prolific-Request-Timestamp": "yesterday"}, b), "not a Unix"),
    ],
)
def test_tampered_or_incomplete_deliveries_are_refused(tamper, message) -> None:  # type: ignore[no-untyped-def]
    bad_headers, bad_body = tamper(headers(), BODY)
    with pytest.raises(WebhookVerificationError, match=message):
        verify(SECRET, bad_headers, bad_body, now=NOW)


@pytest.mark.parametrize(("offset", "word"), [(-301, "stale"), (301, "in the future")])
def test_stale_and_future_timestamps_are_refused(offset: float, word: str) -> None:
    signed = headers(timestamp=NOW + offset)
    with pytest.raises(WebhookVerificationError, match=word):
        verify(SECRET, signed, BODY, tolerance=300, now=NOW)
    assert verify(SECRET, signed, BODY, tolerance=400, now=NOW)


def test_replayed_delivery_is_dropped_by_event_id() -> None:
    seen = EventDeduplicator(max_events=2)
    delivery = headers()
    assert verify(SECRET, delivery, BODY, now=NOW)
    assert seen.is_duplicate(delivery) is False
    assert seen.is_duplicate(delivery) is True  # the same delivery, retried by Prolific
    assert seen.is_duplicate("evt-2") is False
    assert seen.is_duplicate("evt-3") is False  # evicts the oldest, evt-1
    assert seen.is_duplicate("evt-1") is False
    with pytest.raises(WebhookVerificationError, match="X-Event-ID"):
        seen.is_duplicate({"X-Other": "x"})


def test_error_text_never_contains_the_secret() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(SECRET, headers(secret="x"), BODY, now=NOW)
    assert SECRET not in str(caught.value)
