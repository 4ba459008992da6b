"""`make bench` keeps working: `--quick` runs, and reports every figure (speed is not tested)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "bench.py"

FIGURES = {
    "overhead.sync.loopback",
    "overhead.async.loopback",
    "overhead.sync.inprocess",
    "overhead.async.inprocess",
    "server.sandbox",
    "requests.publish.raw",
    "requests.publish.safe",
    "requests.approve",
    "requests.bonuses",
    "requests.approve_one",
    "requests.list",
    "sandbox.join",
    "sandbox.advance",
    "sandbox.walk",
    "sandbox.get_study",
    "sandbox.review",
    "sandbox.memory",
    "sandbox.request_log",
    "bonuses.pay.sqlite",
    "memory.pagination",
    "import.prolific",
    "generation",
    "ledger.sqlite",
    "ledger.postgresql",
}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Any]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=ROOT,
    )
    document = json.loads(out.read_text()) if out.exists() else None
    return result, document


def test_quick_run_exits_cleanly(run: tuple[subprocess.CompletedProcess[str], Any]) -> None:
    result, document = run
    assert result.returncode == 0, result.stdout + result.stderr
    assert document is not None
    assert document["mode"] == "quick"


def test_every_figure_is_reported(run: tuple[subprocess.CompletedProcess[str], Any]) -> None:
    _, document = run
    figures = {f["key"]: f for f in document["figures"]}
    assert set(figures) == FIGURES
    for key, figure in figures.items():
        assert figure["status"] in {"met", "missed", "reported"}, (key, figure["error"])
        assert isinstance(figure["value"], int | float) and figure["value"] > 0, key
        assert isinstance(figure["baseline"], int | float) and figure["baseline"] > 0, key
        assert isinstance(figure["ratio"], int | float) and figure["ratio"] > 0, key
        if not key.startswith("overhead."):  # timings give the median of per-round ratios
            assert figure["ratio"] == pytest.approx(figure["value"] / figure["baseline"]), key
        assert figure["target"], key


def test_request_counts_are_exact(run: tuple[subprocess.CompletedProcess[str], Any]) -> None:
    # Counts do not depend on the machine, so the quick run checks them too.
    _, document = run
    figures = {f["key"]: f for f in document["figures"]}
    counts = (
        "requests.publish.raw",
        "requests.approve",
        "requests.bonuses",
        "requests.approve_one",
        "requests.list",
        "sandbox.request_log",
    )
    for key in counts:
        assert figures[key]["status"] == "met", (key, figures[key]["detail"])


def test_table_and_machine_on_stdout(run: tuple[subprocess.CompletedProcess[str], Any]) -> None:
    result, document = run
    header = result.stdout.splitlines()[0]
    assert document["machine"]["python"] in header
    for column in ("figure", "value", "baseline", "ratio", "target", "met/missed"):
        assert column in result.stdout
    for figure in document["figures"]:
        assert figure["figure"] in result.stdout
