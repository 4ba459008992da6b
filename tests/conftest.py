"""Checks and settings every test gets, whatever its folder.

Hypothesis runs the ``ci`` profile by default: a bounded, derandomised number of examples so
``make test`` stays quick and repeatable. ``make fuzz`` passes ``--hypothesis-profile=fuzz`` for
many more, freshly random, examples.

Every 5xx the sandbox answers, and every scheduled job that fails, is a bug in the sandbox: it
records the traceback in ``sandbox.errors``. A test passes only if every sandbox it touched kept
that list empty. A test that provokes such a failure on purpose says so with
``@pytest.mark.sandbox_errors_expected``.
"""

from __future__ import annotations

import tempfile
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from prolific.sandbox import Sandbox

settings.register_profile(
    "ci",
    max_examples=40,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=2_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")

_live: weakref.WeakSet[Sandbox] = weakref.WeakSet()
_original_init = Sandbox.__init__


def _tracked_init(self: Sandbox, *args: Any, **kwargs: Any) -> None:
    _original_init(self, *args, **kwargs)
    _live.add(self)


Sandbox.__init__ = _tracked_init  # type: ignore[method-assign]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: a property-based test (hypothesis or schemathesis)")
    config.addinivalue_line(
        "markers",
        "sandbox_errors_expected: the test makes a sandbox fail on purpose (sandbox.errors "
        "is not checked)",
    )


@pytest.fixture(autouse=True)
def _sandbox_stays_healthy(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    failed = [sandbox for sandbox in list(_live) if sandbox.errors]
    reports = [error for sandbox in failed for error in sandbox.errors]
    for sandbox in failed:
        sandbox.errors.clear()  # report each failure once, not again in later tests
    if reports and request.node.get_closest_marker("sandbox_errors_expected") is None:
        pytest.fail(
            f"the sandbox failed unexpectedly {len(reports)} time(s) (sandbox.errors); the "
            f"first:\n{reports[0]}",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def pg_dsn() -> Iterator[str]:
    """The DSN of the maintenance database of a real PostgreSQL server the suite starts itself
    (the ``pgserver`` wheel ships PostgreSQL 16; a fresh machine needs nothing else). One
    server serves the whole run: the ledger's tests and the command line's."""
    import pgserver  # only runs that need PostgreSQL pay for importing it

    folder = tempfile.mkdtemp(prefix="prolific-pg-")
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()
