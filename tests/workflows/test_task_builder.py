"""AI Task Builder workflows on the sandbox: upload, create_ready, a study on the batch, export.

Each runs with a sync and an async client. What is checked is what a user notices: the dataset
holds the records, the token never reaches the storage host, bad input fails before anything is
sent, a re-run resumes instead of duplicating, and the export is a real ZIP of the answers.
"""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path
from typing import Any

import pytest

from prolific.errors import (
    BadRequestError,
    DatasetImportError,
    InvalidRequestError,
    TaskBatchSetupError,
    TransferError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from prolific.sandbox import Sandbox

from .helpers import Client, call, study_body

SCHEMA = {"strict": True, "fields": {"prompt": {"type": "text"}, "reply": {"type": "text"}}}
ROWS = [{"prompt": f"Question {n}", "reply": f"Answer {n}"} for n in range(6)]
DETAILS = {
    "task_name": "Rate replies",
    "task_introduction": "<p>Read the reply.</p>",
    "task_steps": "<p>Say whether it helps.</p>",
}
QUESTION = {
    "type": "multiple_choice",
    "description": "Does the reply help?",
    "answer_limit": 1,
    "options": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}],
}


def layout(field: str = "reply") -> list[dict[str, Any]]:
    columns = [{"items": [{"type": "dataset_field", "field": field}]}, {"items": [QUESTION]}]
    return [{"rows": [{"columns": columns}]}]


def task_study() -> dict[str, Any]:
    """A study body for a Task Builder batch: no URL, no places (the batch sets them)."""
    dropped = ("external_study_url", "total_available_places")
    return {k: v for k, v in study_body().items() if k not in dropped}


def writes(sandbox: Sandbox) -> list[str]:
    return [r.operation or r.path for r in sandbox.requests if r.method != "GET"]


async def upload(client: Client, sandbox: Sandbox, **options: Any) -> Any:
    options.setdefault("name", "Replies")
    options.setdefault("schema", SCHEMA)
    source = options.pop("source", ROWS)
    return await call(
        client.ai_task_builder.datasets.upload, sandbox.workspace_id, source, **options
    )


async def ready_batch(
    client: Client, sandbox: Sandbox, dataset_id: str | None = None, **options: Any
) -> Any:
    fields: dict[str, Any] = {
        "name": "Ratings",
        "workspace_id": sandbox.workspace_id,
        "task_details": DETAILS,
        "dataset_id": dataset_id,
        "batch_items": layout(),
        "tasks_per_group": 2,
    }
    fields.update(options)
    return await call(client.ai_task_builder.batches.create_ready, **fields)


# -- datasets.upload -------------------------------------------------------------------------------


async def test_upload_rows_imports_every_record_without_sending_the_token_to_storage(
    sandbox: Sandbox, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="prolific")
    dataset = await upload(client, sandbox)

    stored = sandbox.task_builder.datasets[dataset.id]
    assert stored.records == ROWS
    assert dataset.total_datapoint_count == len(ROWS)
    [request] = sandbox.task_builder.storage_requests
    assert (request.method, request.status) == ("PUT", 200)
    assert "authorization" not in request.headers
    assert sandbox.token not in json.dumps(request.headers)
    assert request.headers["content-type"] == "application/x-ndjson"
    assert any("checking again" in m for m in caplog.messages)  # progress on the logger


