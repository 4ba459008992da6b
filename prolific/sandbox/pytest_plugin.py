"""pytest fixtures for testing code that talks to Prolific, against the offline sandbox.

Installing prolific-python registers this plugin (entry point ``prolific_sandbox``), so any test
can ask for:

* ``prolific_sandbox``: a fresh :class:`prolific.sandbox.Sandbox` per test;
* ``prolific_client``: a :class:`prolific.Prolific` wired to that sandbox;
* ``prolific_async_client``: an :class:`prolific.AsyncProlific` wired to it.

The seed comes from the ini option ``prolific_sandbox_seed`` (default 0). Nothing here touches
the network. The sandbox itself is imported only when a fixture is used, so the plugin costs
nothing to projects that never use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from prolific import AsyncProlific, Prolific

    from ._core import Sandbox


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "prolific_sandbox_seed",
        "Seed for the prolific_sandbox fixture (IDs, tokens and fault injection).",
        default="0",
    )


@pytest.fixture
def prolific_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A fresh, seeded Prolific sandbox for one test."""
    from ._core import Sandbox

    seed = int(str(request.config.getini("prolific_sandbox_seed")) or "0")
    sandbox = Sandbox(seed=seed)
    try:
        yield sandbox
    finally:
        sandbox.close()


@pytest.fixture
def prolific_client(prolific_sandbox: Sandbox) -> Iterator[Prolific]:
    """A synchronous client whose requests are served by ``prolific_sandbox``."""
    client = prolific_sandbox.client()
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def prolific_async_client(prolific_sandbox: Sandbox) -> AsyncProlific:
    """An async client whose requests are served by ``prolific_sandbox`` (no sockets to close)."""
    return prolific_sandbox.async_client()
