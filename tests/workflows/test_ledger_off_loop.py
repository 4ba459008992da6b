"""AsyncProlific: a ledger that waits (another process holds the SQLite write lock, a slow
PostgreSQL) must not stall the event loop; other tasks keep running meanwhile."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

from prolific._ledger import BonusLedger, Part, PaymentState
from prolific.sandbox import Sandbox

from .test_bonus_pay import amounts_for, assert_paid_once, finished


class SlowLedger(BonusLedger):
    """Each move of a payment part takes `delay` seconds of real time, and records the thread
    it ran in."""

    def __init__(self, path: Path, delay: float) -> None:
        super().__init__(path)
        self.delay = delay
        self.threads: set[int] = set()

    def move(self, part: Part, owner: str, to: PaymentState, **kwargs: Any) -> bool:
        self.threads.add(threading.get_ident())
        time.sleep(self.delay)  # a lock held elsewhere: real time passes
        return super().move(part, owner, to, **kwargs)


async def test_a_slow_ledger_leaves_the_event_loop_free(tmp_path: Path) -> None:
    sandbox = Sandbox(seed=5)
    client = sandbox.async_client()
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    ledger = SlowLedger(tmp_path / "ledger.sqlite", delay=0.2)
    ticks = 0
    paying = True

    async def ticker() -> None:
        nonlocal ticks
        while paying:
            ticks += 1
            await asyncio.sleep(0.01)

    ticking = asyncio.create_task(ticker())
    try:
        await client.bonuses.pay(study_id, amounts, key="slow", ledger=ledger)
    finally:
        paying = False
        await ticking
        await client.aclose()

    assert_paid_once(sandbox, amounts)
    assert threading.get_ident() not in ledger.threads  # every ledger step ran off the loop
    # The payment spent at least 0.6 s inside ledger moves; a blocked loop would tick ~never.
    assert ticks >= 20, ticks
