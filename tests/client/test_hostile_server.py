"""A server that answers oddly or echoes secrets: typed errors, every item, no leaked token."""

from __future__ import annotations

import logging
import pickle
from typing import Any

import httpx
import pytest
import respx

from prolific import (
    APIConnectionError,
    APIError,
    ProlificError,
    ServerError,
    UnexpectedResponseError,
)
from prolific._request import Request, as_json

from .helpers import STUDY_ID, TOKEN, Client, collect, run

STUDIES = "/api/v1/studies/"


def study(n: int, **changes: Any) -> dict[str, Any]:
    item = {"id": f"{n:024x}", "name": f"study {n}", "status": "ACTIVE"}
    item.update(changes)
    return {k: v for k, v in item.items() if v is not None}


def page(items: list[dict[str, Any]], next_href: str | None = None) -> dict[str, Any]:
    return {"results": items, "_links": {"next": {"href": next_href}}, "meta": {"count": 3}}


async def test_a_list_item_missing_a_required_field_names_its_position(
    client: Client, api: respx.MockRouter
) -> None:
    # Used to be a bare KeyError from deep inside the generated model.
    api.get(STUDIES).mock(
        side_effect=[
            httpx.Response(200, json=page([study(1), study(2)], f"{STUDIES}?page=2")),
            httpx.Response(200, json=page([study(3, status=None)])),
        ]
    )
    with pytest.raises(UnexpectedResponseError) as info:
        await collect(client.studies.list())
    message = str(info.value)
    assert "item 3 of the list at GET /api/v1/studies/" in message
    assert "'status'" in message


@pytest.mark.parametrize("item", [["not", "an", "object"], "text", 42, None, {"id": 7}])
async def test_a_list_item_of_the_wrong_shape_is_an_unexpected_response(
    client: Client, api: respx.MockRouter, item: Any
) -> None:
    api.get(STUDIES).mock(return_value=httpx.Response(200, json=page([study(1), item])))
    with pytest.raises(UnexpectedResponseError, match="item 2 of the list"):
        await collect(client.studies.list())


async def test_pages_of_a_list_name_the_position_too(client: Client, api: respx.MockRouter) -> None:
    api.get(STUDIES).mock(return_value=httpx.Response(200, json=page([study(1, id=None)])))
    pager = client.studies.list()
    pages = pager.pages()
    with pytest.raises(UnexpectedResponseError, match="item 1 of the list"):
        if hasattr(pages, "__anext__"):
            await anext(pages)
        else:
            next(pages)


ECHOES = [
    {"X-Request-ID": f"Token {TOKEN}"},
    {"X-Request-ID": TOKEN, "Content-Type": f"text/plain; echo={TOKEN}"},
    {"Request-Id": f"req-{TOKEN}-1"},
    {"CF-Ray": TOKEN},
]


def _no_token_in(error: BaseException) -> None:
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)
    assert TOKEN not in repr(vars(error))
    assert TOKEN.encode() not in pickle.dumps(error)


@pytest.mark.parametrize("headers", ECHOES)
async def test_an_echoed_token_is_redacted_from_every_error_field(
    client: Client, api: respx.MockRouter, headers: dict[str, str]
) -> None:
    api.get(f"{STUDIES}{STUDY_ID}/").mock(
        return_value=httpx.Response(403, text=f"you sent Token {TOKEN}", headers=headers)
    )
    with pytest.raises(APIError) as info:
        await run(client.studies.get(STUDY_ID))
    _no_token_in(info.value)
    assert info.value.request_id is not None
    assert "[redacted]" in info.value.request_id


async def test_an_echoed_token_in_a_success_that_is_not_json_is_redacted(
    client: Client, api: respx.MockRouter
) -> None:
    api.get(f"{STUDIES}{STUDY_ID}/").mock(
        return_value=httpx.Response(
            200, content=b"<html>", headers={"Content-Type": f"text/html; t={TOKEN}"}
        )
    )
    with pytest.raises(UnexpectedResponseError) as info:
        await run(client.studies.get(STUDY_ID))
    _no_token_in(info.value)


async def test_a_next_link_carrying_the_token_stays_out_of_errors_and_logs(
    client: Client, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    # The server puts the token into the next link's path; the page there fails with 503,
    # which is retried (logged) and then raised.
    api.get(STUDIES).mock(
        return_value=httpx.Response(200, json=page([study(1)], f"/api/v1/{TOKEN}/?page=2"))
    )
    api.get(f"/api/v1/{TOKEN}/").mock(return_value=httpx.Response(503, json={"detail": "x"}))
    caplog.set_level(logging.DEBUG, logger="prolific")
    caplog.set_level(logging.INFO, logger="httpx")
    with pytest.raises(ServerError) as info:
        await collect(client.studies.list())
    _no_token_in(info.value)
    assert any("Retrying" in r.getMessage() for r in caplog.records)
    assert all(TOKEN not in r.getMessage() for r in caplog.records)
    assert TOKEN not in caplog.text


async def test_a_connection_error_mentioning_the_token_is_redacted(
    client: Client, api: respx.MockRouter
) -> None:
    api.get(f"{STUDIES}{STUDY_ID}/").mock(
        side_effect=httpx.RemoteProtocolError(f"peer echoed Authorization: Token {TOKEN}")
    )
    with pytest.raises(APIConnectionError) as info:
        await run(client.studies.get(STUDY_ID))
    _no_token_in(info.value)


async def test_a_body_nested_too_deeply_is_an_unexpected_response(
    client: Client, api: respx.MockRouter
) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    api.get(f"{STUDIES}{STUDY_ID}/").mock(
        return_value=httpx.Response(200, content=deep, headers={"Content-Type": "application/json"})
    )
    with pytest.raises(UnexpectedResponseError):
        await run(client.studies.get(STUDY_ID))


async def test_an_error_body_nested_too_deeply_is_still_a_typed_error(
    client: Client, api: respx.MockRouter
) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    api.get(f"{STUDIES}{STUDY_ID}/").mock(return_value=httpx.Response(404, content=deep))
    with pytest.raises(ProlificError):
        await run(client.studies.get(STUDY_ID))


async def test_raw_requests_redact_too(client: Client, api: respx.MockRouter) -> None:
    api.get("/api/v1/users/me/").mock(
        return_value=httpx.Response(401, json={"detail": f"bad token {TOKEN}"})
    )
    with pytest.raises(APIError) as info:
        await run(client.request(Request("GET", "/api/v1/users/me/", parse=as_json)))
    _no_token_in(info.value)
    assert "[redacted]" in str(info.value)


async def test_httpx_request_lines_redact_a_token_in_a_followed_link(
    client: Client, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(STUDIES).mock(
        return_value=httpx.Response(200, json=page([study(1)], f"/api/v1/{TOKEN}/?page=2"))
    )
    api.get(f"/api/v1/{TOKEN}/").mock(return_value=httpx.Response(200, json=page([study(2)])))
    caplog.set_level(logging.INFO, logger="httpx")
    assert len(await collect(client.studies.list())) == 2
    assert "/api/v1/[redacted]/" in caplog.text
    assert TOKEN not in caplog.text
