"""`make check-generated`: the generated tree must be exactly what openapi/ produces."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "generate.py"
GENERATED = ROOT / "generated" / "prolific_api"


def check(target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--target", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_checked_in_tree_matches_and_any_hand_edit_fails_the_check(tmp_path: Path) -> None:
    copy = tmp_path / "prolific_api"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    clean = check(copy)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    edited = copy / "models" / "study.py"
    edited.write_text(edited.read_text().replace("class Study(", "class Study(  # patched\n"))
    (copy / "models" / "extra.py").write_text("x = 1\n")
    (copy / "types.py").unlink()

    result = check(copy)
    assert result.returncode == 1
    assert "models/study.py" in result.stdout and "# patched" in result.stdout
    assert "not produced by the generator: models/extra.py" in result.stdout
    assert "missing from generated/: types.py" in result.stdout
    assert "make generate" in result.stdout
