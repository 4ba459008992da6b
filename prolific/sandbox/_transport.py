"""``SandboxTransport``: an httpx transport (sync and async) answered by a sandbox in process.

No sockets: each request goes straight to :meth:`Sandbox.handle`. Faults that drop the
connection surface as the httpx errors a client would get from a real network:
``reset`` and ``lost_response`` as :class:`httpx.RemoteProtocolError` (the server closed the
connection without answering), ``timeout`` as :class:`httpx.ReadTimeout`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import httpx

from ._faults import ConnectionDropped
from ._http import SandboxResponse


class Handler(Protocol):
    """What the transport needs of a sandbox (``Sandbox``, which sits above this module)."""

    def handle(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes
    ) -> SandboxResponse: ...


class SandboxTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Serve ``httpx.Client`` and ``httpx.AsyncClient`` requests from ``sandbox``."""

    def __init__(self, sandbox: Handler) -> None:
        self.sandbox = sandbox

    def _answer(self, request: httpx.Request, body: bytes) -> httpx.Response:
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in request.headers.raw}
        try:
            answer: SandboxResponse = self.sandbox.handle(
                request.method, str(request.url), headers, body
            )
        except ConnectionDropped as drop:
            if drop.kind == "timeout":
                raise httpx.ReadTimeout(str(drop), request=request) from drop
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from drop
        return httpx.Response(
            answer.status, headers=answer.headers, content=answer.body, request=request
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request, request.read())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request, await request.aread())
