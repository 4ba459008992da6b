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

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol

from ._clock import SandboxClock
from ._faults import ConnectionDropped
from ._transport import Handler


class Sandbox(Handler, Protocol):
    """What the server needs of a sandbox: its request handler and its clock."""

    @property
    def clock(self) -> SandboxClock: ...


class _Handler(BaseHTTPRequestHandler):
    server_version = "ProlificSandbox/1"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    sandbox: Sandbox  # set on the subclass made per server

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        host = self.headers.get("Host") or "localhost"
        url = f"http://{host}{self.path}"
        try:
            answer = self.sandbox.handle(self.command, url, dict(self.headers.items()), body)
        except ConnectionDropped:
            self.close_connection = True
            with suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if answer.body and self.command != "HEAD":
            self.wfile.write(answer.body)

    do_GET = _serve
    do_POST = _serve
    do_PATCH = _serve
    do_PUT = _serve
    do_DELETE = _serve
    do_HEAD = _serve
    do_OPTIONS = _serve

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


@contextmanager
def serve(
    sandbox: Sandbox, *, host: str = "127.0.0.1", port: int = 0, speed: float = 0.0
) -> Iterator[str]:
    """Run an HTTP server for ``sandbox`` in a background thread; yields ``http://host:port``."""
    handler = type("SandboxRequestHandler", (_Handler,), {"sandbox": sandbox})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
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
