"""Every AI Task Builder and survey call is reachable from ``client.ai_task_builder`` and
``client.surveys``, sync and async, and answers typed models the sandbox agrees with."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
import yaml

from prolific.errors import InvalidRequestError, NotFoundError
from prolific.sandbox import Sandbox

from .helpers import Client, call
from .test_task_builder import DETAILS, QUESTION, ROWS, SCHEMA, ready_batch, task_study

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "prolific.yaml"


async def items(pager: Any) -> list[Any]:
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)


def family_operations() -> set[str]:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("tags", [""])[0] in ("ai_task_builder", "surveys")
    }


async def test_every_operation_is_reachable_from_the_namespaces(
    sandbox: Sandbox, client: Client
) -> None:
    tb, ws = client.ai_task_builder, sandbox.workspace_id
    # datasets
    ds = await call(tb.datasets.create, ws, "Replies", schema=SCHEMA)
    target = await call(tb.datasets.upload_url, ds.id, "rows.jsonl")
    assert target.import_id
    await call(tb.datasets.get_import, ds.id, target.import_id)
    appended = await call(tb.datasets.append, ds.id, ROWS)
    assert (appended.accepted, appended.rejected) == (len(ROWS), 0)
    changed = await call(tb.datasets.update_schema, ds.id, {**SCHEMA, "strict": False})
    await call(tb.datasets.schema_migration, ds.id, changed.migration_job_id)
    assert (await call(tb.datasets.get, ds.id)).total_datapoint_count == len(ROWS)
    legacy = await call(tb.datasets.create, ws, "Old")
    assert await call(tb.datasets.status, legacy.id) == "UNINITIALISED"
    # batches (the dataset has records but no finished import: upload one for setup)
    uploaded = await call(tb.datasets.upload, ws, ROWS, name="Up", schema=SCHEMA)
    batch = await ready_batch(client, sandbox, uploaded.id)
    assert [b.id for b in await items(tb.batches.list(ws))] == [batch.id]
    await call(tb.batches.update, batch.id, name="Renamed", auto_sync_enabled=True)
    assert (await call(tb.batches.get, batch.id)).name == "Renamed"
    assert await call(tb.batches.status, batch.id) == "READY"
    job = await call(tb.batches.sync, batch.id)
    await call(tb.batches.get_sync, batch.id, job.sync_id)
    copy = await call(tb.batches.duplicate, batch.id, name="Copy")
    assert copy.id != batch.id
    report = await call(tb.batches.report, batch.id)
    assert report.url.startswith("https://")
    export = await call(tb.batches.request_export, batch.id)
    await call(tb.batches.get_export, batch.id, export.export_id)
    draft = await call(tb.batches.create, name="Legacy", workspace_id=ws, task_details=DETAILS)
    with pytest.warns(DeprecationWarning, match="batch_items"):
        await call(tb.batches.add_instructions, draft.id, [QUESTION])
    with pytest.warns(DeprecationWarning):
        [kept] = await call(tb.batches.instructions, draft.id)
    with pytest.warns(DeprecationWarning):
        await call(tb.batches.replace_instructions, draft.id, [kept])
    await call(tb.batches.setup, copy.id)
    study = await call(
        client.studies.create_and_publish, task_study(), data_collection=batch, wait=30
    )
    sandbox.participants.join(study.id, 1, complete_after=10)
    sandbox.advance(10)
    assert len(await items(tb.batches.responses(batch.id))) == 2
    # collections
    page = {"page_items": [{"type": "free_text", "description": "Describe your day."}]}
    fields = {"name": "Diaries", "workspace_id": ws, "task_details": DETAILS}
    collection = await call(tb.collections.create, **fields, collection_items=[page])
    assert [c.id for c in await items(tb.collections.list(ws))] == [collection.id]
    replaced = await call(
        tb.collections.replace, collection.id, **{**fields, "name": "Diaries 2"},
        collection_items=[page],
    )  # fmt: skip
    assert (await call(tb.collections.get, collection.id)).name == replaced.name == "Diaries 2"
    assert await items(tb.collections.responses(collection.id)) == []
    c_export = await call(tb.collections.request_export, collection.id)
    await call(tb.collections.get_export, collection.id, c_export.export_id)
    # surveys
    sv = client.surveys
    question = {"title": "Soup?", "type": "single", "answers": [{"value": "Yes"}]}
    survey = await call(
        sv.create,
        researcher_id=sandbox.user_id,
        title="Lunch",
        sections=[{"title": "Food", "questions": [question]}],
    )
    assert [s.field_id for s in await items(sv.list(sandbox.user_id))] == [survey.field_id]
    section = survey.sections[0]
    q = section.questions[0]
    chosen = {"question_id": q.id, "question_title": q.title,
              "answers": [{"answer_id": q.answers[0].id, "value": "Yes"}]}  # fmt: skip
    response = await call(
        sv.create_response,
        survey.field_id,
        participant_id="a" * 24,
        submission_id="b" * 24,
        sections=[{"section_id": section.id, "questions": [chosen]}],
    )
    assert (await call(sv.get, survey.field_id)).title == "Lunch"
    assert len(await items(sv.responses(survey.field_id))) == 1
    got = await call(sv.get_response, survey.field_id, response.field_id)
    assert got.participant_id == "a" * 24
    summary = await call(sv.summary, survey.field_id)
    assert summary.questions[0].answers[0].count == 1
    await call(sv.delete_response, survey.field_id, response.field_id)
    await call(sv.delete_responses, survey.field_id)
    await call(sv.delete, survey.field_id)
    with pytest.raises(NotFoundError):
        await call(sv.get, survey.field_id)

    answered = {r.operation for r in sandbox.requests if r.status is not None and r.status < 300}
    assert family_operations() <= answered
    assert sandbox.errors == []


@pytest.mark.parametrize(
    ("call_of", "field"),
    [
        (lambda c: c.ai_task_builder.datasets.get("12"), "dataset_id"),
        (lambda c: c.ai_task_builder.batches.get("not/a/uuid"), "batch_id"),
        (lambda c: c.ai_task_builder.batches.list("ws"), "workspace_id"),
        (lambda c: c.ai_task_builder.datasets.upload_url(_UUID, "a/b.csv"), "filename"),
        (lambda c: c.ai_task_builder.datasets.append(_UUID, []), "records"),
        (lambda c: c.ai_task_builder.datasets.append(_UUID, [{"a": 1}] * 1001), "records"),
        (lambda c: c.ai_task_builder.collections.create(name="x"), "workspace_id"),
        (lambda c: c.surveys.create(researcher_id="a" * 24, title="T"), "sections"),
        (lambda c: c.surveys.get("a/b"), "survey_id"),
    ],
)
async def test_bad_input_is_refused_before_sending(
    sandbox: Sandbox, client: Client, call_of: Any, field: str
) -> None:
    with warnings.catch_warnings(), pytest.raises(InvalidRequestError) as caught:
        warnings.simplefilter("ignore", DeprecationWarning)
        await call(call_of, client)
    assert caught.value.field == field
    assert sandbox.requests == []


_UUID = "3f0e8d52-1c7a-4b9e-9d3c-2a6b5e4f1a00"


async def test_survey_lists_walk_every_window_of_100(sandbox: Sandbox, client: Client) -> None:
    question = {"title": "Q", "type": "single", "answers": [{"value": "A"}]}
    for n in range(150):
        await call(
            client.surveys.create,
            researcher_id=sandbox.user_id,
            title=f"Survey {n}",
            questions=[question],
        )
    before = sandbox.count_requests("list_surveys")
    titles = [s.title for s in await items(client.surveys.list(sandbox.user_id))]
    assert titles == [f"Survey {n}" for n in range(150)]
    assert sandbox.count_requests("list_surveys") - before == 2  # offsets 0 and 100
