"""The sandbox's HTTP server against malformed or hostile requests: always an answer in
Prolific's error shape, never a 5xx, a dropped connection or a hang."""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from prolific.sandbox import Sandbox, example_study
from prolific.sandbox._server import MAX_BODY_BYTES, serve

STUDIES = "/api/v1/studies/"


@pytest.fixture
def server(sb: Sandbox) -> Iterator[tuple[str, int]]:
    # A short body timeout so the "announced more than it sent" case answers quickly.
    with serve(sb, read_timeout=0.3) as url:
        host, port = httpx.URL(url).host, httpx.URL(url).port
        assert port is not None
        yield host, port


def exchange(
    server: tuple[str, int], head: str, body: bytes = b"", *, close: bool = True
) -> tuple[int, dict[str, str], Any]:
    """Send raw bytes; return (status, headers, decoded JSON body) of the answer."""
    with socket.create_connection(server, timeout=10) as sock:
        sock.sendall(head.encode("latin-1") + b"\r\n\r\n" + body)
        if close:
            sock.shutdown(socket.SHUT_WR) if not body else None
        response = http.client.HTTPResponse(sock)
        response.begin()
        payload = response.read()
        headers = {k.lower(): v for k, v in response.getheaders()}
        return response.status, headers, json.loads(payload) if payload else None


def request_head(method: str, target: str, token: str, *extra: str) -> str:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", f"Authorization: Token {token}"]
    return "\r\n".join([*lines, *extra])


def assert_prolific_error(status: int, body: Any, expected: int) -> None:
    assert status == expected
    assert set(body) == {"error"}
    assert body["error"]["status"] == expected


@pytest.mark.parametrize("length", ["abc", "-5", "1e3", "0x10", "", " 12 34"])
def test_a_malformed_content_length_is_a_400(
    sb: Sandbox, server: tuple[str, int], length: str
) -> None:
    # "abc" used to close the connection without an answer; "-5" hung it.
    head = request_head("POST", STUDIES, sb.token, f"Content-Length: {length}")
    status, _, body = exchange(server, head, b"{}")
    assert_prolific_error(status, body, 400)
    assert "Content-Length" in body["error"]["detail"]


def test_a_body_shorter_than_announced_is_answered_not_hung(
    sb: Sandbox, server: tuple[str, int]
) -> None:
    head = request_head("POST", STUDIES, sb.token, "Content-Length: 1000")
    status, headers, body = exchange(server, head, b'{"name": "x"}', close=False)
    assert_prolific_error(status, body, 400)
    assert "ended after 13 of the 1000 bytes" in body["error"]["detail"]
    assert headers["connection"] == "close"


def test_a_body_larger_than_the_limit_is_refused_unread(
    sb: Sandbox, server: tuple[str, int]
) -> None:
    head = request_head("POST", STUDIES, sb.token, f"Content-Length: {MAX_BODY_BYTES + 1}")
    status, _, body = exchange(server, head, close=False)
    assert_prolific_error(status, body, 413)


def test_a_chunked_body_is_refused(sb: Sandbox, server: tuple[str, int]) -> None:
    head = request_head("POST", STUDIES, sb.token, "Transfer-Encoding: chunked")
    status, _, body = exchange(server, head, b"2\r\n{}\r\n0\r\n\r\n")
    assert_prolific_error(status, body, 400)


def test_json_nested_100_000_levels_is_a_400(sb: Sandbox, server: tuple[str, int]) -> None:
    # Used to answer 500 (a RecursionError inside the JSON parser).
    deep = b"[" * 100_000 + b"]" * 100_000
    head = request_head("POST", STUDIES, sb.token, f"Content-Length: {len(deep)}")
    status, _, body = exchange(server, head, deep)
    assert_prolific_error(status, body, 400)
    assert "nested too deeply" in body["error"]["detail"]


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_not_json(
    sb: Sandbox, server: tuple[str, int], constant: bytes
) -> None:
    raw = b'{"reward": ' + constant + b"}"
    head = request_head("POST", STUDIES, sb.token, f"Content-Length: {len(raw)}")
    status, _, body = exchange(server, head, raw)
    assert_prolific_error(status, body, 400)


