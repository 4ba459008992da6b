"""The command line under test: the installed ``prolific`` script, run as a user runs it.

Each test module shares one sandbox server (``python -m prolific.sandbox`` on a free loopback
port, its clock frozen so a test moves it) and one hermetic environment: a home directory of its
own, no token but the sandbox's, and a ledger file of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

#: The console script pip installed next to this interpreter.
PROLIFIC = str(Path(sys.executable).with_name("prolific"))


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@dataclass
class Shell:
    """Runs ``prolific`` in a subprocess with a fixed environment."""

    env: dict[str, str]
    cwd: Path
    runs: list[list[str]] = field(default_factory=list)

    def __call__(
        self, *args: str, stdin: str | None = None, env: Mapping[str, str | None] | None = None
    ) -> Result:
        full = dict(self.env)
        for name, value in (env or {}).items():
            if value is None:
                full.pop(name, None)
            else:
                full[name] = value
        self.runs.append(list(args))
        # CI runs with no standard input at all; a command reads it only when given "-".
        feed: dict[str, Any] = (
            {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
        )
        done = subprocess.run(
            [PROLIFIC, *args],
            **feed,
            capture_output=True,
            text=True,
            env=full,
            cwd=self.cwd,
            timeout=60,
        )
        return Result(done.returncode, done.stdout, done.stderr)


@dataclass
class Server:
    """A sandbox server and a plain HTTP client to drive and inspect it."""

    url: str
    token: str
    http: httpx.Client

    def join(self, study_id: str, n: int, complete_after: float = 60) -> list[str]:
        body = {"study_id": study_id, "n": n, "complete_after": complete_after}
        response = self.http.post("/_sandbox/participants/join/", json=body)
        response.raise_for_status()
        ids: list[str] = response.json()["submission_ids"]
        return ids

    def advance(self, seconds: float) -> None:
        self.http.post("/_sandbox/clock/advance/", json={"seconds": seconds}).raise_for_status()

    def ledger(self, kind: str | None = None) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = self.http.get("/_sandbox/ledger/").json()["results"]
        return [e for e in entries if kind is None or e["kind"] == kind]


def hermetic_env(home: Path, pycache: Path) -> dict[str, str]:
    """The environment minus anything that could point at a real account."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PROLIFIC_", "XDG_"))
        and name not in ("HOME", "PYTHONDONTWRITEBYTECODE")
    }
    # Bytecode cached outside the tree, so each launch after the first skips compiling.
    env.update(PYTHONPYCACHEPREFIX=str(pycache), HOME=str(home), COLUMNS="200")
    env.update(PROLIFIC_LEDGER=str(home / "ledger.sqlite3"))
    return env


@pytest.fixture(scope="session")
def pycache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pycache")


@contextmanager
def sandbox_server(*options: str) -> Iterator[Server]:
    """``python -m prolific.sandbox`` on a free loopback port, with these options."""
    command = [sys.executable, "-m", "prolific.sandbox", "--port", "0", *options]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        proc.stdout.readline()
        exports = dict(
            pair.split("=", 1) for pair in proc.stdout.readline().split()[1:] if "=" in pair
        )
        url, token = exports["PROLIFIC_URL"], exports["PROLIFIC_TOKEN"]
        with httpx.Client(base_url=url, headers={"Authorization": f"Token {token}"}) as http:
            yield Server(url, token, http)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """The module's sandbox, its clock frozen: a test moves it."""
    with sandbox_server("--seed", "18", "--speed", "0") as running:
        yield running


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def prolific(server: Server, home: Path, pycache: Path) -> Shell:
    """``prolific`` pointed at the module's sandbox by ``PROLIFIC_URL``/``PROLIFIC_TOKEN``."""
    env = hermetic_env(home, pycache)
    env.update(PROLIFIC_URL=server.url, PROLIFIC_TOKEN=server.token)
    return Shell(env, home)
