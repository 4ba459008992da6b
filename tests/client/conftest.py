"""Fixtures for the client tests: a recording clock, sync/async clients, the respx router."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
import respx

from .helpers import BASE, ENV_VARS, Client, FakeClock, close, make_client


@pytest.fixture(autouse=True)
def _hermetic_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # The developer's own token or credentials file must never leak into a test.
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client(kind: str, clock: FakeClock) -> AsyncIterator[Client]:
    c = make_client(kind, clock)
    yield c
    await close(c)


@pytest.fixture
async def make(kind: str, clock: FakeClock) -> AsyncIterator[Callable[..., Client]]:
    """Build a client of this test's kind with extra settings; closed after the test."""
    made: list[Client] = []

    def factory(**kwargs: Any) -> Client:
        made.append(make_client(kind, clock, **kwargs))
        return made[-1]

    yield factory
    for c in made:
        await close(c)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router