@pytest.mark.parametrize(
    ("request_line", "expected"),
    [
        (f"TRACE {STUDIES} HTTP/1.1", 405),
        (f"BREW {STUDIES} HTTP/1.1", 405),
        (f"GET {STUDIES} HTTP/2.0", 400),
        ("GET", 400),
        ("GET * HTTP/1.1", 400),
        (f"GET http://elsewhere.test{STUDIES} HTTP/1.1", 400),
    ],
)
def test_requests_http_server_refuses_itself_are_4xx_in_prolific_shape(
    sb: Sandbox, server: tuple[str, int], request_line: str, expected: int
) -> None:
    # TRACE used to answer 501 with an HTML page.
    head = "\r\n".join([request_line, "Host: 127.0.0.1", f"Authorization: Token {sb.token}"])
    status, headers, body = exchange(server, head)
    assert_prolific_error(status, body, expected)
    assert headers["content-type"] == "application/json"


@pytest.mark.parametrize("host", ["[", "evil host", "a" * 300 + ":x", ""])
def test_a_malformed_host_header_still_gets_an_answer(
    sb: Sandbox, server: tuple[str, int], host: str
) -> None:
    head = "\r\n".join(
        [f"GET {STUDIES} HTTP/1.1", f"Host: {host}", f"Authorization: Token {sb.token}"]
    )
    status, _, body = exchange(server, head)
    assert status == 200
    assert body["results"] == []


def test_a_reward_too_large_for_the_money_arithmetic_is_a_400(api: httpx.Client) -> None:
    # reward=10**30 used to make the sandbox answer 500 (decimal overflow in the fees).
    response = api.post(STUDIES, json=example_study(reward=10**30))
    assert response.status_code == 400
    assert "reward" in response.json()["error"]["detail"]


@pytest.mark.parametrize("amount", ["1e30", "100000000000000000000"])
def test_a_bonus_too_large_for_the_money_arithmetic_is_a_400(
    sb: Sandbox, api: httpx.Client, amount: str
) -> None:
    study = api.post(STUDIES, json=example_study()).json()
    api.post(f"{STUDIES}{study['id']}/transition/", json={"action": "PUBLISH"})
    sb.advance(10)  # the PUBLISHING phase
    [submission_id] = sb.participants.join(study["id"], 1)
    participant = sb.submissions[submission_id].participant_id
    response = api.post(
        "/api/v1/submissions/bonus-payments/",
        json={"study_id": study["id"], "csv_bonuses": f"{participant},{amount}"},
    )
    assert response.status_code == 400, response.text
    assert sb.ledger.bonuses_for(submission_id) == []


def test_an_answer_is_well_formed_and_keep_alive_serves_the_next_request(
    sb: Sandbox, server: tuple[str, int]
) -> None:
    # The server writes each answer's head and body as one block: it must still be a proper
    # HTTP/1.1 answer (status line, Date, Server, exact Content-Length), a HEAD must carry no
    # body, and the connection must stay usable for the next request.
    with socket.create_connection(server, timeout=10) as sock:
        for method in ("GET", "HEAD", "GET"):
            sock.sendall((request_head(method, STUDIES, sb.token) + "\r\n\r\n").encode())
            response = http.client.HTTPResponse(sock, method=method)
            response.begin()
            payload = response.read()
            assert response.version == 11 and response.status == (200 if method == "GET" else 405)
            assert response.getheader("Date") and response.getheader("Server")
            length = int(response.getheader("Content-Length") or -1)
            assert payload == b"" if method == "HEAD" else len(payload) == length
            assert response.getheader("Connection") != "close"
