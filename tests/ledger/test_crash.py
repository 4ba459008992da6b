"""Kill the paying process at every step (``os._exit``: no cleanup, its claim left behind), then
pay again with the same key from a new process: everyone ends paid exactly once, judged from the
sandbox's own money ledger. A pay call that may have been sent is never sent again."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal

import pytest

from prolific import Prolific
from prolific._ledger import BonusLedger
from prolific.errors import PaymentInDoubtError
from prolific.sandbox import Sandbox, example_study

CHILD = """
import os, sys
from decimal import Decimal
from prolific import Prolific
from prolific._ledger import BonusLedger, PaymentState

url, token, ledger, point, study, *subs = sys.argv[1:]
real_move, real_settle, real_baseline = (
    BonusLedger.move, BonusLedger.settle, BonusLedger.record_baseline)

def move(self, part, owner, to, **kw):
    if point == "before-" + to.value:
        os._exit(9)
    done = real_move(self, part, owner, to, **kw)
    if point == "after-" + to.value:
        os._exit(9)
    return done

def settle(self, part, frm=PaymentState.PAYING):
    if point == "before-paid":
        os._exit(9)
    real_settle(self, part, frm)

def record_baseline(self, part, owner, baselines):
    if point == "before-baseline":
        os._exit(9)
    return real_baseline(self, part, owner, baselines)

BonusLedger.move, BonusLedger.settle, BonusLedger.record_baseline = move, settle, record_baseline
client = Prolific(token=token, base_url=url)
client.bonuses.pay(study, {s: Decimal("0.75") for s in subs}, key="crash", ledger=ledger)
os._exit(0)
"""

POINTS = [
    "before-creating",
    "after-creating",  # the create may or may not be sent: creating again is harmless
    "before-created",  # the batch exists on Prolific, the ledger does not know its ID
    "before-baseline",
    "after-paying",  # recorded as sent, never sent: only a person can tell
    "before-paid",  # sent and accepted, not recorded: reconciliation confirms it
]


@pytest.fixture
def served() -> Iterator[tuple[Sandbox, str, str, list[str]]]:
    sandbox = Sandbox(seed=99)
    client = sandbox.client()
    study = client.studies.create_and_publish(**example_study(total_available_places=2), wait=60)
    client.close()
    subs = sandbox.participants.join(study.id, 2, complete_after=10)
    sandbox.advance(10)
    with sandbox.serve() as url:
        yield sandbox, url, study.id, subs


def _crash_then_resume(
    served: tuple[Sandbox, str, str, list[str]], ledger: str, point: str
) -> None:
    sandbox, url, study_id, subs = served
    child = subprocess.run(
        [sys.executable, "-c", CHILD, url, sandbox.token, ledger, point, study_id, *subs],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 9, child.stderr  # it really died at that point

    client = Prolific(token=sandbox.token, base_url=url)
    amounts = {s: Decimal("0.75") for s in subs}
    try:
        client.bonuses.pay(study_id, amounts, key="crash", ledger=ledger, settle_timeout=0.2)
    except PaymentInDoubtError:
        # Only when the crash left "sent" recorded for a call never sent: a person checks the
        # dashboard, sees nothing paid, releases the key, and pays.
        assert point == "after-paying"
        assert sandbox.ledger.of_kind("bonus") == []
        BonusLedger(ledger).release("crash")
        client.bonuses.pay(study_id, amounts, key="crash", ledger=ledger)
    client.close()
    for sub in subs:
        assert [e.amount for e in sandbox.ledger.bonuses_for(sub)] == [75], (point, sub)
    assert sum(b.pay_requests for b in sandbox.bonus_batches.values()) == 1


@pytest.mark.parametrize("point", POINTS)
def test_killed_at_each_step_on_sqlite(
    served: tuple[Sandbox, str, str, list[str]], tmp_path: object, point: str
) -> None:
    _crash_then_resume(served, f"{tmp_path}/ledger.sqlite3", point)


@pytest.mark.parametrize("point", ["before-created", "before-paid"])
def test_killed_at_each_step_on_postgresql(
    served: tuple[Sandbox, str, str, list[str]], pg_dsn: str, point: str
) -> None:
    from .conftest import fresh_database

    _crash_then_resume(served, fresh_database(pg_dsn), point)
