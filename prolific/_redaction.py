"""Keeping API tokens out of what the SDK stores and logs.

A hostile or misconfigured server can echo the ``Authorization`` header back: in a body, in
``X-Request-ID``, in a ``next`` link. Errors redact the token of the request they describe
(:func:`redact`); the SDK's logger (and httpx's, which logs each URL) redacts every token a
client of this process was configured with (:class:`RedactingFilter`), because a log call deep
in a workflow does not know which client it serves. httpcore's DEBUG records (raw headers) are
not filtered: keep them off in production (see the README).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from ._constants import LOGGER_NAME

__all__ = ["REDACTED", "RedactingFilter", "redact", "remember_secret", "scrub"]

REDACTED = "[redacted]"

_lock = threading.Lock()
# Tokens of every client configured in this process. A handful at most; kept for the life of
# the process, as the clients' own configs keep them.
_secrets: frozenset[str] = frozenset()


def remember_secret(secret: str) -> None:
    """Have the SDK's log records redact ``secret`` from now on."""
    global _secrets
    with _lock:
        _secrets = _secrets | {secret}


def redact(value: Any, secret: str | None) -> Any:
    """``value`` with ``secret`` replaced in every string in it (JSON-like values: strings,
    numbers, lists and dict keys and values)."""
    if not secret:
        return value
    if isinstance(value, str):
        return value.replace(secret, REDACTED)
    if isinstance(value, int | float) and not isinstance(value, bool) and secret in str(value):
        # An all-digit token echoed into a JSON number: keep the number's text, redacted.
        return str(value).replace(secret, REDACTED)
    if isinstance(value, list):
        return [redact(v, secret) for v in value]
    if isinstance(value, dict):
        return {redact(k, secret): redact(v, secret) for k, v in value.items()}
    return value


def scrub(text: str) -> str:
    """``text`` with every remembered token redacted."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Redacts remembered tokens from a record's final message (its arguments included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _secrets:
            message = record.getMessage()
            cleaned = scrub(message)
            if cleaned != message:
                record.msg, record.args = cleaned, None
        return True


def _install() -> None:
    # httpx logs each request's URL at INFO; a next link can carry an echoed token there too.
    for name in (LOGGER_NAME, "httpx"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())


_install()
