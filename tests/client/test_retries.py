"""Retries as a user sees them: what is sent again, how long the client waits, what it logs."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

from prolific import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
)
from prolific._base_client import Request, as_json
from prolific._constants import BACKOFF_INITIAL, BACKOFF_MAX, RETRY_AFTER_MAX
from prolific._transport import RetryTransport

from .helpers import BATCH_ID, STUDY_ID, SUBMISSION_ID, TOKEN, Client, FakeClock, run, study_json

OK = httpx.Response(200, json={"ok": True})  # a template: each test sends a copy (_effects)

Step = httpx.Response | type[Exception]

TRANSITION = f"/api/v1/studies/{STUDY_ID}/transition/"
SUBMISSION_TRANSITION = f"/api/v1/submissions/{SUBMISSION_ID}/transition/"
PAY = f"/api/v1/bulk-bonus-payments/{BATCH_ID}/pay/"

# (method, path, what the server does on each attempt, calls made, error raised or None)
CASES: list[tuple[str, str, list[Step], int, type[Exception] | None]] = [
    ("GET", "/api/v1/studies/", [httpx.Response(503), httpx.Response(502), OK], 3, None),
    ("GET", "/api/v1/studies/", [httpx.ReadTimeout, OK], 2, None),
    ("GET", "/api/v1/studies/", [httpx.RemoteProtocolError, OK], 2, None),
    ("GET", "/api/v1/studies/", [httpx.Response(504), OK], 2, None),
    ("GET", "/api/v1/studies/", [httpx.Response(503)] * 4, 4, ServerError),
    ("GET", "/api/v1/studies/", [httpx.Response(500), OK], 1, ServerError),
    ("DELETE", f"/api/v1/studies/{STUDY_ID}/", [httpx.Response(503), httpx.Response(204)], 2, None),
    ("POST", TRANSITION, [httpx.Response(503), OK], 2, None),
    ("POST", TRANSITION, [httpx.ReadTimeout, OK], 2, None),
    ("POST", SUBMISSION_TRANSITION, [httpx.Response(429), OK], 2, None),
    ("POST", "/api/v1/submissions/bulk-approve/", [httpx.ReadTimeout, OK], 2, None),
    # Creating and paying: one attempt, whatever happens after the request left.
    ("POST", "/api/v1/studies/", [httpx.Response(503), OK], 1, ServerError),
    ("POST", "/api/v1/studies/", [httpx.ReadTimeout, OK], 1, APITimeoutError),
    ("POST", "/api/v1/studies/", [httpx.ReadError, OK], 1, APIConnectionError),
    ("POST", "/api/v1/submissions/bonus-payments/", [httpx.Response(503), OK], 1, ServerError),
    ("POST", "/api/v1/submissions/bonus-payments/", [httpx.ReadTimeout, OK], 1, APITimeoutError),
    ("POST", PAY, [httpx.Response(503), OK], 1, ServerError),
    ("POST", PAY, [httpx.Response(429), OK], 1, RateLimitError),
    ("POST", PAY, [httpx.ReadTimeout, OK], 1, APITimeoutError),
    # ... unless the connection was never made: then nothing was sent and a retry is safe.
    ("POST", "/api/v1/studies/", [httpx.ConnectError, OK], 2, None),
    ("POST", PAY, [httpx.ConnectTimeout, OK], 2, None),
]


def _effects(steps: list[Step]) -> list[Any]:
    # Fresh objects per test: a response is consumed once it has been read.
    return [
        httpx.Response(s.status_code, headers=s.headers, content=s.content)
        if isinstance(s, httpx.Response)
        else s("simulated")
        for s in steps
    ]


@pytest.mark.parametrize(("method", "path", "steps", "calls", "error"), CASES)
async def test_retry_matrix_end_to_end(
    client: Client,
    api: respx.MockRouter,
    method: str,
    path: str,
    steps: list[Step],
    calls: int,
    error: type[Exception] | None,
) -> None:
    route = api.route(method=method, path=path).mock(side_effect=_effects(steps))
    body = {"action": "PUBLISH"} if method == "POST" else None
    req = Request(method, path, json=body, parse=as_json)
    if error is None:
        await run(client.request(req))
    else:
        with pytest.raises(error):
            await run(client.request(req))
    assert route.call_count == calls


async def test_unsafe_post_error_says_to_check_before_repeating(
    client: Client, api: respx.MockRouter
) -> None:
    api.post("/api/v1/studies/").mock(return_value=httpx.Response(503))
    with pytest.raises(ServerError) as info:
        await run(client.request(Request("POST", "/api/v1/studies/", json={}, parse=as_json)))
    assert "check whether it took effect" in str(info.value)


async def test_timeout_on_pay_says_not_retried(client: Client, api: respx.MockRouter) -> None:
    api.post(PAY).mock(side_effect=httpx.ReadTimeout("simulated"))
    with pytest.raises(APITimeoutError) as info:
        await run(client.request(Request("POST", PAY, parse=as_json)))
    message = str(info.value)
    assert "not retried" in message and "pay twice" in message
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


async def test_gives_up_after_max_retries_and_says_so(
    client: Client, api: respx.MockRouter, clock: FakeClock
) -> None:
    route = api.get("/api/v1/studies/").mock(return_value=httpx.Response(503))
    with pytest.raises(ServerError) as info:
        await run(client.request(Request("GET", "/api/v1/studies/", parse=as_json)))
    assert route.call_count == 4  # the first attempt and DEFAULT_MAX_RETRIES = 3 retries
    assert info.value.retries == 3
    assert "retried 3 times" in str(info.value)
    # Full jitter below a doubling ceiling: 0.5 s, 1 s, 2 s.
    assert len(clock.sleeps) == 3
    for n, slept in enumerate(clock.sleeps):
        assert 0 <= slept <= min(BACKOFF_MAX, BACKOFF_INITIAL * 2**n)


@pytest.mark.parametrize("max_retries", [0, 1])
async def test_max_retries_setting(
    make: Callable[..., Client], clock: FakeClock, api: respx.MockRouter, max_retries: int
) -> None:
    client = make(max_retries=max_retries)
    route = api.get("/api/v1/studies/").mock(return_value=httpx.Response(503))
    with pytest.raises(ServerError):
        await run(client.request(Request("GET", "/api/v1/studies/", parse=as_json)))
    assert route.call_count == max_retries + 1
    assert len(clock.sleeps) == max_retries


async def test_per_call_max_retries_override(client: Client, api: respx.MockRouter) -> None:
    route = api.get("/api/v1/studies/").mock(return_value=httpx.Response(503))
    req = Request("GET", "/api/v1/studies/", parse=as_json, max_retries=0)
    with pytest.raises(ServerError):
        await run(client.request(req))
    assert route.call_count == 1


async def test_retry_after_seconds_is_honoured(
    client: Client, api: respx.MockRouter, clock: FakeClock
) -> None:
    api.get("/api/v1/studies/").mock(
        side_effect=_effects([httpx.Response(429, headers={"Retry-After": "7"}), OK])
    )
    assert await run(client.request(Request("GET", "/api/v1/studies/", parse=as_json))) == {
        "ok": True
    }
    assert clock.sleeps == [7.0]


async def test_retry_after_date_is_read_against_the_client_clock(
    client: Client, api: respx.MockRouter, clock: FakeClock
) -> None:
    when = datetime.fromtimestamp(clock.now() + 20, tz=UTC)
    api.get("/api/v1/studies/").mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": format_datetime(when, usegmt=True)}),
            httpx.Response(200, json={"ok": True}),
        ]
    )
    await run(client.request(Request("GET", "/api/v1/studies/", parse=as_json)))
    assert clock.sleeps == [pytest.approx(20.0)]


async def test_retry_after_is_capped(
    client: Client, api: respx.MockRouter, clock: FakeClock
) -> None:
    api.get("/api/v1/studies/").mock(
        side_effect=_effects([httpx.Response(429, headers={"Retry-After": "3600"}), OK])
    )
    await run(client.request(Request("GET", "/api/v1/studies/", parse=as_json)))
    assert clock.sleeps == [RETRY_AFTER_MAX]


async def test_final_429_reports_retry_after(client: Client, api: respx.MockRouter) -> None:
    api.get("/api/v1/studies/").mock(return_value=httpx.Response(429, headers={"Retry-After": "9"}))
    with pytest.raises(RateLimitError) as info:
        await run(client.request(Request("GET", "/api/v1/studies/", parse=as_json)))
    assert info.value.retry_after == 9.0
    assert "Slow down" in str(info.value) and "retried 3 times" in str(info.value)


async def test_retried_post_sends_the_same_body_again(
    client: Client, api: respx.MockRouter
) -> None:
    route = api.post(TRANSITION).mock(side_effect=_effects([httpx.ReadTimeout, OK]))
    body = {"action": "PUBLISH", "note": "é" * 50}
    await run(client.request(Request("POST", TRANSITION, json=body, parse=as_json)))
    sent = [json.loads(call.request.content) for call in route.calls]
    assert sent == [body, body]


async def test_each_retry_is_logged_without_token_or_query(
    client: Client, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get("/api/v1/studies/").mock(
        side_effect=_effects([httpx.Response(503), httpx.ReadTimeout, OK])
    )
    caplog.set_level(logging.DEBUG, logger="prolific")
    await run(
        client.request(
            Request("GET", "/api/v1/studies/", params={"status": "ACTIVE"}, parse=as_json)
        )
    )
    retries = [r for r in caplog.records if r.name == "prolific"]
    assert len(retries) == 2
    assert "GET /api/v1/studies/" in retries[0].getMessage()
    assert "attempt 1 of 4" in retries[0].getMessage()
    assert "503 Service Unavailable" in retries[0].getMessage()
    assert "timed out" in retries[1].getMessage()
    assert TOKEN not in caplog.text
    assert "ACTIVE" not in caplog.text


def test_transport_refuses_a_token_over_plain_http() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200)

    transport = RetryTransport(httpx.MockTransport(handler), max_retries=0)
    with httpx.Client(transport=transport) as http:
        with pytest.raises(InvalidRequestError):
            http.get("http://api.example.org/x", headers={"Authorization": f"Token {TOKEN}"})
        # Loopback is fine (a local sandbox), and so is plain http without a token.
        http.get("http://127.0.0.1:8000/x", headers={"Authorization": f"Token {TOKEN}"})
        http.get("http://api.example.org/public")
    assert [str(r.url) for r in calls] == [
        "http://127.0.0.1:8000/x",
        "http://api.example.org/public",
    ]


def test_the_loopback_decision_is_made_once_per_host(monkeypatch: pytest.MonkeyPatch) -> None:
    import prolific._transport as transport_module

    asked: list[str] = []

    def counting(host: str) -> bool:
        asked.append(host)
        return host == "127.0.0.1"

    monkeypatch.setattr(transport_module, "is_loopback_host", counting)
    transport = RetryTransport(httpx.MockTransport(lambda r: httpx.Response(200)), max_retries=0)
    token = {"Authorization": f"Token {TOKEN}"}
    with httpx.Client(transport=transport) as http:
        for _ in range(3):
            http.get("http://127.0.0.1:8000/x", headers=token)
            with pytest.raises(InvalidRequestError):  # remembered, and still refused
                http.get("http://api.example.org/x", headers=token)
        http.get("https://api.example.org/x", headers=token)  # https needs no decision
    assert asked == ["127.0.0.1", "api.example.org"]


class _StreamingServer(httpx.BaseTransport):
    """Reads the body off the stream as a real connection does, failing the first time."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(b"".join(request.stream))  # type: ignore[arg-type]
        return httpx.Response(503 if len(self.bodies) == 1 else 200)


