"""Re-recording against the sandbox reproduces the committed cassettes byte for byte.

A sample of scenarios (one with a setup hook, one with webhook secrets, one that waits on the
clock, one with an injected fault) is recorded again into a temporary directory, against a
sandbox served on loopback, and compared with the committed file. ``make record ARGS=--check``
does the same for every scenario.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from . import harness
from .scenarios import SCENARIOS

SAMPLE = ["readonly", "hooks", "wf_approve", "errors_and_retries"]


@pytest.mark.parametrize("name", SAMPLE)
def test_rerecording_reproduces_the_cassette(
    name: str, tmp_path: Path, allow_loopback: None
) -> None:
    fresh = harness.record_scenario(SCENARIOS[name], "sync", tmp_path / f"{name}.yaml")
    committed = harness.cassette_path(name)
    new, old = fresh.read_text(), committed.read_text()
    if new != old:
        diff = difflib.unified_diff(old.splitlines(), new.splitlines(), "committed", "re-recorded")
        pytest.fail("re-recording changed the cassette:\n" + "\n".join(list(diff)[:60]))


def test_the_network_is_blocked_without_allow_loopback() -> None:
    import socket

    from .conftest import NetworkBlocked

    with pytest.raises(NetworkBlocked), socket.create_connection(("127.0.0.1", 9), timeout=1):
        pass
