"""When to retry and how long to wait: pure functions, no I/O, no clock.

The rule: a request is repeated only when repeating it cannot do harm.

* A request that never left the machine (the connection could not be made, or no pooled
  connection became free) is safe to send again, whatever its method.
* Otherwise only *repeatable* requests are retried: GET, HEAD, PUT, DELETE, OPTIONS, and the POSTs
  Prolific treats as idempotent (study and submission transitions, bulk approve). A POST that
  creates something or pays is never repeated blindly: its first attempt may have taken effect.
* Repeatable requests are retried on timeouts, broken connections and the statuses 429, 502, 503
  and 504, at most ``max_retries`` times.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Callable
from datetime import UTC
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TypeAlias

import httpx

from ._constants import BACKOFF_INITIAL, BACKOFF_MAX, RETRY_AFTER_MAX

__all__ = [
    "RETRY_STATUSES",
    "Failure",
    "Outcome",
    "backoff_delay",
    "classify",
    "describe",
    "is_repeatable",
    "parse_retry_after",
    "should_retry",
]


class Failure(enum.Enum):
    """How a request failed without an HTTP answer."""

    #: The request never left: connecting failed or timed out, or no pooled connection freed up.
    CONNECT = "connect"
    #: A read or write timed out: the server may have acted on the request.
    TIMEOUT = "timeout"
    #: The connection broke after the request was (perhaps partly) sent.
    NETWORK = "network"
    #: A local problem retrying cannot fix (unsupported URL scheme, invalid request, proxy setup).
    FATAL = "fatal"


#: An HTTP status code, or a failure without one.
Outcome: TypeAlias = int | Failure

RETRY_STATUSES = frozenset({429, 502, 503, 504})

_ALWAYS_REPEATABLE = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

# The POSTs Prolific treats as idempotent: repeating a transition to the state it already has is
# ignored, and identical bulk approvals are de-duplicated. Matched on the end of the path so a
# base URL with a path prefix (a proxy) still matches; the trailing slash is optional because
# Prolific answers both forms.
_REPEATABLE_POST = re.compile(
    r"/(?:(?:studies|submissions)/[^/]+/transition|submissions/bulk-approve)/?$"
)


def classify(exc: httpx.TransportError) -> Failure:
    """Which kind of failure an httpx transport error is."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Failure.CONNECT
    if isinstance(exc, httpx.TimeoutException):
        return Failure.TIMEOUT
    if isinstance(exc, httpx.NetworkError | httpx.RemoteProtocolError):
        return Failure.NETWORK
    return Failure.FATAL


def is_repeatable(method: str, path: str) -> bool:
    """Whether sending this request twice has the same effect as sending it once."""
    method = method.upper()
    if method in _ALWAYS_REPEATABLE:
        return True
    return method == "POST" and _REPEATABLE_POST.search(path) is not None


def should_retry(method: str, path: str, outcome: Outcome, attempt: int, max_retries: int) -> bool:
    """Whether to send the request again.

    ``attempt`` is the 1-based number of the attempt that just ended with ``outcome``; at most
    ``max_retries`` retries follow the first attempt.
    """
    if attempt > max_retries:
        return False
    if outcome is Failure.CONNECT:
        return True
    if outcome is Failure.FATAL or not is_repeatable(method, path):
        return False
    if isinstance(outcome, Failure):
        return True
    return outcome in RETRY_STATUSES


def backoff_delay(attempt: int, retry_after: float | None, rng: Callable[[], float]) -> float:
    """Seconds to wait after failed attempt number ``attempt`` (1-based).

    A server-sent ``retry_after`` wins, capped at ``RETRY_AFTER_MAX``. Otherwise "full jitter":
    a random wait between 0 and ``BACKOFF_INITIAL * 2 ** (attempt - 1)``, capped at
    ``BACKOFF_MAX``, so clients that failed together do not retry together. ``rng`` returns a
    float in [0, 1).
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), RETRY_AFTER_MAX)
    exponent = min(max(attempt - 1, 0), 32)
    ceiling = min(BACKOFF_MAX, BACKOFF_INITIAL * 2.0**exponent)
    return min(max(0.0, rng()), 1.0) * ceiling


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: a number of seconds or an HTTP date.

    ``now`` is the current time in seconds since the epoch. A date in the past gives 0; an
    unreadable value gives ``None``.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - now
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def describe(outcome: Outcome) -> str:
    """A short reason for log lines: ``"503 Service Unavailable"`` or ``"timeout"``."""
    if isinstance(outcome, Failure):
        return {
            Failure.CONNECT: "could not connect",
            Failure.TIMEOUT: "timed out",
            Failure.NETWORK: "connection broke",
            Failure.FATAL: "transport error",
        }[outcome]
    try:
        return f"{outcome} {HTTPStatus(outcome).phrase}"
    except ValueError:
        return str(outcome)
