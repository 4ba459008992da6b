"""The request layer: every call is built from a descriptor generated from the spec.

What a user notices: the SDK calls exactly the paths and parameters the spec names, a value
that would leave its path segment cannot, fields the spec does not know travel in
``extra_body`` (and keyword ones still work, with a warning), and closed sets refuse values
Prolific would silently ignore.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import httpx
import pytest
import respx
import yaml

from prolific._request import PageQuery, Request, build
from prolific.errors import InvalidRequestError
from prolific_api import operations as ops
from prolific_api.models.study import Study

from .helpers import (
    BASE,
    STUDY_ID,
    SUBMISSION_ID,
    Client,
    close,
    collect,
    make_client,
    run,
    study_json,
)
from .resource_cases import MESSAGE, STUDY_FIELDS

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "prolific.yaml"
RESOURCES = Path(__file__).resolve().parents[2] / "prolific" / "resources"


def test_every_operation_of_the_spec_has_a_descriptor_with_its_method_and_path() -> None:
    spec = yaml.safe_load(SPEC.read_text())
    expected = {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    described = {name: (op.method, op.path) for name, op in ops.OPERATIONS.items()}
    assert described == expected


def test_no_namespace_spells_an_api_path() -> None:
    offenders = [p.name for p in RESOURCES.glob("*.py") if "/api/v1" in p.read_text()]
    assert offenders == []


def test_build_fills_the_path_and_keeps_the_parser() -> None:
    request = build(ops.get_study, study_id=STUDY_ID)
    assert isinstance(request, Request)
    assert (request.method, request.path) == ("GET", f"/api/v1/studies/{STUDY_ID}/")
    assert isinstance(request.parse_result(_json_response(study_json())), Study)


def test_a_path_value_cannot_leave_its_segment() -> None:
    request = build(ops.get_study, study_id="../users/me")
    assert request.path == "/api/v1/studies/..%2Fusers%2Fme/"


def test_a_list_operation_builds_a_page_query() -> None:
    query = build(ops.list_studies, query={"state": "ACTIVE"})
    assert isinstance(query, PageQuery)
    assert (query.path, dict(query.params or {})) == ("/api/v1/studies/", {"state": "ACTIVE"})


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: build(ops.get_study), "path parameters"),
        (lambda: build(ops.get_study, study_id=STUDY_ID, project_id=STUDY_ID), "path parameters"),
        (lambda: build(ops.list_studies, query={"status": "ACTIVE"}), "no query parameter status"),
        (lambda: build(ops.get_study, study_id=STUDY_ID, json={}), "takes no request body"),
    ],
    ids=["missing path value", "unknown path value", "unknown query", "body where none"],
)
def test_names_the_spec_does_not_give_are_refused(make: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        make()  # type: ignore[operator]


def _json_response(body: object) -> httpx.Response:
    request = httpx.Request("GET", f"{BASE}/api/v1/studies/{STUDY_ID}/")
    return httpx.Response(200, json=body, request=request)


async def test_extra_body_reaches_prolific_without_a_warning(
    client: Client, api: respx.MockRouter
) -> None:
    route = api.post("/api/v1/studies/").mock(
        return_value=httpx.Response(201, json=study_json(status="UNPUBLISHED"))
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await run(client.studies.create(**STUDY_FIELDS, extra_body={"new_flag": True}))
    sent = json.loads(route.calls.last.request.content)
    assert sent == {**STUDY_FIELDS, "new_flag": True}


async def test_an_unknown_keyword_field_still_goes_out_with_a_deprecation_warning(
    client: Client, api: respx.MockRouter
) -> None:
    route = api.post("/api/v1/studies/").mock(
        return_value=httpx.Response(201, json=study_json(status="UNPUBLISHED"))
    )
    with pytest.warns(DeprecationWarning, match="new_flag.*extra_body") as caught:
        await run(client.studies.create(**STUDY_FIELDS, new_flag=True))
    assert json.loads(route.calls.last.request.content)["new_flag"] is True
    # The warning points at the caller's code (the awaiting helper, for async), not the SDK's.
    assert Path(caught[0].filename).parent == Path(__file__).parent


async def test_an_unknown_study_status_is_refused_with_the_valid_ones(
    client: Client, api: respx.MockRouter
) -> None:
    with pytest.raises(InvalidRequestError, match=r"UNPUBLISHED.*ACTIVE.*got 'RUNNING'"):
        await collect(client.studies.list(status="RUNNING"))  # type: ignore[arg-type]
    assert not api.calls


async def test_several_statuses_are_one_filter(client: Client, api: respx.MockRouter) -> None:
    route = api.get("/api/v1/studies/").mock(
        return_value=httpx.Response(200, json={"results": [], "_links": {}})
    )
    await collect(client.studies.list(status=["ACTIVE", "PAUSED"]))
    assert route.calls.last.request.url.params["state"] == "(ACTIVE|PAUSED)"


async def test_an_unknown_rejection_category_is_refused_with_the_valid_ones(
    client: Client, api: respx.MockRouter
) -> None:
    with pytest.raises(InvalidRequestError, match=r"FAILED_CHECK.*got 'FAILED CHECK'"):
        await run(client.submissions.reject(SUBMISSION_ID, MESSAGE, "FAILED CHECK"))  # type: ignore[arg-type]
    assert not api.calls


async def test_an_unknown_event_status_is_refused(client: Client, api: respx.MockRouter) -> None:
    with pytest.raises(InvalidRequestError, match="PENDING, SUCCEEDED, FAILED"):
        await collect(client.hooks.events(STUDY_ID, status="BROKEN"))  # type: ignore[arg-type]
    assert not api.calls


def test_every_request_body_has_typed_params_matching_its_schema() -> None:
    from prolific_api import params

    with_body = [op for op in ops.OPERATIONS.values() if op.body and op.body_fields]
    assert with_body
    for op in with_body:
        # The annotations stay text at run time (the module postpones them), so `Required`
        # is read from that text, as a type checker reads it.
        fields = getattr(params, f"{op.body}Params").__annotations__
        required = {k for k, v in fields.items() if _text(v).startswith("Required[")}
        assert required == set(op.body_required), op.operation_id
        assert set(fields) == set(op.body_fields), op.operation_id


def _text(annotation: object) -> str:
    return str(getattr(annotation, "__forward_arg__", annotation))


def test_closed_sets_are_literals_listing_the_spec_values() -> None:
    from typing import get_args

    from prolific_api import params

    enum = yaml.safe_load(SPEC.read_text())["components"]["schemas"]["StudyStatus"]["enum"]
    assert list(get_args(params.StudyStatusLiteral)) == enum


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_paths_join_the_base_url_as_httpx_would_including_a_path_prefix(kind: str) -> None:
    # The client joins base URL and path itself (one URL parse per call instead of httpx's
    # two): a proxy's path prefix must survive, and a base URL the user later sets on the
    # httpx client must be followed.
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=study_json())

    transport = httpx.MockTransport(answer)
    http = (
        httpx.Client(transport=transport)
        if kind == "sync"
        else httpx.AsyncClient(transport=transport)
    )
    client = make_client(kind, base_url="https://proxy.example/prolific", http_client=http)
    await run(client.studies.get(STUDY_ID))
    client.http_client.base_url = httpx.URL("https://other.example/p2/")
    await run(client.studies.get(STUDY_ID))
    await close(client)

    assert seen == [
        f"https://proxy.example/prolific/api/v1/studies/{STUDY_ID}/",
        f"https://other.example/p2/api/v1/studies/{STUDY_ID}/",
    ]
