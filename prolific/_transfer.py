"""Uploads to and downloads from presigned storage URLs, never with the API token.

Prolific hands out presigned URLs on another origin (its storage) for dataset files and exported
archives. The signature is in the URL, so these requests go through a separate ``httpx`` client
that has none of the SDK's headers: the token cannot leak to the storage host, and storage
refuses a request with two kinds of authentication anyway. The client gets the SDK's retry
transport (a presigned PUT or GET may be repeated) over ``client._storage_transport`` when one
is set (the sandbox sets its own), else a plain HTTPS transport.

A workflow asks for a transfer by yielding a :class:`Transfer` step; the flow drivers call
:func:`send_sync` or :func:`send_async`.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from ._config import is_loopback_host
from ._transport import AsyncRetryTransport, RetryTransport
from .errors import APIConnectionError, APIError, InvalidRequestError, TransferError

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["Transfer", "send_async", "send_sync"]

_CODE = re.compile(r"<Code>([^<]+)</Code>")
_MESSAGE = re.compile(r"<Message>([^<]+)</Message>")


@dataclass(frozen=True)
class Transfer:
    """One request to a presigned URL: an upload of ``content`` (``PUT``), or a download
    (``GET``) written to the file ``to``. The workflow receives ``None`` after an upload, the
    written path, or the downloaded bytes when there is no ``to``."""

    method: str
    url: str
    content: bytes | None = None
    content_type: str | None = None
    to: Path | None = None

    def __post_init__(self) -> None:
        url = httpx.URL(self.url)
        if url.scheme != "https" and not (url.scheme == "http" and is_loopback_host(url.host)):
            raise InvalidRequestError(
                f"Refusing a presigned URL that is not HTTPS ({url.scheme}://{url.host}).",
                field="url",
            )

    @property
    def headers(self) -> dict[str, str]:
        return {} if self.content_type is None else {"Content-Type": self.content_type}


def _refusal(exc: APIError | APIConnectionError, method: str) -> TransferError:
    if isinstance(exc, APIConnectionError):
        return TransferError(method, None, None, str(exc))
    body = exc.body if isinstance(exc.body, str) else ""
    code = _CODE.search(body)
    message = _MESSAGE.search(body)
    return TransferError(
        method,
        exc.status,
        code.group(1) if code else None,
        message.group(1) if message else (exc.title or exc.detail or "the storage refused it"),
    )


def _write(to: Path, content: bytes) -> Path:
    """Write next to the target, then rename: a failed download never leaves half a file."""
    handle, temporary = tempfile.mkstemp(prefix=".prolific-", dir=to.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, to)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return to


def _result(step: Transfer, response: httpx.Response) -> Path | bytes | None:
    if step.to is not None:
        return _write(step.to, response.content)
    return response.content if step.method == "GET" else None


def send_sync(client: SyncAPIClient, step: Transfer) -> Path | bytes | None:
    inner = client._storage_transport or httpx.HTTPTransport()
    if not isinstance(inner, httpx.BaseTransport):
        raise TypeError("a sync client needs a sync storage transport")
    transport = RetryTransport(inner, max_retries=client.max_retries, clock=client._clock)
    with httpx.Client(transport=transport, timeout=client._config.timeout) as storage:
        try:
            response = storage.request(
                step.method, step.url, content=step.content, headers=step.headers
            )
        except (APIError, APIConnectionError) as exc:
            raise _refusal(exc, step.method) from exc
    return _result(step, response)


async def send_async(client: AsyncAPIClient, step: Transfer) -> Path | bytes | None:
    inner = client._storage_transport or httpx.AsyncHTTPTransport()
    if not isinstance(inner, httpx.AsyncBaseTransport):
        raise TypeError("an async client needs an async storage transport")
    transport = AsyncRetryTransport(inner, max_retries=client.max_retries, clock=client._clock)
    async with httpx.AsyncClient(transport=transport, timeout=client._config.timeout) as storage:
        try:
            response = await storage.request(
                step.method, step.url, content=step.content, headers=step.headers
            )
        except (APIError, APIConnectionError) as exc:
            raise _refusal(exc, step.method) from exc
    return _result(step, response)
