"""The bonus ledger: the record that lets a repeated `pay` finish what was started."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from prolific._ledger import BonusLedger, KeyConflict, PaymentState, default_ledger_path

STUDY = "a" * 24
AMOUNTS = {"b" * 24: 150, "c" * 24: 25}


def test_state_survives_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    ledger = BonusLedger(path)
    ledger.begin("run-1", STUDY, AMOUNTS)
    ledger.record_batch("run-1", "d" * 24, amount=175, fees=58, vat=12, total_amount=245)
    ledger.set_state("run-1", PaymentState.PAYING)
    ledger.close()  # a crash between the pay request and its reply

    again = BonusLedger(path).get("run-1")
    assert again is not None
    assert again.state is PaymentState.PAYING
    assert again.batch_id == "d" * 24
    assert again.amounts_minor == AMOUNTS
    assert (again.amount, again.fees, again.vat, again.total_amount) == (175, 58, 12, 245)


def test_same_key_same_payment_is_resumed_but_a_different_one_is_refused(tmp_path: Path) -> None:
    ledger = BonusLedger(tmp_path / "l.sqlite3")
    first = ledger.begin("k", STUDY, AMOUNTS)
    assert first.state is PaymentState.PENDING
    assert ledger.begin("k", STUDY, dict(AMOUNTS)).key == "k"
    with pytest.raises(KeyConflict):
        ledger.begin("k", STUDY, {**AMOUNTS, "b" * 24: 151})
    with pytest.raises(KeyConflict):
        ledger.begin("k", "e" * 24, AMOUNTS)


def test_paid_count_only_counts_paid_payments_of_that_amount(tmp_path: Path) -> None:
    ledger = BonusLedger(tmp_path / "l.sqlite3")
    ledger.begin("k1", STUDY, AMOUNTS)
    ledger.begin("k2", STUDY, AMOUNTS)
    ledger.set_state("k1", PaymentState.PAID)
    assert ledger.paid_count(STUDY, "b" * 24, 150) == 1
    assert ledger.paid_count(STUDY, "b" * 24, 25) == 0
    assert ledger.paid_count("e" * 24, "b" * 24, 150) == 0


def test_release_is_only_for_payments_in_doubt(tmp_path: Path) -> None:
    ledger = BonusLedger(tmp_path / "l.sqlite3")
    ledger.begin("k", STUDY, AMOUNTS)
    with pytest.raises(ValueError, match="not in doubt"):
        ledger.release("k")
    ledger.record_batch("k", "d" * 24, amount=1, fees=0, vat=0, total_amount=1)
    ledger.set_state("k", PaymentState.PAYING)
    ledger.release("k")
    entry = ledger.get("k")
    assert entry is not None
    assert (entry.state, entry.batch_id) == (PaymentState.PENDING, None)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_ledger_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "ledger.sqlite3"
    BonusLedger(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_default_path_follows_env_then_xdg() -> None:
    assert default_ledger_path({"PROLIFIC_LEDGER": "/x/l.db"}) == Path("/x/l.db")
    assert default_ledger_path({"XDG_DATA_HOME": "/d"}) == Path("/d/prolific/bonus-ledger.sqlite3")
