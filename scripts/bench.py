"""`make bench`: what the SDK costs, each figure against a baseline measured in the same run.

Usage:
    python scripts/bench.py                  # full sizes (well under 3 minutes on 2 cores)
    python scripts/bench.py --quick          # tiny sizes, a few seconds (the test runs this)
    python scripts/bench.py --json out.json  # also write every figure, and the machine, as JSON
    python scripts/bench.py --markdown       # print the table as Markdown (for BENCHMARKS.md)
    python scripts/bench.py --only memory    # one group: overhead, requests, memory, import,
                                             # generation (repeatable)

Figures (absolute times on a shared machine are noise, so each one is a ratio):

1. Per-call overhead. The same ``GET /api/v1/studies/<id>/`` done many times with a bare
   ``httpx.Client`` (same headers, ``raise_for_status()`` and ``.json()``) and with ``Prolific``
   (``client.studies.get``: retry transport, typed errors, a typed ``Study``); then
   ``httpx.AsyncClient`` against ``AsyncProlific`` at a fixed concurrency. Measured against the
   sandbox's HTTP server on loopback (the target: at most 1.10x bare httpx), and again in process
   over an ``httpx.MockTransport`` answering a canned study, which leaves only client work and
   so shows the SDK's own cost (reported). Rounds alternate between the two clients; the ratio
   is the median over rounds of ours / bare in the same round.
2. Requests per workflow, counted by the in-process sandbox: bonuses for 100 recipients, bulk
   approval of 500 submissions, listing 10,000 submissions, and draft-then-publish (raw calls,
   and the repeat-safe ``create_and_publish``). The baseline is the fewest requests the API
   allows for the job.
3. Pagination memory: peak traced memory growth (``tracemalloc``) while iterating 100,000
   submissions through ``client.submissions.list``, served page by page by a transport that
   makes each page on demand (so only the client's memory is measured); the baseline is
   materialising the same list with ``list(...)``.
4. Import time: ``import prolific`` in a fresh interpreter, best of several runs, against
   ``import httpx`` (which it needs) as the floor. Target: under 150 ms and within 2x.
5. Generation: ``generate_into`` a temporary folder (what ``make generate`` runs; ``generated/``
   is never touched), against the generator's own start-up. Reported only.

Everything talks to loopback or stays in process, and every loop is bounded. The exit status is
0 when every figure was measured (met or missed), 1 when one could not be.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime
import gc
import importlib.util
import itertools
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from prolific import AsyncProlific, Prolific
from prolific._constants import MAX_PAGE_SIZE
from prolific._ledger import BonusLedger, Part, PaymentState, new_owner
from prolific.resources.submissions import DEFAULT_CHUNK
from prolific.sandbox import SANDBOX_BASE_URL, Sandbox, example_study
from prolific.sandbox._state import Submission as SandboxSubmission

ROOT = Path(__file__).resolve().parent.parent
SEED = 8

#: The per-call target: our client's time over bare httpx's, sync and async, on loopback.
OVERHEAD_TARGET = 1.10
#: Pagination memory target, in bytes (20 MB, decimal).
MEMORY_TARGET = 20_000_000
#: Import time targets: absolute, and as a multiple of ``import httpx``.
IMPORT_TARGET = 0.150
IMPORT_RATIO_TARGET = 2.0


def _study(**overrides: Any) -> dict[str, Any]:
    """A valid create-study body (the sandbox's example) with the least reward Prolific allows
    (5 minutes at 6.00 an hour), so that big studies stay cheap to fund."""
    return example_study(**{"name": "Benchmark study", "reward": 50, **overrides})


@dataclass(frozen=True)
class Sizes:
    """How much work each figure does."""

    calls: int  # sync calls per round, per client (loopback)
    async_calls: int  # async calls per round, per client (loopback)
    inproc_calls: int  # calls per round, per client (in process)
    rounds: int  # alternating rounds per client
    concurrency: int  # concurrent async calls
    recipients: int  # bonus recipients
    approvals: int  # submissions approved in bulk
    listed: int  # submissions listed through the sandbox
    streamed: int  # submissions iterated for the memory figure
    import_runs: int  # fresh interpreters per module (after one warm-up)


FULL = Sizes(
    calls=100,
    async_calls=200,
    inproc_calls=500,
    rounds=24,
    concurrency=8,
    recipients=100,
    approvals=500,
    listed=10_000,
    streamed=100_000,
    import_runs=7,
)
QUICK = Sizes(
    calls=20,
    async_calls=32,
    inproc_calls=100,
    rounds=3,
    concurrency=8,
    recipients=100,
    approvals=500,
    listed=1_000,
    streamed=2_000,
    import_runs=2,
)


@dataclass
class Figure:
    """One row of the table. ``met`` is ``None`` for figures that are reported only."""

    key: str
    figure: str
    unit: str  # "s", "requests" or "bytes"
    value: float | None = None
    baseline: float | None = None
    baseline_name: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""
    error: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    #: Set when the ratio is not value / baseline (timings: the median of per-round ratios).
    paired_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.paired_ratio is not None:
            return self.paired_ratio
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def status(self) -> str:
        if self.error is not None:
            return "error"
        if self.met is None:
            return "reported"
        return "met" if self.met else "missed"

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "figure": self.figure,
            "unit": self.unit,
            "value": self.value,
            "baseline": self.baseline,
            "baseline_name": self.baseline_name,
            "ratio": self.ratio,
            "target": self.target,
            "status": self.status,
            "note": self.note,
            "error": self.error,
            "detail": self.detail,
        }


Add = Callable[[Figure], None]


# -- helpers -----------------------------------------------------------------------------------


def _fmt(value: float | None, unit: str) -> str:
    if value is None or math.isnan(value):
        return "-"
    if unit == "s":
        if value < 1e-3:
            return f"{value * 1e6:.1f} us"
        if value < 0.01:
            return f"{value * 1e3:.2f} ms"
        if value < 1.0:
            return f"{value * 1e3:.1f} ms"
        return f"{value:.2f} s"
    if unit == "bytes":
        return f"{value / 1e6:.2f} MB"
    return f"{value:.0f}"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def _sync_block(call: Callable[[], object], calls: int) -> float:
    """Seconds per call over `calls` sequential calls."""
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


async def _async_block(
    call: Callable[[], Awaitable[object]], calls: int, concurrency: int
) -> float:
    """Seconds per call over `calls` calls made by `concurrency` concurrent workers."""
    each = max(1, calls // concurrency)

    async def worker() -> None:
        for _ in range(each):
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return (time.perf_counter() - started) / (each * concurrency)


def _alternate(rounds: int) -> Iterator[tuple[str, str]]:
    """The order of the two clients in each round: bare first, then ours first, and so on."""
    for number in range(rounds):
        yield ("bare", "ours") if number % 2 == 0 else ("ours", "bare")


def _overhead_figure(
    key: str, label: str, times: dict[str, list[float]], *, target: bool, note: str
) -> Figure:
    """Value and baseline: the median per-call time of each client's rounds. Ratio: the median
    over rounds of ours / bare within the same round, which cancels the machine's drift."""
    paired = statistics.median(o / b for o, b in zip(times["ours"], times["bare"], strict=True))
    figure = Figure(
        key,
        label,
        "s",
        value=statistics.median(times["ours"]),
        baseline=statistics.median(times["bare"]),
        baseline_name="bare httpx",
        target=f"<= {OVERHEAD_TARGET:.2f}x bare httpx" if target else "reported",
        note=note,
        detail={
            "per_call_seconds": times,
            "ratio_of_best_rounds": min(times["ours"]) / min(times["bare"]),
            "statistic": "median per-call time; ratio: median of the rounds' ours/bare",
        },
        paired_ratio=paired,
    )
    if target:
        figure.met = paired <= OVERHEAD_TARGET
    return figure


def _create_study(sandbox: Sandbox, places: int = 10) -> str:
    with sandbox.client() as client:
        return client.studies.create(_study(total_available_places=places)).id


# -- 1. per-call overhead ----------------------------------------------------------------------


def bench_overhead(sizes: Sizes, add: Add) -> None:
    sandbox = Sandbox(seed=SEED)
    study_id = _create_study(sandbox)
    path = f"/api/v1/studies/{study_id}/"
    with sandbox.serve(port=0) as url:
        add(_loopback_sync(sizes, sandbox, url, study_id, path))
        add(asyncio.run(_loopback_async(sizes, sandbox, url, study_id, path)))
    with sandbox.http_client() as plain:
        canned = plain.get(path).content
    token = sandbox.token
    del sandbox  # the in-process figures run without the sandbox's objects on the heap
    add(_inprocess_sync(sizes, token, canned, study_id, path))
    add(asyncio.run(_inprocess_async(sizes, token, canned, study_id, path)))


def _time_sync_pair(
    ours: Prolific,
    bare: httpx.Client,
    study_id: str,
    path: str,
    rounds: int,
    warmup: int,
    calls: int,
) -> dict[str, list[float]]:
    """Per-call times of the same GET through bare httpx and through the SDK, the two taking
    turns each round (after a warm-up that also opens the connections)."""

    def bare_get() -> object:
        response = bare.get(path)
        response.raise_for_status()
        return response.json()

    def ours_get() -> object:
        return ours.studies.get(study_id)

    pair = {"bare": bare_get, "ours": ours_get}
    for call in pair.values():
        _sync_block(call, warmup)
    times: dict[str, list[float]] = {"bare": [], "ours": []}
    for order in _alternate(rounds):
        for name in order:
            gc.collect()
            times[name].append(_sync_block(pair[name], calls))
    return times


async def _time_async_pair(
    ours: AsyncProlific,
    bare: httpx.AsyncClient,
    study_id: str,
    path: str,
    sizes: Sizes,
    warmup: int,
    calls: int,
) -> dict[str, list[float]]:
    """The async twin of `_time_sync_pair`, at `sizes.concurrency` calls at a time."""

    async def bare_get() -> object:
        response = await bare.get(path)
        response.raise_for_status()
        return response.json()

    async def ours_get() -> object:
        return await ours.studies.get(study_id)

    pair = {"bare": bare_get, "ours": ours_get}
    for call in pair.values():
        await _async_block(call, warmup, sizes.concurrency)
    times: dict[str, list[float]] = {"bare": [], "ours": []}
    for order in _alternate(sizes.rounds):
        for name in order:
            gc.collect()
            times[name].append(await _async_block(pair[name], calls, sizes.concurrency))
    return times


def _loopback_sync(sizes: Sizes, sandbox: Sandbox, url: str, study_id: str, path: str) -> Figure:
    with (
        Prolific(token=sandbox.token, base_url=url) as ours,
        httpx.Client(base_url=url, headers=dict(ours.http_client.headers), trust_env=False) as bare,
    ):
        times = _time_sync_pair(ours, bare, study_id, path, sizes.rounds, 20, sizes.calls)
    return _overhead_figure(
        "overhead.sync.loopback",
        "per-call time, sync, loopback",
        times,
        target=True,
        note="sandbox HTTP server on 127.0.0.1, same process",
    )


async def _loopback_async(
    sizes: Sizes, sandbox: Sandbox, url: str, study_id: str, path: str
) -> Figure:
    ours = AsyncProlific(token=sandbox.token, base_url=url)
    bare = httpx.AsyncClient(base_url=url, headers=dict(ours.http_client.headers), trust_env=False)
    try:
        times = await _time_async_pair(
            ours, bare, study_id, path, sizes, 4 * sizes.concurrency, sizes.async_calls
        )
    finally:
        await bare.aclose()
        await ours.aclose()
    return _overhead_figure(
        "overhead.async.loopback",
        f"per-call time, async x{sizes.concurrency}, loopback",
        times,
        target=True,
        note=f"{sizes.concurrency} concurrent calls; wall time per call",
    )


def _canned(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)

    return answer


def _inprocess_sync(sizes: Sizes, token: str, body: bytes, study_id: str, path: str) -> Figure:
    transport = httpx.MockTransport(_canned(body))
    with (
        Prolific(
            token=token, base_url=SANDBOX_BASE_URL, http_client=httpx.Client(transport=transport)
        ) as ours,
        httpx.Client(
            base_url=SANDBOX_BASE_URL,
            headers=dict(ours.http_client.headers),
            transport=transport,
            trust_env=False,
        ) as bare,
    ):
        times = _time_sync_pair(ours, bare, study_id, path, sizes.rounds, 50, sizes.inproc_calls)
        ours.http_client.close()
    return _overhead_figure(
        "overhead.sync.inprocess",
        "per-call time, sync, in process",
        times,
        target=False,
        note="httpx.MockTransport with a canned study: client work only",
    )


async def _inprocess_async(
    sizes: Sizes, token: str, body: bytes, study_id: str, path: str
) -> Figure:
    transport = httpx.MockTransport(_canned(body))
    ours = AsyncProlific(
        token=token, base_url=SANDBOX_BASE_URL, http_client=httpx.AsyncClient(transport=transport)
    )
    bare = httpx.AsyncClient(
        base_url=SANDBOX_BASE_URL,
        headers=dict(ours.http_client.headers),
        transport=transport,
        trust_env=False,
    )
    try:
        times = await _time_async_pair(ours, bare, study_id, path, sizes, 50, sizes.inproc_calls)
    finally:
        await bare.aclose()
        await ours.http_client.aclose()
    return _overhead_figure(
        "overhead.async.inprocess",
        f"per-call time, async x{sizes.concurrency}, in process",
        times,
        target=False,
        note="httpx.MockTransport with a canned study: client work only",
    )


# -- 2. requests per workflow ------------------------------------------------------------------


@contextlib.contextmanager
def _counted(sandbox: Sandbox) -> Iterator[list[str]]:
    """Collects ``METHOD operation`` of every request the sandbox answers inside the block."""
    seen: list[str] = []
    start = len(sandbox.requests)
    yield seen
    seen.extend(f"{r.method} {r.operation or r.path}" for r in sandbox.requests[start:])


def _count_figure(
    key: str, label: str, seen: list[str], minimum: int, minimum_name: str, target: str
) -> Figure:
    return Figure(
        key,
        label,
        "requests",
        value=len(seen),
        baseline=minimum,
        baseline_name=minimum_name,
        target=target,
        met=len(seen) <= minimum,
        detail={"requests": seen},
    )


def _populate(sandbox: Sandbox, study_id: str, count: int) -> None:
    """Add `count` finished submissions straight into the sandbox's state.

    ``participants.join`` re-derives the study's status from all its submissions on every
    change, so filling a study with 10,000 participants that way takes quadratic time; the
    listing figure needs the submissions, not the simulation.
    """
    state = sandbox.state
    now = state.now()
    for _ in range(count):
        submission = SandboxSubmission(
            state.new_id(),
            study_id,
            state.new_id(),
            started_at=now,
            status="AWAITING REVIEW",
            completed_at=now,
            entered_code="DONE1",
        )
        submission.history.append((now, "AWAITING REVIEW"))
        state.add_submission(submission)
        state.participants.add(submission.participant_id)


def bench_requests(sizes: Sizes, add: Add) -> None:
    sandbox = Sandbox(seed=SEED)
    sandbox.configure(publish_delay=0)  # counts requests; participants join right after publish
    sandbox.top_up(100_000_000)
    with sandbox.client() as client:
        with _counted(sandbox) as seen:
            draft = client.studies.create(_study(name="Raw draft", total_available_places=5))
            client.studies.publish(draft.id)
        add(
            _count_figure(
                "requests.publish.raw",
                "requests: draft-then-publish, create + publish",
                seen,
                2,
                "create + publish",
                "= 2 (the API's minimum)",
            )
        )
        # The workflow adds one call, the balance check the issue asks for before publishing;
        # the draft prices itself (total_cost), and a first attempt needs no search for an
        # earlier draft because the ledger shows none was tried. The account that scopes the
        # ledger is read once per client (users/me), so a first call learns it before counting.
        client.studies.create_and_publish(
            _study(name="First of this client", total_available_places=5),
            workspace=sandbox.workspace_id,
        )
        with _counted(sandbox) as seen:
            client.studies.create_and_publish(
                _study(name="Safe draft", total_available_places=5),
                workspace=sandbox.workspace_id,
            )
        figure = _count_figure(
            "requests.publish.safe",
            "requests: draft-then-publish, create_and_publish",
            seen,
            3,
            "create + balance + publish",
            "= 3 (the minimum for a balance-checked publish)",
        )
        figure.note = "workspace given by ID; by name adds its look-up"
        add(figure)

        # Bulk approval and bonuses: real participants who finish on the sandbox clock.
        study = client.studies.create(_study(total_available_places=sizes.approvals))
        client.studies.publish(study.id)
        submission_ids = sandbox.participants.join(study.id, sizes.approvals, complete_after=60)
        sandbox.advance(61)
        with _counted(sandbox) as seen:
            report = client.submissions.approve_many(submission_ids)
        approved = sum(1 for s in sandbox.submissions_of(study.id) if s.status == "APPROVED")
        if len(report.approved) != sizes.approvals or approved != sizes.approvals:
            raise RuntimeError(f"approve_many approved {approved} of {sizes.approvals}")
        # Statuses are read first (one submission for its study, then the study's list), so
        # an already-approved submission is reported as skipped rather than approved again.
        chunks = math.ceil(sizes.approvals / DEFAULT_CHUNK)
        reads = 1 + math.ceil(sizes.approvals / MAX_PAGE_SIZE)
        add(
            _count_figure(
                "requests.approve",
                f"requests: approve {sizes.approvals} submissions",
                seen,
                chunks + reads,
                f"ceil({sizes.approvals} / {DEFAULT_CHUNK}) + 1 + ceil({sizes.approvals} / "
                f"{MAX_PAGE_SIZE})",
                f"= {chunks} bulk chunks + {reads} status reads (not {sizes.approvals} calls)",
            )
        )

        recipients = [
            sandbox.submissions[s].participant_id for s in submission_ids[: sizes.recipients]
        ]
        with _counted(sandbox) as seen:
            paid = client.bonuses.pay(
                study.id, dict.fromkeys(recipients, Decimal("0.50")), key="bench-bonuses"
            )
        batches = [sandbox.bonus_batches[b] for b in paid.batch_ids]
        if (
            any(b.pay_requests != 1 for b in batches)
            or sum(len(b.lines) for b in batches) != sizes.recipients
        ):
            raise RuntimeError("bonuses.pay did not pay every recipient exactly once")
        # Exactly-once costs reads, never writes: the study's submissions are listed once to
        # resolve recipients, and each recipient's submission is read once for the baseline
        # that a lost pay call is judged against; then one create and one pay per 200.
        listing = math.ceil(len(submission_ids) / MAX_PAGE_SIZE)
        parts = math.ceil(sizes.recipients / 200)
        add(
            _count_figure(
                "requests.bonuses",
                f"requests: bonuses for {sizes.recipients} recipients",
                seen,
                listing + sizes.recipients + 2 * parts,
                "list + baseline reads + create + pay",
                f"= {listing} list page(s) + {sizes.recipients} reads + {2 * parts} money calls",
            )
        )

        # Listing: a study with many submissions, put straight into the sandbox's state.
        big = client.studies.create(_study(total_available_places=sizes.listed))
        client.studies.publish(big.id)
        _populate(sandbox, big.id, sizes.listed)
        with _counted(sandbox) as seen:
            listed = sum(
                1 for _ in itertools.islice(client.submissions.list(study=big.id), sizes.listed + 1)
            )
        if listed != sizes.listed:
            raise RuntimeError(f"listed {listed} submissions of {sizes.listed}")
        pages = math.ceil(sizes.listed / MAX_PAGE_SIZE)
        figure = _count_figure(
            "requests.list",
            f"requests: list {sizes.listed:,} submissions",
            seen,
            pages,
            f"ceil({sizes.listed} / {MAX_PAGE_SIZE})",
            f"= {pages} (pages of {MAX_PAGE_SIZE}, the largest)",
        )
        figure.detail["requests"] = sorted(set(seen))
        add(figure)
    if sandbox.errors:
        raise RuntimeError(f"the sandbox failed: {sandbox.errors[-1]}")


# -- 3. pagination memory ----------------------------------------------------------------------

_BENCH_STUDY = "b" * 24
_STARTED = "2026-01-05T09:00:00.000000Z"
_COMPLETED = "2026-01-05T09:05:00.000000Z"


def _list_item(index: int) -> dict[str, Any]:
    return {
        "id": f"{index:024x}",
        "study_id": _BENCH_STUDY,
        "participant_id": f"{(1 << 80) + index:024x}",
        "status": "APPROVED",
        "started_at": _STARTED,
        "completed_at": _COMPLETED,
        "time_taken": 300,
        "has_siblings": False,
        "study_code": "DONE1",
        "return_requested": None,
    }


def _pages(total: int) -> Callable[[httpx.Request], httpx.Response]:
    """Answers ``GET /submissions/`` like Prolific, making each page only when it is asked for."""

    def answer(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        page = int(params.get("page", "1"))
        size = min(int(params.get("page_size", "20")), MAX_PAGE_SIZE)
        start = (page - 1) * size
        if page < 1 or (page > 1 and start >= total):
            error = {"error": {"status": 404, "title": "Not Found", "detail": "Invalid page."}}
            return httpx.Response(404, json=error)
        end = min(total, start + size)
        more = {"page": str(page + 1), "page_size": str(size)}
        body = {
            "results": [_list_item(i) for i in range(start, end)],
            "_links": {
                "next": {
                    "href": str(request.url.copy_merge_params(more)) if end < total else None,
                    "title": "Next page",
                }
            },
            "meta": {"count": total},
        }
        return httpx.Response(200, json=body)

    return answer


def _traced_peak(action: Callable[[], int]) -> tuple[int, int, float]:
    """(result, peak traced growth in bytes, seconds) of running `action`."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        started = time.perf_counter()
        result = action()
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, peak - before, elapsed


def bench_memory(sizes: Sizes, add: Add) -> None:
    total = sizes.streamed
    transport = httpx.MockTransport(_pages(total))

    def client() -> Prolific:
        return Prolific(
            token="bench-token",
            base_url=SANDBOX_BASE_URL,
            http_client=httpx.Client(transport=transport),
        )

    def stream() -> int:
        with client() as c:
            pager = c.submissions.list(study=_BENCH_STUDY)
            count = 0
            for _ in itertools.islice(pager, total + 1):
                count += 1
            c.http_client.close()
        return count

    def materialise() -> int:
        with client() as c:
            items = list(itertools.islice(c.submissions.list(study=_BENCH_STUDY), total + 1))
            c.http_client.close()
        return len(items)

    streamed, streamed_peak, streamed_seconds = _traced_peak(stream)
    kept, kept_peak, kept_seconds = _traced_peak(materialise)
    if streamed != total or kept != total:
        raise RuntimeError(f"iterated {streamed} and {kept} of {total} submissions")
    add(
        Figure(
            "memory.pagination",
            f"peak memory growth, iterating {total:,} submissions",
            "bytes",
            value=streamed_peak,
            baseline=kept_peak,
            baseline_name="list() of the same",
            target=f"< {MEMORY_TARGET / 1e6:.0f} MB",
            met=streamed_peak < MEMORY_TARGET,
            note="tracemalloc; pages made on demand by a MockTransport",
            detail={
                "pages": math.ceil(total / MAX_PAGE_SIZE),
                "seconds_streaming": streamed_seconds,
                "seconds_materialising": kept_seconds,
            },
        )
    )


# -- 4. import time ----------------------------------------------------------------------------

_IMPORT_PROBE = (
    "import time; started = time.perf_counter(); import {module}; "
    "print(time.perf_counter() - started)"
)


def _import_once(module: str) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONPROFILE")}
    env.pop("PYTHONIMPORTTIME", None)
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE.format(module=module)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    if result.returncode != 0:
        raise RuntimeError(f"import {module} failed: {result.stderr.strip()}")
    return float(result.stdout.strip().splitlines()[-1])


def bench_imports(sizes: Sizes, add: Add) -> None:
    modules = ("prolific", "httpx")
    for module in modules:  # warm up: bytecode caches, the file system cache
        _import_once(module)
    times: dict[str, list[float]] = {module: [] for module in modules}
    for number in range(sizes.import_runs):
        for module in modules if number % 2 == 0 else modules[::-1]:
            times[module].append(_import_once(module))
    ours, floor = min(times["prolific"]), min(times["httpx"])
    add(
        Figure(
            "import.prolific",
            "import prolific, fresh interpreter",
            "s",
            value=ours,
            baseline=floor,
            baseline_name="import httpx",
            target=f"< {IMPORT_TARGET * 1e3:.0f} ms and <= {IMPORT_RATIO_TARGET:.2f}x httpx",
            met=ours < IMPORT_TARGET and ours / floor <= IMPORT_RATIO_TARGET,
            note=f"best of {sizes.import_runs}",
            detail={"seconds": times},
        )
    )


# -- 5. generation -----------------------------------------------------------------------------


def bench_generation(sizes: Sizes, add: Add) -> None:
    spec = importlib.util.spec_from_file_location("_bench_generate", ROOT / "scripts/generate.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("cannot load scripts/generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    tool = Path(sys.executable).parent / "openapi-python-client"
    started = time.perf_counter()
    subprocess.run([str(tool), "--version"], capture_output=True, check=True, timeout=120)
    startup = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="prolific-bench-generate-") as tmp:
        started = time.perf_counter()
        try:
            out = generate.generate_into(Path(tmp))
        except SystemExit as exc:  # generate_into exits with the generator's output on failure
            raise RuntimeError(str(exc)) from None
        elapsed = time.perf_counter() - started
        files = sum(1 for p in out.rglob("*.py"))
    add(
        Figure(
            "generation",
            "make generate, wall time",
            "s",
            value=elapsed,
            baseline=startup,
            baseline_name="generator start-up",
            target="reported",
            note=f"{files} modules generated, then formatted by ruff",
        )
    )


# -- running and reporting ---------------------------------------------------------------------


def _ledger_payment(ledger: BonusLedger, key: str, recipients: int) -> None:
    """Every ledger step of one bonus payment, in the order bonuses.pay takes them."""
    scope = "https://bench.test#account"
    amounts = {f"{i:024x}": 50 for i in range(recipients)}
    owner = new_owner()
    for part in ledger.begin(scope, key, "a" * 24, amounts, submissions={r: r for r in amounts}):
        claimed = ledger.claim(scope, key, part.number, owner)
        assert isinstance(claimed, Part)
        ledger.move(claimed, owner, PaymentState.CREATING)
        ledger.move(
            claimed, owner, PaymentState.CREATED, from_states=[PaymentState.CREATING],
            batch_id="b" * 24, figures=(100, 33, 7, 140),
        )  # fmt: skip
        ledger.record_baseline(claimed, owner, {r: [] for r in claimed.amounts})
        assert ledger.lock_money(scope, owner) is None
        ledger.move(claimed, owner, PaymentState.PAYING, from_states=[PaymentState.CREATED])
        ledger.unlock_money(scope, owner)
        ledger.settle(claimed)
        ledger.unclaim(claimed, owner)


def _raw_bonus_calls(recipients: int, payments: int) -> float:
    """Seconds per payment for the two raw calls (create a batch, pay it) in process: what
    paying costs without the ledger."""
    sandbox = Sandbox(seed=12, balance=10**12)
    client = sandbox.client()
    study_id = client.studies.create_and_publish(
        _study(total_available_places=recipients), wait=60
    ).id
    subs = sandbox.participants.join(study_id, recipients, complete_after=10)
    sandbox.advance(10)
    amounts = dict.fromkeys(subs, Decimal("0.50"))
    client.bonuses.pay_batch(client.bonuses.create_batch(study_id, amounts).id)  # warm-up
    started = time.perf_counter()
    for _ in range(payments):
        client.bonuses.pay_batch(client.bonuses.create_batch(study_id, amounts).id)
    elapsed = (time.perf_counter() - started) / payments
    client.close()
    return elapsed


def bench_ledger(sizes: Sizes, add: Add) -> None:
    """What exactly-once costs on each backend: every ledger step of one payment, next to the
    two raw calls it guards (in process, so the server's speed does not hide it)."""
    import pgserver  # dev dependency: a real PostgreSQL 16 started here, stopped at the end

    payments = 5 if sizes.rounds < 10 else 40
    raw = _raw_bonus_calls(sizes.recipients, payments)
    with tempfile.TemporaryDirectory() as folder:
        server = pgserver.get_server(Path(folder) / "pg", cleanup_mode="stop")
        try:
            targets = {
                "SQLite file": str(Path(folder) / "ledger.sqlite3"),
                "PostgreSQL": server.get_uri(),
            }
            for name, target in targets.items():
                ledger = BonusLedger(target)
                _ledger_payment(ledger, "warm-up", sizes.recipients)
                started = time.perf_counter()
                for n in range(payments):
                    _ledger_payment(ledger, f"bench-{n}", sizes.recipients)
                per_payment = (time.perf_counter() - started) / payments
                ledger.close()
                add(
                    Figure(
                        f"ledger.{name.split()[0].lower()}",
                        f"ledger: one payment of {sizes.recipients} recipients, {name}",
                        "s",
                        value=per_payment,
                        baseline=raw,
                        baseline_name="create + pay, raw, in process",
                        target="reported (each step durable before its call)",
                        note="every claim, compare-and-set, baseline and lock of bonuses.pay",
                    )
                )
        finally:
            server.cleanup()


SECTIONS: list[tuple[str, Callable[[Sizes, Add], None]]] = [
    ("overhead", bench_overhead),
    ("requests", bench_requests),
    ("memory", bench_memory),
    ("import", bench_imports),
    ("generation", bench_generation),
    ("ledger", bench_ledger),
]


def machine() -> dict[str, Any]:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.partition(":")[2].strip()
                break
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu or platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "httpx": httpx.__version__,
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }


COLUMNS = ("figure", "value", "baseline", "ratio", "target", "met/missed")


def rows(figures: list[Figure]) -> list[tuple[str, ...]]:
    table = []
    for f in figures:
        baseline = _fmt(f.baseline, f.unit)
        if f.baseline_name and f.baseline is not None:
            baseline = f"{baseline} ({f.baseline_name})"
        status = f"error: {f.error}" if f.error else f.status
        table.append((f.figure, _fmt(f.value, f.unit), baseline, _ratio(f.ratio), f.target, status))
    return table


def text_table(figures: list[Figure]) -> str:
    table = [COLUMNS, *rows(figures)]
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(figures: list[Figure]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += [
        "| " + " | ".join(cell.replace("|", "\\|") for cell in r) + " |" for r in rows(figures)
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a few seconds")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--only",
        action="append",
        choices=[name for name, _ in SECTIONS],
        help="run only this group of figures (repeatable)",
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL

    figures: list[Figure] = []
    failed = False
    started = time.perf_counter()
    for name, section in SECTIONS:
        if args.only and name not in args.only:
            continue
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        try:
            section(sizes, figures.append)
        except Exception as exc:
            failed = True
            traceback.print_exc()
            figures.append(Figure(f"{name}.error", f"{name}: not measured", "", error=repr(exc)))
    elapsed = time.perf_counter() - started
    info = machine()

    mode = "quick" if args.quick else "full"
    print(
        f"prolific-python benchmarks ({mode}, {elapsed:.0f} s): {info['cpu']}, "
        f"{info['cores']} cores, {info['python']}, {info['date']}"
    )
    print(markdown_table(figures) if args.markdown else text_table(figures))
    if args.json is not None:
        document = {
            "mode": mode,
            "seconds": elapsed,
            "machine": info,
            "sizes": dataclasses.asdict(sizes),
            "figures": [f.as_json() for f in figures],
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
