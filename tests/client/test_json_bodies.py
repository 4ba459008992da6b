"""Values JSON cannot carry are refused before anything is sent, naming the field path."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from prolific import InvalidRequestError
from prolific._request import Request, as_json
from prolific.sandbox import example_study

from .helpers import Client, run, study_json

STUDIES = "/api/v1/studies/"


def nested_list(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


def cycle() -> list[Any]:
    loop: list[Any] = []
    loop.append(loop)
    return loop


# (fields given to studies.create, field path named in the error)
REFUSED: list[tuple[dict[str, Any], str]] = [
    ({"reward": 10**30}, "reward"),
    ({"reward": 2**53}, "reward"),
    ({"naivety_distribution_rate": float("nan")}, "naivety_distribution_rate"),
    ({"naivety_distribution_rate": float("inf")}, "naivety_distribution_rate"),
    ({"naivety_distribution_rate": Decimal("NaN")}, "naivety_distribution_rate"),
    ({"metadata": object()}, "metadata"),
    ({"metadata": {1, 2}}, "metadata"),
    ({"metadata": b"bytes"}, "metadata"),
    ({"metadata": {"when": {"deep": [1, float("-inf")]}}}, "metadata.when.deep[1]"),
    ({"metadata": {(1, 2): "tuple key"}}, "metadata"),
    ({"description": "broken \ud800 text"}, "description"),
    (
        {"completion_codes": [{"code": "A", "code_type": "COMPLETED", "actions": [object()]}]},
        "completion_codes[0].actions[0]",
    ),
    ({"metadata": nested_list(200)}, "metadata"),
    ({"metadata": cycle()}, "metadata"),
]


@pytest.mark.parametrize(("fields", "path"), REFUSED)
async def test_a_body_json_cannot_carry_is_refused_before_sending(
    client: Client, api: respx.MockRouter, fields: dict[str, Any], path: str
) -> None:
    # These used to raise a raw ValueError/TypeError from the encoder, or (a 30-digit
    # reward) reach the server and make it fail.
    route = api.post(STUDIES).mock(
        return_value=httpx.Response(201, json=study_json(status="UNPUBLISHED"))
    )
    with pytest.raises(InvalidRequestError) as info:
        await run(client.studies.create(example_study(**fields)))
    assert info.value.field is not None
    assert info.value.field.startswith(path)
    assert path in str(info.value)
    assert "nothing was sent" in str(info.value)
    assert not route.called


@pytest.mark.parametrize(
    "fields",
    [
        {"reward": 2**53 - 1},
        {"naivety_distribution_rate": 0.5},
        {"metadata": {"nested": [[1, 2.5, None, True, "text \u00e9\U0001f600"]]}},
        {"metadata": (1, 2)},
        {"metadata": nested_list(50)},
    ],
)
async def test_every_value_json_carries_is_sent(
    client: Client, api: respx.MockRouter, fields: dict[str, Any]
) -> None:
    route = api.post(STUDIES).mock(
        return_value=httpx.Response(
            201, json=study_json(id="a" * 24, name="x", status="UNPUBLISHED")
        )
    )
    await run(client.studies.create(example_study(**fields)))
    assert route.called


async def test_raw_requests_are_checked_too(client: Client, api: respx.MockRouter) -> None:
    route = api.post("/api/v1/anything/").mock(return_value=httpx.Response(200, json={}))
    with pytest.raises(InvalidRequestError, match="field values"):
        await run(
            client.request(
                Request("POST", "/api/v1/anything/", json={"values": [float("nan")]}, parse=as_json)
            )
        )
    assert not route.called
