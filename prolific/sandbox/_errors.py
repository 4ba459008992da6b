"""Errors in Prolific's shape, built in one place.

Every refusal the sandbox sends is a :class:`SandboxError` raised by a handler and turned into the
body Prolific uses::

    {"error": {"status": 400, "error_code": 140000, "title": "Bad request", "detail": "...",
               "additional_information": "...", "traceback": null, "interactive": false}}

``detail`` is a string, a list of strings, or a map of field name to messages, as on Prolific.
The numeric ``error_code`` values are the sandbox's own (Prolific does not publish its table).
"""

from __future__ import annotations

import json
from typing import Any

#: status -> (title, error_code)
_KINDS: dict[int, tuple[str, int]] = {
    400: ("Bad request", 140000),
    401: ("Unauthorized", 140100),
    403: ("Forbidden", 140300),
    404: ("Not found", 140400),
    405: ("Method not allowed", 140500),
    409: ("Conflict", 140900),
    422: ("Unprocessable entity", 142200),
    429: ("Too many requests", 142900),
    500: ("Internal server error", 150000),
    502: ("Bad gateway", 150200),
    503: ("Service unavailable", 150300),
    504: ("Gateway timeout", 150400),
}

Detail = str | list[str] | dict[str, list[str]]


class SandboxError(Exception):
    """A refusal: the handler stops and the client gets Prolific's error body.

    Raising it before any state change is what keeps "bad input leaves the state unchanged".
    """

    def __init__(
        self,
        status: int,
        detail: Detail,
        *,
        title: str | None = None,
        additional_information: str = "",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.detail = detail
        default_title, self.error_code = _KINDS.get(status, ("Error", status * 1000))
        self.title = title or default_title
        self.additional_information = additional_information
        self.headers = dict(headers or {})
        super().__init__(f"{status} {self.title}: {detail}")

    def body(self) -> dict[str, Any]:
        """The JSON body Prolific sends for this error."""
        return error_body(
            self.status,
            self.detail,
            title=self.title,
            additional_information=self.additional_information,
        )


def error_body(
    status: int,
    detail: Detail,
    *,
    title: str | None = None,
    additional_information: str = "",
) -> dict[str, Any]:
    """Build ``{"error": {...}}`` for ``status``."""
    default_title, code = _KINDS.get(status, ("Error", status * 1000))
    return {
        "error": {
            "status": status,
            "error_code": code,
            "title": title or default_title,
            "detail": detail,
            "additional_information": additional_information,
            "traceback": None,
            "interactive": False,
        }
    }


def error_bytes(status: int, detail: Detail, **kwargs: Any) -> bytes:
    """``error_body`` serialised as JSON bytes."""
    return json.dumps(error_body(status, detail, **kwargs)).encode()


def bad_request(detail: Detail, additional_information: str = "") -> SandboxError:
    """400 with ``detail``."""
    return SandboxError(400, detail, additional_information=additional_information)


def field_error(field: str, message: str) -> SandboxError:
    """400 whose detail names the offending field, as Prolific's validation errors do."""
    return SandboxError(400, {field: [message]})


def not_found(kind: str, ident: str) -> SandboxError:
    """404 for an unknown (or not-yours) resource."""
    return SandboxError(404, f"{kind} {ident!r} was not found.")
