"""``prolific submissions list`` with the list's yes/no filters, through the installed script."""

from __future__ import annotations

import json
from pathlib import Path

from prolific.sandbox import example_study

from .conftest import Server, Shell


def test_yes_no_filters_narrow_the_list(prolific: Shell, server: Server, home: Path) -> None:
    (home / "filters.json").write_text(json.dumps(example_study(total_available_places=3)))
    created = prolific("studies", "create", "--file", "filters.json", "--publish", "-o", "json")
    assert created.code == 0, created.err
    study = created.json()["id"]
    server.advance(10)  # the PUBLISHING phase
    first, second = server.join(study, 2, complete_after=30)
    server.advance(60)
    assert prolific("submissions", "approve", first, "-o", "json").code == 0

    def listed(*flags: str) -> list[str]:
        done = prolific("submissions", "list", "--study", study, *flags, "-o", "json")
        assert done.code == 0, done.err
        return [s["id"] for s in done.json()]

    assert listed("--approved") == [first]
    assert listed("--no-approved") == [second]
    assert listed("--awaiting-review", "--completed") == [second]
    assert listed("--status", "APPROVED", "--no-approved") == []
    assert sorted(listed("--completeoractive")) == sorted([first, second])
    assert listed("--no-completed") == []
