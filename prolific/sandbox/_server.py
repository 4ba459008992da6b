"""The sandbox over real HTTP, on loopback.

Built on the standard library's ``http.server.ThreadingHTTPServer`` on purpose: no new
dependency for users, one process, and plenty for tests and local rehearsals (it is not a
production server and never needs to be). Every request goes through the same
:meth:`Sandbox.handle` as the in-process transport, under the sandbox's lock.

Faults that drop the connection close the socket without writing a reply. With ``speed`` set,
a background thread moves the sandbox clock with real time (``speed`` sandbox seconds per real
second), so participants finish and webhooks fire while an external client waits.
"""

from __future__ import annotations

import re
import socket
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

from ._clock import SandboxClock
from ._errors import SandboxError, bad_request
from ._faults import ConnectionDropped
from ._http import SandboxResponse, error_response
from ._transport import Handler


class Sandbox(Handler, Protocol):
    """What the server needs of a sandbox: its request handler and its clock."""

    @property
    def clock(self) -> SandboxClock: ...

    @property
    def errors(self) -> list[str]: ...


#: The largest request body the server reads; Prolific's own bodies are a few kilobytes.
MAX_BODY_BYTES = 1024 * 1024
#: Seconds a client may take to send the body it announced before the server gives up on it.
BODY_READ_TIMEOUT = 10.0

