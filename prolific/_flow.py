"""Workflows written once, run by a sync and an async driver.

A workflow (approve-with-wait, draft-then-publish, the exactly-once bonus payment) is a generator
that does no I/O. It yields what it needs done and receives the outcome::

    def approve(submission_id) -> Flow[Submission]:
        submission = yield get_request(submission_id)   # a Request: sent, answer parsed
        yield Sleep(2.0)                                # waits on the client's clock
        items = yield Collect(list_query)               # every item of a list, as a list
        made = yield Guarded("project:lab", sub_flow)    # one at a time per key, per client
        yield Transfer("PUT", presigned_url, content=b"...")  # storage, without the token
        return submission

A request that fails is thrown into the generator as its typed error, so the workflow decides,
in one place, what a failure means. :func:`run_sync` and :func:`run_async` are the only code that
differs between ``Prolific`` and ``AsyncProlific``.

A workflow that also calls the bonus ledger between its steps (a SQLite or PostgreSQL write that
may wait for another process's lock) is wrapped in :func:`blocking`: the async runner then
advances it in a worker thread, so the event loop keeps serving other tasks meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

from ._request import PageQuery, Request
from ._transfer import Transfer, send_async, send_sync
from .errors import ProlificError

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "Collect",
    "Flow",
    "Guarded",
    "Now",
    "Pause",
    "Sleep",
    "Transfer",
    "blocking",
    "run_async",
    "run_sync",
]

T = TypeVar("T")


@dataclass(frozen=True)
class Sleep:
    """Wait this many seconds on the client's clock (the sandbox's clock in tests)."""

    seconds: float


@dataclass(frozen=True)
class Pause:
    """Wait this many seconds of real time, whatever the client's clock: another process holds
    a ledger claim, and only real time lets it finish (a sandbox clock would not)."""

    seconds: float


@dataclass(frozen=True)
class Now:
    """Ask for the current time on the client's clock, in seconds."""


@dataclass(frozen=True)
class Collect(Generic[T]):
    """Fetch every item of a list (all pages); the workflow receives a ``list``."""

    query: PageQuery[T]


@dataclass(frozen=True)
class Guarded:
    """Run `flow` while no other flow of the same client holds `key`; the workflow receives
    its result. Makes look-then-create single-flight: the second caller sees what the first
    made instead of making it again."""

    key: str
    flow: Generator[Any, Any, Any]


Step: TypeAlias = Request[Any] | Sleep | Pause | Now | Collect[Any] | Transfer | Guarded
Flow: TypeAlias = Generator[Step, Any, T]

_LOCKS_GUARD = threading.Lock()


class _Blocking(Generator[Step, Any, T]):
    """A workflow whose code between steps blocks (see :func:`blocking`)."""

    def __init__(self, flow: Flow[T]) -> None:
        self.flow = flow

    def send(self, value: Any) -> Step:
        return self.flow.send(value)

    def throw(self, *args: Any) -> Step:
        return self.flow.throw(*args)

    def close(self) -> None:
        self.flow.close()


def blocking(flow: Flow[T]) -> Flow[T]:
    """Mark `flow` as calling blocking local code (the ledger) between its steps.
    :func:`run_sync` runs it as any other; :func:`run_async` advances it off the event loop."""
    return _Blocking(flow)


def _lock(client: SyncAPIClient | AsyncAPIClient, key: str, kind: type[Any]) -> Any:
    with _LOCKS_GUARD:
        return client._flow_locks.setdefault(key, kind())


def run_sync(client: SyncAPIClient, flow: Flow[T]) -> T:
    """Drive `flow` with blocking I/O."""
    outcome: Any = None
    error: ProlificError | None = None
    while True:
        done, step = _advance(flow, outcome, error)
        if done:
            result: T = step
            return result
        outcome, error = None, None
        if isinstance(step, Sleep):
            client._clock.sleep(step.seconds)
        elif isinstance(step, Pause):
            time.sleep(step.seconds)
        elif isinstance(step, Now):
            outcome = client._clock.now()
        elif isinstance(step, Guarded):
            try:
                with _lock(client, step.key, threading.Lock):
                    outcome = run_sync(client, step.flow)
            except ProlificError as exc:
                error = exc
        else:
            try:
                if isinstance(step, Transfer):
                    outcome = send_sync(client, step)
                elif isinstance(step, Collect):
                    outcome = list(client.paginate(step.query))
                else:
                    outcome = client.request(step)
            except ProlificError as exc:
                error = exc


def _advance(flow: Flow[Any], outcome: Any, error: ProlificError | None) -> tuple[bool, Any]:
    """Resume `flow`: (False, its next step) or (True, its result). A StopIteration must not
    leave a worker thread: it cannot be set on an asyncio future."""
    try:
        return False, flow.throw(error) if error is not None else flow.send(outcome)
    except StopIteration as stop:
        return True, stop.value


async def run_async(client: AsyncAPIClient, flow: Flow[T], *, offload: bool = False) -> T:
    """Drive `flow` on the event loop; a :func:`blocking` one (and the flows it guards) is
    advanced in a worker thread."""
    import asyncio  # only async users pay for importing it (see SystemClock)

    offload = offload or isinstance(flow, _Blocking)
    outcome: Any = None
    error: ProlificError | None = None
    while True:
        if offload:
            done, step = await asyncio.to_thread(_advance, flow, outcome, error)
        else:
            done, step = _advance(flow, outcome, error)
        if done:
            result: T = step
            return result
        outcome, error = None, None
        if isinstance(step, Sleep):
            await client._clock.asleep(step.seconds)
        elif isinstance(step, Pause):
            await asyncio.sleep(step.seconds)
        elif isinstance(step, Now):
            outcome = client._clock.now()
        elif isinstance(step, Guarded):
            try:
                async with _lock(client, step.key, asyncio.Lock):
                    outcome = await run_async(client, step.flow, offload=offload)
            except ProlificError as exc:
                error = exc
        else:
            try:
                if isinstance(step, Transfer):
                    outcome = await send_async(client, step)
                elif isinstance(step, Collect):
                    outcome = [item async for item in client.paginate(step.query)]
                else:
                    outcome = await client.request(step)
            except ProlificError as exc:
                error = exc
