"""Request bodies: what create and update methods accept, checked before anything is sent.

A body may be given as a generated model (typed), a mapping, keyword fields, or a mix; fields the
spec does not model yet are sent through unchanged, so a new Prolific field never blocks a user.
Known fields are checked here, the same way for every namespace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol

from ._validation import JSON_MAX_DEPTH, check_id, check_money_minor, check_positive_int
from .errors import InvalidRequestError

__all__ = ["build_body", "id_list", "require_fields"]


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


#: Fields whose value must be a whole number of minor units.
_MINOR_UNIT_FIELDS = frozenset({"reward"})
#: Fields whose value must be a whole number above zero.
_COUNT_FIELDS = frozenset(
    {"total_available_places", "estimated_completion_time", "maximum_allowed_time"}
)
#: Fields holding one Prolific ID.
_ID_FIELDS = frozenset(
    {"project", "workspace_id", "study_id", "recipient_id", "participant_group_id"}
)


def build_body(
    body: _Model | Mapping[str, Any] | None, fields: Mapping[str, Any]
) -> dict[str, Any]:
    """Merge `body` and keyword `fields` (the keywords win) into a checked JSON object."""
    merged: dict[str, Any]
    if body is None:
        merged = {}
    elif isinstance(body, Mapping):
        merged = dict(body)
    elif callable(getattr(body, "to_dict", None)):
        merged = body.to_dict()
    else:
        raise InvalidRequestError(
            f"body must be a prolific_api model or a mapping, got {type(body).__name__}",
            field="body",
        )
    merged.update(fields)
    for name, value in merged.items():
        if name in _MINOR_UNIT_FIELDS:
            check_money_minor(name, value)
        elif name in _COUNT_FIELDS:
            check_positive_int(name, value)
        elif name in _ID_FIELDS and value is not None:
            check_id(name, value)
    return {name: jsonable(value) for name, value in merged.items()}


def require_fields(body: Mapping[str, Any], required: Iterable[str], what: str) -> None:
    """Refuse a body that lacks a field the API requires, naming the first one missing."""
    missing = [name for name in required if body.get(name) in (None, "")]
    if missing:
        raise InvalidRequestError(
            f"{what} needs {', '.join(missing)}; pass {'it' if len(missing) == 1 else 'them'} "
            "as keyword arguments or in the body",
            field=missing[0],
        )


def id_list(name: str, values: Iterable[str]) -> list[str]:
    """A non-empty list of Prolific IDs, checked one by one (a lone string is refused)."""
    if isinstance(values, str):
        raise InvalidRequestError(f"{name} must be a list of IDs, not one string", field=name)
    checked = [check_id(name, value) for value in values]
    if not checked:
        raise InvalidRequestError(f"{name} must not be empty", field=name)
    return checked


def jsonable(value: Any, _depth: int = 0) -> Any:
    """Enums become their values; Decimals (major-unit money) become JSON numbers; generated
    models nested in a body (``completion_codes=[CompletionCode(...)]``) become their JSON.

    A Decimal with at most two places converts to the float whose shortest repr is the same
    decimal, so the number on the wire is exactly the amount the caller wrote. Past the nesting
    JSON bodies may have, values are left as they are for the body check to refuse (a list that
    contains itself must not recurse forever here).
    """
    if _depth > JSON_MAX_DEPTH:
        return value
    if callable(getattr(value, "to_dict", None)):
        return jsonable(value.to_dict(), _depth)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Mapping):
        return {key: jsonable(item, _depth + 1) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item, _depth + 1) for item in value]
    return value
