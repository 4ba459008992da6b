"""Ledger backends for the tests: a fresh SQLite file, and a fresh database on the real
PostgreSQL server of ``pg_dsn`` (in ``tests/conftest.py``, shared with the command line's tests)."""

from __future__ import annotations

import itertools
from pathlib import Path

import psycopg
import pytest

_numbers = itertools.count()


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
