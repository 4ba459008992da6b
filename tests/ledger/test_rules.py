"""The ledger's rules, on both backends: every state change is a compare-and-set, claims have
owners and leases, the money lock is exclusive, keys are scoped, and a version-1 file is adopted."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from prolific._ledger import BonusLedger, Held, KeyConflict, PaymentState, _core, new_owner

STUDY = "a" * 24
AMOUNTS = {"b" * 24: 150, "c" * 24: 25}
SCOPE = "https://api.prolific.com#acct1"


def test_state_survives_reopening(target: str) -> None:
    ledger = BonusLedger(target)
    owner = new_owner()
    [part] = ledger.begin(SCOPE, "run-1", STUDY, AMOUNTS)
    claimed = ledger.claim(SCOPE, "run-1", 0, owner)
    assert not isinstance(claimed, Held)
    assert ledger.move(claimed, owner, PaymentState.CREATING)
    assert ledger.move(
        part, owner, PaymentState.CREATED, from_states=[PaymentState.CREATING],
        batch_id="d" * 24, figures=(17500, 5800, 1200, 24500),
    )  # fmt: skip
    assert ledger.move(part, owner, PaymentState.PAYING, from_states=[PaymentState.CREATED])
    ledger.close()  # a crash between the pay request and its reply

    again = BonusLedger(target).get("run-1")
    assert again is not None
    assert again.state is PaymentState.PAYING
    assert again.batch_id == "d" * 24
    assert again.amounts_minor == AMOUNTS
    assert (again.amount, again.fees, again.vat, again.total_amount) == (17500, 5800, 1200, 24500)


def test_same_key_same_payment_resumes_and_a_different_one_is_refused(target: str) -> None:
    ledger = BonusLedger(target)
    [first] = ledger.begin(SCOPE, "k", STUDY, AMOUNTS)
    assert first.state is PaymentState.PENDING
    assert ledger.begin(SCOPE, "k", STUDY, dict(AMOUNTS))[0].key == "k"
    with pytest.raises(KeyConflict):
        ledger.begin(SCOPE, "k", STUDY, {**AMOUNTS, "b" * 24: 151})
    with pytest.raises(KeyConflict):
        ledger.begin(SCOPE, "k", "e" * 24, AMOUNTS)
    with pytest.raises(KeyConflict):
        ledger.begin(SCOPE, "k", STUDY, AMOUNTS, kind="screen_out")


def test_the_same_key_in_another_scope_is_another_payment(target: str) -> None:
    ledger = BonusLedger(target)
    ledger.begin(SCOPE, "k", STUDY, AMOUNTS)
    [other] = ledger.begin("https://sandbox.test#acct1", "k", "e" * 24, {"f" * 24: 5})
    assert other.state is PaymentState.PENDING and other.study_id == "e" * 24
    assert ledger.get("k", SCOPE) is not None
    with pytest.raises(Exception, match="several accounts"):
        ledger.get("k")  # ambiguous without a scope


def test_a_payment_is_split_into_parts_of_at_most_200(target: str) -> None:
    ledger = BonusLedger(target)
    amounts = {f"{i:024x}": 100 for i in range(450)}
    parts = ledger.begin(SCOPE, "big", STUDY, amounts)
    assert [len(p.amounts) for p in parts] == [200, 200, 50]
    assert sorted(r for p in parts for r in p.amounts) == sorted(amounts)


def test_only_one_owner_holds_a_claim_and_only_it_moves_the_part(target: str) -> None:
    ledger = BonusLedger(target)
    ledger.begin(SCOPE, "k", STUDY, AMOUNTS)
    first, second = new_owner(), new_owner()
    part = ledger.claim(SCOPE, "k", 0, first)
    assert not isinstance(part, Held)
    held = ledger.claim(SCOPE, "k", 0, second)
    assert isinstance(held, Held) and held.holder == first
    assert not ledger.move(part, second, PaymentState.CREATING)  # not the holder
    assert ledger.move(part, first, PaymentState.CREATING)
    ledger.unclaim(part, first)
    assert not isinstance(ledger.claim(SCOPE, "k", 0, second), Held)


def test_the_step_to_paying_is_won_by_exactly_one_caller(target: str) -> None:
    # Even two holders that both believe they hold the claim (a lease that ran out mid-step)
    # cannot both move CREATED to PAYING: the move is conditional on the state.
    ledger = BonusLedger(target)
    ledger.begin(SCOPE, "k", STUDY, AMOUNTS)
    owner = new_owner()
    part = ledger.claim(SCOPE, "k", 0, owner)
    assert not isinstance(part, Held)
    ledger.move(part, owner, PaymentState.CREATED, batch_id="d" * 24, figures=(1, 0, 0, 1))
    wins = [
        ledger.move(part, owner, PaymentState.PAYING, from_states=[PaymentState.CREATED])
        for _ in range(3)
    ]
    assert wins == [True, False, False]


def test_an_expired_lease_is_taken_over(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = BonusLedger(target)
    ledger.begin(SCOPE, "k", STUDY, AMOUNTS)
    monkeypatch.setattr(_core, "LEASE", -1.0)  # every claim is born expired
    assert not isinstance(ledger.claim(SCOPE, "k", 0, "elsewhere/1/aaaa"), Held)
    assert not isinstance(ledger.claim(SCOPE, "k", 0, new_owner()), Held)


def test_a_claim_of_a_process_that_died_on_this_machine_is_taken_over(target: str) -> None:
    ledger = BonusLedger(target)
    ledger.begin(SCOPE, "k", STUDY, AMOUNTS)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    ghost = f"{_core._HOST}/{dead.stdout.strip()}/dead"
    assert not isinstance(ledger.claim(SCOPE, "k", 0, ghost), Held)
    # A live holder on another machine is waited for; a dead one here is not.
    assert not isinstance(ledger.claim(SCOPE, "k", 0, new_owner()), Held)
    assert isinstance(ledger.claim(SCOPE, "k", 0, "other-host/1/live"), Held)


def test_the_money_lock_is_exclusive_per_scope(target: str) -> None:
    ledger = BonusLedger(target)
    first, second = new_owner(), new_owner()
    assert ledger.lock_money(SCOPE, first) is None
    held = ledger.lock_money(SCOPE, second)
    assert isinstance(held, Held) and held.holder == first
    assert ledger.lock_money("https://other#acct", second) is None  # another account
    ledger.unlock_money(SCOPE, second)  # not the holder: no effect
    assert isinstance(ledger.lock_money(SCOPE, second), Held)
    ledger.unlock_money(SCOPE, first)
    assert ledger.lock_money(SCOPE, second) is None


def test_release_is_only_for_payments_in_doubt(target: str) -> None:
    ledger = BonusLedger(target)
    ledger.begin(SCOPE, "k", STUDY, AMOUNTS)
    with pytest.raises(ValueError, match="not in doubt"):
        ledger.release("k")
    owner = new_owner()
    part = ledger.claim(SCOPE, "k", 0, owner)
    assert not isinstance(part, Held)
    ledger.move(part, owner, PaymentState.CREATED, batch_id="d" * 24, figures=(1, 0, 0, 1))
    ledger.move(part, owner, PaymentState.PAYING, from_states=[PaymentState.CREATED])
    ledger.release("k")
    entry = ledger.get("k")
    assert entry is not None
    assert (entry.state, entry.batch_id) == (PaymentState.PENDING, None)


def test_drafts_are_claimed_once_and_remember_their_study(target: str) -> None:
    ledger = BonusLedger(target)
    first, second = new_owner(), new_owner()
    assert ledger.claim_draft(SCOPE, "d", first) == (False, None)
    held = ledger.claim_draft(SCOPE, "d", second)
    assert isinstance(held, Held) and held.holder == first
    ledger.record_draft(SCOPE, "d", "f" * 24)
    assert ledger.claim_draft(SCOPE, "d", second) == (True, "f" * 24)
    assert ledger.claim_draft("https://other#x", "d", second) == (False, None)


def test_webhook_events_are_seen_once_across_ledger_objects(target: str) -> None:
    one, two = BonusLedger(target), BonusLedger(target)
    assert one.first_sighting("evt-1", keep=100)
    assert not two.first_sighting("evt-1", keep=100)
    assert two.first_sighting("evt-2", keep=100)


def test_a_version_one_file_is_adopted_without_paying_again(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE payments (key TEXT PRIMARY KEY, study_id TEXT NOT NULL, state TEXT NOT NULL,
            batch_id TEXT, amount INTEGER, fees INTEGER, vat INTEGER, total_amount INTEGER,
            created_at REAL NOT NULL, updated_at REAL NOT NULL);
        CREATE TABLE drafts (key TEXT PRIMARY KEY, study_id TEXT, created_at REAL NOT NULL);
        CREATE TABLE recipients (key TEXT NOT NULL, recipient_id TEXT NOT NULL,
            amount_minor INTEGER NOT NULL, PRIMARY KEY (key, recipient_id));
        """
    )
    db.execute(
        "INSERT INTO payments VALUES ('old', ?, 'paid', ?, 100, 33, 7, 140, 1, 1)",
        (STUDY, "d" * 24),
    )
    db.executemany("INSERT INTO recipients VALUES ('old', ?, ?)", list(AMOUNTS.items()))
    db.execute("INSERT INTO drafts VALUES ('draft', ?, 1)", ("f" * 24,))
    db.commit()
    db.close()

    ledger = BonusLedger(path)
    [part] = ledger.begin(SCOPE, "old", STUDY, AMOUNTS)
    assert part.state is PaymentState.PAID and part.batch_id == "d" * 24
    assert ledger.claim_draft(SCOPE, "draft", new_owner()) == (True, "f" * 24)
