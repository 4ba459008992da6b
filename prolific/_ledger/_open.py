"""Choosing a ledger backend: SQLite for a path, PostgreSQL for a DSN.

Its own module, above both backends, so the PostgreSQL one (which builds on ``_backend``) is
imported only when a DSN asks for it, without ``_backend`` importing it back.
"""

from __future__ import annotations

import os

from ._backend import Backend, SQLiteBackend, is_dsn

__all__ = ["open_backend"]


def open_backend(target: str | os.PathLike[str]) -> Backend:
    """A SQLite backend for a path (``":memory:"`` included), PostgreSQL for a DSN."""
    text = os.fspath(target)
    if is_dsn(text):
        from ._postgres import PostgresBackend  # psycopg is an extra: load it only when asked

        return PostgresBackend(text)
    return SQLiteBackend(text)
