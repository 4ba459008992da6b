"""`with_options`: per-call timeouts and retries on a client sharing the same connection."""

from __future__ import annotations

import httpx
import pytest
import respx

from prolific import AsyncProlific, Prolific, ServerError

from .helpers import study_json

STUDY = "a" * 24
URL = f"https://api.prolific.com/api/v1/studies/{STUDY}/"


def test_override_applies_to_the_copy_only_and_shares_the_connection() -> None:
    client = Prolific(token="t0ken-for-tests", max_retries=2)
    quick = client.with_options(timeout=1.5, max_retries=0)
    with respx.mock(assert_all_called=False) as mock:
        route = mock.get(URL).mock(
            side_effect=[httpx.Response(503), httpx.Response(503), httpx.Response(503)]
        )
        with pytest.raises(ServerError):
            quick.studies.get(STUDY)
        assert route.call_count == 1  # max_retries=0 on the copy
        sent = route.calls[0].request
        assert sent.extensions["timeout"]["read"] == 1.5
        route.reset()
        route.side_effect = [
            httpx.Response(503),
            httpx.Response(200, json=study_json(id=STUDY)),
        ]
        assert client.studies.get(STUDY).id == STUDY  # the original still retries
        assert route.call_count == 2
        assert route.calls[1].request.extensions["timeout"]["read"] == 60.0
    assert quick.http_client is client.http_client
    quick.close()  # closing the copy leaves the shared connection open
    assert not client.http_client.is_closed
    client.close()
    assert client.http_client.is_closed


async def test_async_override() -> None:
    client = AsyncProlific(token="t0ken-for-tests")
    with respx.mock() as mock:
        route = mock.get(URL).respond(200, json=study_json(id=STUDY))
        await client.with_options(timeout=3).studies.get(STUDY)
        assert route.calls[0].request.extensions["timeout"]["connect"] == 3
    await client.aclose()


def test_bad_override_is_refused() -> None:
    client = Prolific(token="t0ken-for-tests")
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
