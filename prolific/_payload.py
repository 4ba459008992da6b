"""Request bodies: what create and update methods accept, checked before anything is sent.

A body may be given as a generated model, a mapping, keyword fields typed from the spec (a
``TypedDict`` of ``prolific_api.params``), or a mix; ``extra_body`` carries fields the spec does
not know yet, so a new Prolific field never blocks a user. Known fields are checked here, the
same way for every namespace.
"""

from __future__ import annotations

import datetime
import sys
import warnings
from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from ._json_body import JSON_MAX_DEPTH
from ._validation import (
    check_id,
    check_major_amount,
    check_money_minor,
    check_positive_int,
    check_recipient,
)
from .errors import InvalidRequestError

if TYPE_CHECKING:
    from prolific_api.operations import Endpoint

__all__ = ["build_body", "csv_bonuses", "id_list", "require_fields"]


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
    body: _Model | Mapping[str, Any] | None,
    fields: Mapping[str, Any],
    *,
    op: Endpoint | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Merge `body`, keyword `fields` and `extra_body` (later ones win) into a checked JSON
    object.

    With `op`, keyword fields its body schema does not name still go out, with a
    ``DeprecationWarning``: they belong in ``extra_body``, where the type checker expects them.
    """
    if op is not None:
        unknown = sorted(set(fields) - set(op.body_fields))
        if unknown:
            warnings.warn(
                f"{', '.join(unknown)}: not a field of {op.body} in the spec; pass fields the "
                "SDK does not know yet as extra_body={...} (keyword fields are type-checked)",
                DeprecationWarning,
                stacklevel=_user_stacklevel(),
            )
    if extra_body is not None and not isinstance(extra_body, Mapping):
        raise InvalidRequestError("extra_body must be a mapping of field names", field="extra_body")
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
    merged.update(extra_body or {})
    for name, value in merged.items():
        if name in _MINOR_UNIT_FIELDS:
            check_money_minor(name, value)
        elif name in _COUNT_FIELDS:
            check_positive_int(name, value)
        elif name in _ID_FIELDS and value is not None:
            check_id(name, value)
    return {name: jsonable(value) for name, value in merged.items()}


def _user_stacklevel() -> int:
    """The stack level of the first caller outside this package, so a warning names the user's
    line however deep in the SDK it is raised."""
    level, frame = 2, sys._getframe(2)
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith("prolific."):
        level, frame = level + 1, frame.f_back
    return level


def require_fields(body: Mapping[str, Any], required: Iterable[str], what: str) -> None:
    """Refuse a body that lacks a field the API requires, naming the first one missing."""
    missing = [name for name in required if body.get(name) in (None, "")]
    if missing:
        raise InvalidRequestError(
            f"{what} needs {', '.join(missing)}; pass {'it' if len(missing) == 1 else 'them'} "
            "as keyword arguments or in the body",
            field=missing[0],
        )


def csv_bonuses(amounts: Mapping[str, Decimal | int | str]) -> str:
    """Prolific's ``csv_bonuses`` text: one ``<id>,<amount in major units>`` line per recipient.

    Recipients are participant or submission IDs; amounts are ``Decimal`` major units (4.25 is
    four pounds twenty-five), positive, with at most two decimal places. Floats are refused.
    """
    if not amounts:
        raise InvalidRequestError("amounts must name at least one recipient", field="amounts")
    lines = []
    for recipient, amount in sorted(amounts.items()):
        check_recipient(recipient)
        value = check_major_amount(f"amounts[{recipient!r}]", amount)
        lines.append(f"{recipient},{value.quantize(Decimal('0.01'))}")
    return "\n".join(lines)


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
    if isinstance(value, datetime.date):  # a datetime is a date too
        return value.isoformat()
    if isinstance(value, Mapping):
        return {key: jsonable(item, _depth + 1) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item, _depth + 1) for item in value]
    return value