async def test_upload_a_csv_file_to_a_legacy_dataset(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "items.csv"
    path.write_text("text,label\nfirst,a\nsecond,b\n")
    dataset = await upload(client, sandbox, source=path, schema=None)

    assert str(dataset.status) == "READY"
    assert sandbox.task_builder.datasets[dataset.id].records == [
        {"text": "first", "label": "a"},
        {"text": "second", "label": "b"},
    ]


async def test_a_malformed_file_fails_its_import_with_the_reason(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text("this is not json\nnor is this\n")
    with pytest.raises(DatasetImportError) as caught:
        await upload(client, sandbox, source=path)
    assert caught.value.status == "failed"
    assert "JSON" in (caught.value.reason or "")
    assert caught.value.dataset_id in sandbox.task_builder.datasets  # kept, to upload again


async def test_refused_records_raise_unless_partial_imports_are_allowed(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"prompt": "Hi", "reply": "Hello"}\n{"prompt": "No reply"}\n')
    with pytest.raises(DatasetImportError) as caught:
        await upload(client, sandbox, source=path)
    error = caught.value
    assert (error.status, error.accepted, error.rejected) == ("partial", 1, 1)
    assert error.errors[0]["field"] == "reply"

    dataset = await upload(client, sandbox, source=path, allow_partial=True, key="second")
    assert dataset.total_datapoint_count == 1


async def test_running_upload_again_resumes_the_same_dataset_without_uploading_twice(
    sandbox: Sandbox, client: Client
) -> None:
    first = await upload(client, sandbox)
    again = await upload(client, sandbox)

    assert again.id == first.id
    assert len(sandbox.task_builder.datasets) == 1
    assert len(sandbox.task_builder.storage_requests) == 1


async def test_an_expired_upload_url_is_a_transfer_error_and_a_rerun_recovers(
    sandbox: Sandbox, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prolific.sandbox import _task_builder as sandbox_task_builder

    monkeypatch.setattr(sandbox_task_builder, "URL_LIFETIME", 0.0)  # expired when handed out
    with pytest.raises(TransferError) as caught:
        await upload(client, sandbox)
    assert (caught.value.status, caught.value.code) == (403, "AccessDenied")
    assert sandbox.token not in str(caught.value)

    monkeypatch.undo()
    dataset = await upload(client, sandbox)
    assert dataset.total_datapoint_count == len(ROWS)
    assert len(sandbox.task_builder.datasets) == 1


@pytest.mark.parametrize(
    ("source", "options", "field"),
    [
        ("missing.jsonl", {}, "path"),
        ("items.txt", {}, "path"),
        ("items.jsonl", {"schema": None}, "path"),
        ([], {}, "rows"),
        ([{"prompt": "Hi", "reply": "Yo", "extra": "?"}], {}, "rows"),
        ([{"prompt": "Hi"}], {}, "rows"),
        ([{"prompt": "Hi", "reply": ["a", "list"]}], {}, "rows"),
        (ROWS, {"wait": -1}, "wait"),
    ],
)
async def test_bad_input_is_refused_before_anything_is_sent(
    sandbox: Sandbox,
    client: Client,
    tmp_path: Path,
    source: Any,
    options: dict[str, Any],
    field: str,
) -> None:
    if isinstance(source, str):
        if source != "missing.jsonl":
            (tmp_path / source).write_text('{"prompt": "a", "reply": "b"}\n')
        source = tmp_path / source
    with pytest.raises(InvalidRequestError) as caught:
        await upload(client, sandbox, source=source, **options)
    assert caught.value.field == field
    assert sandbox.requests == []


async def test_a_file_too_large_is_refused_before_sending(
    sandbox: Sandbox, client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prolific._workflows import task_builder

    monkeypatch.setattr(task_builder, "MAX_UPLOAD_BYTES", 10)
    path = tmp_path / "big.csv"
    path.write_text("text\n" + "x" * 100 + "\n")
    with pytest.raises(InvalidRequestError, match="at most 10 bytes"):
        await upload(client, sandbox, source=path, schema=None)
    assert sandbox.requests == []


async def test_upload_gives_up_after_wait_seconds(sandbox: Sandbox, client: Client) -> None:
    sandbox.task_builder.delays.dataset_import = 3600
    with pytest.raises(WaitTimeoutError) as caught:
        await upload(client, sandbox, wait=30)
    assert caught.value.last_status == "processing"


# -- batches.create_ready --------------------------------------------------------------------------


async def test_create_ready_builds_a_ready_batch_over_the_dataset(
    sandbox: Sandbox, client: Client
) -> None:
    dataset = await upload(client, sandbox)
    batch = await ready_batch(client, sandbox, dataset.id)

    assert str(batch.status) == "READY"
    assert batch.total_task_count == len(ROWS)
    assert batch.total_task_groups == len(ROWS) // 2
    assert sandbox.task_builder.batches[batch.id].status == "READY"


async def test_create_ready_again_resumes_the_same_batch(sandbox: Sandbox, client: Client) -> None:
    dataset = await upload(client, sandbox)
    first = await ready_batch(client, sandbox, dataset.id)
    again = await ready_batch(client, sandbox, dataset.id)
    assert again.id == first.id
    assert len(sandbox.task_builder.batches) == 1
    assert writes(sandbox).count("setup_task_batch") == 1


async def test_an_unknown_column_in_batch_items_is_refused_before_the_batch_exists(
    sandbox: Sandbox, client: Client
) -> None:
    dataset = await upload(client, sandbox)
    before = len(sandbox.requests)
    with pytest.raises(InvalidRequestError, match=r"'answer'.*it has: prompt, reply"):
        await ready_batch(client, sandbox, dataset.id, batch_items=layout("answer"))
    assert sandbox.task_builder.batches == {}
    assert [r.method for r in sandbox.requests[before:]] == ["GET"]  # only the dataset read


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"batch_items": [{"rows": []}]}, "batch_items"),
        (
            {"batch_items": [{"rows": [{"columns": [{"items": [{"type": "poll"}]}]}]}]},
            "batch_items",
        ),
        ({"dataset_id": "not-a-uuid"}, "dataset_id"),
        ({"task_details": {"task_name": "x"}}, "task_details"),
        ({"auto_sync": True}, "auto_sync"),
        ({"instructions": [QUESTION]}, "batch_items"),
        ({"tasks_per_group": 0}, "tasks_per_group"),
    ],
)
@pytest.mark.filterwarnings("ignore:batches.create_ready:DeprecationWarning")
async def test_bad_batch_input_is_refused_before_anything_is_sent(
    sandbox: Sandbox, client: Client, options: dict[str, Any], field: str
) -> None:
    options = {"dataset_id": "3f0e8d52-1c7a-4b9e-9d3c-2a6b5e4f1a00", **options}
    with pytest.raises(InvalidRequestError) as caught:
        await ready_batch(client, sandbox, **options)
    assert caught.value.field == field
    assert sandbox.requests == []


