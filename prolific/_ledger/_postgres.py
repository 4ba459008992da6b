"""The PostgreSQL backend: one ledger shared by every process on every machine that can reach it.

Installed with ``pip install "prolific-python[postgres]"`` (psycopg 3). Compare-and-set steps are
conditional ``UPDATE … WHERE state = …`` statements: under PostgreSQL's default READ COMMITTED
isolation a second writer waits on the row lock and then re-checks the condition, so only one
caller can move a payment from one state to the next.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import LedgerBusyError, LedgerError
from ._backend import Params, Tx, redact_dsn

try:
    import psycopg
except ImportError:  # pragma: no cover - exercised only without the extra
    psycopg = None  # type: ignore[assignment]

__all__ = ["PostgresBackend"]

#: How long one statement may wait on another transaction's lock, in milliseconds.
LOCK_TIMEOUT_MS = 10_000


class _PostgresTx:
    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def run(self, sql: str, params: Params = ()) -> int:
        self._cursor.execute(_placeholders(sql), tuple(params))
        return int(self._cursor.rowcount)

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        self._cursor.execute(_placeholders(sql), tuple(params))
        return list(self._cursor.fetchall())

    def many(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            self._cursor.executemany(_placeholders(sql), [tuple(r) for r in rows])

    def now(self) -> float:
        self._cursor.execute("SELECT EXTRACT(EPOCH FROM clock_timestamp())::float8")
        row = self._cursor.fetchone()
        return float(row[0])


def _placeholders(sql: str) -> str:
    # Our statements never contain a literal '?' or '%', so the rewrite is exact.
    return sql.replace("?", "%s")


class PostgresBackend:
    """A PostgreSQL database reached by a ``postgresql://`` DSN."""

    for_update = " FOR UPDATE"

    def __init__(self, dsn: str) -> None:
        self.target = redact_dsn(dsn)
        if psycopg is None:
            raise LedgerError(
                self.target,
                "A PostgreSQL ledger needs psycopg: pip install 'prolific-python[postgres]'.",
            )
        self._lock = threading.Lock()
        try:
            self._conn = psycopg.connect(
                dsn,
                autocommit=True,
                connect_timeout=10,
                options=f"-c lock_timeout={LOCK_TIMEOUT_MS}",
            )
        except psycopg.Error as exc:
            raise LedgerError(
                self.target,
                f"Could not connect to the ledger database {self.target} ({_first_line(exc)}); "
                "check the server is running and the DSN's host, user and password.",
            ) from None

    def __repr__(self) -> str:
        return f"PostgresBackend({self.target!r})"

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[Tx]:
        # Every commit is durable here (synchronous_commit on, PostgreSQL's default).
        assert psycopg is not None
        with self._lock:
            try:
                with self._conn.transaction(), self._conn.cursor() as cursor:
                    yield _PostgresTx(cursor)
            except psycopg.errors.LockNotAvailable:
                raise LedgerBusyError(
                    self.target, "a ledger row", None, LOCK_TIMEOUT_MS / 1000
                ) from None
            except psycopg.Error as exc:
                raise LedgerError(
                    self.target,
                    f"The ledger database {self.target} refused a write ({_first_line(exc)}); "
                    "nothing was sent; check the server and call again with the same key.",
                ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return redact_dsn(text[0]) if text else type(exc).__name__
