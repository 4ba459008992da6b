"""``studies.export_demographics`` reads every shape Prolific's answer may take into the same
``DemographicExport``: CSV text, JSON rows, or a link to download the CSV (fetched without the
API token). The sandbox serves the first three; the rarer shapes are served by respx."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from prolific import AsyncProlific, InvalidRequestError, Prolific, UnexpectedResponseError
from prolific.sandbox import Sandbox

from .helpers import Client, call, close, published

AGE = [{"filter_id": "age", "selected_range": {"lower": 18, "upper": 40}}]
SHAPES = ("csv", "json_rows", "download_url")


async def exported_in_each_shape(sandbox: Sandbox, client: Client) -> dict[str, Any]:
    study_id = await published(client)
    sandbox.participants.join(study_id, 2, complete_after=30)
    sandbox.advance(30)
    found = {}
    for shape in SHAPES:
        sandbox.configure(demographic_export_shape=shape)
        found[shape] = await call(client.studies.export_demographics, study_id, AGE)
    return found


async def test_every_shape_gives_the_same_rows_and_csv(sandbox: Sandbox, client: Client) -> None:
    found = await exported_in_each_shape(sandbox, client)
    plain = found["csv"]
    assert len(plain.rows) == 2 and plain.rows[0]["age"]
    assert plain.csv.startswith("Submission id,Participant id")
    for shape in SHAPES[1:]:
        assert found[shape].rows == plain.rows, shape
        assert found[shape].csv == plain.csv, shape
        assert found[shape].filters == plain.filters == AGE


async def test_the_download_link_is_fetched_without_the_token(
    sandbox: Sandbox, client: Client
) -> None:
    await exported_in_each_shape(sandbox, client)
    [download] = sandbox.task_builder.storage_requests
    assert download.method == "GET" and download.status == 200
    assert "authorization" not in download.headers


# -- shapes only respx serves -----------------------------------------------------------------

BASE = "https://api.prolific.com"
STUDY_ID = "60aa11bb22cc33dd44ee5566"
EXPORT = f"{BASE}/api/v1/studies/{STUDY_ID}/demographic-export/"
CSV = "Submission id,Participant id,Age\ns1,p1,34\ns2,p2,\n"
ROWS = [
    {"Submission id": "s1", "Participant id": "p1", "Age": "34"},
    {"Submission id": "s2", "Participant id": "p2", "Age": ""},
]
FILE = "https://files.prolific.example/exports/demo.csv?X-Amz-Signature=abc"


@pytest.fixture
async def api_client(kind: str) -> Any:
    made = Prolific if kind == "sync" else AsyncProlific
    client = made(token="secret-token-for-tests", max_retries=0)
    yield client
    await close(client)


def json_answer(data: Any) -> httpx.Response:
    return httpx.Response(200, json=data)


ANSWERS = [
    ("csv as text/plain", httpx.Response(200, text=CSV, headers={"Content-Type": "text/plain"})),
    (
        "csv with a byte-order mark and no content type",
        httpx.Response(200, content=b"\xef\xbb\xbf" + CSV.encode()),
    ),
    (
        "csv as text/csv",
        httpx.Response(200, text=CSV, headers={"Content-Type": "text/csv"}),
    ),
    ("a JSON string", json_answer(CSV)),
    ("a JSON array of rows", json_answer([{**r, "Age": r["Age"] or None} for r in ROWS])),
    ("rows under results", json_answer({"results": ROWS, "count": 2})),
    ("rows under data", json_answer({"data": ROWS})),
    ("csv under csv", json_answer({"csv": CSV})),
    ("a download_url", json_answer({"download_url": FILE, "expires_at": "2026-12-01T00:00:00Z"})),
    ("a url", json_answer({"url": FILE})),
]


@pytest.mark.parametrize(("what", "answer"), ANSWERS, ids=[a[0] for a in ANSWERS])
async def test_each_answer_shape_reads_the_same(
    api_client: Client, what: str, answer: httpx.Response
) -> None:
    with respx.mock(assert_all_called=False) as router:
        router.post(EXPORT).mock(return_value=answer)
        fetched = router.get(FILE).mock(
            return_value=httpx.Response(200, content=b"\xef\xbb\xbf" + CSV.encode())
        )
        export = await call(api_client.studies.export_demographics, STUDY_ID)
    assert export.rows == ROWS, what
    assert export.csv.replace("\r\n", "\n") == CSV, what
    assert fetched.called == what.endswith("url")
    if fetched.called:
        # The presigned link went to storage alone: no token, no SDK headers.
        sent = fetched.calls.last.request
        assert "authorization" not in sent.headers
        assert "secret-token-for-tests" not in str(sent.headers)


REFUSED = [
    ("the described empty object", json_answer({}), "without CSV, rows or a download link"),
    ("an unknown object", json_answer({"status": "queued"}), "got status"),
    ("a list that is not rows", json_answer(["a", "b"]), "not rows of named columns"),
    (
        "JSON that is not JSON",
        httpx.Response(200, text="{oops", headers={"Content-Type": "application/json"}),
        "could not be read as JSON",
    ),
]


@pytest.mark.parametrize(("what", "answer", "says"), REFUSED, ids=[r[0] for r in REFUSED])
async def test_an_answer_without_the_data_says_what_to_do(
    api_client: Client, what: str, answer: httpx.Response, says: str
) -> None:
    with respx.mock(assert_all_called=False) as router:
        router.post(EXPORT).mock(return_value=answer)
        with pytest.raises(UnexpectedResponseError, match=says):
            await call(api_client.studies.export_demographics, STUDY_ID)


async def test_a_plain_http_download_link_is_refused(api_client: Client) -> None:
    with respx.mock(assert_all_called=False) as router:
        router.post(EXPORT).mock(return_value=json_answer({"url": "http://files.example/x.csv"}))
        with pytest.raises(InvalidRequestError, match="not HTTPS"):
            await call(api_client.studies.export_demographics, STUDY_ID)
