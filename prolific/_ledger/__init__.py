"""The ledger that makes money calls exactly-once across threads, processes and machines.

Prolific pays a bonus in two calls, create a batch then pay it, and the pay call is not
idempotent; a custom screen-out is one call that pays. Before each step the SDK records in this
ledger what it is about to do, claims the step atomically, and after it records what happened, so
any number of callers sharing the ledger send each pay call at most once, and a call whose answer
was lost is reconciled against a baseline taken before it was sent, never sent again.

Layout: ``_backend`` (SQLite; ``_postgres`` for PostgreSQL) runs SQL atomically and maps faults to
``LedgerError``; ``_schema`` creates and versions the tables; ``_core`` holds the rules.
"""

from ._backend import is_dsn, redact_dsn
from ._core import (
    PART_SIZE,
    BonusLedger,
    Held,
    KeyConflict,
    LedgerEntry,
    Part,
    PaymentState,
    default_ledger_path,
    default_target,
    new_owner,
)

__all__ = [
    "PART_SIZE",
    "BonusLedger",
    "Held",
    "KeyConflict",
    "LedgerEntry",
    "Part",
    "PaymentState",
    "default_ledger_path",
    "default_target",
    "is_dsn",
    "new_owner",
    "redact_dsn",
]
