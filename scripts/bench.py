"""`make bench`: what the SDK costs, each figure against a baseline measured in the same run.

Usage:
    python scripts/bench.py                  # full sizes (a few minutes on 2 cores)
    python scripts/bench.py --quick          # tiny sizes, seconds (the test runs this)
    python scripts/bench.py --json out.json  # also write every figure, and the machine, as JSON
    python scripts/bench.py --markdown       # print the table as Markdown (for BENCHMARKS.md)
    python scripts/bench.py --only sandbox   # one group: overhead, server, requests, sandbox,
                                             # bonuses, memory, import, generation (repeatable)

Figures (absolute times on a shared machine are noise, so each sits next to a baseline):

1. Per-call overhead. The same ``GET /api/v1/studies/<id>/`` done many times with a bare
   ``httpx.Client`` (same headers, ``raise_for_status()`` and ``.json()``) and with ``Prolific``
   (``client.studies.get``: retry transport, typed errors, a typed ``Study``); then
   ``httpx.AsyncClient`` against ``AsyncProlific`` at a fixed concurrency. Measured against a
   fast loopback server that answers a precomputed study from its own process
   (``bench_server.py canned``; target: at most 1.05x bare httpx), and in process over an
   ``httpx.MockTransport`` answering the same bytes, which leaves only client work (target:
   at most 1.25x). Rounds alternate between the two clients; the ratio is the median over
   rounds of ours / bare in the same round.
2. The sandbox's HTTP server: GETs of a study answered per second over 32 keep-alive
   connections, the server in its own process, the load from this one; the baseline is the
   canned server under the same load (the load generator's own ceiling). Target: 3,000/s.
3. Requests per workflow, counted by the in-process sandbox: bonuses for 100 recipients, bulk
   approval of 500 submissions, approvals one by one, listing 10,000 submissions, and
   draft-then-publish (raw calls, and the repeat-safe ``create_and_publish``). The baseline is
   the fewest requests the API allows for the job.
4. The sandbox at scale: joining 100,000 participants to one study and walking their
   submissions with ``client.submissions.list`` (each under 10 s; baselines: a tenth as many),
   the clock advance that lets them submit, GET study on that study against an empty one
   (constant time), traced memory per submission (under 1 KB) and the bounded request log.
5. ``bonuses.pay`` with a ledger file against the two raw calls it makes; the difference per
   recipient is the ledger's cost per payment (reported; ``PROLIFIC_BENCH_LEDGER`` adds a row
   for another ledger location).
6. Pagination memory: peak traced memory growth (``tracemalloc``) while iterating 100,000
   submissions through ``client.submissions.list``, served page by page by a transport that
   makes each page on demand (so only the client's memory is measured); the baseline is
   materialising the same list with ``list(...)``.
7. Import time: ``import prolific`` in a fresh interpreter, best of several runs, against
   ``import httpx`` (which it needs) as the floor. Target: under 150 ms and within 2x.
8. Generation: ``generate_into`` a temporary folder (what ``make generate`` runs; ``generated/``
   is never touched), against the generator's own start-up. Reported only.

Everything talks to loopback or stays in process, every loop is bounded, and the servers this
starts end with it. The exit status is 0 when every figure was measured (met or missed), 1
when one could not be.
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
from prolific.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxSettings, example_study

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_server import requests_per_second

ROOT = Path(__file__).resolve().parent.parent
SERVER_SCRIPT = ROOT / "scripts" / "bench_server.py"
SEED = 8

#: Per-call targets, our client's time over bare httpx's (sync and async): against the fast
#: loopback server, and in process over an httpx.MockTransport.
OVERHEAD_TARGET = 1.05
INPROCESS_TARGET = 1.25
#: The sandbox's HTTP server, GETs answered per second at SERVER_CONNECTIONS connections.
SERVER_TARGET = 3_000
SERVER_CONNECTIONS = 32
#: Sandbox scale: seconds to join / walk the big study, bytes per submission, and GET study on
#: the big study as a multiple of GET study on an empty one (constant time).
JOIN_TARGET = 10.0
WALK_TARGET = 10.0
SUBMISSION_BYTES_TARGET = 1_000
GET_STUDY_RATIO_TARGET = 1.5
#: Rounds of list-one-page-then-approve on the big study and on the baseline.
REVIEW_ROUNDS = 20
REVIEW_RATIO_TARGET = 1.5
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
    server_seconds: float  # how long each server is loaded for its throughput figure
    big_study: int  # participants joined to one sandbox study (and walked)
    traced: int  # participants joined under tracemalloc for the bytes-per-submission figure
    one_by_one: int  # submissions approved one call each
    bonus_recipients: int  # recipients of each timed bonus payment
    bonus_rounds: int  # timed payments per way of paying


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
    server_seconds=3.0,
    big_study=100_000,
    traced=20_000,
    one_by_one=200,
    bonus_recipients=1_000,
    bonus_rounds=6,
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
    server_seconds=0.3,
    big_study=2_000,
    traced=500,
    one_by_one=10,
    bonus_recipients=20,
    bonus_rounds=2,
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
        return f"{value / 1e6:.2f} MB" if value >= 1e5 else f"{value:,.0f} B"
    if unit == "per_s":
        return f"{value:,.0f}/s"
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
    key: str, label: str, times: dict[str, list[float]], *, target: float | None, note: str
) -> Figure:
    """Value and baseline: the median of each client's per-call times (single calls, or
    rounds of calls for async). Ratio: ours / bare of those medians."""
    ours, bare = statistics.median(times["ours"]), statistics.median(times["bare"])
    quartiles = {name: statistics.quantiles(values, n=4) for name, values in times.items()}
    figure = Figure(
        key,
        label,
        "s",
        value=ours,
        baseline=bare,
        baseline_name="bare httpx",
        target=f"<= {target:.2f}x bare httpx" if target is not None else "reported",
        note=note,
        detail={
            "samples": {name: len(values) for name, values in times.items()},
            "quartiles_seconds": quartiles,
            "ratio_of_best": min(times["ours"]) / min(times["bare"]),
            "statistic": "median per-call time of each client; ratio: ours / bare",
        },
        paired_ratio=ours / bare,
    )
    if target is not None:
        figure.met = ours / bare <= target
    return figure


def _sandbox(**options: Any) -> Sandbox:
    """A sandbox whose studies are ACTIVE as soon as they are published (no PUBLISHING
    phase to wait out), so participants can join straight away."""
    return Sandbox(seed=SEED, settings=SandboxSettings(publish_delay=0.0), **options)


def _active_study(sandbox: Sandbox, client: Prolific, places: int) -> str:
    study = client.studies.create(_study(total_available_places=places))
    client.studies.publish(study.id)
    if sandbox.studies[study.id].status != "ACTIVE":
        raise RuntimeError(f"study {study.id} is {sandbox.studies[study.id].status}, not ACTIVE")
    return study.id


def _create_study(sandbox: Sandbox, places: int = 10) -> str:
    with sandbox.client() as client:
        return client.studies.create(_study(total_available_places=places)).id


@contextlib.contextmanager
def _server_process(*args: str) -> Iterator[dict[str, str]]:
    """Run ``scripts/bench_server.py args`` in its own process; yields what it prints (its URL,
    the path to ask for, the token). Ends it by closing its input, or by its process ID."""
    process = subprocess.Popen(
        [sys.executable, str(SERVER_SCRIPT), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"bench_server.py {args[0]} did not start")
        yield json.loads(line)
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def _fast_server(body: bytes, path: str) -> Iterator[str]:
    """The canned server (its own process) answering ``GET path`` with ``body``; yields its URL."""
    with tempfile.TemporaryDirectory(prefix="prolific-bench-") as tmp:
        canned = Path(tmp) / "canned.json"
        canned.write_text(json.dumps({"body": body.decode(), "path": path}))
        with _server_process("canned", str(canned)) as info:
            yield info["url"]


# -- 1. per-call overhead ----------------------------------------------------------------------


def bench_overhead(sizes: Sizes, add: Add) -> None:
    sandbox = Sandbox(seed=SEED)
    study_id = _create_study(sandbox)
    path = f"/api/v1/studies/{study_id}/"
    with sandbox.http_client() as plain:
        canned = plain.get(path).content
    token = sandbox.token
    del sandbox  # the figures run without the sandbox's objects on the heap
    with _fast_server(canned, path) as url:
        add(_loopback_sync(sizes, token, url, study_id, path))
        add(asyncio.run(_loopback_async(sizes, token, url, study_id, path)))
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
    # One call at a time, the two clients alternating: on a shared machine a pause (another
    # process, a collection) lands on single calls, which the medians then leave out, and a
    # drift in the machine's speed touches both clients alike.
    clock = time.perf_counter
    times: dict[str, list[float]] = {"bare": [], "ours": []}
    gc.collect()
    for number in range(rounds * calls):
        first, second = ("bare", "ours") if number % 2 == 0 else ("ours", "bare")
        started = clock()
        pair[first]()
        middle = clock()
        pair[second]()
        ended = clock()
        times[first].append(middle - started)
        times[second].append(ended - middle)
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


def _loopback_sync(sizes: Sizes, token: str, url: str, study_id: str, path: str) -> Figure:
    with (
        Prolific(token=token, base_url=url) as ours,
        httpx.Client(base_url=url, headers=dict(ours.http_client.headers), trust_env=False) as bare,
    ):
        times = _time_sync_pair(ours, bare, study_id, path, sizes.rounds, 20, sizes.calls)
    return _overhead_figure(
        "overhead.sync.loopback",
        "per-call time, sync, fast loopback server",
        times,
        target=OVERHEAD_TARGET,
        note="canned study from a minimal asyncio server in its own process",
    )


async def _loopback_async(sizes: Sizes, token: str, url: str, study_id: str, path: str) -> Figure:
    ours = AsyncProlific(token=token, base_url=url)
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
        f"per-call time, async x{sizes.concurrency}, fast loopback server",
        times,
        target=OVERHEAD_TARGET,
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
        target=INPROCESS_TARGET,
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
        target=INPROCESS_TARGET,
        note="httpx.MockTransport with a canned study: client work only",
    )


# -- 2. the sandbox's HTTP server --------------------------------------------------------------


def bench_server(sizes: Sizes, add: Add) -> None:
    sandbox = Sandbox(seed=SEED)
    study_id = _create_study(sandbox)
    path = f"/api/v1/studies/{study_id}/"
    with sandbox.http_client() as plain:
        canned = plain.get(path).content
    del sandbox
    rates: dict[str, float] = {}
    # The canned server with the same load gives the load generator's own ceiling.
    with _fast_server(canned, path) as url:
        rates["canned"] = _throughput(url, path, None, sizes)
    with _server_process("sandbox", str(SEED)) as info:
        rates["sandbox"] = _throughput(info["url"], info["path"], info["token"], sizes)
    add(
        Figure(
            "server.sandbox",
            f"sandbox HTTP server, GET study, {SERVER_CONNECTIONS} connections",
            "per_s",
            value=rates["sandbox"],
            baseline=rates["canned"],
            baseline_name="canned server, same load",
            target=f">= {SERVER_TARGET:,} GET/s",
            met=rates["sandbox"] >= SERVER_TARGET,
            note="own process; keep-alive connections; load from this process",
            detail={"requests_per_second": rates, "seconds": sizes.server_seconds},
        )
    )


def _throughput(url: str, path: str, token: str | None, sizes: Sizes) -> float:
    warm = min(0.5, sizes.server_seconds)
    requests_per_second(url, path, token, connections=SERVER_CONNECTIONS, seconds=warm)
    return requests_per_second(
        url, path, token, connections=SERVER_CONNECTIONS, seconds=sizes.server_seconds
    )


# -- 3. requests per workflow ------------------------------------------------------------------


@contextlib.contextmanager
def _counted(sandbox: Sandbox) -> Iterator[list[str]]:
    """Collects ``METHOD operation`` of every request the sandbox answers inside the block."""
    seen: list[str] = []
    mark = sandbox.requests.total
    yield seen
    seen.extend(f"{r.method} {r.operation or r.path}" for r in sandbox.requests.since(mark))


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
        # ledger is read once per client (users/me), and Prolific's reward recommendations
        # (for the low-reward warning) once an hour, so a first call learns both before counting.
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

        # One by one: each approval is a single request when the submission awaits review.
        single = client.studies.create(_study(total_available_places=sizes.one_by_one))
        client.studies.publish(single.id)
        singles = sandbox.participants.join(single.id, sizes.one_by_one, complete_after=60)
        sandbox.advance(61)
        with _counted(sandbox) as seen:
            for submission_id in singles:
                client.submissions.approve(submission_id)
        if {sandbox.submissions[s].status for s in singles} != {"APPROVED"}:
            raise RuntimeError("approve did not approve every submission")
        add(
            _count_figure(
                "requests.approve_one",
                f"requests: approve {sizes.one_by_one} submissions one by one",
                seen,
                sizes.one_by_one,
                "1 per submission",
                f"= {sizes.one_by_one} (the approval alone, no status read)",
            )
        )

        # Listing: a study whose participants have all submitted.
        big = client.studies.create(_study(total_available_places=sizes.listed))
        client.studies.publish(big.id)
        sandbox.participants.join(big.id, sizes.listed, complete_after=60)
        sandbox.advance(61)
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


# -- 4. the sandbox at scale -------------------------------------------------------------------


@dataclass
class _ScaleRun:
    join: float
    advance: float
    walk: float
    get_big: float
    get_empty: float
    review: float


def _funded_sandbox(places: int) -> Sandbox:
    # The least reward plus fees for every place, with room for the other studies here.
    return _sandbox(balance=places * 100 + 1_000_000)


def _get_time(client: Prolific, study_id: str, calls: int) -> float:
    return _sync_block(lambda: client.studies.get(study_id), calls)


def _scale_run(participants: int, get_calls: int) -> _ScaleRun:
    """Join `participants` to one study, let them all submit, time GET study against an empty
    study, then walk the submissions with the client."""
    sandbox = _funded_sandbox(participants)
    with sandbox.client() as client:
        study = client.studies.create(_study(total_available_places=participants))
        client.studies.publish(study.id)
        empty = client.studies.create(_study(name="Empty study"))
        gc.collect()
        started = time.perf_counter()
        sandbox.participants.join(study.id, participants, complete_after=60)
        joined = time.perf_counter() - started
        started = time.perf_counter()
        sandbox.advance(61)
        advanced = time.perf_counter() - started
        if sandbox.state.study_index(study.id).count("AWAITING REVIEW") != participants:
            raise RuntimeError("not every participant submitted")
        _get_time(client, study.id, 20)
        _get_time(client, empty.id, 20)
        big: list[float] = []
        small: list[float] = []
        for _ in range(5):
            big.append(_get_time(client, study.id, get_calls))
            small.append(_get_time(client, empty.id, get_calls))
        gc.collect()
        started = time.perf_counter()
        walked = sum(1 for _ in client.submissions.list(study=study.id))
        walk = time.perf_counter() - started
        if walked != participants:
            raise RuntimeError(f"walked {walked} of {participants} submissions")
        review = _review_loop(client, study.id, REVIEW_ROUNDS)
    if sandbox.errors:
        raise RuntimeError(f"the sandbox failed: {sandbox.errors[-1]}")
    return _ScaleRun(
        joined, advanced, walk, statistics.median(big), statistics.median(small), review
    )


def _review_loop(client: Prolific, study_id: str, rounds: int) -> float:
    """Median time of one round of the review loop: the first page of what awaits review,
    then the approval of its first submission (a write, so the next list sees a change)."""
    times: list[float] = []
    for _ in range(rounds):
        started = time.perf_counter()
        first = next(iter(client.submissions.list(study=study_id, status="AWAITING_REVIEW")))
        client.submissions.approve(first.id)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _bytes_per_submission(participants: int) -> tuple[float, float]:
    """(traced bytes the sandbox holds per submitted submission, bytes of its list JSON)."""
    sandbox = _funded_sandbox(participants)
    with sandbox.client() as client:
        study = client.studies.create(_study(total_available_places=participants))
        client.studies.publish(study.id)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        sandbox.participants.join(study.id, participants, complete_after=60)
        sandbox.advance(61)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    with sandbox.http_client() as plain:
        page = plain.get("/api/v1/submissions/", params={"study": study.id, "page_size": 200})
    items = page.json()["results"]
    json_bytes = sum(len(json.dumps(item)) for item in items) / len(items)
    return grown / participants, json_bytes


def bench_sandbox(sizes: Sizes, add: Add) -> None:
    big_n = sizes.big_study
    small_n = max(1, big_n // 10)
    small = _scale_run(small_n, 50)
    big = _scale_run(big_n, 50)
    scaling = (
        f"{big_n // small_n}x the participants of the baseline: ~{big_n // small_n}x is linear"
    )
    add(
        Figure(
            "sandbox.join",
            f"sandbox: join {big_n:,} participants to one study",
            "s",
            value=big.join,
            baseline=small.join,
            baseline_name=f"join {small_n:,}",
            target=f"< {JOIN_TARGET:.0f} s",
            met=big.join < JOIN_TARGET,
            note=scaling,
        )
    )
    add(
        Figure(
            "sandbox.advance",
            f"sandbox: clock advance, {big_n:,} participants submit",
            "s",
            value=big.advance,
            baseline=small.advance,
            baseline_name=f"{small_n:,} submit",
            target="reported (linear)",
            note=scaling,
        )
    )
    add(
        Figure(
            "sandbox.walk",
            f"sandbox: walk {big_n:,} submissions (client.submissions.list)",
            "s",
            value=big.walk,
            baseline=small.walk,
            baseline_name=f"walk {small_n:,}",
            target=f"< {WALK_TARGET:.0f} s",
            met=big.walk < WALK_TARGET,
            note=f"{math.ceil(big_n / MAX_PAGE_SIZE)} pages of {MAX_PAGE_SIZE}, in process",
        )
    )
    add(
        Figure(
            "sandbox.get_study",
            f"sandbox: GET study with {big_n:,} submissions",
            "s",
            value=big.get_big,
            baseline=big.get_empty,
            baseline_name="GET study without submissions",
            target=f"<= {GET_STUDY_RATIO_TARGET:.2f}x (constant time)",
            met=big.get_big / big.get_empty <= GET_STUDY_RATIO_TARGET,
            note="client.studies.get in process; median of 5 blocks of 50",
        )
    )
    add(
        Figure(
            "sandbox.review",
            f"sandbox: review loop on {big_n:,} submissions (list a page, approve one)",
            "s",
            value=big.review,
            baseline=small.review,
            baseline_name=f"the same on {small_n:,}",
            target=f"<= {REVIEW_RATIO_TARGET:.2f}x (a page, not a scan, after each write)",
            met=big.review / small.review <= REVIEW_RATIO_TARGET,
            note=f"median of {REVIEW_ROUNDS} rounds; first page of AWAITING_REVIEW, in process",
        )
    )
    per_submission, json_bytes = _bytes_per_submission(sizes.traced)
    add(
        Figure(
            "sandbox.memory",
            "sandbox: memory per submitted submission",
            "bytes",
            value=per_submission,
            baseline=json_bytes,
            baseline_name="its list item as JSON",
            target=f"< {SUBMISSION_BYTES_TARGET:,} B",
            met=per_submission < SUBMISSION_BYTES_TARGET,
            note=f"tracemalloc growth over joining {sizes.traced:,}, after they submit",
        )
    )
    add(_request_log_figure())


def _request_log_figure() -> Figure:
    limit = 1_000
    sandbox = Sandbox(seed=SEED, request_log_limit=limit)
    with sandbox.http_client() as plain:
        for _ in range(2 * limit):
            plain.get("/api/v1/users/me/")
    kept = len(sandbox.requests)
    return Figure(
        "sandbox.request_log",
        f"sandbox: request log after {2 * limit:,} calls",
        "requests",
        value=kept,
        baseline=limit,
        baseline_name="request_log_limit",
        target=f"= {limit:,} (the newest; default limit 10,000)",
        met=kept == limit and sandbox.requests.total == 2 * limit,
    )


# -- 5. bonus payments and the ledger ----------------------------------------------------------


def bench_bonuses(sizes: Sizes, add: Add) -> None:
    """``bonuses.pay`` end to end with a ledger file, against the two raw calls it makes.

    The ``ledger`` section times the ledger's own steps on each backend; this is what a caller
    of ``bonuses.pay(..., ledger=<path>)`` waits for, its reads and the ledger included.
    """
    n = sizes.bonus_recipients
    sandbox = _sandbox(balance=100_000_000)
    with (
        tempfile.TemporaryDirectory(prefix="prolific-bench-ledger-") as tmp,
        sandbox.client() as client,
    ):
        location = str(Path(tmp) / "ledger.sqlite3")
        study_id = _active_study(sandbox, client, n)
        submission_ids = sandbox.participants.join(study_id, n, complete_after=60)
        sandbox.advance(61)
        client.submissions.approve_many(submission_ids)
        people = [sandbox.submissions[s].participant_id for s in submission_ids]
        amounts = dict.fromkeys(people, Decimal("0.10"))
        keys = itertools.count()

        def raw() -> None:
            batch = client.bonuses.create_batch(study_id, amounts)
            client.bonuses.pay_batch(batch.id)

        def paid() -> None:
            client.bonuses.pay(study_id, amounts, f"bench-{next(keys)}", ledger=location)

        times: dict[str, list[float]] = {"bare": [], "ours": []}
        pair = {"bare": raw, "ours": paid}
        for call in pair.values():
            call()
        for order in _alternate(sizes.bonus_rounds):
            for which in order:
                gc.collect()
                times[which].append(_sync_block(pair[which], 1))
    ours, bare = statistics.median(times["ours"]), statistics.median(times["bare"])
    add(
        Figure(
            "bonuses.pay.sqlite",
            f"bonuses.pay end to end, {n:,} recipients, SQLite ledger file",
            "s",
            value=ours,
            baseline=bare,
            baseline_name="create_batch + pay_batch",
            target="reported",
            note=f"{(ours - bare) / n * 1e6:.1f} us more per recipient, reads included",
            detail={"seconds": times},
        )
    )
    if sandbox.errors:
        raise RuntimeError(f"the sandbox failed: {sandbox.errors[-1]}")


# -- 6. pagination memory ----------------------------------------------------------------------

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


# -- 7. import time ----------------------------------------------------------------------------

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


# -- 8. generation -----------------------------------------------------------------------------


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
    ("server", bench_server),
    ("requests", bench_requests),
    ("sandbox", bench_sandbox),
    ("bonuses", bench_bonuses),
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
