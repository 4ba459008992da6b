"""The local ledger that makes `bonuses.pay` exactly-once (and spares `create_and_publish` a
search for drafts it never tried to create).

Prolific pays a bonus in two calls: create a batch, then pay it. Creating is harmless (an unpaid
batch costs nothing), but paying is not idempotent: paying a batch twice pays twice, and Prolific
has no idempotency keys. So before each step the SDK writes what it is about to do to this ledger,
and after each step what happened. A later call with the same key reads the ledger and continues
from the last step that is known to have happened, instead of starting again.

What the ledger guarantees, for every process that uses the same ledger file:
  * one key pays each recipient at most once, whatever crashes, timeouts or lost responses happen;
  * a pay call whose outcome is unknown is never sent again; it is reconciled against what
    Prolific shows (each submission's `bonus_payments`), or reported as in doubt.

What it cannot guarantee:
  * two machines (or two ledger files) paying under the same key: each sees only its own file;
    share one ledger file (a network file system with working locks) or pay from one place;
  * payments made outside the SDK (the web app) are invisible to it; reconciliation then counts
    them as evidence and may mark a payment as made when it was not.

The file is SQLite from the standard library, one row per payment and per recipient. Writes are
committed before the network call they describe.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .errors import LedgerConflictError

__all__ = ["BonusLedger", "LedgerEntry", "PaymentState", "default_ledger_path"]


class PaymentState(StrEnum):
    """Where a payment stands. Each state names the last step known to have happened."""

    #: Recorded; no batch exists for it yet (or a create failed before reaching Prolific).
    PENDING = "pending"
    #: A create-batch request was sent and its outcome is unknown. Creating again is safe.
    CREATING = "creating"
    #: The batch exists (its ID is recorded) and has not been paid.
    CREATED = "created"
    #: A pay request was sent and its outcome is unknown. Never pay again without reconciling.
    PAYING = "paying"
    #: Prolific accepted the pay call, or reconciliation found the payment.
    PAID = "paid"


@dataclass(frozen=True)
class LedgerEntry:
    """One payment: the recipients and amounts under a key, and how far it has got."""

    key: str
    study_id: str
    amounts_minor: Mapping[str, int]
    state: PaymentState
    batch_id: str | None
    amount: int | None
    fees: int | None
    vat: int | None
    total_amount: int | None


def default_ledger_path(environ: Mapping[str, str] | None = None) -> Path:
    """`$PROLIFIC_LEDGER`, else `$XDG_DATA_HOME/prolific/bonus-ledger.sqlite3`, else under
    `~/.local/share`."""
    env = os.environ if environ is None else environ
    if env.get("PROLIFIC_LEDGER"):
        return Path(env["PROLIFIC_LEDGER"]).expanduser()
    data_home = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home).expanduser() / "prolific" / "bonus-ledger.sqlite3"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS payments (
    key TEXT PRIMARY KEY,
    study_id TEXT NOT NULL,
    state TEXT NOT NULL,
    batch_id TEXT,
    amount INTEGER,
    fees INTEGER,
    vat INTEGER,
    total_amount INTEGER,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS drafts (
    key TEXT PRIMARY KEY,
    study_id TEXT,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS recipients (
    key TEXT NOT NULL REFERENCES payments(key),
    recipient_id TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (key, recipient_id)
);
"""


class KeyConflict(LedgerConflictError):
    """The key is already recorded for a different study or different amounts (a
    ``LedgerConflictError``, so callers of the ledger catch what callers of ``pay`` catch)."""


