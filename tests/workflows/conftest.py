"""Fixtures for the workflow tests: a seeded sandbox, and a sync or async client wired to it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from prolific.sandbox import Sandbox

from .helpers import Client, close, make_client


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=11)


@pytest.fixture
async def client(sandbox: Sandbox, kind: str) -> AsyncIterator[Client]:
    c = make_client(sandbox, kind)
    yield c
    await close(c)


@pytest.fixture
async def make(kind: str) -> AsyncIterator[Callable[..., Client]]:
    """Build more clients of this test's kind (a restarted process, another sandbox)."""
    made: list[Client] = []

    def factory(sandbox: Sandbox, **options: Any) -> Client:
        made.append(make_client(sandbox, kind, **options))
        return made[-1]

    yield factory
    for c in made:
        await close(c)
