"""``client.credential_pools``: logins Prolific hands out, one per participant, when they start
a study that uses the pool (for a third-party platform the study needs an account on).

Credentials are ``(username, password)`` pairs, or CSV text with one ``username,password`` per
line. Passwords go to Prolific and nowhere else: they are never logged, and the usage report
does not contain them. When a pool runs dry, Prolific pauses the study; ``append`` more and
``studies.start`` it again.
"""

from __future__ import annotations

import csv
import io
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

Credentials = str | Iterable[tuple[str, str]]


def credentials_csv(credentials: Credentials) -> str:
    """The CSV text Prolific takes, from pairs or from CSV text (checked either way)."""
    if isinstance(credentials, str):
        rows = [row for row in csv.reader(io.StringIO(credentials)) if "".join(row).strip()]
    else:
        rows = [list(pair) for pair in credentials]
    if not rows:
        raise InvalidRequestError(
            "give at least one (username, password) pair", field="credentials"
        )
    names: set[str] = set()
    for number, row in enumerate(rows, start=1):
        if len(row) != 2 or not all(isinstance(v, str) and v for v in row) or not row[0].strip():
            # Never echo the row: it holds a password.
            raise InvalidRequestError(
                f"credential {number} is not a (username, password) pair of non-empty strings",
                field="credentials",
            )
        if row[0] in names:
            raise InvalidRequestError(
                f"username {row[0]!r} appears twice; usernames must be unique in a pool",
                field="credentials",
            )
        names.add(row[0])
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().rstrip("\n")


#: Written once here: inside the namespaces, ``list`` is a method.
_Pools = list[CredentialPool]
_Uses = list[CredentialUse]


def _pool_id(body: Any) -> str:
    return str(body["credential_pool_id"])


def _answering_id(request: Request[Any]) -> Request[str]:
    """The same call, read as the pool's ID (the answer is ``{credential_pool_id}``)."""
    return Request(request.method, request.path, parse=_pool_id, json=request.json)


def _create(workspace_id: str, credentials: Credentials) -> Request[str]:
    body = {
        "workspace_id": check_id("workspace_id", workspace_id),
        "credentials": credentials_csv(credentials),
    }
    return _answering_id(build(ops.create_credential_pool, json=body))


def _append(pool_id: str, credentials: Credentials) -> Request[str]:
    body = {"credentials": credentials_csv(credentials)}
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

    def create(self, workspace_id: str, credentials: Credentials) -> str:
        """Create a pool from ``(username, password)`` pairs or CSV text; returns its ID.

        Not idempotent: calling it twice makes two pools."""
        return self._client.request(_create(workspace_id, credentials))

    def append(self, pool_id: str, credentials: Credentials) -> str:
        """Add credentials to a pool (never replaces). A username already in the pool is
        refused by Prolific (``ConflictError``), so a repeated append cannot add twice."""
        return self._client.request(_append(pool_id, credentials))

    def attach(self, study_id: str, pool_id: str | None) -> Study:
        """Make a study hand out the pool's credentials (``None`` detaches it)."""
        return self._client.request(_attach(study_id, pool_id))

    def report(self, study_id: str) -> _Uses:
        """Which of the pool's credentials went to whom in this study."""
        return self._client.request(_report(study_id))


class AsyncCredentialPools(AsyncResource):
    async def list(self, workspace_id: str) -> _Pools:
        return _pools(await self._client.request(_list(workspace_id)))

    async def create(self, workspace_id: str, credentials: Credentials) -> str:
        return await self._client.request(_create(workspace_id, credentials))

    async def append(self, pool_id: str, credentials: Credentials) -> str:
        return await self._client.request(_append(pool_id, credentials))

    async def attach(self, study_id: str, pool_id: str | None) -> Study:
        return await self._client.request(_attach(study_id, pool_id))

    async def report(self, study_id: str) -> _Uses:
        return await self._client.request(_report(study_id))
