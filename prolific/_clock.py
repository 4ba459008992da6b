"""Where the SDK gets the time and how it waits.

Retries sleep through a :class:`Clock` so tests (and the sandbox) can hand the client a clock that
records or fast-forwards waits instead of really sleeping.
"""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """Time and waiting, as the client sees them."""

    def now(self) -> float:
        """Seconds since the Unix epoch (wall-clock time, comparable with HTTP dates)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block for ``seconds``."""
        ...

    async def asleep(self, seconds: float) -> None:
        """Wait ``seconds`` without blocking the event loop."""
        ...


class SystemClock:
    """The real clock: ``time.time``, ``time.sleep`` and ``asyncio.sleep``."""

    def now(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(max(0.0, seconds))

    async def asleep(self, seconds: float) -> None:
        import asyncio  # here, not at the top: sync users need not pay for importing it

        await asyncio.sleep(max(0.0, seconds))

    def __repr__(self) -> str:
        return "SystemClock()"
