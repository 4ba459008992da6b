"""`make demo` runs the whole journey offline and never spends money without --live."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "scripts" / "demo.py"


def run(*args: str, token: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROLIFIC_")}
    if token:
        env["PROLIFIC_TOKEN"] = token
    return subprocess.run(
        [sys.executable, str(DEMO), "--pace", "0", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_demo_runs_the_journey_on_the_sandbox() -> None:
    result = run()
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "same study: True" in out
    assert "refused at once" in out  # a returned submission is never approved
    assert "approved after waiting" in out  # the race with the participant's submit
    assert "is ACTIVE; checking again in 1s" in out  # the wait is shown as it happens
    assert "already_paid=True, nothing sent" in out
    assert "payments per recipient in the sandbox's ledger: [1, 1, 1, 1]" in out
    assert "final balance" in out
    assert "demo finished: one study, every bonus paid exactly once" in out


def test_a_token_without_live_still_spends_nothing() -> None:
    result = run(token="not-a-real-token")
    assert result.returncode == 0
    assert "running on the sandbox, spending nothing" in result.stdout


def test_live_without_a_token_refuses() -> None:
    result = run("--live")
    assert result.returncode == 2
    assert "needs PROLIFIC_TOKEN" in result.stderr
