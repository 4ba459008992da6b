"""The live suite's safety, tested offline (not marked live: runs in `make test`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import LiveWriteRefused, check_allowed

ROOT = Path(__file__).resolve().parents[2]
STUDY = "/api/v1/studies/0814f23141f417014d9294ca/"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/users/me/"),
        ("GET", STUDY),
        ("GET", "/api/v1/submissions/?study=x"),
    ],
)
def test_reads_always_go_out(method: str, path: str) -> None:
    check_allowed(method, path, writes=False)


@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/api/v1/studies/"), ("PATCH", STUDY), ("DELETE", STUDY)],
)
def test_draft_writes_need_live_writes(method: str, path: str) -> None:
    with pytest.raises(LiveWriteRefused, match="PROLIFIC_LIVE_WRITES=1"):
        check_allowed(method, path, writes=False)
    check_allowed(method, path, writes=True)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", f"{STUDY}transition/"),  # publish, pause, stop
        ("POST", "/api/v1/bulk-bonus-payments/0814f23141f417014d9294ca/pay/"),
        ("POST", "/api/v1/submissions/bonus-payments/"),
        ("POST", "/api/v1/submissions/0814f23141f417014d9294ca/transition/"),
        ("POST", "/api/v1/submissions/bulk-approve/"),
        ("POST", f"{STUDY}screen-out-submissions/"),
        ("POST", "/api/v1/messages/"),
        ("POST", "/api/v1/workspaces/"),
        ("POST", "/api/v1/hooks/secrets/"),
    ],
)
def test_publishing_paying_and_the_rest_are_never_sent(method: str, path: str) -> None:
    with pytest.raises(LiveWriteRefused):
        check_allowed(method, path, writes=True)


def test_without_a_token_the_live_suite_is_skipped_with_a_reason() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PROLIFIC_TOKEN", "PROLIFIC_API_KEY")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-m", "live", "-q", "-rs", "tests/live"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed" not in result.stdout and "failed" not in result.stdout
    assert "skipped" in result.stdout
    assert "PROLIFIC_TOKEN is not set; the live suite needs a real Prolific account" in (
        result.stdout
    )
