"""Several processes paying the same key at once, with real latency and faults, against the
sandbox's real HTTP server: judged from the sandbox's own money ledger, nobody is paid twice and,
after the documented release of keys in doubt, nobody is left unpaid. Money calls of one account
never overlap, whichever key they belong to.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from prolific import Prolific
from prolific._ledger import BonusLedger
from prolific.errors import PaymentInDoubtError
from prolific.sandbox import Sandbox, example_study

WORKERS = 3
TRIALS = 100
WORKER = Path(__file__).with_name("race_worker.py")
MONEY_CALLS = ("/bonus-payments/", "/pay/")


class Wire:
    """Real latency in front of the sandbox, and a count of money calls in flight at once."""

    def __init__(self, sandbox: Sandbox, seed: int) -> None:
        self._handle = sandbox.handle
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self.in_flight = 0
        self.most_in_flight = 0
        sandbox.handle = self  # type: ignore[method-assign]

    def __call__(self, method: str, url: str, headers: Any, body: bytes) -> Any:
        money = method == "POST" and any(part in url for part in MONEY_CALLS)
        with self._lock:
            delay = self._random.uniform(0.0, 0.01)
            if money:
                self.in_flight += 1
                self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(delay)
            return self._handle(method, url, headers, body)
        finally:
            if money:
                with self._lock:
                    self.in_flight -= 1


@pytest.fixture
def served() -> Iterator[tuple[Sandbox, Wire, str]]:
    sandbox = Sandbox(seed=2026, balance=10_000_000)
    wire = Wire(sandbox, seed=7)
    with sandbox.serve() as url:
        yield sandbox, wire, url


def _study(sandbox: Sandbox, places: int) -> tuple[str, list[str]]:
    client = sandbox.client()
    study = client.studies.create_and_publish(
        **example_study(total_available_places=places), wait=60
    )
    client.close()
    subs = sandbox.participants.join(study.id, places, complete_after=10)
    sandbox.advance(10)
    return study.id, subs


def _paid(sandbox: Sandbox, submission_id: str) -> int:
    return len(sandbox.ledger.bonuses_for(submission_id))


def _race(sandbox: Sandbox, wire: Wire, url: str, ledger: str) -> None:
    study_id, subs = _study(sandbox, 2 * TRIALS + 2 * TRIALS)
    # Faults on the money calls: refused before acting, lost after acting, dropped before
    # reaching Prolific. Reads stay reliable so each trial ends in a few round trips.
    sandbox.faults.add("create_bonus_payments", "5xx", rate=0.05)
    sandbox.faults.add("pay_bonus_payments", "lost_response", rate=0.1)
    sandbox.faults.add("pay_bonus_payments", "reset", rate=0.05)
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), url, sandbox.token, ledger],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(WORKERS)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        jobs: dict[str, dict[str, str]] = {}
        for trial in range(TRIALS):
            a, b, c, d = subs[4 * trial : 4 * trial + 4]
            same = {"key": f"trial-{trial}", "amounts": {a: "1.00", b: "0.50"}}
            # Every other trial, one worker pays another key at the same moment: the two keys'
            # money calls must still reach Prolific one after the other.
            other = {"key": f"trial-{trial}-other", "amounts": {c: "0.75", d: "0.25"}}
            start = time.time() + 0.02
            for index, worker in enumerate(workers):
                job = other if (trial % 2 and index == WORKERS - 1) else same
                jobs[job["key"]] = job["amounts"]
                line = json.dumps({**job, "study": study_id, "start": start})
                assert worker.stdin is not None
                worker.stdin.write(line + "\n")
                worker.stdin.flush()
            outcomes = [json.loads(w.stdout.readline())["outcome"] for w in workers if w.stdout]
            assert not [o for o in outcomes if o == "busy" or "Ledger" in o], outcomes
    finally:
        for worker in workers:
            if worker.stdin:
                worker.stdin.close()
        for worker in workers:
            worker.wait(timeout=30)

    sandbox.faults.clear()
    # Nobody was paid twice, whatever happened.
    for amounts in jobs.values():
        for recipient in amounts:
            assert _paid(sandbox, recipient) <= 1, recipient
    # The documented way out for a key in doubt: look at Prolific (here the sandbox's own
    # ledger), release it if nothing was paid, and call pay again; if it was paid, calling
    # pay again confirms it.
    book = BonusLedger(ledger)
    client = Prolific(token=sandbox.token, base_url=url)
    for key, amounts in jobs.items():
        decimals = {r: Decimal(v) for r, v in amounts.items()}
        try:
            client.bonuses.pay(study_id, decimals, key=key, ledger=book, settle_timeout=0.3)
        except PaymentInDoubtError:
            if all(_paid(sandbox, r) == 0 for r in amounts):
                book.release(key)
            client.bonuses.pay(study_id, decimals, key=key, ledger=book, settle_timeout=0.3)
    client.close()
    for amounts in jobs.values():
        for recipient in amounts:
            assert _paid(sandbox, recipient) == 1, recipient
    assert wire.most_in_flight == 1


def test_processes_racing_on_one_sqlite_file(
    served: tuple[Sandbox, Wire, str], tmp_path: Path
) -> None:
    sandbox, wire, url = served
    _race(sandbox, wire, url, str(tmp_path / "shared.sqlite3"))


def test_processes_racing_on_one_postgresql_database(
    served: tuple[Sandbox, Wire, str], pg_dsn: str
) -> None:
    from .conftest import fresh_database

    sandbox, wire, url = served
    _race(sandbox, wire, url, fresh_database(pg_dsn))
