"""Property: whatever bytes a client sends, the sandbox's HTTP server answers with a status line,
never a 5xx, and every refusal in Prolific's error shape."""

from __future__ import annotations

import http.client
import json
import socket
import string

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from prolific.sandbox import Sandbox
from prolific.sandbox._server import serve

pytestmark = pytest.mark.fuzz

PATHS = [
    "/api/v1/studies/",
    "/api/v1/studies/0123456789abcdef01234567/transition/",
    "/api/v1/submissions/bulk-approve/",
    "/api/v1/participant-groups/",
    "/api/v1/users/me/",
    "/_sandbox/clock/advance/",
]
safe_text = st.text(alphabet=string.ascii_letters + string.digits + " -_.:/[]?=&%", max_size=30)


@st.composite
def raw_requests(draw: st.DrawFn, token: str) -> bytes:
    method = draw(st.sampled_from(["GET", "POST", "PATCH", "PUT", "DELETE", "TRACE", "BREW"]))
    target = draw(st.sampled_from(PATHS) | safe_text.map(lambda t: "/" + t.replace(" ", "")))
    version = draw(st.sampled_from(["HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/x"]))
    body = draw(
        st.binary(max_size=60)
        | st.recursive(
            st.none() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
            max_leaves=8,
        ).map(lambda v: json.dumps(v).encode())
    )
    length = draw(
        st.sampled_from([str(len(body)), str(len(body)), "-1", "abc", "", "1e2", str(2**40)])
        | st.integers(min_value=0, max_value=len(body)).map(str)
    )
    headers = [f"Host: {draw(safe_text)}", f"Content-Length: {length}"]
    if draw(st.booleans()):
        headers.append(f"Authorization: Token {token}")
    if draw(st.booleans()):
        headers.append("Content-Type: application/json")
    head = "\r\n".join([f"{method} {target} {version}", *headers, "Connection: close"])
    return head.encode() + b"\r\n\r\n" + body


def test_any_request_gets_an_answer_that_is_not_a_5xx() -> None:
    sandbox = Sandbox(seed=5)
    with serve(sandbox, read_timeout=0.05) as url:
        address = (httpx.URL(url).host, httpx.URL(url).port or 80)

        @given(raw_requests(sandbox.token))
        def check(raw: bytes) -> None:
            with socket.create_connection(address, timeout=10) as sock:
                sock.sendall(raw)
                response = http.client.HTTPResponse(sock)
                response.begin()
                payload = response.read()
            assert response.status < 500, payload
            if response.status >= 400 and payload:
                error = json.loads(payload)["error"]
                assert error["status"] == response.status

        check()
    assert sandbox.errors == []
