"""Finding records by ID: 404 for IDs in the path, 400 naming the field for IDs in a body."""

from __future__ import annotations

import re
from typing import TypeVar

from ._errors import SandboxError, field_error, not_found
from ._state import SandboxState, Study, Submission

T = TypeVar("T")

HEX24 = re.compile(r"^[0-9a-f]{24}$")


def is_id(value: str) -> bool:
    """Prolific IDs are 24 lowercase hex characters."""
    return bool(HEX24.match(value))


def in_path(table: dict[str, T], ident: str, kind: str) -> T:
    """The record with ``ident`` from a path parameter, or 404."""
    record = table.get(ident)
    if record is None:
        raise not_found(kind, ident)
    return record


def in_body(table: dict[str, T], ident: str, field: str, kind: str) -> T:
    """The record a body field points at, or 400 naming the field."""
    record = table.get(ident)
    if record is None:
        raise field_error(field, f"{kind} {ident!r} does not exist.")
    return record


def study(state: SandboxState, ident: str) -> Study:
    return in_path(state.studies, ident, "Study")


def submission(state: SandboxState, ident: str) -> Submission:
    return in_path(state.submissions, ident, "Submission")


def participant_ids(values: list[str], field: str) -> list[str]:
    """Check a list of participant IDs is well formed (24 hex); 400 naming the bad ones."""
    bad = [v for v in values if not is_id(v)]
    if bad:
        raise SandboxError(400, {field: [f"{v!r} is not a valid participant ID." for v in bad]})
    return values
