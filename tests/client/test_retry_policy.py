"""The retry decision and the waits, as tables (pure functions: no client, no clock)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from prolific._constants import BACKOFF_INITIAL, BACKOFF_MAX, RETRY_AFTER_MAX
from prolific._retry import (
    Failure,
    Outcome,
    backoff_delay,
    classify,
    is_repeatable,
    parse_retry_after,
    should_retry,
)

S = "5f1e2d3c4b5a69788796a5b4"

CONNECT, TIMEOUT, NETWORK, FATAL = Failure.CONNECT, Failure.TIMEOUT, Failure.NETWORK, Failure.FATAL

# (method, path, outcome, retried?)
MATRIX: list[tuple[str, str, Outcome, bool]] = [
    # Reads and other idempotent methods: every transient failure is retried.
    ("GET", "/api/v1/studies/", 503, True),
    ("GET", "/api/v1/studies/", 502, True),
    ("GET", "/api/v1/studies/", 504, True),
    ("GET", "/api/v1/studies/", 429, True),
    ("GET", "/api/v1/studies/", TIMEOUT, True),
    ("GET", "/api/v1/studies/", NETWORK, True),
    ("GET", "/api/v1/studies/", CONNECT, True),
    ("HEAD", "/api/v1/studies/", 503, True),
    ("PUT", "/api/v1/x/", 503, True),
    ("DELETE", f"/api/v1/studies/{S}/", 503, True),
    ("OPTIONS", "/api/v1/studies/", 503, True),
    ("get", "/api/v1/studies/", 503, True),
    # ... but not errors that repeat identically, nor local failures.
    ("GET", "/api/v1/studies/", 500, False),
    ("GET", "/api/v1/studies/", 400, False),
    ("GET", "/api/v1/studies/", 401, False),
    ("GET", "/api/v1/studies/", 404, False),
    ("GET", "/api/v1/studies/", 409, False),
    ("GET", "/api/v1/studies/", FATAL, False),
    # Idempotent POSTs: transitions and bulk approve, with or without the trailing slash.
    ("POST", f"/api/v1/studies/{S}/transition/", 503, True),
    ("POST", f"/api/v1/studies/{S}/transition/", TIMEOUT, True),
    ("POST", f"/api/v1/studies/{S}/transition", 429, True),
    ("POST", f"/api/v1/submissions/{S}/transition/", 503, True),
    ("POST", f"/api/v1/submissions/{S}/transition/", NETWORK, True),
    ("POST", "/api/v1/submissions/bulk-approve/", 503, True),
    ("POST", "/api/v1/submissions/bulk-approve/", TIMEOUT, True),
    ("POST", "/proxy/api/v1/submissions/bulk-approve/", 503, True),
    # POSTs that create or pay: never repeated once the request may have left ...
    ("POST", "/api/v1/studies/", 503, False),
    ("POST", "/api/v1/studies/", TIMEOUT, False),
    ("POST", "/api/v1/studies/", NETWORK, False),
    ("POST", "/api/v1/studies/", 429, False),
    ("POST", "/api/v1/submissions/bonus-payments/", 503, False),
    ("POST", "/api/v1/submissions/bonus-payments/", TIMEOUT, False),
    ("POST", f"/api/v1/bulk-bonus-payments/{S}/pay/", 503, False),
    ("POST", f"/api/v1/bulk-bonus-payments/{S}/pay/", TIMEOUT, False),
    ("POST", f"/api/v1/bulk-bonus-payments/{S}/pay/", 502, False),
    ("POST", "/api/v1/messages/", 503, False),
    ("POST", f"/api/v1/studies/{S}/clone/", 503, False),
    ("POST", f"/api/v1/studies/{S}/transition/extra/", 503, False),
    ("PATCH", f"/api/v1/studies/{S}/", 503, False),
    # ... but a request that never left (no connection made) is safe for any method.
    ("POST", "/api/v1/studies/", CONNECT, True),
    ("POST", f"/api/v1/bulk-bonus-payments/{S}/pay/", CONNECT, True),
    ("PATCH", f"/api/v1/studies/{S}/", CONNECT, True),
    ("POST", "/api/v1/studies/", FATAL, False),
]


@pytest.mark.parametrize(("method", "path", "outcome", "expected"), MATRIX)
def test_retry_matrix(method: str, path: str, outcome: Outcome, expected: bool) -> None:
    assert should_retry(method, path, outcome, attempt=1, max_retries=3) is expected


@pytest.mark.parametrize(
    ("attempt", "max_retries", "expected"),
    [(1, 3, True), (3, 3, True), (4, 3, False), (1, 0, False), (1, 1, True), (2, 1, False)],
)
def test_retry_budget(attempt: int, max_retries: int, expected: bool) -> None:
    assert should_retry("GET", "/api/v1/studies/", 503, attempt, max_retries) is expected
    assert should_retry("POST", "/api/v1/studies/", CONNECT, attempt, max_retries) is expected


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/x/", True),
        ("POST", f"/api/v1/studies/{S}/transition/", True),
        ("POST", "/api/v1/submissions/bulk-approve/", True),
        ("POST", "/api/v1/studies/", False),
        ("POST", "/api/v1/submissions/bonus-payments/", False),
        ("PATCH", "/api/v1/studies/x/", False),
    ],
)
def test_is_repeatable(method: str, path: str, expected: bool) -> None:
    assert is_repeatable(method, path) is expected


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (httpx.ConnectError("refused"), CONNECT),
        (httpx.ConnectTimeout("slow"), CONNECT),
        (httpx.PoolTimeout("busy"), CONNECT),
        (httpx.ReadTimeout("slow"), TIMEOUT),
        (httpx.WriteTimeout("slow"), TIMEOUT),
        (httpx.ReadError("reset"), NETWORK),
        (httpx.WriteError("broken pipe"), NETWORK),
        (httpx.RemoteProtocolError("server hung up"), NETWORK),
        (httpx.UnsupportedProtocol("ftp"), FATAL),
        (httpx.LocalProtocolError("bad header"), FATAL),
        (httpx.ProxyError("proxy said no"), FATAL),
    ],
)
def test_classify(exc: httpx.TransportError, expected: Failure) -> None:
    assert classify(exc) is expected


# (attempt, rng value, expected delay): full jitter below an exponential ceiling with a cap.
@pytest.mark.parametrize(
    ("attempt", "rng", "expected"),
    [
        (1, 1.0, BACKOFF_INITIAL),
        (2, 1.0, BACKOFF_INITIAL * 2),
        (3, 1.0, BACKOFF_INITIAL * 4),
        (3, 0.5, BACKOFF_INITIAL * 2),
        (1, 0.0, 0.0),
        (10, 1.0, BACKOFF_MAX),
        (10_000, 0.99, BACKOFF_MAX * 0.99),
    ],
)
def test_backoff_full_jitter_with_cap(attempt: int, rng: float, expected: float) -> None:
    assert backoff_delay(attempt, None, lambda: rng) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [(0.0, 0.0), (7.0, 7.0), (RETRY_AFTER_MAX + 500, RETRY_AFTER_MAX), (-3.0, 0.0)],
)
def test_retry_after_wins_over_backoff_and_is_capped(retry_after: float, expected: float) -> None:
    # The rng must not be consulted: a server's explicit wait is not jittered.
    def rng() -> float:
        raise AssertionError("jitter used despite Retry-After")

    assert backoff_delay(1, retry_after, rng) == expected


NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("12", 12.0),
        (" 1.5 ", 1.5),
        ("0", 0.0),
        (format_datetime(datetime(2026, 3, 1, 12, 0, 30, tzinfo=UTC), usegmt=True), 30.0),
        ("Sun, 01 Mar 2026 11:59:00 GMT", 0.0),  # already past
        ("soon", None),
        ("", None),
        ("nan", None),
        ("inf", None),
        (None, None),
    ],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header, NOW.timestamp()) == expected
