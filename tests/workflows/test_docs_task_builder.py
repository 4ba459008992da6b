"""The script of docs/ai-task-builder.md runs as written and does what it says."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

PAGE = Path(__file__).resolve().parents[2] / "docs" / "ai-task-builder.md"


def test_the_documented_journey_runs_and_downloads_the_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    match = re.search(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.DOTALL)
    assert match is not None
    monkeypatch.chdir(tmp_path)
    exec(compile(match.group(1), str(PAGE), "exec"), {"__name__": "docs_example"})

    out = capsys.readouterr().out.splitlines()
    answers = [line for line in out if line.split()[-1] in ("yes", "no")]
    assert len(answers) == 2  # two participants, one task each
    [saved] = [line for line in out if line.startswith("answers saved to")]
    archive = Path(saved.removeprefix("answers saved to "))
    assert archive.parent == tmp_path
    with zipfile.ZipFile(archive) as zf:
        assert {"responses.json", "responses.csv"} <= set(zf.namelist())
