"""Verify Prolific's webhook deliveries and drop redeliveries.

Prolific signs each delivery: `X-Prolific-Request-Signature` is
base64(HMAC-SHA256(key=workspace secret, message=X-Prolific-Request-Timestamp + raw body)).
Delivery is at least once and `X-Event-ID` stays the same across retries, so a receiver should
verify, then de-duplicate::

    from prolific.webhooks import EventDeduplicator, verify

    seen = EventDeduplicator()

    def receive(headers, raw_body):
        event = verify(SECRET, headers, raw_body)   # raises WebhookVerificationError
        if seen.is_duplicate(headers):
            return 200                               # already handled
        handle(event)

Verify the raw bytes as received: parsing and re-serialising the JSON changes them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import time
from collections import OrderedDict
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .errors import InvalidRequestError, WebhookVerificationError

if TYPE_CHECKING:
    from ._ledger import BonusLedger

__all__ = [
    "EVENT_ID_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "EventDeduplicator",
    "WebhookVerificationError",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "X-Prolific-Request-Signature"
TIMESTAMP_HEADER = "X-Prolific-Request-Timestamp"
EVENT_ID_HEADER = "X-Event-ID"

# Up to 15 digits: enough for any real time, short enough that no one can make us parse a
# number thousands of digits long.
_TIMESTAMP = re.compile(r"[0-9]{1,15}")


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def _as_bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def sign(secret: str | bytes, timestamp: str, raw_body: bytes) -> str:
    """The signature Prolific sends for `raw_body` at `timestamp` (useful in tests)."""
    digest = hmac.new(_as_bytes(secret), timestamp.encode("ascii") + raw_body, hashlib.sha256)
    return base64.b64encode(digest.digest()).decode("ascii")


def _unix_seconds(timestamp: str) -> int:
    # Prolific sends whole seconds in ASCII digits. Anything looser lets an attacker slip past
    # the age check: float("nan") compares false with everything, and int() also reads
    # Arabic-Indic or full-width digits, which then cannot be signed as ASCII.
    if not isinstance(timestamp, str) or not _TIMESTAMP.fullmatch(timestamp):
        shown = ascii(timestamp)[:40] if isinstance(timestamp, str) else type(timestamp).__name__
        raise WebhookVerificationError(
            f"webhook timestamp {shown} is not a Unix time in whole seconds (ASCII digits); "
            "refuse the delivery"
        )
    return int(timestamp)


def verify(
    secret: str | bytes,
    headers: Mapping[str, str],
    raw_body: str | bytes,
    tolerance: float = 300,
    *,
    now: float | None = None,
) -> Any:
    """Check a delivery's signature and age, then return the parsed JSON event.

    `tolerance` is how many seconds the timestamp may differ from `now` (default: this
    machine's clock) in either direction; it stops an attacker replaying an old delivery.
    Raises `WebhookVerificationError` when a header is missing, the timestamp is malformed,
    stale or in the future, the signature does not match, or the body is not JSON.
    """
    if not tolerance >= 0:  # also refuses NaN, which would switch the age check off
        raise InvalidRequestError(
            f"tolerance must be a number of seconds >= 0, got {tolerance!r}", field="tolerance"
        )
    try:
        body = _as_bytes(raw_body)
    except UnicodeEncodeError:
        raise WebhookVerificationError(
            "webhook body is not valid text; verify the raw bytes as received"
        ) from None
    signature = _header(headers, SIGNATURE_HEADER)
    timestamp = _header(headers, TIMESTAMP_HEADER)
    if not signature or not timestamp:
        missing = SIGNATURE_HEADER if not signature else TIMESTAMP_HEADER
        raise WebhookVerificationError(
            f"webhook delivery has no {missing} header; refuse it (it did not come from Prolific)"
        )
    sent_at = _unix_seconds(timestamp)
    current = time.time() if now is None else now
    if abs(current - sent_at) > tolerance:
        when = "in the future" if sent_at > current else "stale"
        raise WebhookVerificationError(
            f"webhook timestamp is {when} by {abs(current - sent_at):.0f}s (tolerance "
            f"{tolerance:.0f}s); refuse it, or check this machine's clock"
        )
    expected = sign(secret, timestamp, body)
    # Compare the text exactly, not the decoded bytes: base64 spells one digest in several
    # ways (unused low bits), and only the spelling Prolific sends is the genuine signature.
    given = signature.encode("utf-8", "replace")
    if not hmac.compare_digest(given, expected.encode("ascii")):
        raise WebhookVerificationError(
            "webhook signature does not match; check the workspace's hook secret, and verify "
            "the raw request body, not re-serialised JSON"
        )
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise WebhookVerificationError("webhook body is signed but is not JSON") from None


class EventDeduplicator:
    """Remembers event IDs so that Prolific's redeliveries (webhooks are at-least-once) can be
    dropped.

    ``store`` says where the IDs are kept:

    * ``None`` (the default): in this process's memory, the last `max_events` IDs. Enough for
      one worker.
    * a file path: a SQLite file shared by every process on this machine.
    * a ``postgresql://`` DSN: a PostgreSQL database shared by every worker on every machine
      (``pip install "prolific-python[postgres]"``).
    * a ``BonusLedger``: the same store the SDK's payments use.

    With a shared store, of several workers receiving the same delivery exactly one sees
    ``is_duplicate(...) is False``. An event counts as seen from that moment: if handling it
    can fail, handle it idempotently or delete nothing until it succeeded. Store faults raise
    ``LedgerError`` naming the file or the DSN (password redacted).
    """

    def __init__(
        self,
        max_events: int = 10_000,
        *,
        store: str | os.PathLike[str] | BonusLedger | None = None,
    ) -> None:
        if max_events < 1:
            raise ValueError("max_events must be at least 1")
        self._max = max_events
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._store: BonusLedger | None = None
        if store is not None:
            from ._ledger import BonusLedger  # sqlite3 and psycopg only for shared stores

            self._store = store if isinstance(store, BonusLedger) else BonusLedger(store)

    def is_duplicate(self, headers_or_event_id: Mapping[str, str] | str) -> bool:
        """True when this event was seen before; otherwise remember it and return False.

        Raises `WebhookVerificationError` when given headers without `X-Event-ID`.
        """
        if isinstance(headers_or_event_id, str):
            event_id: str | None = headers_or_event_id
        else:
            event_id = _header(headers_or_event_id, EVENT_ID_HEADER)
        if not event_id:
            raise WebhookVerificationError(f"webhook delivery has no {EVENT_ID_HEADER} header")
        if self._store is not None:
            return not self._store.first_sighting(event_id, keep=self._max)
        if event_id in self._seen:
            self._seen.move_to_end(event_id)
            return True
        self._seen[event_id] = None
        if len(self._seen) > self._max:
            self._seen.popitem(last=False)
        return False