async def test_a_failed_setup_raises_naming_the_batch_and_a_rerun_sets_it_up_again(
    sandbox: Sandbox, client: Client
) -> None:
    dataset = await upload(client, sandbox)
    records = sandbox.task_builder.datasets[dataset.id].records
    kept = list(records)
    records.clear()  # nothing to build tasks from
    with pytest.raises(TaskBatchSetupError) as caught:
        await ready_batch(client, sandbox, dataset.id)
    assert caught.value.batch_id in sandbox.task_builder.batches

    records.extend(kept)  # the dataset is fixed
    batch = await ready_batch(client, sandbox, dataset.id)
    assert batch.id == caught.value.batch_id and str(batch.status) == "READY"


async def test_workflows_ride_out_injected_faults(sandbox: Sandbox, client: Client) -> None:
    sandbox.faults.add("get_dataset_import", "5xx", times=2, status=503)
    sandbox.faults.add("sandbox_storage_put", "reset", times=1)
    sandbox.faults.once("setup_task_batch", "lost_response")
    dataset = await upload(client, sandbox)
    batch = await ready_batch(client, sandbox, dataset.id)

    assert str(batch.status) == "READY"
    assert [r.status for r in sandbox.task_builder.storage_requests] == [200]
    assert writes(sandbox).count("setup_task_batch") == 1  # not sent twice
    assert sandbox.errors == []


# -- a study on the batch, answers and the export --------------------------------------------------


