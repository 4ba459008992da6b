"""Every exit code a script can branch on, each with the one line it prints to stderr."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from prolific.sandbox import Sandbox, example_study

from .conftest import PROLIFIC, Server, Shell, hermetic_env

UNKNOWN_STUDY = "0123456789abcdef01234567"


def one_line(text: str) -> str:
    assert text.endswith("\n") and text.count("\n") == 1, text
    assert "Traceback" not in text
    return text


def test_success_is_0(prolific: Shell, server: Server) -> None:
    me = prolific("whoami", "-o", "json")
    assert me.code == 0
    assert me.json()["email"].endswith("@sandbox.prolific.test")


def test_bad_usage_and_refused_input_are_2(prolific: Shell, server: Server) -> None:
    unknown_command = prolific("studies", "frobnicate")
    assert unknown_command.code == 2
    assert "No such command 'frobnicate'; see `prolific studies --help`" in unknown_command.err

    malformed = prolific("studies", "get", "not-an-id")
    assert malformed.code == 2
    assert "24 lowercase hex" in one_line(malformed.err)

    amounts = "p1,1.50\n"  # not a Prolific ID
    bad_csv = prolific("bonuses", "pay", "--study", UNKNOWN_STUDY, "--csv", "-", "--key", "k",
                       stdin=amounts)  # fmt: skip
    assert bad_csv.code == 2
    assert "p1" in one_line(bad_csv.err)
    assert server.ledger("bonus") == []


def test_an_error_from_prolific_is_1_and_verbose_adds_the_traceback(prolific: Shell) -> None:
    missing = prolific("studies", "get", UNKNOWN_STUDY)
    assert missing.code == 1
    assert "404" in one_line(missing.err)
    assert missing.out == ""

    verbose = prolific("studies", "get", UNKNOWN_STUDY, "-v")
    assert verbose.code == 1
    assert "Traceback" in verbose.err
    assert verbose.err.rstrip().splitlines()[-1] == missing.err.rstrip()


def test_a_network_failure_is_1(prolific: Shell) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    message = ("messages", "send", "--to", UNKNOWN_STUDY, "--study", UNKNOWN_STUDY, "--body", "hi")
    sent = prolific("--base-url", closed, "--max-retries", "0", *message)
    assert sent.code == 1
    assert "connect" in one_line(sent.err)


def test_no_token_or_a_refused_token_is_4(prolific: Shell, server: Server) -> None:
    missing = prolific("whoami", env={"PROLIFIC_TOKEN": None})
    assert missing.code == 4
    assert "PROLIFIC_TOKEN" in one_line(missing.err)

    wrong_token = "sandbox-wrong-token-" + "9" * 20
    refused = prolific("--token", wrong_token, "studies", "list")
    assert refused.code == 4
    assert "PROLIFIC_TOKEN" in one_line(refused.err)
    assert wrong_token not in refused.err + refused.out
    verbose = prolific("--token", wrong_token, "studies", "list", "-v")
    assert wrong_token not in verbose.err + verbose.out
    assert server.token not in verbose.err


@pytest.fixture(scope="module")
def live_sandbox() -> Iterator[tuple[Sandbox, str]]:
    """A sandbox served from this process, so a test can inject faults into what the script
    sees over HTTP."""
    sandbox = Sandbox(seed=31)
    with sandbox.serve() as url:
        yield sandbox, url


def test_a_payment_in_doubt_is_3_and_names_recipients_and_release(
    live_sandbox: tuple[Sandbox, str], home: Path, pycache: Path
) -> None:
    sandbox, url = live_sandbox
    with sandbox.client() as client:
        study = client.studies.create_and_publish(example_study(total_available_places=2), wait=60)
        submissions = sandbox.participants.join(study.id, 2, complete_after=10)
        sandbox.advance(20)
        client.submissions.approve_many(submissions)
    env = hermetic_env(home, pycache)
    env.update(PROLIFIC_URL=url, PROLIFIC_TOKEN=sandbox.token)
    prolific = Shell(env, home)
    ledger = str(home / "doubt-ledger.sqlite3")
    amounts = "".join(f"{s},0.75\n" for s in submissions)
    pay = ("bonuses", "pay", "--study", study.id, "--csv", "-", "--key", "doubt",
           "--ledger", ledger, "--settle-timeout", "0", "-o", "json")  # fmt: skip

    # The pay call is cut before Prolific acts on it: its outcome is unknown to the script.
    sandbox.faults.once("pay_bonus_payments", "reset")
    in_doubt = prolific(*pay, stdin=amounts)
    assert in_doubt.code == 3
    line = one_line(in_doubt.err)
    assert all(s in line for s in submissions)
    assert f"prolific bonuses release --key doubt --ledger {ledger}" in line
    assert in_doubt.out == ""

    # Run again: still in doubt, and nothing is sent again without a person's release.
    assert prolific(*pay, stdin=amounts).code == 3
    assert sandbox.count_requests("pay_bonus_payments") == 1

    released = prolific("bonuses", "release", "--key", "doubt", "--ledger", ledger)
    assert released.code == 0, released.err
    paid = prolific(*pay, stdin=amounts)
    assert paid.code == 0, paid.err
    bonuses = [e for e in sandbox.ledger if e.kind == "bonus"]
    assert sorted(e.submission_id or "" for e in bonuses) == sorted(submissions)


def test_python_m_prolific_is_the_same_command_and_help_documents_exit_codes(
    prolific: Shell,
) -> None:
    import subprocess

    module = subprocess.run([sys.executable, "-m", "prolific", "--help"],
                            capture_output=True, text=True, env=prolific.env)  # fmt: skip
    script = prolific("--help")
    assert module.returncode == script.code == 0
    assert module.stdout == script.out
    for code in ("0  success", "1  Prolific answered", "2  bad usage", "3  a bonus payment in",
                 "4  no token"):  # fmt: skip
        assert code in script.out
    assert PROLIFIC.endswith("prolific")
