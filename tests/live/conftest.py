"""Fixtures of the live suite (``make live``): clients for the real account, a guard, drift.

* ``live_client`` / ``live_async_client``: SDK clients built from ``PROLIFIC_TOKEN`` (and
  ``PROLIFIC_URL``, default ``https://api.prolific.com``).
* A guard on every request: only reads go out, plus creating, changing and deleting a draft
  study when ``PROLIFIC_LIVE_WRITES=1``. Anything else (publishing, paying, approving, messaging)
  raises before it is sent, whatever a test does.
* Every JSON answer is compared with ``openapi/prolific.yaml`` (see ``drift.py``); the report is
  printed at the end of the run.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from prolific import AsyncProlific, Prolific

from .drift import DriftReport, Spec

WRITES = os.environ.get("PROLIFIC_LIVE_WRITES") == "1"
REFERER = "prolific-python live suite"

#: The only writes the suite may send, and only with PROLIFIC_LIVE_WRITES=1.
_DRAFT_WRITES = [
    ("POST", re.compile(r"^/api/v1/studies/?$")),
    ("PATCH", re.compile(r"^/api/v1/studies/[0-9a-f]{24}/?$")),
    ("DELETE", re.compile(r"^/api/v1/studies/[0-9a-f]{24}/?$")),
    ("POST", re.compile(r"^/api/v1/study-cost-calculator/?$")),
]

_report: DriftReport | None = None


class LiveWriteRefused(RuntimeError):
    """The live suite tried to send something it must never send to a real account."""


def drift_report() -> DriftReport:
    global _report
    if _report is None:
        _report = DriftReport(Spec.load())
    return _report


def check_allowed(method: str, path: str, *, writes: bool = WRITES) -> None:
    """Raise unless ``method path`` is a read, or a draft-study write with writes enabled."""
    if method.upper() in ("GET", "HEAD", "OPTIONS"):
        return
    if writes and any(m == method.upper() and p.match(path) for m, p in _DRAFT_WRITES):
        return
    hint = "" if writes else " (set PROLIFIC_LIVE_WRITES=1 for draft-study writes)"
    raise LiveWriteRefused(f"the live suite may not send {method} {path}{hint}")


def _guard(request: httpx.Request) -> None:
    check_allowed(request.method, request.url.path)


def _observe(response: httpx.Response) -> None:
    if response.status_code >= 300 or "json" not in response.headers.get("content-type", ""):
        return
    try:
        body = response.json()
    except ValueError:
        return
    request = response.request
    drift_report().check(request.method, str(request.url), response.status_code, body)


async def _aguard(request: httpx.Request) -> None:
    _guard(request)


async def _aobserve(response: httpx.Response) -> None:
    await response.aread()
    _observe(response)


def _sync_observe(response: httpx.Response) -> None:
    response.read()
    _observe(response)


@pytest.fixture(scope="session")
def live_client() -> Iterator[Prolific]:
    """A client for the real account in ``PROLIFIC_TOKEN``; reads only, unless writes are on."""
    http = httpx.Client(event_hooks={"request": [_guard], "response": [_sync_observe]})
    client = Prolific(http_client=http, referer=REFERER)
    try:
        yield client
    finally:
        client.close()
        http.close()


@pytest.fixture
async def live_async_client() -> AsyncIterator[AsyncProlific]:
    """The async twin of ``live_client`` (one per test: it belongs to the test's event loop)."""
    http = httpx.AsyncClient(event_hooks={"request": [_aguard], "response": [_aobserve]})
    client = AsyncProlific(http_client=http, referer=REFERER)
    try:
        yield client
    finally:
        await client.aclose()
        await http.aclose()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say why the live suite was skipped (even under -q), or print the spec-drift report."""
    skipped = terminalreporter.stats.get("skipped", [])
    reasons = {
        str(r.longrepr[2]).removeprefix("Skipped: ")
        for r in skipped
        if isinstance(getattr(r, "longrepr", None), tuple) and "PROLIFIC_TOKEN" in str(r.longrepr)
    }
    for reason in sorted(reasons):
        terminalreporter.write_line(f"live suite skipped: {reason}")
    if _report is not None and _report.checked:
        terminalreporter.section("Prolific API vs openapi/prolific.yaml")
        for line in _report.render().splitlines():
            terminalreporter.write_line(line)
