"""The ledger's rules: every change of a payment's state is a compare-and-set in one transaction.

A payment (a bonus, or a custom screen-out) is recorded under ``(scope, key)`` and split into
parts of at most 200 recipients. Each part moves PENDING → CREATING → CREATED → PAYING → PAID.
Before a caller takes a step that may send a call to Prolific it *claims* the part: it writes its
owner (``host/pid/token``) and a lease, and only the claim's holder may move the part on. The step
to PAYING is conditional on the part being CREATED, so of any number of callers, processes or
machines sharing the ledger, exactly one ever sends the pay call. A caller that finds the part
claimed waits for the holder; one that finds a claim whose lease ran out, or whose holder's process
is gone, takes it over, and if the part is PAYING it reconciles, never sends again.

Money calls are also serialised per scope by a lock row (Prolific does not support concurrent
bonus requests), held only around each call.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..errors import LedgerConflictError, LedgerError
from ._backend import Backend, Tx, is_dsn
from ._open import open_backend
from ._schema import LEGACY_SCOPE, ensure_schema

__all__ = [
    "PART_SIZE",
    "BonusLedger",
    "Held",
    "KeyConflict",
    "LedgerEntry",
    "Part",
    "PaymentState",
    "default_ledger_path",
    "new_owner",
]

#: Prolific's recommended maximum of recipients per bonus batch.
PART_SIZE = 200
#: How long a claim or lock lasts without being renewed, in seconds. A holder renews it at every
#: step; a crashed holder's claim is taken over when it runs out (at once on the same machine,
#: where the holder's process can be seen to be gone).
LEASE = 120.0

_HOST = socket.gethostname()


class PaymentState(StrEnum):
    """Where a part of a payment stands. Each state names the last step known to have happened."""

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


class KeyConflict(LedgerConflictError):
    """The key is already recorded for a different study or different amounts (a
    ``LedgerConflictError``, so callers of the ledger catch what callers of ``pay`` catch)."""


def new_owner() -> str:
    """A claim owner: this machine, this process, and a random token for this call."""
    return f"{_HOST}/{os.getpid()}/{secrets.token_hex(4)}"


def _gone(owner: str) -> bool:
    """Whether `owner` was a process on this machine that no longer runs."""
    host, _, rest = owner.partition("/")
    pid_text = rest.partition("/")[0]
    if host != _HOST or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists but belongs to someone else
    return False


def _held_by_another(holder: str | None, until: float | None, owner: str, now: float) -> bool:
    """Whether a claim or lock row belongs to a live caller other than `owner`: set, not ours,
    its lease still running, and its process not seen gone."""
    return bool(holder) and holder != owner and (until or 0) > now and not _gone(str(holder))


@dataclass(frozen=True)
class Held:
    """Someone else holds the claim (or lock) and its lease is live."""

    holder: str
    until: float


@dataclass(frozen=True)
class Part:
    """One part of a payment (at most 200 recipients), as the ledger records it."""

    scope: str
    key: str
    number: int
    kind: str
    study_id: str
    state: PaymentState
    batch_id: str | None
    figures: tuple[int, int, int, int] | None  # amount, fees, vat, total in 1/100 minor units
    sent_at: float | None
    #: recipient ID → amount in minor units
    amounts: Mapping[str, int] = field(default_factory=dict)
    #: recipient ID → the submission it resolved to
    submissions: Mapping[str, str | None] = field(default_factory=dict)
    #: recipient ID → what Prolific showed before the call was sent (JSON), if recorded
    baselines: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LedgerEntry:
    """A payment as a whole: every part's recipients, and the least advanced part's state."""

    key: str
    study_id: str
    amounts_minor: Mapping[str, int]
    state: PaymentState
    batch_id: str | None
    amount: int | None
    fees: int | None
    vat: int | None
    total_amount: int | None
    scope: str = ""
    parts: tuple[Part, ...] = ()


def default_ledger_path(environ: Mapping[str, str] | None = None) -> Path:
    """`$PROLIFIC_LEDGER` (a path), else `$XDG_DATA_HOME/prolific/bonus-ledger.sqlite3`, else
    under `~/.local/share`. A DSN in `$PROLIFIC_LEDGER` is returned by :func:`default_target`."""
    env = os.environ if environ is None else environ
    if env.get("PROLIFIC_LEDGER") and not is_dsn(env["PROLIFIC_LEDGER"]):
        return Path(env["PROLIFIC_LEDGER"]).expanduser()
    data_home = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home).expanduser() / "prolific" / "bonus-ledger.sqlite3"


def default_target(environ: Mapping[str, str] | None = None) -> str:
    """`$PROLIFIC_LEDGER` (a path or a ``postgresql://`` DSN), else the default file."""
    env = os.environ if environ is None else environ
    value = env.get("PROLIFIC_LEDGER", "")
    return value if is_dsn(value) else str(default_ledger_path(env))


_ORDER = list(PaymentState)
_PART_COLUMNS = (
    "scope, pay_key, part, kind, study_id, state, batch_id, amount, fees, vat, total_amount, "
    "sent_at"
)


class BonusLedger:
    """The record that makes money calls exactly-once: a SQLite file (the default; shared by the
    processes of one machine) or a PostgreSQL database (``"postgresql://…"``; shared by every
    machine that reaches it).

    ``BonusLedger()`` opens ``$PROLIFIC_LEDGER`` or the per-user default file. The schema is
    created on first use. Faults raise :class:`~prolific.errors.LedgerError` naming the file or
    the DSN (password redacted); nothing is sent to Prolific when a step cannot be recorded.
    """

    def __init__(self, target: str | os.PathLike[str] | None = None) -> None:
        text = os.fspath(target) if target is not None else default_target()
        self._backend: Backend = open_backend(text)
        self.target = self._backend.target
        postgres = is_dsn(text)
        #: Kept for callers of version 1, which knew only files.
        self.path: Path | str = self.target if postgres else Path(text)
        try:
            ensure_schema(
                self._backend,
                serialise="SELECT pg_advisory_xact_lock(727301)" if postgres else None,
                sqlite=not postgres,
            )
        except BaseException:
            self._backend.close()
            raise

    def __repr__(self) -> str:
        return f"BonusLedger({self.target!r})"

    def close(self) -> None:
        self._backend.close()

    def __enter__(self) -> BonusLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- payments ---------------------------------------------------------------------------

    def begin(
        self,
        scope: str,
        key: str,
        study_id: str,
        amounts_minor: Mapping[str, int],
        *,
        kind: str = "bonus",
        submissions: Mapping[str, str] | None = None,
        part_size: int = PART_SIZE,
    ) -> list[Part]:
        """Record the intent to pay `amounts_minor` under `key`, or return what is recorded.

        Raises :class:`~prolific.errors.LedgerConflictError` when `key` names a payment with
        another study, kind or amounts: a key names one payment, and reusing it would hide a
        mistake.
        """
        ordered = sorted(amounts_minor.items())
        parts = max(1, -(-len(ordered) // part_size))
        with self._backend.transaction() as tx:
            now = tx.now()
            self._adopt_legacy(tx, scope, key)
            # Insert-or-nothing: of callers beginning the same new key at once, one inserts and
            # the others (waiting on it, in PostgreSQL) then find its rows and compare.
            created = tx.run(
                "INSERT INTO money_parts (scope, pay_key, part, kind, study_id, state, "
                "created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?) "
                "ON CONFLICT (scope, pay_key, part) DO NOTHING",
                (scope, key, kind, study_id, PaymentState.PENDING.value, now, now),
            )
            if created:
                for number in range(1, parts):
                    tx.run(
                        "INSERT INTO money_parts (scope, pay_key, part, kind, study_id, state, "
                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (scope, key, number, kind, study_id, PaymentState.PENDING.value, now, now),
                    )
                tx.many(
                    "INSERT INTO money_recipients (scope, pay_key, part, recipient_id, "
                    "amount_minor, submission_id) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            scope,
                            key,
                            index // part_size,
                            recipient,
                            amount,
                            (submissions or {}).get(recipient),
                        )
                        for index, (recipient, amount) in enumerate(ordered)
                    ],
                )
            else:
                [(found_kind, found_study)] = tx.rows(
                    "SELECT kind, study_id FROM money_parts WHERE scope = ? AND pay_key = ? "
                    "AND part = 0",
                    (scope, key),
                )
                recorded = dict(self._amounts(tx, scope, key))
                if (found_kind, found_study) != (kind, study_id) or recorded != dict(ordered):
                    raise KeyConflict(key)
                # Resolutions learnt later (a resumed payment) fill the gaps; never overwrite.
                for recipient, submission in (submissions or {}).items():
                    tx.run(
                        "UPDATE money_recipients SET submission_id = ? WHERE scope = ? AND "
                        "pay_key = ? AND recipient_id = ? AND submission_id IS NULL",
                        (submission, scope, key, recipient),
                    )
            return self._parts(tx, scope, key)

    @staticmethod
    def _adopt_legacy(tx: Tx, scope: str, key: str) -> bool:
        changed = tx.run(
            "UPDATE money_parts SET scope = ? WHERE scope = ? AND pay_key = ?",
            (scope, LEGACY_SCOPE, key),
        )
        tx.run(
            "UPDATE money_recipients SET scope = ? WHERE scope = ? AND pay_key = ?",
            (scope, LEGACY_SCOPE, key),
        )
        return changed > 0

    @staticmethod
    def _amounts(tx: Tx, scope: str, key: str) -> list[tuple[str, int]]:
        rows = tx.rows(
            "SELECT recipient_id, amount_minor FROM money_recipients WHERE scope = ? AND "
            "pay_key = ? ORDER BY recipient_id",
            (scope, key),
        )
        return [(str(r), int(a)) for r, a in rows]

    def _parts(self, tx: Tx, scope: str, key: str, number: int | None = None) -> list[Part]:
        where = "scope = ? AND pay_key = ?" + ("" if number is None else " AND part = ?")
        params: tuple[Any, ...] = (scope, key) if number is None else (scope, key, number)
        rows = tx.rows(
            f"SELECT {_PART_COLUMNS} FROM money_parts WHERE {where} ORDER BY part", params
        )
        recipients = tx.rows(
            "SELECT part, recipient_id, amount_minor, submission_id, baseline FROM "
            f"money_recipients WHERE {where} ORDER BY recipient_id",
            params,
        )
        parts = []
        for row in rows:
            mine = [r for r in recipients if r[0] == row[2]]
            figures = (
                None if row[7] is None else (int(row[7]), int(row[8]), int(row[9]), int(row[10]))
            )
            parts.append(
                Part(
                    scope=row[0],
                    key=row[1],
                    number=int(row[2]),
                    kind=row[3],
                    study_id=row[4],
                    state=PaymentState(row[5]),
                    batch_id=row[6],
                    figures=figures,
                    sent_at=row[11],
                    amounts={r[1]: int(r[2]) for r in mine},
                    submissions={r[1]: r[3] for r in mine},
                    baselines={r[1]: json.loads(r[4]) for r in mine if r[4] is not None},
                )
            )
        return parts

    def part(self, scope: str, key: str, number: int) -> Part:
        with self._backend.transaction() as tx:
            [found] = self._parts(tx, scope, key, number)
            return found

    def claim(self, scope: str, key: str, number: int, owner: str) -> Part | Held:
        """Take the claim on a part, or say who holds it. A PAID part is returned unclaimed:
        there is nothing left to do."""
        with self._backend.transaction() as tx:
            now = tx.now()
            [(state, holder, until)] = tx.rows(
                "SELECT state, owner, lease_until FROM money_parts WHERE scope = ? AND "
                "pay_key = ? AND part = ?" + self._backend.for_update,
                (scope, key, number),
            )
            if state != PaymentState.PAID.value:
                if _held_by_another(holder, until, owner, now):
                    return Held(holder, float(until))
                tx.run(
                    "UPDATE money_parts SET owner = ?, lease_until = ? WHERE scope = ? AND "
                    "pay_key = ? AND part = ?",
                    (owner, now + LEASE, scope, key, number),
                )
            [found] = self._parts(tx, scope, key, number)
            return found

    def move(
        self,
        part: Part,
        owner: str,
        to: PaymentState,
        *,
        batch_id: str | None = None,
        figures: tuple[int, int, int, int] | None = None,
        from_states: Sequence[PaymentState] | None = None,
    ) -> bool:
        """Compare-and-set: move `part` from its recorded state (or one of `from_states`) to
        `to`, only while `owner` holds the claim. False means the claim was lost (its lease ran
        out and someone took it over): the caller must not act on the step."""
        sources = [s.value for s in (from_states or [part.state])]
        marks = ", ".join("?" for _ in sources)
        sets = "state = ?, lease_until = ?, updated_at = ?"
        with self._backend.transaction(durable=to is PaymentState.PAYING) as tx:
            now = tx.now()
            values: list[Any] = [to.value, now + LEASE, now]
            if to is PaymentState.PAYING:
                sets += ", sent_at = ?"
                values.append(now)
            if batch_id is not None:
                sets += ", batch_id = ?"
                values.append(batch_id)
            if figures is not None:
                sets += ", amount = ?, fees = ?, vat = ?, total_amount = ?"
                values.extend(figures)
            changed = tx.run(
                f"UPDATE money_parts SET {sets} WHERE scope = ? AND pay_key = ? AND part = ? "
                f"AND owner = ? AND state IN ({marks})",
                (*values, part.scope, part.key, part.number, owner, *sources),
            )
            return changed == 1

    def settle(self, part: Part, frm: PaymentState = PaymentState.PAYING) -> None:
        """Record that the part is paid. A fact, whoever holds the claim now."""
        with self._backend.transaction() as tx:
            tx.run(
                "UPDATE money_parts SET state = ?, owner = NULL, lease_until = NULL, "
                "updated_at = ? WHERE scope = ? AND pay_key = ? AND part = ? AND state = ?",
                (PaymentState.PAID.value, tx.now(), part.scope, part.key, part.number, frm.value),
            )

    def renew(self, part: Part, owner: str) -> bool:
        with self._backend.transaction() as tx:
            now = tx.now()
            return (
                tx.run(
                    "UPDATE money_parts SET lease_until = ? WHERE scope = ? AND pay_key = ? "
                    "AND part = ? AND owner = ?",
                    (now + LEASE, part.scope, part.key, part.number, owner),
                )
                == 1
            )

    def unclaim(self, part: Part, owner: str) -> None:
        with self._backend.transaction() as tx:
            tx.run(
                "UPDATE money_parts SET owner = NULL, lease_until = NULL WHERE scope = ? AND "
                "pay_key = ? AND part = ? AND owner = ?",
                (part.scope, part.key, part.number, owner),
            )

    def record_baseline(self, part: Part, owner: str, baselines: Mapping[str, Any]) -> bool:
        """Remember what Prolific showed for each recipient just before the call is sent."""
        with self._backend.transaction() as tx:
            held = tx.rows(
                "SELECT 1 FROM money_parts WHERE scope = ? AND pay_key = ? AND part = ? AND "
                "owner = ?",
                (part.scope, part.key, part.number, owner),
            )
            if not held:
                return False
            tx.many(
                "UPDATE money_recipients SET baseline = ? WHERE scope = ? AND pay_key = ? "
                "AND recipient_id = ?",
                [(json.dumps(seen), part.scope, part.key, r) for r, seen in baselines.items()],
            )
            return True

    def sent_around(self, part: Part, submission_id: str, amount: int) -> tuple[int, int]:
        """How many *other* payments of `amount` to `submission_id` this ledger sent (or may
        have sent) before this part's pay call, and after it. Reconciliation counts them so
        that another key's bonus is never taken for this part's."""
        with self._backend.transaction() as tx:
            rows = tx.rows(
                "SELECT p.sent_at FROM money_parts p JOIN money_recipients r ON "
                "p.scope = r.scope AND p.pay_key = r.pay_key AND p.part = r.part WHERE "
                "p.scope = ? AND r.submission_id = ? AND r.amount_minor = ? AND "
                "p.kind = 'bonus' AND p.state IN (?, ?) AND NOT (p.pay_key = ? AND p.part = ?)",
                (
                    part.scope,
                    submission_id,
                    amount,
                    PaymentState.PAYING.value,
                    PaymentState.PAID.value,
                    part.key,
                    part.number,
                ),
            )
        mine = part.sent_at or 0.0
        before = sum(1 for (sent,) in rows if sent is None or sent <= mine)
        return before, len(rows) - before

    # -- the money lock ---------------------------------------------------------------------

    def lock_money(self, scope: str, owner: str) -> Held | None:
        """Take the scope's money lock (None), or say who holds it."""
        with self._backend.transaction() as tx:
            now = tx.now()
            tx.run(
                "INSERT INTO money_locks (scope, owner, lease_until) VALUES (?, NULL, NULL) "
                "ON CONFLICT (scope) DO NOTHING",
                (scope,),
            )
            [(holder, until)] = tx.rows(
                "SELECT owner, lease_until FROM money_locks WHERE scope = ?"
                + self._backend.for_update,
                (scope,),
            )
            if _held_by_another(holder, until, owner, now):
                return Held(holder, float(until))
            tx.run(
                "UPDATE money_locks SET owner = ?, lease_until = ? WHERE scope = ?",
                (owner, now + LEASE, scope),
            )
            return None

    def unlock_money(self, scope: str, owner: str) -> None:
        with self._backend.transaction() as tx:
            tx.run(
                "UPDATE money_locks SET owner = NULL, lease_until = NULL WHERE scope = ? AND "
                "owner = ?",
                (scope, owner),
            )

    # -- study drafts (create_and_publish) --------------------------------------------------

    def claim_draft(self, scope: str, key: str, owner: str) -> tuple[bool, str | None] | Held:
        """Claim the create step of a study under `key`: whether a create was attempted before
        and the study's ID if its answer arrived; or who is creating it right now."""
        with self._backend.transaction() as tx:
            now = tx.now()
            tx.run(  # a version-1 file's row for this key becomes this scope's
                "UPDATE study_drafts SET scope = ? WHERE scope = ? AND draft_key = ? AND NOT "
                "EXISTS (SELECT 1 FROM study_drafts WHERE scope = ? AND draft_key = ?)",
                (scope, LEGACY_SCOPE, key, scope, key),
            )
            inserted = tx.run(
                "INSERT INTO study_drafts (scope, draft_key, owner, lease_until, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, draft_key) DO NOTHING",
                (scope, key, owner, now + LEASE, now),
            )
            if inserted:
                return (False, None)
            [(study_id, holder, until)] = tx.rows(
                "SELECT study_id, owner, lease_until FROM study_drafts WHERE scope = ? AND "
                "draft_key = ?" + self._backend.for_update,
                (scope, key),
            )
            if study_id is not None:
                return (True, str(study_id))
            if _held_by_another(holder, until, owner, now):
                return Held(holder, float(until))
            tx.run(
                "UPDATE study_drafts SET owner = ?, lease_until = ? WHERE scope = ? AND "
                "draft_key = ?",
                (owner, now + LEASE, scope, key),
            )
            return (True, None)

    def record_draft(self, scope: str, key: str, study_id: str | None) -> None:
        """Note the study a create under `key` made (releasing the claim), or, with None, that
        a create is about to be sent."""
        with self._backend.transaction() as tx:
            if study_id is None:
                tx.run(
                    "UPDATE study_drafts SET lease_until = ? WHERE scope = ? AND draft_key = ?",
                    (tx.now() + LEASE, scope, key),
                )
            else:
                tx.run(
                    "UPDATE study_drafts SET study_id = ?, owner = NULL, lease_until = NULL "
                    "WHERE scope = ? AND draft_key = ?",
                    (study_id, scope, key),
                )

    def unclaim_draft(self, scope: str, key: str, owner: str) -> None:
        with self._backend.transaction() as tx:
            tx.run(
                "UPDATE study_drafts SET owner = NULL, lease_until = NULL WHERE scope = ? AND "
                "draft_key = ? AND owner = ?",
                (scope, key, owner),
            )

    # -- webhook events ---------------------------------------------------------------------

    def first_sighting(self, event_id: str, keep: int) -> bool:
        """Record `event_id`; True the first time it is seen by any process sharing the ledger.
        Keeps about the newest `keep` IDs."""
        with self._backend.transaction() as tx:
            now = tx.now()
            fresh = (
                tx.run(
                    "INSERT INTO webhook_events (event_id, seen_at) VALUES (?, ?) "
                    "ON CONFLICT (event_id) DO NOTHING",
                    (event_id, now),
                )
                == 1
            )
            if fresh and secrets.randbelow(64) == 0:  # prune now and then, not on every event
                tx.run(
                    "DELETE FROM webhook_events WHERE seen_at < (SELECT seen_at FROM "
                    "webhook_events ORDER BY seen_at DESC LIMIT 1 OFFSET ?)",
                    (keep,),
                )
            return fresh

    # -- for people -------------------------------------------------------------------------

    def get(self, key: str, scope: str | None = None) -> LedgerEntry | None:
        """The payment recorded under `key` (in `scope`, or the only scope that has it)."""
        with self._backend.transaction() as tx:
            scope = self._scope_of(tx, key, scope)
            if scope is None:
                return None
            parts = self._parts(tx, scope, key)
        if not parts:
            return None
        least = min(parts, key=lambda p: _ORDER.index(p.state))

        def total(index: int) -> int | None:
            known = [p.figures[index] for p in parts if p.figures is not None]
            return sum(known) if known else None

        return LedgerEntry(
            key=key,
            study_id=parts[0].study_id,
            amounts_minor={r: a for p in parts for r, a in p.amounts.items()},
            state=least.state,
            batch_id=parts[0].batch_id,
            amount=total(0),
            fees=total(1),
            vat=total(2),
            total_amount=total(3),
            scope=scope,
            parts=tuple(parts),
        )

    def _scope_of(self, tx: Tx, key: str, scope: str | None) -> str | None:
        if scope is not None:
            return scope
        scopes = sorted(
            {str(r[0]) for r in tx.rows("SELECT scope FROM money_parts WHERE pay_key = ?", (key,))}
        )
        if len(scopes) > 1:
            raise LedgerError(
                self.target,
                f"Key {key!r} is recorded for several accounts or base URLs ({', '.join(scopes)});"
                " pass scope= to say which.",
            )
        return scopes[0] if scopes else None

    def release(self, key: str, scope: str | None = None) -> None:
        """Declare, after checking on Prolific, that an in-doubt payment was NOT made.

        Only for a person who has looked at the dashboard: the next call with this key creates
        a fresh batch for the released parts and pays it. Refuses a payment that is not in
        doubt.
        """
        with self._backend.transaction() as tx:
            scope = self._scope_of(tx, key, scope)
            changed = 0
            if scope is not None:
                changed = tx.run(
                    "UPDATE money_parts SET state = ?, batch_id = NULL, owner = NULL, "
                    "lease_until = NULL, sent_at = NULL, updated_at = ? WHERE scope = ? AND "
                    "pay_key = ? AND state = ?",
                    (
                        PaymentState.PENDING.value,
                        tx.now(),
                        scope,
                        key,
                        PaymentState.PAYING.value,
                    ),
                )
                tx.run(
                    "UPDATE money_recipients SET baseline = NULL WHERE scope = ? AND pay_key = ?",
                    (scope, key),
                )
        if not changed:
            raise ValueError(f"payment {key!r} is not in doubt; nothing to release")
