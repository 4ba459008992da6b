"""The proof: the whole researcher workflow, 200+ seeded runs, with a fifth of calls failing.

Each run is a fresh sandbox where 5xx answers, 429s (with Retry-After), connection resets and
lost responses (the sandbox acted, the answer never arrived) are injected into every kind of
call. The driver behaves like a researcher's script: when a step raises a ``ProlificError`` it
calls the same step again, a bounded number of times. A payment reported in doubt is handled as
the error tells a human to: wait and call again; if Prolific still shows nothing, check, release
the key and pay again.

What is asserted comes from the sandbox's own state, after each run: one study, published
(paid for) once; every submission whose participant finished is APPROVED; every intended
recipient bonused exactly once with the intended amount, and nobody else.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

import pytest

from prolific.errors import (
    PaymentInDoubtError,
    ProlificError,
    SubmissionNotApprovableError,
)
from prolific.sandbox import Sandbox

from .helpers import Client, call, close, make_client, study_body, study_debits

BASE_SEED = 20_260_806
RUNS = 200
ATTEMPTS = 15
T = TypeVar("T")


@dataclass
class Tally:
    """What the runs went through, to prove the chaos really happened."""

    requests: int = 0
    faulted: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    faulted_operations: Counter[tuple[str, str]] = field(default_factory=Counter)
    retries: Counter[str] = field(default_factory=Counter)
    in_doubt: int = 0
    released: int = 0
    not_approvable: int = 0
    last_errors: list[str] = field(default_factory=list)


async def again(tally: Tally, step: str, action: Callable[[], Awaitable[T]], *, seed: int) -> T:
    """Run one workflow step, calling it again after a ``ProlificError``, as a script would."""
    for _ in range(ATTEMPTS):
        try:
            return await action()
        except (SubmissionNotApprovableError, PaymentInDoubtError):
            raise  # not transient: the caller decides
        except ProlificError as exc:
            tally.retries[step] += 1
            tally.last_errors.append(f"{step}: {type(exc).__name__}: {exc}")
    raise AssertionError(
        f"seed {seed}: {step} still failing after {ATTEMPTS} attempts: {tally.last_errors[-3:]}"
    )


def inject_faults(sandbox: Sandbox, rng: random.Random) -> None:
    sandbox.faults.add("*", "5xx", rate=0.08)
    sandbox.faults.add("*", "429", rate=0.06, retry_after=rng.choice([1, 2, 5]))
    sandbox.faults.add("*", "reset", rate=0.05)
    sandbox.faults.add("*", "lost_response", rate=0.07)


async def pay_until_settled(
    tally: Tally,
    sandbox: Sandbox,
    client: Client,
    study_id: str,
    amounts: dict[str, Decimal],
    key: str,
    seed: int,
) -> None:
    async def pay() -> Any:
        return await call(client.bonuses.pay, study_id, amounts, key=key)

    for _ in range(ATTEMPTS):
        try:
            await again(tally, "pay", pay, seed=seed)
            return
        except PaymentInDoubtError as doubt:
            tally.in_doubt += 1
            assert sorted(doubt.recipients) == sorted(amounts), seed
            # Payment is asynchronous: give it time, then ask again (never re-sent blindly).
            sandbox.advance(900)
            try:
                await again(tally, "pay", pay, seed=seed)
                return
            except PaymentInDoubtError as still:
                # What the error says to do: check Prolific; if it shows nothing, release.
                batch = sandbox.bonus_batches[still.batch_id]
                assert batch.pay_requests == 0, f"seed {seed}: paid but not seen"
                sandbox.bonus_ledger.release(key)
                tally.released += 1
    raise AssertionError(f"seed {seed}: the payment never settled")


async def one_run(seed: int, kind: str, tally: Tally) -> None:
    rng = random.Random(seed)
    sandbox = Sandbox(seed=seed)
    sandbox.configure(
        publish_delay=rng.choice([0, 0, 20]),
        bonus_payment_delay=rng.choice([0, 0, 15, 60]),
    )
    inject_faults(sandbox, rng)
    client = make_client(sandbox, kind)
    try:
        places = rng.randint(3, 5)
        body = study_body(total_available_places=places, name=f"Chaos run {seed}")

        # 1. Draft, check the balance, publish, wait until live.
        study = await again(
            tally,
            "create_and_publish",
            lambda: call(client.studies.create_and_publish, wait=600, **body),
            seed=seed,
        )
        study_id = str(study.id)

        # 2. Participants take part; a few return instead of submitting.
        outcomes = ["return" if rng.random() < 0.15 else "submit" for _ in range(places)]
        durations = [float(rng.randint(10, 240)) for _ in range(places)]
        subs = sandbox.participants.join(
            study_id, places, complete_after=durations, outcome=outcomes
        )

        # 3. Approve: one by one, racing the participants, or in bulk once they are done.
        approved: list[str] = []
        if rng.random() < 0.5:
            for sub in subs:
                try:
                    await again(
                        tally,
                        "approve",
                        lambda sub=sub: call(client.submissions.approve, sub, wait=900),
                        seed=seed,
                    )
                    approved.append(sub)
                except SubmissionNotApprovableError as exc:
                    assert exc.status == "RETURNED", seed
                    tally.not_approvable += 1
        else:
            sandbox.advance(max(durations))
            todo = list(subs)
            for _ in range(ATTEMPTS):
                report = await again(
                    tally,
                    "approve_many",
                    lambda todo=todo: call(client.submissions.approve_many, todo, chunk_size=2),
                    seed=seed,
                )
                todo = sorted(report.failed)
                if not todo:
                    break
                tally.retries["approve_many chunk"] += 1
            assert not todo, f"seed {seed}: bulk approval never went through"
            approved = [s for s, o in zip(subs, outcomes, strict=True) if o == "submit"]

        # 4. Bonus some of the approved, by submission or by participant ID, under one key.
        amounts: dict[str, Decimal] = {}
        for sub in approved:
            if rng.random() < 0.7:
                recipient = sub if rng.random() < 0.5 else sandbox.submissions[sub].participant_id
                amounts[recipient] = Decimal(rng.randint(1, 400)) / 100
        if amounts:
            await pay_until_settled(tally, sandbox, client, study_id, amounts, f"run-{seed}", seed)

        # What Prolific's side shows, once the asynchronous payments have landed.
        sandbox.advance(300)
        assert list(sandbox.studies) == [study_id], f"seed {seed}: {len(sandbox.studies)} studies"
        assert study_debits(sandbox, study_id) == 1, f"seed {seed}: published more than once"
        for sub, outcome in zip(subs, outcomes, strict=True):
            expected = "APPROVED" if outcome == "submit" else "RETURNED"
            assert sandbox.submissions[sub].status == expected, f"seed {seed}: {sub}"
        for sub in subs:
            participant = sandbox.submissions[sub].participant_id
            intended = [a for r, a in amounts.items() if r in (sub, participant)]
            paid = [Decimal(e.amount) / 100 for e in sandbox.ledger.bonuses_for(sub)]
            assert paid == intended, f"seed {seed}: {sub} paid {paid}, meant {intended}"
        assert all(b.pay_requests <= 1 for b in sandbox.bonus_batches.values()), seed
        assert sandbox.errors == [], f"seed {seed}: {sandbox.errors}"

        tally.requests += len(sandbox.requests)
        tally.faulted += sum(1 for r in sandbox.requests if r.fault is not None)
        tally.faults.update(r.kind for r in sandbox.faults.log)
        tally.faulted_operations.update(
            (r.operation or "?", r.kind) for r in sandbox.faults.log if r.kind != "latency"
        )
    finally:
        await close(client)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_the_whole_workflow_survives_chaos(kind: str) -> None:
    tally = Tally()
    started = time.monotonic()
    offset = 0 if kind == "sync" else RUNS
    for run in range(RUNS):
        await one_run(BASE_SEED + offset + run, kind, tally)
    elapsed = time.monotonic() - started

    # The chaos was real: at least a fifth of all calls failed, in every way, everywhere.
    assert tally.faulted / tally.requests >= 0.2, tally
    assert {"5xx", "429", "reset", "lost_response"} <= set(tally.faults)
    for operation in ("create_study", "transition_study", "create_bonus_payments"):
        assert tally.faulted_operations[(operation, "lost_response")] > 0, operation
    assert tally.faulted_operations[("pay_bonus_payments", "lost_response")] > 0
    assert tally.faulted_operations[("pay_bonus_payments", "5xx")] > 0
    assert tally.in_doubt > 0 and tally.released > 0
    assert tally.not_approvable > 0
    assert tally.retries["create_and_publish"] > 0 and tally.retries["pay"] > 0
    assert elapsed < 60, f"{RUNS} runs took {elapsed:.1f}s"
