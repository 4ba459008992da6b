"""Replay every cassette with the sync and the async client.

A scenario fails when the client sends a request the cassette lacks (method, path, query or body
changed), when it no longer sends one the cassette has, or when the answers it gets no longer
parse into what the scenario asserts. Re-record with ``make record`` after an intended change.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from vcr.errors import CannotOverwriteExistingCassetteException

from prolific._base_client import AsyncResource, SyncResource

from . import harness
from .harness import Scenario
from .scenarios import SCENARIOS

CASES = [(name, kind) for name in SCENARIOS for kind in harness.KINDS]


#: What each replayed case called, so the coverage test need not replay them again.
CALLED: dict[tuple[str, str], set[str]] = {}


@pytest.mark.parametrize(("name", "kind"), CASES, ids=[f"{n}-{k}" for n, k in CASES])
async def test_replay(name: str, kind: str) -> None:
    with spying() as called:
        await harness.replay_scenario(SCENARIOS[name], kind, harness.cassette_path(name))
    CALLED[(name, kind)] = called


def test_every_scenario_has_a_cassette_and_no_cassette_is_stale() -> None:
    committed = {p.stem for p in harness.CASSETTES.glob("*.yaml")}
    assert committed == set(SCENARIOS), "run `make record` to bring the cassettes up to date"


def _live_cassettes() -> list[Any]:
    folder = harness.CASSETTES / harness.LIVE_DIR
    found = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not found:
        reason = "no live recordings committed (make record ARGS=--live)"
        return [pytest.param(None, "sync", marks=pytest.mark.skip(reason=reason), id="none")]
    return [pytest.param(p, k, id=f"{p.stem}-{k}") for p in found for k in harness.KINDS]


@pytest.mark.parametrize(("path", "kind"), _live_cassettes())
async def test_replay_live_recording(path: Path, kind: str) -> None:
    """Recordings of a real account (pseudonymised) still replay: the client still sends the
    same requests and still reads Prolific's real answers."""
    await harness.replay_scenario(SCENARIOS[path.stem], kind, path)


# -- replay is strict --------------------------------------------------------------------------


async def _changed_body(ctx: harness.Ctx) -> None:
    # The recorded scenario sends calculate_cost(100, 2); this sends (100, 3).
    await ctx.client.studies.calculate_cost(100, 3)


async def _changed_query(ctx: harness.Ctx) -> None:
    await harness.collect(ctx.client.studies.list(status="ACTIVE"))


async def _missing_call(ctx: harness.Ctx) -> None:
    await ctx.client.studies.calculate_cost(100, 2)  # and nothing after it


@pytest.mark.parametrize("kind", harness.KINDS)
@pytest.mark.parametrize(
    ("run", "error"),
    [
        (_changed_body, CannotOverwriteExistingCassetteException),
        (_changed_query, CannotOverwriteExistingCassetteException),
        (_missing_call, AssertionError),
    ],
    ids=["body-changed", "query-changed", "request-dropped"],
)
async def test_replay_fails_when_what_the_client_sends_changes(
    run: harness.Run, error: type[Exception], kind: str
) -> None:
    scenario = Scenario("draft_study", run)
    with pytest.raises(error):
        await harness.replay_scenario(scenario, kind, harness.cassette_path("draft_study"))


# -- coverage: every namespace method and workflow is replayed, sync and async -------------------


def _resource_classes() -> list[type]:
    import importlib
    import pkgutil

    import prolific.resources

    classes: list[type] = []
    for info in pkgutil.iter_modules(prolific.resources.__path__):
        module = importlib.import_module(f"prolific.resources.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == module.__name__
                and issubclass(cls, SyncResource | AsyncResource)
                and cls not in (SyncResource, AsyncResource)
            ):
                classes.append(cls)
    return classes


def _public_methods(cls: type) -> list[str]:
    return [
        name
        for name, member in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(member)
    ]


@contextmanager
def spying() -> Iterator[set[str]]:
    """Note every public namespace method called (``Studies.create``, ``AsyncHooks.subscribe``)."""
    called: set[str] = set()
    with pytest.MonkeyPatch.context() as patch:
        for cls in _resource_classes():
            for name in _public_methods(cls):
                original = getattr(cls, name)
                label = f"{cls.__name__}.{name}"

                def spy(
                    *args: Any, __original: Any = original, __label: str = label, **kw: Any
                ) -> Any:
                    called.add(__label)
                    return __original(*args, **kw)

                patch.setattr(cls, name, spy)
        yield called


async def test_cassettes_cover_every_namespace_method_and_workflow() -> None:
    """Every public method of every namespace (workflows included), sync and async, is called by
    some recorded scenario; a new method fails this until a scenario records it."""
    called: set[str] = set()
    for case in CASES:
        if case not in CALLED:  # not replayed in this session (-k, a single test): replay now
            name, kind = case
            with spying() as spied:
                await harness.replay_scenario(SCENARIOS[name], kind, harness.cassette_path(name))
            CALLED[case] = spied
        called |= CALLED[case]
    expected = {f"{cls.__name__}.{m}" for cls in _resource_classes() for m in _public_methods(cls)}
    missing = sorted(expected - called)
    assert not missing, f"no recorded scenario calls {missing}; add one and run `make record`"
