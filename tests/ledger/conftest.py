"""Ledger backends for the tests: a fresh SQLite file, and a fresh database on a real PostgreSQL
server that the suite starts itself (the ``pgserver`` wheel ships PostgreSQL 16; a fresh machine
needs nothing else)."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pgserver
import psycopg
import pytest

_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg_dsn() -> Iterator[str]:
    """The DSN of the server's maintenance database."""
    folder = tempfile.mkdtemp(prefix="prolific-pg-")
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()


def fresh_database(pg_dsn: str) -> str:
    name = f"ledger_{next(_numbers)}"
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return pg_dsn.replace("/postgres?", f"/{name}?", 1)


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's ledger lives: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.sqlite3")
    return fresh_database(request.getfixturevalue("pg_dsn"))
