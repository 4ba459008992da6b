"""The bounded schemathesis profile: every operation of the spec, against the sandbox's real HTTP
server, answers no 5xx and conforms to the spec. `make fuzz` runs the long profile."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fuzz() -> ModuleType:
    # Loaded in this process so the sandbox it serves is checked by the suite's guard too.
    spec = importlib.util.spec_from_file_location("fuzz_script", ROOT / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_operation_answers_without_5xx_and_conforms_to_the_spec(fuzz: ModuleType) -> None:
    outcome = fuzz.run(fuzz.PROFILES["quick"], echo=False)
    assert outcome.ok, fuzz.summary(outcome) + "\n" + outcome.report[-20_000:]
    # The populated objects let requests reach the handlers, not just 404 on unknown IDs.
    assert sum(n for status, n in outcome.statuses.items() if status < 300) > 100
    assert "RESULT: PASS" in fuzz.summary(outcome)


@pytest.mark.sandbox_errors_expected
def test_a_sandbox_that_answers_500_fails_the_run(
    fuzz: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prolific.sandbox import _routes, _workspaces

    def boom(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(_workspaces, "get_me", boom)
    monkeypatch.setattr(_routes, "_TABLE", None)
    try:
        outcome = fuzz.run(fuzz.PROFILES["quick"], echo=False, operations=("get_me",))
    finally:
        monkeypatch.setattr(_routes, "_TABLE", None)
    assert not outcome.ok
    assert outcome.server_errors > 0
    assert "boom" in outcome.errors[0]
    assert "RESULT: FAIL" in fuzz.summary(outcome)
    assert "Server error" in outcome.report