class BonusLedger:
    """A SQLite file recording bonus payments by key. Safe to share between threads and
    processes on one machine (SQLite's own locking; every change is one transaction)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_ledger_path()
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            str(self.path), timeout=30, isolation_level=None, check_same_thread=False
        )
        self._db.executescript(_SCHEMA)
        if str(self.path) != ":memory:":
            # Owner-only: the ledger names participants and amounts.
            os.chmod(self.path, 0o600)

    def __repr__(self) -> str:
        return f"BonusLedger(path={str(self.path)!r})"

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def begin(self, key: str, study_id: str, amounts_minor: Mapping[str, int]) -> LedgerEntry:
        """Record the intent to pay `amounts_minor` under `key`, or return what is recorded.

        Raises ``prolific.LedgerConflictError`` when `key` was used for another study or other
        amounts: a key names one payment, and reusing it for a different one would hide a
        mistake.
        """
        now = time.time()
        with self._transaction() as db:
            row = db.execute("SELECT study_id FROM payments WHERE key = ?", (key,)).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO payments (key, study_id, state, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (key, study_id, PaymentState.PENDING.value, now, now),
                )
                db.executemany(
                    "INSERT INTO recipients (key, recipient_id, amount_minor) VALUES (?, ?, ?)",
                    [(key, rid, amount) for rid, amount in sorted(amounts_minor.items())],
                )
            else:
                recorded = self._amounts(db, key)
                if row[0] != study_id or recorded != dict(amounts_minor):
                    raise KeyConflict(key)
        entry = self.get(key)
        assert entry is not None
        return entry

    def get(self, key: str) -> LedgerEntry | None:
        with self._lock:
            row = self._db.execute(
                "SELECT key, study_id, state, batch_id, amount, fees, vat, total_amount "
                "FROM payments WHERE key = ?",
                (key,),
            ).fetchone()
            if row is None:
                return None
            amounts = self._amounts(self._db, key)
        return LedgerEntry(
            key=row[0],
            study_id=row[1],
            amounts_minor=amounts,
            state=PaymentState(row[2]),
            batch_id=row[3],
            amount=row[4],
            fees=row[5],
            vat=row[6],
            total_amount=row[7],
        )

    @staticmethod
    def _amounts(db: sqlite3.Connection, key: str) -> dict[str, int]:
        rows = db.execute(
            "SELECT recipient_id, amount_minor FROM recipients WHERE key = ? ORDER BY recipient_id",
            (key,),
        ).fetchall()
        return {rid: amount for rid, amount in rows}

    def set_state(self, key: str, state: PaymentState) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE payments SET state = ?, updated_at = ? WHERE key = ?",
                (state.value, time.time(), key),
            )

    def record_batch(
        self, key: str, batch_id: str, *, amount: int, fees: int, vat: int, total_amount: int
    ) -> None:
        """The batch exists: remember its ID and figures (state becomes CREATED).

        Figures are hundredths of a minor unit, since Prolific's fees may carry a fraction of
        a penny and the ledger stores integers only.
        """
        with self._transaction() as db:
            db.execute(
                "UPDATE payments SET state = ?, batch_id = ?, amount = ?, fees = ?, vat = ?, "
                "total_amount = ?, updated_at = ? WHERE key = ?",
                (PaymentState.CREATED.value, batch_id, amount, fees, vat, total_amount,
                 time.time(), key),
            )  # fmt: skip

    def paid_count(self, study_id: str, recipient_id: str, amount_minor: int) -> int:
        """How many PAID payments in this ledger gave `recipient_id` exactly `amount_minor` in
        `study_id`. Reconciliation needs it: a submission's `bonus_payments` lists amounts, so
        an earlier bonus of the same amount must not be mistaken for this one."""
        with self._lock:
            row = self._db.execute(
                "SELECT COUNT(*) FROM payments p JOIN recipients r ON p.key = r.key "
                "WHERE p.study_id = ? AND r.recipient_id = ? AND r.amount_minor = ? "
                "AND p.state = ?",
                (study_id, recipient_id, amount_minor, PaymentState.PAID.value),
            ).fetchone()
        return int(row[0])

    def draft(self, key: str) -> tuple[bool, str | None]:
        """Whether a study create under `key` was ever attempted, and the study's ID if its
        answer arrived."""
        with self._lock:
            row = self._db.execute("SELECT study_id FROM drafts WHERE key = ?", (key,)).fetchone()
        return (row is not None, None if row is None else row[0])

    def record_draft(self, key: str, study_id: str | None) -> None:
        """Note a create attempt under `key` (before sending it), or the study it created."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO drafts (key, study_id, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET study_id = COALESCE(excluded.study_id, study_id)",
                (key, study_id, time.time()),
            )

    def release(self, key: str) -> None:
        """Declare, after checking on Prolific, that an in-doubt payment was NOT made.

        Only for a human who has looked: the next `pay` with this key creates a fresh batch and
        pays it. Refuses a payment that is not in doubt.
        """
        entry = self.get(key)
        if entry is None or entry.state is not PaymentState.PAYING:
            raise ValueError(f"payment {key!r} is not in doubt; nothing to release")
        with self._transaction() as db:
            db.execute(
                "UPDATE payments SET state = ?, batch_id = NULL, updated_at = ? WHERE key = ?",
                (PaymentState.PENDING.value, time.time(), key),
            )
