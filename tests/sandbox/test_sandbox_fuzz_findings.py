"""What fuzzing the sandbox found, each kept as a plain regression test."""

from __future__ import annotations

import httpx
import pytest

from prolific.sandbox import Sandbox

from .conftest import error_of


@pytest.mark.parametrize(
    "query", [{"offset": "true"}, {"limit": "\u00c4x"}, {"offset": "1" * 5000}, {"limit": "1.5"}]
)
def test_a_collections_window_that_is_not_whole_numbers_is_a_400(
    sb: Sandbox, api: httpx.Client, query: dict[str, str]
) -> None:
    # `make fuzz` found these answering 500 (int() of the raw query value).
    response = api.get(
        "/api/v1/data-collection/collections", params={"workspace_id": sb.workspace_id, **query}
    )
    assert response.status_code == 400, response.text
    error_of(response)


def test_a_collections_window_of_whole_numbers_still_works(sb: Sandbox, api: httpx.Client) -> None:
    response = api.get(
        "/api/v1/data-collection/collections",
        params={"workspace_id": sb.workspace_id, "offset": "0", "limit": "5"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["results"] == []
