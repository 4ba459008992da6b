"""Property: a token a server places anywhere in its answer never reaches an error's fields,
``repr``, ``str`` or pickle, nor the records of the SDK's (and httpx's) loggers."""

from __future__ import annotations

import json
import logging
import pickle
import string
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from prolific import Prolific, ProlificError

from .helpers import STUDY_ID, FakeClock

pytestmark = pytest.mark.fuzz

tokens = st.text(alphabet=string.ascii_letters + string.digits + "-_", min_size=20, max_size=48)
filler = st.text(alphabet=string.printable.strip() + " ", max_size=20)
STATUSES = [200, 400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 502, 503]
HEADERS = [
    "X-Request-ID",
    "Request-Id",
    "X-Amzn-RequestId",
    "CF-Ray",
    "Content-Type",
    "Retry-After",
    "Location",
    "X-Echo",
]


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    via_next_link: str | None  # "path" or "query": the token also rides in a next link


@st.composite
def echoes(draw: st.DrawFn, token: str) -> Answer:
    """An error answer (or an unreadable success) with the token placed somewhere."""
    status = draw(st.sampled_from(STATUSES))
    headers: dict[str, str] = {}
    for name in draw(st.lists(st.sampled_from(HEADERS), max_size=3, unique=True)):
        headers[name] = draw(filler) + token + draw(filler)
    place = draw(st.sampled_from(["json value", "json key", "json text", "raw", "none"]))
    inner = draw(filler) + token + draw(filler)
    body: Any
    if place == "json value":
        body = {"error": {"status": status, "title": inner, "detail": [inner, {"f": inner}]}}
    elif place == "json key":
        body = {inner: ["bad"], "detail": {inner: inner}}
    elif place == "json text":
        body = [inner, {"message": inner}]
    elif place == "raw":
        body = None
    else:
        body = {"detail": draw(filler)}
    raw = inner.encode() if body is None else json.dumps(body).encode()
    if status == 200:
        raw = b"<html>" + raw  # a success the SDK cannot read
    via = draw(st.sampled_from([None, "path", "query"]))
    return Answer(status, headers, raw, via)


@contextmanager
def sdk_log_records() -> Iterator[list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = records.append  # type: ignore[method-assign]
    loggers = [logging.getLogger("prolific"), logging.getLogger("httpx")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    try:
        yield records
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)


def serve(token: str, answer: Answer) -> httpx.MockTransport:
    echo_path = f"/api/v1/echo/{token}/" if answer.via_next_link == "path" else "/api/v1/echo/"
    next_link = f"{echo_path}?page=2" + (f"&t={token}" if answer.via_next_link == "query" else "")

    def handle(request: httpx.Request) -> httpx.Response:
        if answer.via_next_link and request.url.path == "/api/v1/studies/":
            page = {"results": [{"id": STUDY_ID, "name": "x", "status": "ACTIVE"}]}
            return httpx.Response(200, json={**page, "_links": {"next": {"href": next_link}}})
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body)

    return httpx.MockTransport(handle)


@given(st.data())
def test_an_echoed_token_never_leaves_the_sdk(data: st.DataObject) -> None:
    token = data.draw(tokens)
    answer = data.draw(echoes(token))
    client = Prolific(
        token=token,
        max_retries=1,
        http_client=httpx.Client(transport=serve(token, answer)),
        _clock=FakeClock(),
    )
    error: ProlificError | None = None
    with sdk_log_records() as records:
        try:
            if answer.via_next_link:
                list(client.studies.list())
            else:
                client.studies.get(STUDY_ID)
        except ProlificError as exc:
            error = exc
    # A 404 past the first page is the list's documented end, not an error.
    assert error is not None or (answer.via_next_link and answer.status == 404)
    if error is not None:
        for shown in (str(error), repr(error), repr(vars(error)), repr(error.args)):
            assert token not in shown
        assert token.encode() not in pickle.dumps(error)
    for record in records:
        assert token not in record.getMessage()
