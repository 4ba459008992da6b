"""Credential pools created from and appended from a CSV file, against the sandbox: what
Prolific receives, and the files refused (naming the line) before anything is sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from prolific import ConflictError, InvalidRequestError
from prolific.sandbox import Sandbox

from .helpers import Client, call


def stored(sandbox: Sandbox, pool_id: str) -> list[tuple[str, str]]:
    pool = sandbox.state.research.credential_pools[pool_id]
    return [(c.username, c.password) for c in pool.credentials]


async def test_a_pool_from_a_file_then_more_from_another(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    first = tmp_path / "logins.csv"
    # As a spreadsheet saves it: byte-order mark, a header, CRLF line ends, a blank line, and
    # a password with a comma (quoted).
    first.write_bytes(
        b'\xef\xbb\xbfusername,password\r\nada@lab.test,s3cret\r\n\r\nbob@lab.test,"p,w"\r\n'
    )
    pool = await call(client.credential_pools.create, sandbox.workspace_id, path=str(first))
    assert stored(sandbox, pool) == [("ada@lab.test", "s3cret"), ("bob@lab.test", "p,w")]

    more = tmp_path / "more.csv"
    more.write_text("cy@lab.test,pw3\n")  # the Go CLI's format: no header
    assert await call(client.credential_pools.append, pool, more) == pool  # a Path works too
    assert [u for u, _ in stored(sandbox, pool)][-1] == "cy@lab.test"
    # Appending the same file again: Prolific refuses a username already in the pool.
    with pytest.raises(ConflictError):
        await call(client.credential_pools.append, pool, path=more)
    [listed] = await call(client.credential_pools.list, sandbox.workspace_id)
    assert listed.total_credentials == 3


BAD_FILES = [
    ("", "holds no credentials"),
    ("username,password\n\n", "holds no credentials"),
    ("ada,pw1\nbob\n", "line 2 has 1 field(s)"),
    ("ada,pw1\nbob,pw2,extra\n", "line 2 has 3 field(s)"),
    ("ada,pw1\n,pw2\n", "line 2 is not a username and password"),
    ("ada,pw1\nbob,\n", "line 2 is not a username and password"),
    ("ada,pw1\nbob,pw2\n\nada,pw4\n", "line 4 repeats username 'ada' (first on"),
]


@pytest.mark.parametrize(("content", "says"), BAD_FILES)
async def test_a_bad_file_is_refused_naming_the_line(
    sandbox: Sandbox, client: Client, tmp_path: Path, content: str, says: str
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(content)
    sent = len(sandbox.requests)
    with pytest.raises(InvalidRequestError) as caught:
        await call(client.credential_pools.create, sandbox.workspace_id, path=bad)
    message = str(caught.value)
    assert says in message and str(bad) in message
    assert caught.value.field == "path"
    assert "pw" not in message  # passwords are never echoed
    assert len(sandbox.requests) == sent


async def test_a_file_that_cannot_be_read(sandbox: Sandbox, client: Client, tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("jos\xe9,pw\n".encode("latin-1"))
    cases = [
        (tmp_path / "missing.csv", "does not exist"),
        (tmp_path, "is a directory"),
        (latin, "is not UTF-8 text"),
    ]
    sent = len(sandbox.requests)
    for path, says in cases:
        with pytest.raises(InvalidRequestError, match=says):
            await call(client.credential_pools.create, sandbox.workspace_id, path=path)
    with pytest.raises(InvalidRequestError, match="not both"):
        await call(client.credential_pools.append, "pool-1", [("a", "b")], path=tmp_path / "x.csv")
    # A file name given where CSV text goes gets a hint instead of a confusing column count.
    with pytest.raises(InvalidRequestError, match="pass path="):
        await call(client.credential_pools.create, sandbox.workspace_id, "logins.csv")
    assert len(sandbox.requests) == sent
