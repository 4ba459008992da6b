"""Small shared types: the "not given" sentinel and the accepted timeout forms."""

from __future__ import annotations

import enum
from typing import Final, Literal, TypeAlias

import httpx


class NotGiven(enum.Enum):
    """Marks an argument the caller left out, where ``None`` is a meaningful value."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN

#: Seconds as a number, a full ``httpx.Timeout``, or ``None`` for no limit at all.
Timeout: TypeAlias = float | httpx.Timeout | None