_CONTENT_LENGTH = re.compile(r"[0-9]{1,12}")
_HOST = re.compile(r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")
# What http.server answers on its own, mapped so that no malformed request earns a 5xx.
_OWN_STATUS = {501: 405, 505: 400}


class _Refused(Exception):
    """A request the server answers itself, before the sandbox sees it."""

    def __init__(self, error: SandboxError) -> None:
        self.error = error


class _Handler(BaseHTTPRequestHandler):
    server_version = "ProlificSandbox/1"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    sandbox: Sandbox  # set on the subclass made per server
    read_timeout: float = BODY_READ_TIMEOUT

    def _serve(self) -> None:
        try:
            body = self._read_body()
            url = self._url()
        except _Refused as refusal:
            # The rest of the stream cannot be trusted to start a new request.
            self.close_connection = True
            self._answer(error_response(refusal.error))
            return
        try:
            answer = self.sandbox.handle(self.command, url, dict(self.headers.items()), body)
        except ConnectionDropped:
            self.close_connection = True
            with suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        except Exception:
            # A bug in the sandbox: answer as its handlers do, and keep the traceback where
            # tests look (sandbox.errors) instead of dropping the connection.
            self.sandbox.errors.append(traceback.format_exc())
            answer = error_response(
                SandboxError(500, "The sandbox failed unexpectedly (see sandbox.errors).")
            )
        self._answer(answer)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise _Refused(
                bad_request("Chunked request bodies are not supported; send Content-Length.")
            )
        lengths = set(self.headers.get_all("Content-Length") or [])
        if not lengths:
            return b""
        raw = lengths.pop().strip()
        if lengths or not _CONTENT_LENGTH.fullmatch(raw):
            raise _Refused(
                bad_request("Content-Length must be one whole number of bytes (0 or more).")
            )
        length = int(raw)
        if length > MAX_BODY_BYTES:
            raise _Refused(
                SandboxError(
                    413,
                    f"The request body is larger than the sandbox accepts ({MAX_BODY_BYTES} "
                    "bytes).",
                    title="Request entity too large",
                )
            )
        body = self._read_exactly(length)
        if len(body) != length:
            raise _Refused(
                bad_request(
                    f"The request body ended after {len(body)} of the {length} bytes that "
                    "Content-Length announced."
                )
            )
        return body

    def _read_exactly(self, length: int) -> bytes:
        """Up to ``length`` bytes, or fewer if the client stops or takes longer than
        ``read_timeout`` in all (a client trickling bytes must not hold a thread forever)."""
        chunks: list[bytes] = []
        received = 0
        deadline = time.monotonic() + self.read_timeout
        previous = self.connection.gettimeout()
        try:
            while received < length:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self.connection.settimeout(remaining)
                chunk = self.rfile.read1(length - received)
                if not chunk:
                    break
                chunks.append(chunk)
                received += len(chunk)
        except OSError:  # the timeout, or the client went away
            pass
        finally:
            with suppress(OSError):
                self.connection.settimeout(previous)
        return b"".join(chunks)

    def _url(self) -> str:
        if not self.path.startswith("/"):
            raise _Refused(bad_request("The request target must be a path starting with '/'."))
        host = self.headers.get("Host") or ""
        if not _HOST.fullmatch(host):
            # An absent or malformed Host must not break URL parsing; links use our address.
            address: Any = self.server.server_address
            shown = f"[{address[0]}]" if ":" in address[0] else address[0]
            host = f"{shown}:{address[1]}"
        return f"http://{host}{self.path}"

    def _answer(self, answer: SandboxResponse) -> None:
        # Written as one block: send_response/send_header/end_headers and then the body made
        # two writes, so two packets (Nagle is off) and two wake-ups of the client per answer.
        reason = self.responses.get(answer.status, ("",))[0]
        head = [
            f"{self.protocol_version} {answer.status} {reason}",
            f"Server: {self.version_string()}",
            f"Date: {self.date_time_string()}",
            *(f"{name}: {value}" for name, value in answer.headers.items()),
        ]
        if self.close_connection:
            head.append("Connection: close")
        head.append(f"Content-Length: {len(answer.body)}")
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1", "strict")
        if answer.body and self.command != "HEAD":
            data += answer.body
        self.wfile.write(data)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Requests http.server refuses itself (a malformed request line, an unknown method,
        headers too long) get Prolific's error shape too, and never a 5xx."""
        status = _OWN_STATUS.get(code, code)
        if self.request_version == "HTTP/0.9":
            # Set when the request line could not be read: answer with a status line anyway.
            self.request_version = "HTTP/1.1"
        detail = message or explain or "The request could not be read."
        self.close_connection = True
        self._answer(error_response(SandboxError(status, detail)))

    do_GET = _serve
    do_POST = _serve
    do_PATCH = _serve
    do_PUT = _serve
    do_DELETE = _serve
    do_HEAD = _serve
    do_OPTIONS = _serve
    do_TRACE = _serve

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the sandbox keeps its own request log (``sandbox.requests``)."""


class _Ticker(threading.Thread):
    """Moves the sandbox clock with real time while the server runs."""

    def __init__(self, sandbox: Sandbox, speed: float, interval: float = 0.2) -> None:
        super().__init__(name="prolific-sandbox-clock", daemon=True)
        self.sandbox = sandbox
        self.speed = speed
        self.interval = interval
        self.stopped = threading.Event()

    def run(self) -> None:
        last = time.monotonic()
        while not self.stopped.wait(self.interval):
            now = time.monotonic()
            self.sandbox.clock.advance((now - last) * self.speed)
            last = now


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The standard library listens with a backlog of 5: a client opening 32 connections at
    # once saw most of them dropped and retried a second later.
    request_queue_size = 128


@contextmanager
def serve(
    sandbox: Sandbox,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    speed: float = 0.0,
    read_timeout: float = BODY_READ_TIMEOUT,
) -> Iterator[str]:
    """Run an HTTP server for ``sandbox`` in a background thread; yields ``http://host:port``.

    ``read_timeout`` bounds the seconds a client may take to send the body it announced.
    """
    handler = type(
        "SandboxRequestHandler", (_Handler,), {"sandbox": sandbox, "read_timeout": read_timeout}
    )
    server = _Server((host, port), handler)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="prolific-sandbox-http",
        daemon=True,
    )
    thread.start()
    ticker = _Ticker(sandbox, speed) if speed > 0 else None
    if ticker is not None:
        ticker.start()
    bound_host, bound_port = server.server_address[:2]
    shown = bound_host if isinstance(bound_host, str) else host
    try:
        yield f"http://{shown}:{bound_port}"
    finally:
        if ticker is not None:
            ticker.stopped.set()
            ticker.join()
        server.shutdown()
        server.server_close()
        thread.join()
