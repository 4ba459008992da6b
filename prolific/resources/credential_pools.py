"""``client.credential_pools``: logins Prolific hands out, one per participant, when they start
a study that uses the pool (for a third-party platform the study needs an account on).

Credentials are ``(username, password)`` pairs, CSV text with one ``username,password`` per
line, or a CSV file of such lines. Passwords go to Prolific and nowhere else: they are never
logged, and the usage report does not contain them. When a pool runs dry, Prolific pauses the
study; ``append`` more and ``studies.start`` it again.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from typing import Any

import httpx

from prolific_api import operations as ops
from prolific_api.models.credential_pool import CredentialPool
from prolific_api.models.credential_pool_list import CredentialPoolList
from prolific_api.models.study import Study

from .._base_client import AsyncResource, SyncResource
from .._request import Request, build
from .._validation import check_id
from ..errors import InvalidRequestError
from ..types import CredentialUse

__all__ = ["AsyncCredentialPools", "CredentialPools"]

#: Pairs, CSV text (``"user1,pass1\nuser2,pass2"``), or a CSV file (``pathlib.Path``).
Credentials = str | os.PathLike[str] | Iterable[tuple[str, str]]
#: Where a file of credentials is (``path=``): a string or a ``pathlib.Path``.
CredentialsPath = str | os.PathLike[str]

#: A first line that only names the columns; Prolific's format has none, so it is skipped.
_HEADER = ("username", "password")


def _rows(text: str, where: str) -> list[tuple[str, list[str]]]:
    """The CSV's non-blank rows, each with where it is (``"line 3"``, ``"creds.csv line 3"``)."""
    reader = csv.reader(io.StringIO(text))
    rows: list[tuple[str, list[str]]] = []
    for row in reader:
        if not "".join(row).strip():
            continue
        if not rows and tuple(v.strip().lower() for v in row) == _HEADER:
            continue
        rows.append((f"{where}line {reader.line_num}", row))
    return rows


def _read(path: CredentialsPath) -> tuple[str, str]:
    """The text of a credentials file and how errors name it; a file that cannot be read is
    an ``InvalidRequestError``, so nothing is sent."""
    name = os.fspath(path)
    try:
        # utf-8-sig: spreadsheets often start their CSV exports with a byte-order mark.
        with open(name, encoding="utf-8-sig", newline="") as handle:
            return handle.read(), name
    except FileNotFoundError:
        problem = "does not exist"
    except IsADirectoryError:
        problem = "is a directory, not a CSV file"
    except UnicodeDecodeError:
        problem = "is not UTF-8 text; save it as UTF-8 CSV"
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror or exc})"
    raise InvalidRequestError(f"credentials file {name} {problem}", field="path")


def _looks_like_a_file_name(text: str) -> bool:
    """One line, no comma, and a file's ending or a folder in it: a path given as CSV text."""
    name = text.strip()
    if not name or "," in name or "\n" in name:
        return False
    return name.lower().endswith((".csv", ".txt")) or "/" in name or os.sep in name


def _source(
    credentials: Credentials | None, path: CredentialsPath | None
) -> tuple[list[tuple[str, list[str]]], str, str]:
    """The rows to check, the field to blame and what to call an empty input."""
    if path is not None and credentials is not None:
        raise InvalidRequestError("give credentials or path=, not both", field="path")
    if isinstance(credentials, os.PathLike):
        path, credentials = credentials, None
    if path is not None:
        if not isinstance(path, str | os.PathLike):
            raise InvalidRequestError("path must be a str or a pathlib.Path", field="path")
        text, name = _read(path)
        return _rows(text, f"{name} "), "path", f"credentials file {name} holds no credentials"
    if credentials is None:
        raise InvalidRequestError(
            "give credentials: (username, password) pairs, CSV text, or path= a CSV file",
            field="credentials",
        )
    if isinstance(credentials, str):
        if _looks_like_a_file_name(credentials):
            # Never echoed: it may be a password after all.
            raise InvalidRequestError(
                "credentials text has no username,password line; to read a CSV file, pass "
                "path=<file> (or a pathlib.Path)",
                field="credentials",
            )
        rows = _rows(credentials, "")
    else:
        rows = [
            (f"credential {n}", list(pair) if isinstance(pair, tuple | list) else [])
            for n, pair in enumerate(credentials, start=1)
        ]
    return rows, "credentials", "give at least one (username, password) pair"


def credentials_csv(credentials: Credentials | None, path: CredentialsPath | None = None) -> str:
    """The CSV text Prolific takes (one ``username,password`` per line, no header), from pairs,
    CSV text or a CSV file, checked either way: each line two non-empty fields, each username
    once. Errors name the line (never a password)."""
    rows, field, empty = _source(credentials, path)
    if not rows:
        raise InvalidRequestError(empty, field=field)
    first_seen: dict[str, str] = {}
    for where, row in rows:
        if len(row) != 2:
            # Never echo the row: it holds a password.
            raise InvalidRequestError(
                f"{where} has {len(row)} field(s); each credential is username,password "
                "(quote a password that contains a comma)",
                field=field,
            )
        if not all(isinstance(v, str) and v for v in row) or not row[0].strip():
            raise InvalidRequestError(
                f"{where} is not a username and password (both non-empty text)", field=field
            )
        if row[0] in first_seen:
            raise InvalidRequestError(
                f"{where} repeats username {row[0]!r} (first on {first_seen[row[0]]}); "
                "Prolific refuses a username twice in a pool",
                field=field,
            )
        first_seen[row[0]] = where
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(row for _, row in rows)
    return out.getvalue().rstrip("\n")


