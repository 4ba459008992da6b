"""Webhook verification against deliveries an attacker shapes: odd timestamps, odd bodies."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest

from prolific.errors import InvalidRequestError, WebhookVerificationError
from prolific.webhooks import verify

SECRET = "whsec-test-secret-value"
NOW = 1_767_600_000.0
BODY = json.dumps({"event_type": "study.status.change"}).encode()


def signed(timestamp: str, body: bytes = BODY) -> dict[str, str]:
    # Signed over the timestamp's UTF-8 bytes, so the signature itself would pass.
    digest = hmac.new(SECRET.encode(), timestamp.encode("utf-8") + body, hashlib.sha256)
    return {
        "X-Prolific-Request-Timestamp": timestamp,
        "X-Prolific-Request-Signature": base64.b64encode(digest.digest()).decode(),
    }


@pytest.mark.parametrize(
    "timestamp",
    [
        "nan",
        "NaN",
        "inf",
        "-inf",
        "1767600000.0",
        "1.7676e9",
        " 1767600000",
        "1767600000\n",
        "+1767600000",
        "-1767600000",
        "1_767_600_000",
        "\u0661\u0667\u0666\u0667\u0666\u0660\u0660\u0660\u0660\u0660",  # Arabic-Indic digits
        "\uff11\uff17\uff16\uff17\uff16\uff10\uff10\uff10\uff10\uff10",  # full-width digits
        "1" * 5000,
    ],
)
def test_only_ascii_whole_seconds_are_a_timestamp(timestamp: str) -> None:
    # "nan" with a valid signature used to be accepted: NaN fails every comparison, so the
    # age check never fired. Non-ASCII digits raised a raw UnicodeEncodeError.
    with pytest.raises(WebhookVerificationError, match="not a Unix time"):
        verify(SECRET, signed(timestamp), BODY, now=NOW)


def test_the_refusal_quotes_a_hostile_timestamp_in_ascii_and_short() -> None:
    with pytest.raises(WebhookVerificationError) as info:
        verify(SECRET, signed("\u0661" * 100), BODY, now=NOW)
    assert str(info.value).isascii()
    assert len(str(info.value)) < 200


def test_a_body_that_is_not_text_is_refused() -> None:
    with pytest.raises(WebhookVerificationError, match="not valid text"):
        verify(SECRET, signed(str(int(NOW))), "\ud800 lone surrogate", now=NOW)


def test_a_signed_body_nested_too_deeply_is_refused() -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(WebhookVerificationError, match="not JSON"):
        verify(SECRET, signed(str(int(NOW)), body), body, now=NOW)


@pytest.mark.parametrize("tolerance", [float("nan"), -1.0])
def test_a_tolerance_that_would_switch_the_age_check_off_is_refused(tolerance: float) -> None:
    with pytest.raises(InvalidRequestError, match="tolerance"):
        verify(SECRET, signed(str(int(NOW))), BODY, tolerance=tolerance, now=NOW)


def test_a_genuine_delivery_is_still_accepted() -> None:
    assert verify(SECRET, signed(str(int(NOW))), BODY, now=NOW + 5) == {
        "event_type": "study.status.change"
    }


def test_another_base64_spelling_of_the_signature_is_refused() -> None:
    # Found by the property tests: the last character of a SHA-256 digest in base64 carries two
    # unused bits, so flipping them decoded to the same bytes and the delivery was accepted.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    headers = signed(str(int(NOW)))
    genuine = headers["X-Prolific-Request-Signature"]
    respelled = genuine[:42] + alphabet[alphabet.index(genuine[42]) ^ 1] + genuine[43:]
    assert base64.b64decode(respelled) == base64.b64decode(genuine)
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify(SECRET, {**headers, "X-Prolific-Request-Signature": respelled}, BODY, now=NOW)
