"""Participant groups by project, one-submission transitions, reward recommendations and the
sandbox server's rule flags, run as the installed ``prolific`` script against
``python -m prolific.sandbox``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from prolific import Prolific
from prolific.sandbox import example_study

from .conftest import Server, Shell, sandbox_server

REASON = "The answers were random and both attention checks were failed, so this is rejected. " * 2
SCREENED = {
    "code": "SCREENED",
    "code_type": "SCREENED_OUT",
    "actor": "participant",
    "actions": [{"action": "FIXED_SCREEN_OUT_PAYMENT", "fixed_screen_out_reward": 40, "slots": 5}],
}


def _json(prolific: Shell, *args: str) -> Any:
    done = prolific(*args, "-o", "json")
    assert done.code == 0, done.err
    return done.json()


def _one_line_error(done: Any, code: int, *words: str) -> None:
    assert done.code == code, done.err
    assert done.out == "" and done.err.count("\n") == 1
    assert all(word in done.err for word in words), done.err


def _live_study(prolific: Shell, server: Server, home: Path, name: str, **fields: object) -> str:
    (home / f"{name}.json").write_text(json.dumps(example_study(name=name, **fields)))
    study_id = str(_json(prolific, "studies", "create", "--file", f"{name}.json")["id"])
    assert prolific("studies", "publish", study_id).code == 0
    server.advance(10)  # the PUBLISHING phase
    return study_id


def test_participant_groups_list_by_project_and_by_deletion(
    prolific: Shell, server: Server
) -> None:
    project_id = _json(prolific, "projects", "list")[0]["id"]
    kept = _json(prolific, "participant-groups", "create", "--name", "Kept")["id"]
    gone = _json(prolific, "participant-groups", "create", "--name", "Gone")["id"]
    with Prolific(server.token, base_url=server.url) as client:
        client.participant_groups.delete(gone)

    def listed(*args: str) -> set[str]:
        return {g["id"] for g in _json(prolific, "participant-groups", "list", *args)}

    assert kept in listed() and gone not in listed()  # the workspace, as before
    by_project = listed("--project", project_id)
    assert kept in by_project and gone not in by_project
    assert listed("--project", project_id, "--deleted") == {gone}
    assert gone not in listed("--active") and kept in listed("--active")

    both = prolific("participant-groups", "list", "--project", project_id, "--workspace", "x")
    _one_line_error(both, 2, "--workspace or --project")
    _one_line_error(prolific("participant-groups", "list", "--project", "nope"), 2, "project_id")


def test_single_submission_transitions_print_the_new_status(
    prolific: Shell, server: Server, home: Path
) -> None:
    done = example_study()["completion_codes"][0]
    study_id = _live_study(
        prolific, server, home, "Transitions", total_available_places=4,
        completion_codes=[done, SCREENED],
    )  # fmt: skip
    first, second, third, fourth = server.join(study_id, 4, complete_after=30)
    server.advance(60)

    def status(*args: str) -> str:
        return str(_json(prolific, "submissions", *args)["status"])

    # `return` does one of two acts, so it needs to be told which.
    _one_line_error(prolific("submissions", "return", first), 2, "--now")
    assert status("return", first, "--now") == "RETURNED"
    assert status("unreturn", first) == "AWAITING REVIEW"
    rejected = ("reject", second, "--message", REASON, "--category", "LOW_EFFORT")
    assert status(*rejected) == "REJECTED"
    # The default table output, as a person reads it: the new status on its own line.
    unrejected = prolific("submissions", "unreject", second)
    assert unrejected.code == 0 and "status\tAWAITING REVIEW\n" in unrejected.out
    assert status("screen-out", third, "--code", "SCREENED") == "SCREENED OUT"

    # A code without the fixed payment is Prolific's refusal (1); none at all is usage (2).
    not_fixed = prolific("submissions", "screen-out", fourth, "--code", "DONE1")
    _one_line_error(not_fixed, 1, "FIXED_SCREEN_OUT_PAYMENT")
    _one_line_error(prolific("submissions", "screen-out", fourth), 2, "--code")
    _one_line_error(prolific("submissions", "unreject", third), 1, "SCREENED OUT")
    assert status("get", fourth) == "AWAITING REVIEW"

    # With --reason, return still only asks the participant; the status is left alone.
    asked = prolific("submissions", "return", fourth, "--reason", "You skipped the task.")
    assert asked.code == 0, asked.err
    assert status("get", fourth) == "AWAITING REVIEW"


def test_reward_recommendations_in_minor_units(prolific: Shell) -> None:
    found = _json(prolific, "studies", "reward-recommendations", "--currency", "gbp")
    assert [r["currency"] for r in found] == ["GBP"]
    minimum, recommended = found[0]["min_reward_per_hour"], found[0]["recommended_reward_per_hour"]
    assert isinstance(minimum, int) and 0 < minimum <= recommended

    screened = _json(
        prolific, "studies", "reward-recommendations", "--currency", "GBP",
        "--filter", "age", "--filter", "sex",
    )  # fmt: skip
    assert screened[0]["min_reward_per_hour"] > minimum  # screeners can cost more

    plain = prolific("studies", "reward-recommendations", "--currency", "USD")
    header, row = plain.out.splitlines()
    assert header == "currency\tmin_reward_per_hour\trecommended_reward_per_hour"
    assert row.startswith("USD\t")
    euros = prolific("studies", "reward-recommendations", "--currency", "EUR")
    _one_line_error(euros, 2, "GBP or USD")


def _serve_once(*flags: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "prolific.sandbox", "--port", "0", *flags]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_sandbox_flags_are_checked_before_serving() -> None:
    for flag, value, said in [
        ("--review-window", "soon", "give seconds (90) or a number with s, m, h or d"),
        ("--publish-delay", "never", "'never' is not a duration"),
        ("--demographic-export-shape", "xml", "csv, json_rows, download_url"),
        ("--minimum-hourly-reward", "GBP600", "give e.g. GBP=600"),
    ]:
        refused = _serve_once(flag, value)
        assert refused.returncode == 2 and refused.stdout == ""
        assert f"error: argument {flag}: " in refused.stderr and said in refused.stderr


def test_sandbox_flags_change_the_served_rules(prolific: Shell, home: Path) -> None:
    flags = ("--publish-delay", "0", "--review-window", "1h", "--demographic-export-shape",
             "json_rows", "--seed", "4", "--speed", "0")  # fmt: skip
    with sandbox_server(*flags) as server:
        env = {"PROLIFIC_URL": server.url, "PROLIFIC_TOKEN": server.token}

        def run(*args: str) -> Any:
            done = prolific(*args, "-o", "json", env=env)
            assert done.code == 0, done.err
            return done.json()

        (home / "flags.json").write_text(json.dumps(example_study(name="Flags")))
        study_id = run("studies", "create", "--file", "flags.json")["id"]
        assert run("studies", "publish", study_id)["status"] == "ACTIVE"  # no PUBLISHING phase
        (submission,) = server.join(study_id, 1, complete_after=30)
        server.advance(60 + 3600)  # past the one-hour review window
        assert run("submissions", "get", submission)["status"] == "APPROVED"
        path = f"/api/v1/studies/{study_id}/demographic-export/"
        exported = server.http.post(path, json={"filters": []})
        assert exported.headers["content-type"].startswith("application/json")
        assert exported.json()[0]["Submission id"] == submission
