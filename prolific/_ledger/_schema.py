"""The ledger's tables, created on first use, with a version for later migrations.

Every money row is keyed by *scope* (the API origin and the account: the same key on another
account or base URL is another payment), the caller's key and a part number (a payment is split
into parts of at most 200 recipients, Prolific's recommended batch size).
"""

from __future__ import annotations

from ..errors import LedgerError
from ._backend import Backend, Tx

__all__ = ["LEGACY_SCOPE", "SCHEMA_VERSION", "ensure_schema"]

SCHEMA_VERSION = 2
#: Rows of a version-1 ledger, which recorded no scope. Adopted by the first scope that uses
#: their key, so upgrading the SDK never pays a recorded key again.
LEGACY_SCOPE = "legacy:"

_TABLES = (
    "CREATE TABLE IF NOT EXISTS ledger_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS money_parts (
        scope TEXT NOT NULL,
        pay_key TEXT NOT NULL,
        part INTEGER NOT NULL,
        kind TEXT NOT NULL,
        study_id TEXT NOT NULL,
        state TEXT NOT NULL,
        batch_id TEXT,
        amount BIGINT,
        fees BIGINT,
        vat BIGINT,
        total_amount BIGINT,
        owner TEXT,
        lease_until DOUBLE PRECISION,
        sent_at DOUBLE PRECISION,
        created_at DOUBLE PRECISION NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (scope, pay_key, part)
    )""",
    """CREATE TABLE IF NOT EXISTS money_recipients (
        scope TEXT NOT NULL,
        pay_key TEXT NOT NULL,
        part INTEGER NOT NULL,
        recipient_id TEXT NOT NULL,
        amount_minor BIGINT NOT NULL,
        submission_id TEXT,
        baseline TEXT,
        PRIMARY KEY (scope, pay_key, recipient_id)
    )""",
    "CREATE INDEX IF NOT EXISTS money_recipients_by_submission "
    "ON money_recipients (scope, submission_id)",
    """CREATE TABLE IF NOT EXISTS money_locks (
        scope TEXT PRIMARY KEY,
        owner TEXT,
        lease_until DOUBLE PRECISION
    )""",
    """CREATE TABLE IF NOT EXISTS study_drafts (
        scope TEXT NOT NULL,
        draft_key TEXT NOT NULL,
        study_id TEXT,
        owner TEXT,
        lease_until DOUBLE PRECISION,
        created_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (scope, draft_key)
    )""",
    """CREATE TABLE IF NOT EXISTS webhook_events (
        event_id TEXT PRIMARY KEY,
        seen_at DOUBLE PRECISION NOT NULL
    )""",
)


def ensure_schema(backend: Backend, *, serialise: str | None = None, sqlite: bool) -> None:
    """Create the tables if needed and check the version; adopt a version-1 file's rows."""
    with backend.transaction() as tx:
        if serialise:
            tx.rows(serialise)  # several processes may create the schema at once
        for statement in _TABLES:
            tx.run(statement)
        found = tx.rows("SELECT value FROM ledger_meta WHERE name = 'schema_version'")
        if found and int(found[0][0]) > SCHEMA_VERSION:
            raise LedgerError(
                backend.target,
                f"Ledger {backend.target} has schema version {found[0][0]}, newer than this "
                f"prolific-python understands ({SCHEMA_VERSION}); upgrade prolific-python.",
            )
        if not found:
            if sqlite:  # version 1 existed only as SQLite files
                _adopt_version_one(tx)
            tx.run(
                "INSERT INTO ledger_meta (name, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )


def _adopt_version_one(tx: Tx) -> None:
    """Copy the rows of a version-1 SQLite ledger (tables ``payments``, ``recipients`` and
    ``drafts``, keyed by key alone) into the legacy scope."""
    if not tx.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payments'"):
        return
    payments = tx.rows(
        "SELECT key, study_id, state, batch_id, amount, fees, vat, total_amount, created_at, "
        "updated_at FROM payments"
    )
    for key, study, state, batch, amount, fees, vat, total, created, updated in payments:
        tx.run(
            "INSERT INTO money_parts (scope, pay_key, part, kind, study_id, state, batch_id, "
            "amount, fees, vat, total_amount, created_at, updated_at) "
            "VALUES (?, ?, 0, 'bonus', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (LEGACY_SCOPE, key, study, state, batch, amount, fees, vat, total, created, updated),
        )
    for key, recipient, amount in tx.rows("SELECT key, recipient_id, amount_minor FROM recipients"):
        tx.run(
            "INSERT INTO money_recipients (scope, pay_key, part, recipient_id, amount_minor) "
            "VALUES (?, ?, 0, ?, ?)",
            (LEGACY_SCOPE, key, recipient, amount),
        )
    for key, study, created in tx.rows("SELECT key, study_id, created_at FROM drafts"):
        tx.run(
            "INSERT INTO study_drafts (scope, draft_key, study_id, created_at) VALUES (?, ?, ?, ?)",
            (LEGACY_SCOPE, key, study, created),
        )
