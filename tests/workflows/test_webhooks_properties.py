"""Properties of webhook verification: a genuine delivery is accepted; any tampering with its
body, timestamp or signature is refused with ``WebhookVerificationError``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from prolific.errors import WebhookVerificationError
from prolific.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign, verify

pytestmark = pytest.mark.fuzz

NOW = 1_767_600_000
TOLERANCE = 300

secrets = st.text(min_size=1, max_size=40) | st.binary(min_size=1, max_size=40)
events = st.dictionaries(
    st.text(max_size=10),
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    max_size=5,
)
ages = st.integers(min_value=-TOLERANCE, max_value=TOLERANCE)


def delivery(secret: str | bytes, event: dict[str, Any], age: int) -> tuple[dict[str, str], bytes]:
    body = json.dumps(event).encode()
    timestamp = str(NOW - age)
    return {TIMESTAMP_HEADER: timestamp, SIGNATURE_HEADER: sign(secret, timestamp, body)}, body


@given(secrets, events, ages)
def test_a_genuine_delivery_is_accepted(
    secret: str | bytes, event: dict[str, Any], age: int
) -> None:
    headers, body = delivery(secret, event, age)
    assert verify(secret, headers, body, TOLERANCE, now=NOW) == event


@given(secrets, events, ages, st.data())
def test_a_tampered_body_is_refused(
    secret: str | bytes, event: dict[str, Any], age: int, data: st.DataObject
) -> None:
    headers, body = delivery(secret, event, age)
    tampered = data.draw(st.binary(max_size=len(body) + 4))
    assume(tampered != body)
    with pytest.raises(WebhookVerificationError):
        verify(secret, headers, tampered, TOLERANCE, now=NOW)


@given(secrets, events, ages, st.text(max_size=30))
def test_a_tampered_timestamp_is_refused(
    secret: str | bytes, event: dict[str, Any], age: int, timestamp: str
) -> None:
    headers, body = delivery(secret, event, age)
    assume(timestamp != headers[TIMESTAMP_HEADER])
    with pytest.raises(WebhookVerificationError):
        verify(secret, {**headers, TIMESTAMP_HEADER: timestamp}, body, TOLERANCE, now=NOW)


@given(secrets, events, ages, st.text(max_size=60))
def test_a_tampered_signature_is_refused(
    secret: str | bytes, event: dict[str, Any], age: int, signature: str
) -> None:
    headers, body = delivery(secret, event, age)
    assume(signature != headers[SIGNATURE_HEADER])
    with pytest.raises(WebhookVerificationError):
        verify(secret, {**headers, SIGNATURE_HEADER: signature}, body, TOLERANCE, now=NOW)


@given(secrets, events, st.integers(min_value=TOLERANCE + 1, max_value=10**9), st.booleans())
def test_a_replayed_or_future_delivery_is_refused(
    secret: str | bytes, event: dict[str, Any], distance: int, future: bool
) -> None:
    headers, body = delivery(secret, event, -distance if future else distance)
    with pytest.raises(WebhookVerificationError, match="future" if future else "stale"):
        verify(secret, headers, body, TOLERANCE, now=NOW)


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@given(secrets, events, ages, st.integers(min_value=1, max_value=3))
def test_another_spelling_of_the_same_signature_is_refused(
    secret: str | bytes, event: dict[str, Any], age: int, flip: int
) -> None:
    # A SHA-256 digest in base64 leaves the last character's two low bits unused: flipping
    # them spells the same digest differently. Only the exact signature sent is genuine.
    headers, body = delivery(secret, event, age)
    signature = headers[SIGNATURE_HEADER]
    last = B64[B64.index(signature[42]) ^ flip]
    altered = signature[:42] + last + signature[43:]
    with pytest.raises(WebhookVerificationError):
        verify(secret, {**headers, SIGNATURE_HEADER: altered}, body, TOLERANCE, now=NOW)
