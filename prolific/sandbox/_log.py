"""A bounded log: the last ``limit`` entries, readable like a list.

The sandbox records every call it answers; a long benchmark or soak test makes millions, so
the log keeps only the most recent ones (``Sandbox(request_log_limit=...)``) and counts the
rest. Positions are those of the entries kept; to take "what came after this moment" even
when older entries are being dropped, remember :attr:`RequestLog.total` and call
:meth:`RequestLog.since`.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")

#: How many requests a sandbox remembers unless told otherwise.
DEFAULT_REQUEST_LOG_LIMIT = 10_000


class RequestLog(Sequence[T], Generic[T]):
    """The most recent entries (all of them when ``limit`` is None), oldest first."""

    def __init__(self, limit: int | None = DEFAULT_REQUEST_LOG_LIMIT) -> None:
        if limit is not None and limit < 1:
            raise ValueError("the request log limit must be at least 1 (or None: no limit)")
        self._entries: deque[T] = deque(maxlen=limit)
        self._total = 0

    @property
    def limit(self) -> int | None:
        return self._entries.maxlen

    @property
    def total(self) -> int:
        """How many entries were ever appended (since the last :meth:`clear`)."""
        return self._total

    @property
    def dropped(self) -> int:
        """How many of the oldest entries were let go to stay within the limit."""
        return self._total - len(self._entries)

    def append(self, entry: T) -> None:
        self._entries.append(entry)
        self._total += 1

    def clear(self) -> None:
        self._entries.clear()
        self._total = 0

    def since(self, mark: int) -> list[T]:
        """The entries appended after :attr:`total` was ``mark`` (those still kept)."""
        start = max(0, mark - self.dropped)
        return list(itertools.islice(self._entries, start, None))

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[T]:
        return iter(self._entries)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return list(self._entries)[index]
        return self._entries[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RequestLog | list):
            return list(self._entries) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RequestLog({list(self._entries)!r}, limit={self.limit}, total={self.total})"