async def test_upload_build_run_and_export_the_answers(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    dataset = await upload(client, sandbox)
    batch = await ready_batch(client, sandbox, dataset.id)
    body = task_study()
    study = await call(
        client.studies.create_and_publish,
        body,
        data_collection=batch,
        annotators_per_task=2,
        wait=30,
    )
    assert study.total_available_places == 3 * 2  # task groups times annotators
    assert sandbox.studies[study.id].extra["data_collection_id"] == batch.id

    sandbox.participants.join(study.id, 2, complete_after=60)
    sandbox.advance(120)
    pager = client.ai_task_builder.batches.responses(batch.id)
    responses = [r async for r in pager] if hasattr(pager, "__aiter__") else list(pager)
    assert len(responses) == 2 * 2  # two participants, two tasks each, one question per task
    assert {r.response.answer[0].value for r in responses} <= {"yes", "no"}

    path = await call(client.ai_task_builder.batches.export, batch.id, to=tmp_path)
    assert path == tmp_path / f"batch-{batch.id}.zip"
    with zipfile.ZipFile(path) as archive:
        exported = json.loads(archive.read("responses.json"))
    assert {r["id"] for r in exported} == {r.id for r in responses}
    download = sandbox.task_builder.storage_requests[-1]
    assert download.method == "GET" and "authorization" not in download.headers


async def test_a_batch_serves_one_study(sandbox: Sandbox, client: Client) -> None:
    dataset = await upload(client, sandbox)
    batch = await ready_batch(client, sandbox, dataset.id)
    body = task_study()
    await call(client.studies.create_and_publish, body, data_collection=batch)
    with pytest.raises(BadRequestError, match="already used by study"):
        await call(
            client.studies.create_and_publish, body, data_collection=batch, key="another study"
        )


async def test_a_batch_that_is_not_ready_is_refused_before_sending(
    sandbox: Sandbox, client: Client
) -> None:
    dataset = await upload(client, sandbox)
    batch = await call(
        client.ai_task_builder.batches.create,
        name="Draft",
        workspace_id=sandbox.workspace_id,
        task_details=DETAILS,
        dataset_id=dataset.id,
        batch_items=layout(),
    )
    before = len(sandbox.requests)
    with pytest.raises(InvalidRequestError, match="UNINITIALISED"):
        await call(client.studies.create_and_publish, task_study(), data_collection=batch)
    assert len(sandbox.requests) == before


async def test_a_study_on_a_batch_with_an_external_url_is_refused_before_sending(
    sandbox: Sandbox, client: Client
) -> None:
    dataset = await upload(client, sandbox)
    batch = await ready_batch(client, sandbox, dataset.id)
    before = len(sandbox.requests)
    with pytest.raises(InvalidRequestError) as caught:
        await call(client.studies.create_and_publish, study_body(), data_collection=batch)
    assert caught.value.field == "external_study_url"
    assert len(sandbox.requests) == before


async def test_export_to_a_missing_folder_is_refused_before_sending(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    batch_id = "3f0e8d52-1c7a-4b9e-9d3c-2a6b5e4f1a00"
    with pytest.raises(InvalidRequestError) as caught:
        await call(
            client.ai_task_builder.batches.export, batch_id, to=tmp_path / "nowhere" / "a.zip"
        )
    assert caught.value.field == "to"
    assert sandbox.requests == []


async def test_collection_export_downloads_an_archive(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    page = {"page_items": [{"type": "free_text", "description": "Describe your day."}]}
    collection = await call(
        client.ai_task_builder.collections.create,
        name="Diaries",
        workspace_id=sandbox.workspace_id,
        task_details=DETAILS,
        collection_items=[page],
    )
    target = tmp_path / "diaries.zip"
    path = await call(client.ai_task_builder.collections.export, collection.id, to=target)
    assert path == target
    assert zipfile.ZipFile(path).namelist() == ["responses.json", "responses.csv", "README.txt"]


async def test_a_layout_prolific_refuses_names_each_problem_in_the_error(
    sandbox: Sandbox, client: Client
) -> None:
    dataset = await upload(client, sandbox)
    with pytest.raises(UnprocessableEntityError) as caught:
        await call(
            client.ai_task_builder.batches.create,
            name="Refused",
            workspace_id=sandbox.workspace_id,
            task_details=DETAILS,
            dataset_id=dataset.id,
            batch_items=layout("missing"),  # create() leaves the checking to Prolific
        )
    message = str(caught.value)
    assert "page 1, row 1, column 1, item 1 (dataset_field 'missing')" in message
    assert caught.value.body["type"] == "INVALID_BATCH_ITEMS"


async def test_rows_without_a_schema_go_up_as_csv_to_a_legacy_dataset(
    sandbox: Sandbox, client: Client
) -> None:
    rows = [{"text": "first", "label": "a"}, {"text": "second, with a comma", "label": "b"}]
    dataset = await upload(client, sandbox, source=rows, schema=None)
    assert str(dataset.status) == "READY"
    assert sandbox.task_builder.datasets[dataset.id].records == rows
    [put] = sandbox.task_builder.storage_requests
    assert put.headers["content-type"] == "text/csv"


def test_a_presigned_url_that_is_not_https_is_refused() -> None:
    from prolific._transfer import Transfer

    with pytest.raises(InvalidRequestError, match="not HTTPS"):
        Transfer("PUT", "http://storage.example.com/upload?sig=1", content=b"x")
    Transfer("PUT", "http://127.0.0.1:9/upload", content=b"x")  # loopback: the sandbox server


async def test_create_ready_with_legacy_instructions(sandbox: Sandbox, client: Client) -> None:
    dataset = await upload(client, sandbox)
    question = {"type": "free_text", "description": "Anything wrong with the reply?"}
    with pytest.warns(DeprecationWarning, match="batch_items"):
        batch = await ready_batch(
            client, sandbox, dataset.id, batch_items=None, instructions=[question]
        )
    assert str(batch.status) == "READY"
    stored = sandbox.task_builder.batches[batch.id]
    assert stored.layout is None
    assert [i["description"] for i in stored.instructions] == [question["description"]]


async def test_a_study_on_a_collection_collects_its_answers(
    sandbox: Sandbox, client: Client
) -> None:
    page = {"page_items": [{"type": "free_text", "description": "Describe your day."}]}
    collection = await call(
        client.ai_task_builder.collections.create,
        name="Diaries",
        workspace_id=sandbox.workspace_id,
        task_details=DETAILS,
        collection_items=[page],
    )
    body = {**task_study(), "total_available_places": 2}
    study = await call(client.studies.create_and_publish, body, data_collection=collection, wait=30)
    assert sandbox.studies[study.id].extra["data_collection_method"] == (
        "AI_TASK_BUILDER_COLLECTION"
    )
    sandbox.participants.join(study.id, 2, complete_after=60)
    sandbox.advance(60)
    pager = client.ai_task_builder.collections.responses(collection.id)
    answers = [r async for r in pager] if hasattr(pager, "__aiter__") else list(pager)
    assert len(answers) == 2
    assert {a.collection_id for a in answers} == {collection.id}