def test_a_one_shot_body_stream_is_sent_whole_on_every_attempt() -> None:
    server = _StreamingServer()
    transport = RetryTransport(server, max_retries=1, clock=FakeClock())
    with httpx.Client(transport=transport) as http:
        chunks = (part for part in [b'{"action": ', b'"PUBLISH"}'])
        response = http.post(f"https://api.prolific.com{TRANSITION}", content=chunks)
    assert response.status_code == 200
    assert server.bodies == [b'{"action": "PUBLISH"}'] * 2


@pytest.mark.parametrize(
    ("first", "result"),
    [
        (httpx.ReadTimeout("lost"), None),  # the first DELETE may have worked: 404 means gone
        (httpx.Response(503), None),
        (httpx.ConnectError("never sent"), NotFoundError),  # nothing was deleted: a real 404
    ],
)
async def test_retried_delete_that_finds_it_gone_is_success(
    client: Client, api: respx.MockRouter, first: Any, result: type[Exception] | None
) -> None:
    route = api.delete(f"/api/v1/studies/{STUDY_ID}/").mock(
        side_effect=[first, httpx.Response(404, json={"error": {"title": "Not found"}})]
    )
    if result is None:
        assert await run(client.studies.delete(STUDY_ID)) is None
    else:
        with pytest.raises(result):
            await run(client.studies.delete(STUDY_ID))
    assert route.call_count == 2


