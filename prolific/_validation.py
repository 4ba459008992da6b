"""Checks that refuse bad input before anything is sent.

Each raises :class:`~prolific.errors.InvalidRequestError` naming the field, and returns the value
(normalised where that helps), so a resource can write ``check_id("study_id", study_id)`` inline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import get_args

from prolific_api.params import RejectionCategoryLiteral

from ._json_body import JSON_MAX_INT
from .errors import InvalidRequestError

__all__ = [
    "MAX_MAJOR_AMOUNT",
    "REJECTION_CATEGORIES",
    "REJECTION_MESSAGE_MIN",
    "check_choice",
    "check_datetime",
    "check_id",
    "check_major_amount",
    "check_money_minor",
    "check_positive_int",
    "check_recipient",
    "check_rejection",
]

_ID = re.compile(r"[0-9a-f]{24}")

#: The largest major-unit amount whose pennies a JSON number still carries exactly.
MAX_MAJOR_AMOUNT = Decimal(JSON_MAX_INT) / 100

REJECTION_MESSAGE_MIN = 100

#: The spec's rejection categories (``RejectionCategory``).
REJECTION_CATEGORIES = frozenset(get_args(RejectionCategoryLiteral))


def check_id(name: str, value: object) -> str:
    """A Prolific ID: 24 lowercase hexadecimal characters."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise InvalidRequestError(
            f"{name} must be a Prolific ID (24 lowercase hex characters), got {_show(value)}",
            field=name,
        )
    return value


def check_choice(name: str, value: object, choices: Iterable[str]) -> str:
    """One value of a closed set from the spec (given as the string or the generated enum);
    anything else is refused with the list of valid values, since Prolific would ignore it or
    answer with nothing (``studies.list(status="RUNNING")`` used to return ``[]``)."""
    raw = value.value if isinstance(value, Enum) else value
    valid = list(choices)
    if not isinstance(raw, str) or raw not in valid:
        raise InvalidRequestError(
            f"{name} must be one of {', '.join(valid)}; got {_show(raw)}", field=name
        )
    return raw


def check_recipient(value: object) -> str:
    """A key of a bonus ``amounts`` mapping: a participant or submission ID."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise InvalidRequestError(
            "each key of amounts must be a participant or submission ID (24 lowercase hex "
            f"characters), got {_show(value)}",
            field="amounts",
        )
    return value


def check_positive_int(name: str, value: object) -> int:
    """A whole number above zero (not a bool, float or Decimal)."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidRequestError(
            f"{name} must be a whole number above 0, got {_show(value)}", field=name
        )
    return value


def check_money_minor(name: str, value: object) -> int:
    """An amount of money in minor units (pence, cents): a whole number above zero."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        hint = ""
        if isinstance(value, float | Decimal) and not isinstance(value, bool):
            hint = " (amounts are whole pence or cents: 150 means 1.50)"
        raise InvalidRequestError(
            f"{name} must be a whole number of minor units above 0, got {_show(value)}{hint}",
            field=name,
        )
    return value


def check_major_amount(name: str, value: object) -> Decimal:
    """An amount in major units (pounds, dollars) with at most two decimal places.

    Accepts a ``Decimal``, an ``int`` or a decimal string such as ``"4.25"``; refuses floats,
    which cannot hold most cent amounts exactly.
    """
    if isinstance(value, float):
        raise InvalidRequestError(
            f"{name} must be a Decimal (or a string such as '4.25'), not a float: floats "
            f"cannot hold money exactly; got {value!r}",
            field=name,
        )
    amount: Decimal | None = None
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int) and not isinstance(value, bool):
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except InvalidOperation:
            amount = None
    if amount is None or not amount.is_finite():
        raise InvalidRequestError(
            f"{name} must be a decimal amount such as Decimal('4.25'), got {_show(value)}",
            field=name,
        )
    if amount <= 0:
        raise InvalidRequestError(f"{name} must be above 0, got {amount}", field=name)
    if amount > MAX_MAJOR_AMOUNT:
        # Beyond this the JSON number would lose the pennies (and quantize() would overflow).
        raise InvalidRequestError(
            f"{name} must be at most {MAX_MAJOR_AMOUNT}, got {_show(value)}", field=name
        )
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        raise InvalidRequestError(f"{name} has more than two decimal places: {amount}", field=name)
    return amount


def check_rejection(message: object, category: object) -> tuple[str, str]:
    """A rejection's message (at least 100 characters) and category (one of the 12)."""
    if not isinstance(message, str) or len(message) < REJECTION_MESSAGE_MIN:
        length = len(message) if isinstance(message, str) else 0
        raise InvalidRequestError(
            f"message must explain the rejection in at least {REJECTION_MESSAGE_MIN} characters "
            f"(the participant reads it); got {length}",
            field="message",
        )
    return message, check_choice(
        "rejection_category", category, sorted(get_args(RejectionCategoryLiteral))
    )


def check_datetime(name: str, value: object) -> str:
    """A moment in time: an aware ``datetime``, or an ISO 8601 string with a time zone
    (``"2026-05-01T09:30:00Z"``). Returns it as ISO 8601 text for the wire.

    Naive times are refused: Prolific would read them as UTC, which is rarely what a caller
    in another zone meant.
    """
    moment: dt.datetime | None = None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            moment = None
    if moment is None:
        raise InvalidRequestError(
            f"{name} must be a datetime or an ISO 8601 date-time such as "
            f"'2026-05-01T09:30:00Z', got {_show(value)}",
            field=name,
        )
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidRequestError(
            f"{name} needs a time zone (datetime(..., tzinfo=datetime.UTC), or 'Z' in text); "
            f"got {_show(value)}",
            field=name,
        )
    return moment.isoformat()


def _show(value: object) -> str:
    text = repr(value)
    kind = type(value).__name__
    text = text if len(text) <= 40 else text[:37] + "..."
    return f"{text} ({kind})"


def check_flag(name: str, value: object) -> bool | None:
    """An optional yes/no filter: ``True``, ``False`` or ``None`` (not sent). Anything else is
    refused, ``"false"`` and ``0`` included: a string or number here is usually a mistake, and
    guessing what it meant could list the opposite of what was asked."""
    if value is None or isinstance(value, bool):
        return value
    raise InvalidRequestError(f"{name} must be True, False or None; got {_show(value)}", field=name)
