"""The request and response objects the sandbox core works with, and input checking.

Transports (in-process and the socket server) turn their own request into a :class:`Request` and
a :class:`SandboxResponse` back into theirs; nothing else in the sandbox knows about HTTP
libraries.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ._errors import SandboxError, bad_request, field_error

#: The base URL ``client()`` uses; nothing is ever sent there (the transport answers in process).
SANDBOX_BASE_URL = "https://sandbox.prolific.test"


@dataclass(frozen=True)
class SandboxResponse:
    """What the core answers: a status, headers and the raw body bytes."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        """The body parsed as JSON (``None`` for an empty body)."""
        return json.loads(self.body) if self.body else None


def json_response(
    status: int, data: Any, headers: Mapping[str, str] | None = None
) -> SandboxResponse:
    """A JSON response with ``Content-Type`` set."""
    all_headers = {"Content-Type": "application/json"}
    all_headers.update(headers or {})
    return SandboxResponse(status, all_headers, json.dumps(data).encode())


def empty_response(status: int = 204) -> SandboxResponse:
    """A response without a body (``204 No Content`` by default)."""
    return SandboxResponse(status, {}, b"")


def error_response(error: SandboxError) -> SandboxResponse:
    """Prolific's error body for ``error``."""
    return json_response(error.status, error.body(), error.headers)


@dataclass
class Request:
    """One API call as the core sees it.

    ``path`` has no query string; ``query`` keeps every value of repeated parameters;
    ``headers`` keys are lower case; ``base_url`` is ``scheme://host[:port]`` as the client
    addressed the sandbox (used for absolute pagination links).
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    base_url: str
    params: dict[str, str] = field(default_factory=dict)

    def arg(self, name: str) -> str | None:
        """The last value of query parameter ``name``, or ``None``."""
        values = self.query.get(name)
        return values[-1] if values else None

    def json(self) -> Any:
        """The body as JSON; an empty body counts as ``{}``. Malformed JSON is a 400."""
        if not self.body.strip():
            return {}
        try:
            return json.loads(self.body, parse_constant=_not_json)
        except (ValueError, UnicodeDecodeError) as exc:
            raise bad_request(f"JSON parse error - {exc}") from exc
        except RecursionError as exc:
            raise bad_request("JSON parse error - the body is nested too deeply.") from exc

    def fields(self) -> Fields:
        """The body as a JSON object wrapped for typed field access."""
        data = self.json()
        if not isinstance(data, dict):
            raise bad_request("Invalid data. Expected a dictionary (JSON object).")
        return Fields(data)


def _not_json(constant: str) -> Any:
    # Python's parser reads NaN and Infinity, which are not JSON and would slip past checks.
    raise ValueError(f"{constant} is not valid JSON")


#: The largest integer a field takes unless it says otherwise (a 32-bit database column, as on
#: Prolific); larger values would overflow the sandbox's money arithmetic.
MAX_INTEGER = 2**31 - 1


class Fields:
    """Typed access to a JSON object's fields; every mistake is a 400 naming the field."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def __contains__(self, name: str) -> bool:
        return name in self.data

    def _get(self, name: str, required: bool) -> Any:
        if name not in self.data or self.data[name] is None:
            if required:
                raise field_error(name, "This field is required.")
            return None
        return self.data[name]

    def text(self, name: str, *, required: bool = False, allow_blank: bool = False) -> str | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise field_error(name, "Not a valid string.")
        if not allow_blank and not value.strip():
            raise field_error(name, "This field may not be blank.")
        return value

    def req_text(self, name: str, *, allow_blank: bool = False) -> str:
        value = self.text(name, required=True, allow_blank=allow_blank)
        assert value is not None
        return value

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        value = self._get(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise field_error(name, "A valid integer is required.")
        if isinstance(value, float):
            if not math.isfinite(value) or not value.is_integer():
                raise field_error(name, "A valid integer is required.")
            value = int(value)
        if minimum is not None and value < minimum:
            raise field_error(name, f"Ensure this value is greater than or equal to {minimum}.")
        maximum = MAX_INTEGER if maximum is None else maximum
        if value > maximum:
            raise field_error(name, f"Ensure this value is less than or equal to {maximum}.")
        return value

    def req_integer(self, name: str, *, minimum: int | None = None) -> int:
        value = self.integer(name, required=True, minimum=minimum)
        assert value is not None
        return value

    def boolean(self, name: str, *, required: bool = False) -> bool | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, bool):
            raise field_error(name, "Must be a valid boolean.")
        return value

    def number(self, name: str, *, required: bool = False) -> float | None:
        value = self._get(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise field_error(name, "A valid number is required.")
        return float(value)

    def decimal(self, name: str, *, required: bool = False) -> Decimal | None:
        """A decimal amount sent as a JSON number or a numeric string (``"1.50"``)."""
        value = self._get(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise field_error(name, "A valid number is required.")
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation as exc:
            raise field_error(name, "A valid number is required.") from exc
        if not amount.is_finite():
            raise field_error(name, "A valid number is required.")
        return amount

    def text_list(self, name: str, *, required: bool = False) -> list[str] | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise field_error(name, "Expected a list of strings.")
        return list(value)

    def req_text_list(self, name: str, *, allow_empty: bool = False) -> list[str]:
        value = self.text_list(name, required=True)
        assert value is not None
        if not value and not allow_empty:
            raise field_error(name, "This list may not be empty.")
        return value

    def items(self, name: str, *, required: bool = False) -> list[Any] | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, list):
            raise field_error(name, "Expected a list of items.")
        return value

    def mapping(self, name: str, *, required: bool = False) -> dict[str, Any] | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise field_error(name, "Expected a JSON object.")
        return value

    def choice(self, name: str, choices: tuple[str, ...], *, required: bool = False) -> str | None:
        value = self.text(name, required=required)
        if value is not None and value not in choices:
            raise field_error(name, f"{value!r} is not a valid choice.")
        return value
