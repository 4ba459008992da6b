"""The suite-wide guard: a test whose sandbox failed unexpectedly does not pass."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

INNER = """
import pytest
from prolific.sandbox import Sandbox


def crash(sandbox):
    sandbox.state.schedule(0, lambda: 1 / 0)  # a scheduled job that fails
    sandbox.advance(1)


def test_sandbox_failed():
    crash(Sandbox())


@pytest.mark.sandbox_errors_expected
def test_sandbox_failed_on_purpose():
    crash(Sandbox())


def test_healthy_sandbox():
    Sandbox().advance(1)
"""


def test_a_failing_sandbox_fails_the_test_unless_marked(pytester: pytest.Pytester) -> None:
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text())
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_sandbox_failed*", "*ZeroDivision*"])
