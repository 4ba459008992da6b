"""Servers and a load generator for `make bench` (scripts/bench.py); each server runs alone.

    python scripts/bench_server.py canned BODY_FILE   # a fast server answering BODY_FILE's JSON
    python scripts/bench_server.py sandbox SEED       # the sandbox's HTTP server with one study

Each prints one JSON line (``{"url": ..., "path": ..., "token": ...}``) once it listens on
127.0.0.1, then serves until its standard input closes, so the parent ends it by closing the
pipe (or by its process ID), never by name.

The canned server is a minimal asyncio protocol that answers every GET of its one path with
precomputed bytes (a study as Prolific sends it) and anything else with Prolific's 404 body:
it costs far less than any client, so a client measured against it shows its own cost. In
its own process, it does not compete with the client for the interpreter lock.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
from pathlib import Path

_NOT_FOUND = json.dumps(
    {"error": {"status": 404, "title": "Not Found", "detail": "Not found."}}
).encode()


def _response(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def _request_ends(buffer: bytes | bytearray) -> int:
    """Where the first complete request in ``buffer`` ends (-1: not complete yet)."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return -1
    head = bytes(buffer[:end]).lower()
    marker = head.find(b"content-length:")
    length = 0
    if marker >= 0:
        line_end = head.find(b"\r\n", marker)
        length = int(head[marker + 15 : line_end if line_end >= 0 else None].strip())
    total = end + 4 + length
    return total if len(buffer) >= total else -1


class _Canned(asyncio.Protocol):
    def __init__(self, path: bytes, found: bytes) -> None:
        self._path = path
        self._found = found
        self._missing = _response("404 Not Found", _NOT_FOUND)
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := _request_ends(self._buffer)) >= 0:
            line = bytes(self._buffer[: self._buffer.find(b"\r\n")])
            del self._buffer[:end]
            method, _, rest = line.partition(b" ")
            target = rest.partition(b" ")[0].partition(b"?")[0]
            ok = method == b"GET" and target == self._path
            assert self._transport is not None
            self._transport.write(self._found if ok else self._missing)


def _until_stdin_closes(stop: threading.Event) -> None:
    sys.stdin.read()
    stop.set()


async def _serve_canned(body: bytes, path: str) -> None:
    loop = asyncio.get_running_loop()
    found = _response("200 OK", body)
    server = await loop.create_server(
        lambda: _Canned(path.encode(), found), "127.0.0.1", 0, backlog=256
    )
    port = server.sockets[0].getsockname()[1]
    print(json.dumps({"url": f"http://127.0.0.1:{port}", "path": path}), flush=True)
    stop = threading.Event()
    threading.Thread(target=_until_stdin_closes, args=(stop,), daemon=True).start()
    async with server:
        while not stop.is_set():
            await asyncio.sleep(0.1)


def _serve_sandbox(seed: int) -> None:
    from prolific.sandbox import Sandbox, example_study

    sandbox = Sandbox(seed=seed)
    with sandbox.client() as client:
        study = client.studies.create(example_study(name="Benchmark study"))
    with sandbox.serve(port=0) as url:
        path = f"/api/v1/studies/{study.id}/"
        print(json.dumps({"url": url, "path": path, "token": sandbox.token}), flush=True)
        sys.stdin.read()


# -- load generator (runs in the benchmark's process) -------------------------------------------


class _Client(asyncio.Protocol):
    """One keep-alive connection sending the same GET again as soon as each answer is whole."""

    def __init__(self, request: bytes, deadline: float, done: asyncio.Future[None]) -> None:
        self._request = request
        self._deadline = deadline
        self._done = done
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self.answered = 0
        self.failed = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        transport.write(self._request)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := _request_ends(self._buffer)) >= 0:
            if not self._buffer.startswith(b"HTTP/1.1 200"):
                self.failed += 1
            else:
                self.answered += 1
            del self._buffer[:end]
            assert self._transport is not None
            if time.perf_counter() >= self._deadline:
                self._transport.close()
                return
            self._transport.write(self._request)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self._done.done():
            self._done.set_result(None)


async def _load(url: str, path: str, token: str | None, connections: int, seconds: float) -> float:
    host, _, port = url.removeprefix("http://").partition(":")
    auth = f"Authorization: Token {token}\r\n" if token else ""
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n{auth}\r\n"
    ).encode()
    loop = asyncio.get_running_loop()
    deadline = time.perf_counter() + seconds
    done: list[asyncio.Future[None]] = [loop.create_future() for _ in range(connections)]
    clients: list[_Client] = []
    started = time.perf_counter()
    for future in done:
        _, protocol = await loop.create_connection(
            lambda f=future: _Client(request, deadline, f),  # type: ignore[misc]
            host,
            int(port),
        )
        clients.append(protocol)
    await asyncio.gather(*done)
    elapsed = time.perf_counter() - started
    failed = sum(c.failed for c in clients)
    if failed:
        raise RuntimeError(f"{failed} requests failed while measuring {url}")
    return sum(c.answered for c in clients) / elapsed


def requests_per_second(
    url: str, path: str, token: str | None, *, connections: int, seconds: float
) -> float:
    """GETs of ``path`` answered per second over ``connections`` keep-alive connections."""
    return asyncio.run(_load(url, path, token, connections, seconds))


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "canned":
        document = json.loads(Path(argv[1]).read_text())
        asyncio.run(_serve_canned(document["body"].encode(), document["path"]))
        return 0
    if len(argv) == 2 and argv[0] == "sandbox":
        _serve_sandbox(int(argv[1]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