#: Written once here: inside the namespaces, ``list`` is a method.
_Pools = list[CredentialPool]
_Uses = list[CredentialUse]


def _pool_id(body: Any) -> str:
    return str(body["credential_pool_id"])


def _answering_id(request: Request[Any]) -> Request[str]:
    """The same call, read as the pool's ID (the answer is ``{credential_pool_id}``)."""
    return Request(request.method, request.path, parse=_pool_id, json=request.json)


def _create(
    workspace_id: str, credentials: Credentials | None, path: CredentialsPath | None
) -> Request[str]:
    body = {
        "workspace_id": check_id("workspace_id", workspace_id),
        "credentials": credentials_csv(credentials, path),
    }
    return _answering_id(build(ops.create_credential_pool, json=body))


def _append(
    pool_id: str, credentials: Credentials | None, path: CredentialsPath | None
) -> Request[str]:
    body = {"credentials": credentials_csv(credentials, path)}
    pool = _check_pool(pool_id)
    return _answering_id(build(ops.append_credentials, credential_pool_id=pool, json=body))


def _check_pool(pool_id: str) -> str:
    if not isinstance(pool_id, str) or not pool_id.strip() or "/" in pool_id:
        raise InvalidRequestError("pool_id must be a credential pool ID", field="pool_id")
    return pool_id


def _list(workspace_id: str) -> Request[CredentialPoolList]:
    query = {"workspace_id": check_id("workspace_id", workspace_id)}
    return build(ops.get_credential_pools, query=query)


def _pools(answer: CredentialPoolList) -> _Pools:
    return list(answer.credential_pools) if isinstance(answer.credential_pools, list) else []


def _attach(study_id: str, pool_id: str | None) -> Request[Study]:
    body = {"credential_pool_id": None if pool_id is None else _check_pool(pool_id)}
    return build(ops.update_study, study_id=check_id("study_id", study_id), json=body)


def parse_report(text: str) -> _Uses:
    """The usage report's CSV as ``CredentialUse`` rows (columns: participant ID, submission
    ID, username, USED/UNUSED)."""
    reader = csv.reader(io.StringIO(text))
    next(reader, None)  # the header
    uses = []
    for row in reader:
        if len(row) < 4:
            continue
        participant, submission, username, status = (value.strip() for value in row[:4])
        uses.append(
            CredentialUse(
                username=username,
                used=status.upper() == "USED",
                participant_id=participant or None,
                submission_id=submission or None,
            )
        )
    return uses


def _report_text(response: httpx.Response) -> _Uses:
    return parse_report(response.text)


def _report(study_id: str) -> Request[_Uses]:
    request = build(ops.get_credential_report, study_id=check_id("study_id", study_id))
    # The report is CSV text, not JSON.
    return Request(request.method, request.path, parse_response=_report_text)


class CredentialPools(SyncResource):
    def list(self, workspace_id: str) -> _Pools:
        """The workspace's pools, each with ``total_credentials`` and ``available_credentials``."""
        return _pools(self._client.request(_list(workspace_id)))

    def create(
        self,
        workspace_id: str,
        credentials: Credentials | None = None,
        *,
        path: CredentialsPath | None = None,
    ) -> str:
        """Create a pool and return its ID, from ``(username, password)`` pairs, CSV text, or
        a CSV file (``path="logins.csv"``, or a ``pathlib.Path`` as `credentials`).

        The CSV is Prolific's: one ``username,password`` per line, no header (a first line
        ``username,password`` is skipped), UTF-8. A file that is missing or unreadable, holds
        no credentials, has a line without exactly two fields, or repeats a username raises
        ``InvalidRequestError`` naming the line, before anything is sent.

        Not idempotent: calling it twice makes two pools."""
        return self._client.request(_create(workspace_id, credentials, path))

    def append(
        self,
        pool_id: str,
        credentials: Credentials | None = None,
        *,
        path: CredentialsPath | None = None,
    ) -> str:
        """Add credentials to a pool (never replaces), given as for ``create``. A username
        already in the pool is refused by Prolific (``ConflictError``), so a repeated append
        cannot add twice."""
        return self._client.request(_append(pool_id, credentials, path))

    def attach(self, study_id: str, pool_id: str | None) -> Study:
        """Make a study hand out the pool's credentials (``None`` detaches it)."""
        return self._client.request(_attach(study_id, pool_id))

    def report(self, study_id: str) -> _Uses:
        """Which of the pool's credentials went to whom in this study."""
        return self._client.request(_report(study_id))


class AsyncCredentialPools(AsyncResource):
    async def list(self, workspace_id: str) -> _Pools:
        return _pools(await self._client.request(_list(workspace_id)))

    async def create(
        self,
        workspace_id: str,
        credentials: Credentials | None = None,
        *,
        path: CredentialsPath | None = None,
    ) -> str:
        """See ``CredentialPools.create``."""
        return await self._client.request(_create(workspace_id, credentials, path))

    async def append(
        self,
        pool_id: str,
        credentials: Credentials | None = None,
        *,
        path: CredentialsPath | None = None,
    ) -> str:
        """See ``CredentialPools.append``."""
        return await self._client.request(_append(pool_id, credentials, path))

    async def attach(self, study_id: str, pool_id: str | None) -> Study:
        return await self._client.request(_attach(study_id, pool_id))

    async def report(self, study_id: str) -> _Uses:
        return await self._client.request(_report(study_id))
