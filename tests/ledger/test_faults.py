"""Every ledger fault is a typed LedgerError naming the file or DSN (never a password), and
nothing is sent to Prolific when the ledger cannot record the step first."""

from __future__ import annotations

import os
import sqlite3
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from prolific import Prolific
from prolific._ledger import BonusLedger, default_ledger_path, redact_dsn
from prolific._ledger._backend import SQLiteBackend
from prolific.errors import InvalidRequestError, LedgerBusyError, LedgerError
from prolific.sandbox import Sandbox

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
as_root = os.name == "posix" and os.geteuid() == 0


def test_a_corrupt_file_names_the_path_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(b"this is not a database, just some text" * 100)
    with pytest.raises(LedgerError) as caught:
        BonusLedger(path)
    assert str(path) in str(caught.value) and "move it aside" in str(caught.value)
    assert caught.value.target == str(path)


def test_a_file_locked_by_another_process_is_busy_not_raw(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    BonusLedger(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LedgerBusyError) as caught:
            ledger = BonusLedger.__new__(BonusLedger)
            backend = SQLiteBackend(str(path), busy_timeout=0.1)
            ledger._backend = backend
            ledger.target = backend.target
            ledger.get("k")
        assert str(path) in str(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_path_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="is a folder"):
        BonusLedger(tmp_path)


def test_a_parent_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    with pytest.raises(LedgerError, match="is a file, not a folder"):
        BonusLedger(tmp_path / "plain" / "ledger.sqlite3")


@posix_only
def test_a_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    if as_root:
        # Root creates files whatever the folder's mode: refuse the way the kernel would.
        def refused(*args: object, **kwargs: object) -> int:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("prolific._ledger._backend.os.open", refused)
    try:
        with pytest.raises(LedgerError, match=str(folder)) as caught:
            BonusLedger(folder / "ledger.sqlite3")
        assert "Permission denied" in str(caught.value)
    finally:
        folder.chmod(0o700)


@posix_only
def test_a_read_only_file_is_refused_and_keeps_its_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ledger.sqlite3"
    BonusLedger(path).close()
    path.chmod(0o400)
    if as_root:
        # Root writes through file modes: open it the way SQLite opens a file it may not write.
        real_connect = sqlite3.connect

        def read_only(database: str, **kwargs: object) -> sqlite3.Connection:
            return real_connect(f"file:{database}?mode=ro", uri=True, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr("prolific._ledger._backend.sqlite3.connect", read_only)
    with pytest.raises(LedgerError) as caught:
        BonusLedger(path).begin("s", "k", "a" * 24, {"b" * 24: 1})
    assert str(path) in str(caught.value)
    assert "read-only" in str(caught.value)
    # Opening an existing ledger never changes its mode.
    assert stat.S_IMODE(path.stat().st_mode) == 0o400


@posix_only
def test_a_new_ledger_is_private_and_an_existing_one_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "ledger.sqlite3"
    BonusLedger(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o640)
    BonusLedger(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_ledger_that_cannot_open_means_nothing_is_sent(tmp_path: Path) -> None:
    sandbox = Sandbox(seed=4)
    client = sandbox.client()
    study = client.studies.create_and_publish(**_study(), wait=60)
    [sub] = sandbox.participants.join(study.id, 1, complete_after=10)
    sandbox.advance(10)
    before = len(sandbox.requests)
    with pytest.raises(LedgerError):
        client.bonuses.pay(study.id, {sub: Decimal("1.00")}, key="k", ledger=tmp_path)
    assert sandbox.requests[before:] == []
    client.close()


def _study() -> dict[str, object]:
    from prolific.sandbox import example_study

    return example_study(total_available_places=1)


def test_a_huge_amount_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    sandbox = Sandbox(seed=5)
    client: Prolific = sandbox.client()
    before = len(sandbox.requests)
    for amount in (Decimal("1E+26"), Decimal("10000.01")):
        # 1E+26 is refused earlier, by the general money check (its pennies would not survive
        # a JSON number); either way nothing is sent.
        with pytest.raises(InvalidRequestError, match=r"above the largest bonus|must be at most"):
            client.bonuses.pay("a" * 24, {"b" * 24: amount}, key="k", ledger=tmp_path / "l.db")
    assert sandbox.requests[before:] == []
    client.close()


def test_dsn_passwords_never_show(pg_dsn: str) -> None:
    assert redact_dsn("postgresql://bob:s3cret@db.example/ledger") == (
        "postgresql://bob:***@db.example/ledger"
    )
    assert "s3cret" not in redact_dsn("postgresql://db/ledger?user=bob&password=s3cret")
    wrong = pg_dsn.replace("/postgres?", "/no_such_database?", 1)
    wrong = wrong.replace("postgresql://postgres:@", "postgresql://postgres:hunter2@", 1)
    with pytest.raises(LedgerError) as caught:
        BonusLedger(wrong)
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(caught.value.args)
    assert "no_such_database" in str(caught.value)


def test_the_default_target_follows_the_environment() -> None:
    assert default_ledger_path({"PROLIFIC_LEDGER": "/x/l.db"}) == Path("/x/l.db")
    assert default_ledger_path({"XDG_DATA_HOME": "/d"}) == Path("/d/prolific/bonus-ledger.sqlite3")
