"""A clock that only moves when told to.

The sandbox keeps its own time so that tests never sleep: participants finish, payments land and
webhooks are retried when the test (or the client's retry loop, through ``sleep``) advances the
clock. ``SandboxClock`` offers ``now``/``sleep``/``asleep``, which is all the client's clock
protocol asks for, so a client wired to the sandbox waits on sandbox time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

#: Where every sandbox starts its day: a Monday morning, fixed so runs are reproducible.
DEFAULT_START = datetime(2026, 1, 5, 9, 0, 0, tzinfo=UTC)


class SandboxClock:
    """Virtual time in seconds, starting at ``start`` (UTC).

    ``advance`` (and ``sleep``/``asleep``, which are the same thing) moves time forward and then
    runs the listeners, which is how the sandbox processes whatever became due.
    """

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._start = start.astimezone(UTC)
        self._elapsed = 0.0
        self._moment = (0.0, self._start)
        self._lock = threading.RLock()
        self._listeners: list[Callable[[], None]] = []
        self._next_due: Callable[[], float | None] | None = None

    @property
    def start(self) -> datetime:
        """The moment the clock started at (UTC)."""
        return self._start

    def now(self) -> float:
        """Seconds since the Unix epoch, in sandbox time."""
        return self._start.timestamp() + self._elapsed

    def utcnow(self) -> datetime:
        """The current sandbox time as an aware UTC datetime."""
        # One object per moment: the 100,000 submissions of a join share their timestamps
        # instead of holding 48-byte copies each (datetimes are immutable, so sharing is safe).
        elapsed = self._elapsed
        cached = self._moment
        if cached[0] != elapsed:
            cached = self._moment = (elapsed, self._start + timedelta(seconds=elapsed))
        return cached[1]

    def elapsed(self) -> float:
        """Seconds since the clock started."""
        return self._elapsed

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds`` (>= 0) and process what became due.

        Time moves in steps, stopping at each scheduled moment on the way (see
        :meth:`set_next_due`), so whatever happens at 09:01 is stamped 09:01 even when the clock
        is advanced by an hour in one call.
        """
        if seconds < 0:
            raise ValueError("the sandbox clock cannot go backwards")
        with self._lock:
            target = self._elapsed + float(seconds)
        previous: float | None = None
        while self._next_due is not None:
            due = self._next_due()
            if due is None or due - self._start.timestamp() > target:
                break
            if due == previous and due - self._start.timestamp() <= self._elapsed:
                break  # the listeners could not run it now (advance called from inside a job)
            previous = due
            with self._lock:
                self._elapsed = max(self._elapsed, due - self._start.timestamp())
            self._notify()
        with self._lock:
            self._elapsed = max(self._elapsed, target)
        self._notify()

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    def set_next_due(self, next_due: Callable[[], float | None]) -> None:
        """Tell the clock how to find the next scheduled moment (epoch seconds, or None)."""
        self._next_due = next_due

    def sleep(self, seconds: float) -> None:
        """Same as :meth:`advance`: a sandbox sleep returns at once."""
        self.advance(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        """Async form of :meth:`sleep`; it does not yield to the event loop's timer."""
        self.advance(max(0.0, seconds))

    def reset(self) -> None:
        """Go back to the start time."""
        with self._lock:
            self._elapsed = 0.0

    def add_listener(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every advance."""
        self._listeners.append(listener)
