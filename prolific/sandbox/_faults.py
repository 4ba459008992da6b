"""Fault injection, reproducible from the sandbox seed.

``sandbox.faults.add(pattern, kind, rate=…)`` makes matching calls fail. ``pattern`` is an
operation ID (``"pay_bonus_payments"``, globs allowed: ``"transition_*"``), a path glob
(``"/api/v1/studies/*"``), a method and path glob (``"POST /api/v1/bulk-bonus-payments/*"``) or
``"*"``. Kinds:

* ``"5xx"``: answer 500 or 503 (or ``status=``) without acting;
* ``"429"``: answer 429 with ``Retry-After`` (``retry_after=`` seconds, default 1) without acting;
* ``"latency"``: advance the sandbox clock by ``latency`` seconds, then act normally;
* ``"reset"``: drop the connection before acting (nothing happens);
* ``"lost_response"``: act, then drop the connection (the change happened, the client cannot
  know);
* ``"timeout"``: act, then let the client's read time out (in process: ``httpx.ReadTimeout``).

Whether a fault fires is drawn from a random generator seeded from the sandbox seed and kept
apart from the ID generator, so the same seed and the same sequence of calls give the same
sequence of outcomes. ``times=`` limits how often a fault fires; ``once`` is ``times=1`` at
rate 1, for "fail the next call to X".
"""

from __future__ import annotations

import fnmatch
import random
from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal["5xx", "429", "latency", "reset", "lost_response", "timeout"]
KINDS: tuple[str, ...] = ("5xx", "429", "latency", "reset", "lost_response", "timeout")
#: Kinds that act before the handler runs and replace its answer.
BEFORE = ("5xx", "429", "reset")
#: Kinds that let the handler act and then lose its answer.
AFTER = ("lost_response", "timeout")


@dataclass
class Fault:
    """One injected fault; keep it to ``remove()`` it or read ``fired``."""

    pattern: str
    kind: FaultKind
    rate: float = 1.0
    times: int | None = None
    status: int | None = None
    retry_after: float = 1.0
    latency: float = 0.0
    fired: int = 0
    _owner: Faults | None = field(default=None, repr=False, compare=False)

    def matches(self, method: str, path: str, operation: str | None) -> bool:
        pattern = self.pattern.strip()
        if pattern == "*":
            return True
        if " " in pattern:
            want_method, want_path = pattern.split(None, 1)
            if want_method.upper() != method.upper():
                return False
            return _path_matches(want_path, path)
        if pattern.startswith("/"):
            return _path_matches(pattern, path)
        return operation is not None and fnmatch.fnmatchcase(operation, pattern)

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times

    def remove(self) -> None:
        """Stop injecting this fault."""
        if self._owner is not None:
            self._owner.remove(self)


def _path_matches(pattern: str, path: str) -> bool:
    candidates = {path, path.rstrip("/"), path.rstrip("/") + "/"}
    return any(fnmatch.fnmatchcase(c, pattern) for c in candidates)


@dataclass(frozen=True)
class FaultRecord:
    """A fault that fired: on which call, and what it did."""

    method: str
    path: str
    operation: str | None
    kind: str
    status: int | None = None


@dataclass(frozen=True)
class Decision:
    """What to do with one call: ``latency`` seconds, then ``before`` or ``after`` (or none)."""

    latency: float = 0.0
    before: Fault | None = None
    after: Fault | None = None
    status: int | None = None


class Faults:
    """The faults of one sandbox: ``sandbox.faults``."""

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._rng = random.Random(f"prolific-sandbox-faults-{seed}")
        self._faults: list[Fault] = []
        #: Every fault that fired, in order.
        self.log: list[FaultRecord] = []

    def add(
        self,
        pattern: str,
        kind: FaultKind,
        *,
        rate: float = 1.0,
        times: int | None = None,
        status: int | None = None,
        retry_after: float = 1.0,
        latency: float = 0.0,
    ) -> Fault:
        """Inject ``kind`` into calls matching ``pattern`` with probability ``rate``."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        if kind == "latency" and latency <= 0:
            raise ValueError("a latency fault needs latency= (seconds of sandbox time)")
        fault = Fault(
            pattern,
            kind,
            rate=rate,
            times=times,
            status=status,
            retry_after=retry_after,
            latency=latency,
            _owner=self,
        )
        self._faults.append(fault)
        return fault

    def once(
        self,
        pattern: str,
        kind: FaultKind,
        *,
        status: int | None = None,
        retry_after: float = 1.0,
        latency: float = 0.0,
    ) -> Fault:
        """Fail the next matching call, once."""
        return self.add(
            pattern,
            kind,
            rate=1.0,
            times=1,
            status=status,
            retry_after=retry_after,
            latency=latency,
        )

    def remove(self, fault: Fault) -> None:
        if fault in self._faults:
            self._faults.remove(fault)

    def clear(self) -> None:
        """Remove every fault (the log and the random sequence are kept)."""
        self._faults.clear()

    def reset(self) -> None:
        """Remove every fault, clear the log and restart the random sequence from the seed."""
        self._faults.clear()
        self.log.clear()
        self._rng = random.Random(f"prolific-sandbox-faults-{self._seed}")

    @property
    def active(self) -> list[Fault]:
        return [f for f in self._faults if not f.exhausted]

    def _fires(self, fault: Fault) -> bool:
        if fault.exhausted:
            return False
        if fault.rate >= 1.0:
            return True
        if fault.rate <= 0.0:
            return False
        return self._rng.random() < fault.rate

    def decide(self, method: str, path: str, operation: str | None) -> Decision:
        """Draw this call's faults. Every matching fault consumes one draw (when random)."""
        latency = 0.0
        before: Fault | None = None
        after: Fault | None = None
        status: int | None = None
        for fault in list(self._faults):
            if not fault.matches(method, path, operation) or not self._fires(fault):
                continue
            if fault.kind == "latency":
                latency += fault.latency
            elif fault.kind in BEFORE and before is None and after is None:
                before = fault
            elif fault.kind in AFTER and before is None and after is None:
                after = fault
            else:
                continue
            fault.fired += 1
            if fault is before and fault.kind == "5xx":
                status = fault.status or self._rng.choice((500, 503))
            elif fault is before and fault.kind == "429":
                status = 429
            self.log.append(FaultRecord(method, path, operation, fault.kind, status))
        return Decision(latency, before, after, status)


class ConnectionDropped(Exception):
    """The connection is dropped instead of answering (``reset``, ``lost_response``,
    ``timeout`` faults). ``acted`` says whether the sandbox performed the call first.

    The in-process transport turns it into the httpx error a client would see; the HTTP server
    closes the socket without a reply.
    """

    def __init__(self, kind: str, *, acted: bool, method: str, path: str) -> None:
        self.kind = kind
        self.acted = acted
        self.method = method
        self.path = path
        what = "after acting" if acted else "before acting"
        super().__init__(f"sandbox fault {kind!r}: connection dropped {what} on {method} {path}")
