"""The worked example of the README (and of docs/cli.md) runs as written, in bash.

Only the first two lines are replaced: the test starts the sandbox itself (participants on
autopilot, its clock fast enough that they finish while the commands run) and exports what that
sandbox printed. Money is then judged from the sandbox's own ledger.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import Server, hermetic_env, sandbox_server

ROOT = Path(__file__).resolve().parents[2]
HEADING = "## The `prolific` command line"


def worked_example(page: Path, heading: str) -> str:
    text = page.read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    match = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert match is not None, f"no sh block under {heading!r} in {page}"
    return match.group(1)


def pages() -> list[tuple[Path, str]]:
    found = [(ROOT / "README.md", HEADING)]
    docs = ROOT / "docs" / "cli.md"
    if docs.exists() and "```sh" in docs.read_text(encoding="utf-8"):
        found.append((docs, "# Command line"))
    return found


@pytest.fixture(scope="module")
def autopilot() -> Iterator[Server]:
    with sandbox_server("--seed", "9", "--autopilot", "--speed", "6000") as running:
        yield running


@pytest.mark.parametrize(("page", "heading"), pages(), ids=[p.name for p, _ in pages()])
def test_the_worked_example_runs_as_written(
    page: Path, heading: str, autopilot: Server, tmp_path: Path, pycache: Path
) -> None:
    url, token = autopilot.url, autopilot.token
    script = worked_example(page, heading)
    first, second, *rest = script.splitlines()
    assert first.startswith("prolific sandbox serve") and second.startswith("export PROLIFIC_URL")
    env = hermetic_env(tmp_path, pycache)
    env.update(PROLIFIC_URL=url, PROLIFIC_TOKEN=token)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", "\n".join(rest)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "already_paid\ttrue" in done.stdout  # the second pay paid nobody

    study = (tmp_path / "study.json").read_text()
    bonuses = [e for e in autopilot.ledger("bonus") if e["study_id"] in study]
    assert [e["amount"] for e in bonuses] == [50, 50, 50]  # three participants, paid once each
