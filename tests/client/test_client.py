"""The client as a whole: headers, timeouts, parsing, adoption of a user's httpx client, api."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from prolific import (
    AsyncProlific,
    AuthenticationError,
    InvalidRequestError,
    Prolific,
    ServerError,
    UnexpectedResponseError,
    __version__,
)
from prolific._base_client import Request, as_json, no_content

from .helpers import BASE, STUDY_ID, TOKEN, Client, FakeClock, close, run

ME = {"id": "5f00000000000000000000aa", "email": "r@example.org", "name": "Ada", "locale": "en"}


async def test_headers_on_the_wire(make: Callable[..., Client], api: respx.MockRouter) -> None:
    route = api.get("/api/v1/users/me/").mock(return_value=httpx.Response(200, json=ME))
    await run(make(referer="https://github.com/me/experiment v2").users.me())
    headers = route.calls.last.request.headers
    assert headers["Authorization"] == f"Token {TOKEN}"
    assert headers["User-Agent"].startswith(f"prolific-python/{__version__} python-httpx/")
    assert headers["Referer"] == "https://github.com/me/experiment v2"


async def test_no_referer_unless_given(client: Client, api: respx.MockRouter) -> None:
    route = api.get("/api/v1/users/me/").mock(return_value=httpx.Response(200, json=ME))
    await run(client.users.me())
    assert "Referer" not in route.calls.last.request.headers


async def test_users_me_returns_a_model_keeping_unknown_fields(
    client: Client, api: respx.MockRouter
) -> None:
    api.get("/api/v1/users/me/").mock(return_value=httpx.Response(200, json=ME))
    me = await run(client.users.me())
    assert (me.id, me.email, me.name, me["locale"]) == (ME["id"], ME["email"], "Ada", "en")


async def test_clients_with_different_tokens_coexist(
    make: Callable[..., Client], api: respx.MockRouter
) -> None:
    route = api.get("/api/v1/users/me/").mock(return_value=httpx.Response(200, json=ME))
    first, second = make(token="token-one"), make(token="token-two")
    await run(first.users.me())
    await run(second.users.me())
    await run(first.users.me())
    sent = [c.request.headers["Authorization"] for c in route.calls]
    assert sent == ["Token token-one", "Token token-two", "Token token-one"]


async def test_default_and_per_call_timeout(client: Client, api: respx.MockRouter) -> None:
    route = api.get("/api/v1/studies/").mock(return_value=httpx.Response(200, json={}))
    await run(client.request(Request("GET", "/api/v1/studies/", parse=as_json)))
    default = route.calls.last.request.extensions["timeout"]
    assert (default["connect"], default["read"]) == (5.0, 60.0)
    await run(client.request(Request("GET", "/api/v1/studies/", parse=as_json, timeout=1.5)))
    assert route.calls.last.request.extensions["timeout"]["read"] == 1.5


async def test_request_sends_method_path_query_and_body(
    client: Client, api: respx.MockRouter
) -> None:
    route = api.patch(f"/api/v1/studies/{STUDY_ID}/").mock(
        return_value=httpx.Response(200, json={"id": STUDY_ID, "internal_name": "x"})
    )
    req = Request(
        "PATCH",
        f"/api/v1/studies/{STUDY_ID}/",
        params={"a": 1, "flag": True, "skip": None},
        json={"internal_name": "x", "brand_new_field": [1, 2]},
        parse=lambda body: body["internal_name"],
    )
    assert await run(client.request(req)) == "x"
    sent = route.calls.last.request
    assert dict(sent.url.params) == {"a": "1", "flag": "true"}
    assert sent.headers["Content-Type"] == "application/json"
    assert httpx.Response(200, content=sent.content).json() == {
        "internal_name": "x",
        "brand_new_field": [1, 2],
    }


@pytest.mark.parametrize("response", [httpx.Response(204), httpx.Response(202)])
async def test_no_content_parses_to_none(
    client: Client, api: respx.MockRouter, response: httpx.Response
) -> None:
    api.delete(f"/api/v1/studies/{STUDY_ID}/").mock(return_value=response)
    req = Request("DELETE", f"/api/v1/studies/{STUDY_ID}/", parse=no_content)
    assert await run(client.request(req)) is None
    req_json = Request("DELETE", f"/api/v1/studies/{STUDY_ID}/", parse=as_json)
    assert await run(client.request(req_json)) is None


async def test_parse_response_gets_headers(client: Client, api: respx.MockRouter) -> None:
    api.post("/api/v1/hooks/subscriptions/").mock(
        return_value=httpx.Response(201, json={"id": "s"}, headers={"X-Hook-Secret": "hs"})
    )
    req = Request(
        "POST",
        "/api/v1/hooks/subscriptions/",
        json={},
        parse_response=lambda r: (r.json()["id"], r.headers["X-Hook-Secret"]),
    )
    assert await run(client.request(req)) == ("s", "hs")


def test_request_needs_exactly_one_parser() -> None:
    with pytest.raises(TypeError):
        Request("GET", "/x/")
    with pytest.raises(TypeError):
        Request("GET", "/x/", parse=as_json, parse_response=lambda r: r)


async def test_success_body_that_is_not_json(client: Client, api: respx.MockRouter) -> None:
    api.get("/api/v1/users/me/").mock(
        return_value=httpx.Response(
            200, text="<html>login</html>", headers={"content-type": "text/html"}
        )
    )
    with pytest.raises(UnexpectedResponseError, match="not JSON"):
        await run(client.users.me())


async def test_success_body_missing_a_required_field(client: Client, api: respx.MockRouter) -> None:
    api.get("/api/v1/users/me/").mock(return_value=httpx.Response(200, json={"email": "x"}))
    with pytest.raises(UnexpectedResponseError, match="missing field 'id'") as info:
        await run(client.users.me())
    assert isinstance(info.value.__cause__, KeyError)


# --- adopting the user's httpx client -----------------------------------------------------


def _user_client(kind: str, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    transport = httpx.MockTransport(handler)
    headers = {"X-Trace": "abc"}
    if kind == "sync":
        return httpx.Client(transport=transport, headers=headers, base_url="https://wrong.example")
    return httpx.AsyncClient(transport=transport, headers=headers, base_url="https://wrong.example")


async def close_http(http: httpx.Client | httpx.AsyncClient) -> None:
    if isinstance(http, httpx.AsyncClient):
        await http.aclose()
    else:
        http.close()


async def test_adopted_http_client_gets_settings_retries_and_errors(
    kind: str, clock: FakeClock
) -> None:
    seen: list[httpx.Request] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json=ME), httpx.Response(404)])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    http = _user_client(kind, handler)
    cls = Prolific if kind == "sync" else AsyncProlific
    client = cls(TOKEN, http_client=http, referer="ref", timeout=12, _clock=clock)
    me = await run(client.users.me())
    assert me.id == ME["id"]
    assert len(seen) == 2 and len(clock.sleeps) == 1  # the 503 was retried
    sent = seen[-1]
    assert str(sent.url) == f"{BASE}/api/v1/users/me/"
    assert sent.headers["Authorization"] == f"Token {TOKEN}"
    assert sent.headers["X-Trace"] == "abc"  # the user's own headers stay
    assert sent.headers["Referer"] == "ref"
    assert sent.extensions["timeout"]["read"] == 12
    with pytest.raises(Exception, match="404 Not Found"):
        await run(client.users.me())
    # The user owns their client: closing ours leaves it open.
    await close(client)
    assert not http.is_closed
    await close_http(http)


async def test_adopting_one_http_client_twice_is_refused(kind: str) -> None:
    http = _user_client(kind, lambda r: httpx.Response(200))
    cls = Prolific if kind == "sync" else AsyncProlific
    cls(TOKEN, http_client=http)
    with pytest.raises(InvalidRequestError, match="already used") as info:
        cls("other-token", http_client=http)
    assert info.value.field == "http_client"
    await close_http(http)


def test_http_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(TypeError, match="AsyncClient"):
        AsyncProlific(TOKEN, http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        Prolific(TOKEN, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


async def test_mounted_transports_are_wrapped_too(clock: FakeClock) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503)

    http = httpx.Client(mounts={"https://": httpx.MockTransport(handler)})
    client = Prolific(TOKEN, http_client=http, max_retries=2, _clock=clock)
    with pytest.raises(ServerError):
        client.users.me()
    assert len(calls) == 3
    http.close()


def test_context_manager_closes_own_client() -> None:
    with Prolific(TOKEN) as client:
        assert not client.http_client.is_closed
    assert client.http_client.is_closed


async def test_async_context_manager_closes_own_client() -> None:
    async with AsyncProlific(TOKEN) as client:
        assert not client.http_client.is_closed
    assert client.http_client.is_closed


# --- client.api: the generated client on the same connection --------------------------------


async def test_raw_generated_call_shares_headers_retries_and_errors(
    client: Client, api: respx.MockRouter, clock: FakeClock
) -> None:
    get_me = pytest.importorskip("prolific_api.api.users.get_me")
    route = api.get("/api/v1/users/me/").mock(
        side_effect=[httpx.Response(502), httpx.Response(200, json=ME), httpx.Response(401)]
    )
    generated = client.api
    assert client.api is generated
    assert TOKEN not in repr(generated)
    if isinstance(client, Prolific):
        assert generated.get_httpx_client() is client.http_client
        user = get_me.sync(client=generated)
    else:
        assert generated.get_async_httpx_client() is client.http_client
        user = await get_me.asyncio(client=generated)
    assert user.id == ME["id"]
    assert route.call_count == 2 and len(clock.sleeps) == 1
    assert route.calls.last.request.headers["Authorization"] == f"Token {TOKEN}"
    with pytest.raises(AuthenticationError):
        if isinstance(client, Prolific):
            get_me.sync(client=generated)
        else:
            await get_me.asyncio(client=generated)
