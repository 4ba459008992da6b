"""``RemoteSandbox``: drive a sandbox served over HTTP the way ``Sandbox`` drives one in process.

A program under test may talk to ``python -m prolific.sandbox`` from another process (or
another language); the test still needs to make participants join, move the clock, top up and
inject faults. ``RemoteSandbox(url, token)`` does that through the sandbox-only ``/_sandbox/``
endpoints, with the same method names as :class:`Sandbox`::

    remote = RemoteSandbox("http://127.0.0.1:8765", token)
    [sub] = remote.participants.join(study_id, 1, complete_after=60)
    remote.advance(120)
    remote.faults.once("pay_bonus_payments", "lost_response")
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from prolific._constants import ENV_TOKEN, ENV_URL

from ._participants import SandboxUsageError

if TYPE_CHECKING:
    from prolific import AsyncProlific, Prolific

__all__ = ["RemoteFault", "RemoteSandbox"]


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class RemoteFault:
    """A fault injected into a remote sandbox, as it was when last read."""

    id: str
    pattern: str
    kind: str
    rate: float
    times: int | None
    status: int | None
    retry_after: float
    latency: float
    fired: int

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RemoteFault:
        return cls(**{name: data[name] for name in cls.__dataclass_fields__})


class _Part:
    def __init__(self, sandbox: RemoteSandbox) -> None:
        self._sandbox = sandbox


class RemoteParticipants(_Part):
    """``remote.participants``: the participant side, as ``Sandbox.participants``."""

    def join(
        self,
        study_id: str,
        n: int = 1,
        *,
        complete_after: float | Sequence[float] | None = None,
        start_after: float = 0.0,
        outcome: str | Sequence[str] = "submit",
        code: str | None = None,
        participant_ids: Sequence[str] | None = None,
    ) -> list[str]:
        """``n`` participants take places in an ACTIVE study; returns their submission IDs.
        The arguments mean what they mean for ``Sandbox.participants.join``."""
        body: dict[str, Any] = {"study_id": study_id, "n": n, "start_after": start_after}
        if complete_after is not None:
            body["complete_after"] = (
                complete_after if isinstance(complete_after, int | float) else list(complete_after)
            )
        body["outcome"] = outcome if isinstance(outcome, str) else list(outcome)
        if code is not None:
            body["code"] = code
        if participant_ids is not None:
            body["participant_ids"] = list(participant_ids)
        answer = self._sandbox._call("POST", "participants/join/", body)
        return list(answer["submission_ids"])

    def submit(self, submission_id: str, *, code: str | None = None) -> None:
        """The participant finishes now, entering ``code`` (default: the study's code)."""
        body = {} if code is None else {"code": code}
        self._sandbox._call("POST", f"submissions/{submission_id}/submit/", body)


class RemoteFaults(_Part):
    """``remote.faults``: fault injection, as ``Sandbox.faults`` (the same kinds, patterns and
    seeded draws, since the faults live in the served sandbox)."""

    def add(
        self,
        pattern: str,
        kind: str,
        *,
        rate: float = 1.0,
        times: int | None = None,
        status: int | None = None,
        retry_after: float = 1.0,
        latency: float = 0.0,
    ) -> RemoteFault:
        """Inject ``kind`` into calls matching ``pattern`` with probability ``rate``."""
        body: dict[str, Any] = {
            "pattern": pattern,
            "kind": kind,
            "rate": rate,
            "retry_after": retry_after,
            "latency": latency,
        }
        if times is not None:
            body["times"] = times
        if status is not None:
            body["status"] = status
        return RemoteFault.from_dict(self._sandbox._call("POST", "faults/", body))

    def once(
        self,
        pattern: str,
        kind: str,
        *,
        status: int | None = None,
        retry_after: float = 1.0,
        latency: float = 0.0,
    ) -> RemoteFault:
        """Fail the next matching call, once."""
        return self.add(
            pattern, kind, times=1, status=status, retry_after=retry_after, latency=latency
        )

    @property
    def active(self) -> list[RemoteFault]:
        """The faults still armed, with how often each has fired."""
        answer = self._sandbox._call("GET", "faults/")
        return [RemoteFault.from_dict(item) for item in answer["results"]]

    def remove(self, fault: RemoteFault | str) -> None:
        """Stop injecting one fault (a ``RemoteFault`` or its ``id``)."""
        fault_id = fault if isinstance(fault, str) else fault.id
        self._sandbox._call("DELETE", f"faults/{fault_id}/")

    def clear(self) -> None:
        """Remove every fault."""
        self._sandbox._call("DELETE", "faults/")


class RemoteSandbox:
    """A sandbox served over HTTP, driven from Python.

    Args:
        url: the served sandbox's base URL (what ``python -m prolific.sandbox`` prints);
            ``PROLIFIC_URL`` when left out.
        token: its token; ``PROLIFIC_TOKEN`` when left out.
        timeout: seconds to wait for each control call.

    A control call the sandbox refuses (a study that is not ACTIVE, an unknown field) raises
    :class:`SandboxUsageError` with the sandbox's explanation.
    """

    def __init__(
        self, url: str | None = None, token: str | None = None, *, timeout: float = 10.0
    ) -> None:
        url = url or os.environ.get(ENV_URL)
        token = token or os.environ.get(ENV_TOKEN)
        if not url or not token:
            raise SandboxUsageError(
                "RemoteSandbox needs the served sandbox's url and token (or PROLIFIC_URL and "
                "PROLIFIC_TOKEN): python -m prolific.sandbox prints both"
            )
        self.url = url.rstrip("/")
        self._token = token
        self._http = httpx.Client(
            base_url=f"{self.url}/_sandbox/",
            headers={"Authorization": f"Token {token}"},
            timeout=timeout,
        )
        self.participants = RemoteParticipants(self)
        self.faults = RemoteFaults(self)

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self._http.request(method, path, json=body)
        if response.status_code >= 400:
            raise SandboxUsageError(
                f"the sandbox refused {method} /_sandbox/{path}: {_detail(response)}"
            )
        return response.json() if response.content else None

    def _info(self) -> dict[str, Any]:
        info: dict[str, Any] = self._call("GET", "")
        return info

    @property
    def token(self) -> str:
        """The token the served sandbox accepts (for a client you build yourself)."""
        return self._token

    @property
    def workspace_id(self) -> str:
        """The starting workspace (the one with the starting balance)."""
        return str(self._info()["workspace_id"])

    @property
    def project_id(self) -> str:
        """The starting workspace's default project."""
        return str(self._info()["project_id"])

    @property
    def user_id(self) -> str:
        return str(self._info()["user_id"])

    def now(self) -> datetime:
        """The served sandbox's clock."""
        return _when(self._info()["now"])

    def advance(self, seconds: float) -> datetime:
        """Move the sandbox clock forward; returns the new sandbox time."""
        return _when(self._call("POST", "clock/advance/", {"seconds": seconds})["now"])

    def top_up(self, amount: int, workspace_id: str | None = None) -> int:
        """Add ``amount`` minor units to a workspace (default: the starting one); returns its
        available balance in minor units."""
        workspace = workspace_id or self.workspace_id
        answer = self._call("POST", f"workspaces/{workspace}/top-up/", {"amount": amount})
        return int(answer["available_balance"])

    def ledger(self) -> list[dict[str, Any]]:
        """Every money movement so far (top-ups, study debits, rewards, bonuses, fees)."""
        return list(self._call("GET", "ledger/")["results"])

    def client(self, **options: Any) -> Prolific:
        """A :class:`prolific.Prolific` for this sandbox (``options`` go to ``Prolific``)."""
        from prolific import Prolific

        return Prolific(self._token, base_url=self.url, **options)

    def async_client(self, **options: Any) -> AsyncProlific:
        """An :class:`prolific.AsyncProlific` for this sandbox."""
        from prolific import AsyncProlific

        return AsyncProlific(self._token, base_url=self.url, **options)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RemoteSandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteSandbox(url={self.url!r})"


def _detail(response: httpx.Response) -> str:
    try:
        error = response.json().get("error", {})
        return str(error.get("detail") or error.get("title") or response.status_code)
    except (ValueError, AttributeError):
        return f"HTTP {response.status_code}"