async def test_a_first_404_on_delete_is_still_an_error(
    client: Client, api: respx.MockRouter
) -> None:
    api.delete(f"/api/v1/studies/{STUDY_ID}/").respond(404, json={"error": {"title": "Nope"}})
    with pytest.raises(NotFoundError):
        await run(client.studies.delete(STUDY_ID))


def _study_reply(status: str) -> httpx.Response:
    return httpx.Response(200, json=study_json(status=status))


@pytest.mark.parametrize(
    ("effects", "status_now", "error"),
    [
        # the answer to the first publish is lost; the retry is refused: it had worked
        ([httpx.ReadTimeout("lost"), httpx.Response(400)], "ACTIVE", None),
        # refused on the retry and the study is still a draft: a real refusal
        ([httpx.ReadTimeout("lost"), httpx.Response(400)], "UNPUBLISHED", BadRequestError),
        # refused at the first attempt: never second-guessed
        ([httpx.Response(400)], "ACTIVE", BadRequestError),
    ],
)
async def test_a_retried_study_transition_refused_because_it_worked_succeeds(
    client: Client,
    api: respx.MockRouter,
    effects: list[Any],
    status_now: str,
    error: type[Exception] | None,
) -> None:
    transition = api.post(f"/api/v1/studies/{STUDY_ID}/transition/").mock(side_effect=effects)
    read = api.get(f"/api/v1/studies/{STUDY_ID}/").mock(return_value=_study_reply(status_now))
    if error is None:
        study = await run(client.studies.publish(STUDY_ID))
        assert study.status == "ACTIVE"
    else:
        with pytest.raises(error):
            await run(client.studies.publish(STUDY_ID))
    assert transition.call_count == len(effects)
    assert read.call_count == (1 if len(effects) > 1 else 0)
