"""Where a ledger keeps its rows: one SQLite file, or a PostgreSQL database several machines share.

Both backends offer the same small surface, so the ledger's rules are written once:
``transaction()`` yields a :class:`Tx` whose statements run atomically, and every fault is a
:class:`~prolific.errors.LedgerError` naming the file or the (password-redacted) DSN.

SQL is written once with ``?`` placeholders in the subset both databases understand; the
PostgreSQL backend rewrites the placeholders for psycopg.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from ..errors import LedgerBusyError, LedgerError

__all__ = ["Backend", "SQLiteBackend", "Tx", "is_dsn", "redact_dsn"]

Params = Sequence[Any]

#: How long a transaction waits for another process's write lock before giving up, in seconds.
BUSY_TIMEOUT = 10.0


class Tx(Protocol):
    """One open transaction."""

    def run(self, sql: str, params: Params = ()) -> int:
        """Execute a statement; return the number of rows it changed."""
        ...

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Execute a query; return every row."""
        ...

    def many(self, sql: str, rows: Sequence[Params]) -> None:
        """Execute a statement once per row of parameters, in one round trip where possible."""
        ...

    def now(self) -> float:
        """The time leases are measured against, in seconds since the epoch: the database
        server's clock for PostgreSQL (machines' clocks may disagree), this machine's for
        SQLite."""
        ...


class Backend(Protocol):
    #: What errors show: the SQLite path, or the DSN with its password replaced by ``***``.
    target: str
    #: Appended to a SELECT whose row the transaction then updates, so that a concurrent
    #: transaction waits instead of reading the same old value (SQLite needs none: BEGIN
    #: IMMEDIATE already serialises whole transactions).
    for_update: str

    def transaction(self, *, durable: bool = False) -> AbstractContextManager[Tx]:
        """A context manager yielding a :class:`Tx`; commits on success, rolls back on error.
        A `durable` commit survives power loss, not only a crash of this process."""
        ...

    def close(self) -> None: ...


def is_dsn(value: str) -> bool:
    """Whether `value` names a PostgreSQL database rather than a file."""
    return value.startswith(("postgresql://", "postgres://"))


_PASSWORD_IN_URL = re.compile(r"(://[^:/@?#]*:)([^@/?#]*)(@)")
_PASSWORD_PARAM = re.compile(r"((?:^|[?&\s])password=)([^&\s]*)", re.IGNORECASE)


def redact_dsn(dsn: str) -> str:
    """The DSN with any password replaced by ``***``, fit for errors and logs."""
    shown = _PASSWORD_IN_URL.sub(lambda m: m.group(1) + "***" + m.group(3), dsn)
    return _PASSWORD_PARAM.sub(lambda m: m.group(1) + "***", shown)


class _SQLiteTx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def run(self, sql: str, params: Params = ()) -> int:
        return self._db.execute(sql, tuple(params)).rowcount

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return list(self._db.execute(sql, tuple(params)).fetchall())

    def many(self, sql: str, rows: Sequence[Params]) -> None:
        self._db.executemany(sql, [tuple(r) for r in rows])

    def now(self) -> float:
        return time.time()


class SQLiteBackend:
    """One SQLite file in WAL mode, shared by every thread and process on this machine.

    Each transaction starts with ``BEGIN IMMEDIATE``: it takes the file's write lock before
    reading, so a read-then-update (a compare-and-set) cannot interleave with another
    process's.
    """

    for_update = ""

    def __init__(self, path: str, *, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.path = path
        self.target = path
        self._busy_timeout = busy_timeout
        self._lock = threading.Lock()
        memory = path == ":memory:"
        if not memory:
            _prepare_file(Path(path))
        try:
            self._db = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
            if not memory:
                self._wal()
                self._db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as exc:
            raise self._fault(exc, "open") from None

    def __repr__(self) -> str:
        return f"SQLiteBackend({self.path!r})"

    def _wal(self) -> None:
        # Switching a new file to WAL takes an exclusive lock and SQLite's busy handler does not
        # wait for it: several processes opening one new ledger at once would see "database is
        # locked" at once. Wait for the others here, within the same busy timeout.
        deadline = time.monotonic() + self._busy_timeout
        pause = 0.005
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                text = str(exc)
                if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.1)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[Tx]:
        with self._lock:
            try:
                if durable:
                    # WAL with synchronous=NORMAL survives a crash of any process but may lose
                    # the last commits to a power cut; the write that must never be lost (a
                    # pay call is about to be sent) is flushed to disk before it is trusted.
                    self._db.execute("PRAGMA synchronous=FULL")
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._fault(exc, "start a transaction in") from None
            try:
                yield _SQLiteTx(self._db)
            except sqlite3.Error as exc:
                self._rollback()
                raise self._fault(exc, "write to") from None
            except BaseException:
                self._rollback()
                raise
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise self._fault(exc, "commit to") from None
            finally:
                if durable:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("PRAGMA synchronous=NORMAL")

    def _rollback(self) -> None:
        # No transaction left to roll back is fine: the error that got us here says enough.
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("ROLLBACK")

    def _fault(self, exc: sqlite3.Error, doing: str) -> LedgerError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return LedgerBusyError(self.path, "the ledger file", None, self._busy_timeout)
        if "not a database" in text or "malformed" in text:
            hint = (
                "it is not a SQLite ledger or it is damaged; move it aside (keep it: it records "
                "payments) and point ledger= or PROLIFIC_LEDGER at a new file"
            )
        elif "readonly" in text or "read-only" in text:
            hint = "the file or its folder is read-only; give this user write access to both"
        elif "unable to open" in text:
            hint = "check the path exists and is a writable file, not a folder"
        else:
            hint = "check the file and its folder"
        return LedgerError(self.path, f"Could not {doing} ledger {self.path} ({text}): {hint}.")


def _prepare_file(path: Path) -> None:
    """Create the file owner-only if it is new; never change the mode of an existing one."""
    try:
        if path.is_dir():
            raise LedgerError(
                str(path), f"Ledger path {path} is a folder; give the path of a file inside it."
            )
        if path.parent.exists() and not path.parent.is_dir():
            raise LedgerError(
                str(path),
                f"Ledger path {path}: {path.parent} is a file, not a folder; choose another path.",
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        # The ledger names participants and amounts: a new one is readable by its owner only.
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
        os.close(fd)
    except FileExistsError:
        return
    except LedgerError:
        raise
    except OSError as exc:
        raise LedgerError(
            str(path),
            f"Could not create ledger {path} ({exc.strerror or exc}); check the folder exists "
            "and this user may write to it, or set ledger= / PROLIFIC_LEDGER elsewhere.",
        ) from None
