"""Error responses and transport failures become typed errors with one readable line."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

import prolific
from prolific import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ProlificError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from prolific._base_client import Request, as_json
from prolific.errors import error_from_response

from .helpers import STUDY_ID, TOKEN, Client, error_body, run

PATH = f"/api/v1/studies/{STUDY_ID}/"

# (status, class, words the next-step hint must contain)
STATUSES: list[tuple[int, type[APIError], str]] = [
    (400, BadRequestError, "Fix the request"),
    (401, AuthenticationError, "PROLIFIC_TOKEN"),
    (403, PermissionDeniedError, "may not do this"),
    (404, NotFoundError, "Check the ID"),
    (409, ConflictError, "current state"),
    (422, UnprocessableEntityError, "Fix the values"),
    (429, RateLimitError, "Slow down"),
    (500, ServerError, "Prolific failed on its side"),
    (503, ServerError, "Prolific failed on its side"),
    (405, APIError, ""),
]


@pytest.mark.parametrize(("status", "cls", "hint"), STATUSES)
async def test_each_status_maps_to_its_error(
    make: Callable[..., Client], api: respx.MockRouter, status: int, cls: type[APIError], hint: str
) -> None:
    client = make(max_retries=0)
    api.get(PATH).mock(
        return_value=httpx.Response(status, json=error_body(status, "Oops", "It broke.\nBadly."))
    )
    with pytest.raises(APIError) as info:
        await run(client.request(Request("GET", PATH, params={"x": "y"}, parse=as_json)))
    err = info.value
    assert type(err) is cls
    assert (err.status, err.method, err.path) == (status, "GET", PATH)
    assert (err.title, err.detail, err.error_code) == ("Oops", "It broke. Badly.", status * 100)
    message = str(err)
    assert "\n" not in message
    assert message.startswith(f"{status} ")
    assert f"on GET {PATH}: Oops: It broke. Badly." in message
    assert hint in message
    assert "x=y" not in message


def test_message_shape_for_404() -> None:
    err = NotFoundError(
        status=404, method="GET", path=PATH, title="Not found", detail="No such study."
    )
    assert str(err) == (
        f"404 Not Found on GET {PATH}: No such study. "
        "Check the ID, and that it belongs to the account this token is for."
    )


# Both body shapes, and every detail form, normalised to one string.
BODIES: list[tuple[Any, str | None, str | None]] = [
    (error_body(400, "Bad request", "reward is too low"), "Bad request", "reward is too low"),
    (
        error_body(400, "Bad request", ["first problem", "second"]),
        "Bad request",
        "first problem; second",
    ),
    (
        error_body(
            400, "Bad request", {"reward": ["must be positive"], "name": ["required", "short"]}
        ),
        "Bad request",
        "reward: must be positive; name: required; short",
    ),
    (
        error_body(400, "Bad request", {"non_field_errors": ["study is not a draft"]}),
        "Bad request",
        "study is not a draft",
    ),
    (
        {"message": "Invalid filter", "detail": "age must be a range"},
        "Invalid filter",
        "age must be a range",
    ),
    ({"message": "Invalid filter", "detail": ["a", "b"]}, "Invalid filter", "a; b"),
    ({"reward": ["This field is required."]}, None, "reward: This field is required."),
    (["just a list"], None, "just a list"),
]


@pytest.mark.parametrize(("body", "title", "detail"), BODIES)
def test_error_body_shapes(body: Any, title: str | None, detail: str | None) -> None:
    request = httpx.Request("POST", "https://api.prolific.com/api/v1/studies/")
    response = httpx.Response(400, json=body, request=request)
    err = error_from_response(request, response)
    assert isinstance(err, BadRequestError)
    assert (err.title, err.detail) == (title, detail)
    assert err.body == body
    assert "\n" not in str(err)


def test_non_json_and_html_bodies() -> None:
    request = httpx.Request("GET", "https://api.prolific.com/api/v1/studies/")
    html = httpx.Response(502, text="<html><body>Bad gateway</body></html>", request=request)
    err = error_from_response(request, html)
    assert isinstance(err, ServerError)
    assert err.detail is None and err.body == "<html><body>Bad gateway</body></html>"
    assert str(err).startswith("502 Bad Gateway on GET /api/v1/studies/.")
    text = httpx.Response(503, text="upstream overloaded", request=request)
    assert error_from_response(request, text).detail == "upstream overloaded"
    empty = httpx.Response(500, request=request)
    assert error_from_response(request, empty).body is None


def test_request_id_header_is_kept() -> None:
    request = httpx.Request("GET", "https://api.prolific.com/api/v1/studies/")
    response = httpx.Response(500, headers={"X-Request-ID": "req-42"}, request=request)
    assert error_from_response(request, response).request_id == "req-42"


async def test_token_never_in_error_text_even_if_echoed(
    client: Client, api: respx.MockRouter
) -> None:
    api.get("/api/v1/users/me/").mock(
        return_value=httpx.Response(
            401, json=error_body(401, "Unauthorized", f"Invalid token {TOKEN}.")
        )
    )
    with pytest.raises(AuthenticationError) as info:
        await run(client.users.me())
    assert TOKEN not in str(info.value)
    assert TOKEN not in repr(info.value)
    assert TOKEN not in repr(info.value.body)
    assert "[redacted]" in str(info.value)


@pytest.mark.parametrize(
    ("exc", "cls", "words"),
    [
        (
            httpx.ConnectError("[Errno 111] Connection refused"),
            APIConnectionError,
            "Could not connect",
        ),
        (httpx.ConnectTimeout("timed out"), APITimeoutError, "Could not connect"),
        (httpx.ReadTimeout("timed out"), APITimeoutError, "timed out waiting for Prolific"),
        (httpx.ReadError("reset by peer"), APIConnectionError, "connection failed"),
        (httpx.PoolTimeout("no connection"), APITimeoutError, "No free connection"),
    ],
)
async def test_transport_failures_map_to_connection_errors(
    make: Callable[..., Client],
    api: respx.MockRouter,
    exc: Exception,
    cls: type[Exception],
    words: str,
) -> None:
    client = make(max_retries=0)
    api.get(PATH).mock(side_effect=exc)
    with pytest.raises(APIConnectionError) as info:
        await run(client.request(Request("GET", PATH, parse=as_json)))
    err = info.value
    assert type(err) is cls
    assert words in str(err) and "\n" not in str(err)
    assert (err.method, err.path) == ("GET", PATH)
    assert isinstance(err.__cause__, type(exc))
    assert TOKEN not in str(err)


def test_error_tree() -> None:
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        ServerError,
    ):
        assert issubclass(cls, APIError) and issubclass(cls, ProlificError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(prolific.InvalidRequestError, ValueError)
    assert issubclass(prolific.InsecureCredentialsError, prolific.MissingTokenError)


def test_errors_survive_pickling() -> None:
    err = RateLimitError(status=429, method="POST", path="/x/", detail="slow", retry_after=3.0)
    copy = pickle.loads(pickle.dumps(err))
    assert (type(copy), str(copy), copy.retry_after) == (RateLimitError, str(err), 3.0)
    invalid = pickle.loads(pickle.dumps(prolific.InvalidRequestError("bad", field="reward")))
    assert invalid.field == "reward"


async def test_error_status_reaches_client_unchanged(client: Client, api: respx.MockRouter) -> None:
    # A 2xx is returned as data; only >= 400 raises.
    api.post("/api/v1/submissions/bulk-approve/").mock(return_value=httpx.Response(202, json={}))
    assert (
        await run(
            client.request(
                Request("POST", "/api/v1/submissions/bulk-approve/", json={}, parse=as_json)
            )
        )
        == {}
    )
