"""``prolific bonuses pay --ledger postgresql://...``: the shared ledger a team or a CI fleet uses,
on a real PostgreSQL server (``pg_dsn``), with the real console script in several processes.

The DSN carries a password (the test server trusts local connections and ignores it), so every
line the command prints can be searched for it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import psycopg
import pytest

from prolific.cli._exit import message_for
from prolific.errors import PaymentInDoubtError
from prolific.sandbox import example_study

from .conftest import PROLIFIC, Result, Server, Shell

PASSWORD = "pw-Zq81-never-printed"


def _database(pg_dsn: str, name: str) -> str:
    """A new database on the test server, as a DSN that carries `PASSWORD`."""
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    dsn = pg_dsn.replace("/postgres?", f"/{name}?", 1)
    return dsn.replace("postgresql://postgres:@", f"postgresql://postgres:{PASSWORD}@", 1)


@pytest.fixture(scope="module")
def participants(prolific: Shell, server: Server, home: Path) -> tuple[str, list[str]]:
    """A study with three finished submissions: (study ID, participant IDs)."""
    (home / "dsn-study.json").write_text(json.dumps(example_study(name="Shared ledger")))
    created = prolific("studies", "create", "--file", "dsn-study.json", "--publish", "-o", "json")
    assert created.code == 0, created.err
    study_id = str(created.json()["id"])
    server.advance(10)
    server.join(study_id, 3, complete_after=30)
    server.advance(60)
    listed = prolific("submissions", "list", "--study", study_id, "-o", "json")
    return study_id, sorted(s["participant_id"] for s in listed.json())


def _together(prolific: Shell, *commands: list[str]) -> list[Result]:
    """Start every command at once, each its own `prolific` process, and wait for all."""
    procs = [
        subprocess.Popen(
            [PROLIFIC, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=prolific.env,
            cwd=prolific.cwd,
        )
        for args in commands
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(Result(proc.returncode, out, err))
    return results


def test_two_processes_paying_one_csv_with_a_postgres_dsn_pay_once(
    prolific: Shell, server: Server, home: Path, pg_dsn: str, participants: tuple[str, list[str]]
) -> None:
    study_id, people = participants
    dsn = _database(pg_dsn, "cli_ledger_race")
    (home / "shared.csv").write_text("".join(f"{p},0.40\n" for p in people))
    pay = ["bonuses", "pay", "--study", study_id, "--csv", "shared.csv", "--key", "shared-1",
           "--ledger", dsn, "-o", "json"]  # fmt: skip

    first, second = _together(prolific, pay, pay)
    assert (first.code, second.code) == (0, 0), first.err + second.err
    # Whichever lost the race waited for the winner's claim and reports the winner's batch.
    assert first.json()["batch_id"] == second.json()["batch_id"]
    again = prolific(*pay)
    assert again.code == 0, again.err
    assert again.json()["already_paid"] is True

    paid = server.ledger("bonus")
    assert sorted(e["participant_id"] for e in paid if e["study_id"] == study_id) == people
    for result in (first, second, again):
        assert PASSWORD not in result.out + result.err


def test_a_dsn_that_fails_is_one_line_without_its_password(
    prolific: Shell, pg_dsn: str, participants: tuple[str, list[str]]
) -> None:
    study_id, people = participants
    missing = _database(pg_dsn, "cli_ledger_exists").replace("cli_ledger_exists", "cli_nowhere")
    Path(prolific.cwd / "one.csv").write_text(f"{people[0]},0.10\n")
    for verbose in ([], ["-v"]):
        failed = prolific(*verbose, "bonuses", "pay", "--study", study_id, "--csv", "one.csv",
                          "--key", "nowhere", "--ledger", missing)  # fmt: skip
        assert failed.code == 1
        assert "cli_nowhere" in failed.err  # says which ledger could not be opened
        assert PASSWORD not in failed.out + failed.err
    released = prolific("bonuses", "release", "--key", "nowhere", "--ledger", missing)
    assert released.code == 1 and PASSWORD not in released.err


def test_the_in_doubt_advice_names_the_ledger_without_its_password() -> None:
    dsn = f"postgresql://lab:{PASSWORD}@db.example.test/ledger"
    exc = PaymentInDoubtError("round-1", "b1", ["p1"], "postgresql://lab:***@db.example.test/x")
    message = message_for(exc, ledger=dsn)
    assert PASSWORD not in message
    assert "prolific bonuses release --key round-1 --ledger" in message
    assert "postgresql://lab:***@db.example.test/ledger" in message
