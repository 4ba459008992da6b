"""Recorded scenarios of the AI Task Builder and surveys (see ``scenarios.py``).

``wf_task_builder`` is the whole journey with its workflows: upload a dataset, build a ready
batch, run it as a study, read and export the answers. ``task_builder`` calls every other
dataset, batch and collection method; ``surveys`` every survey method. Files go to the sandbox's
storage host, recorded like the API calls (without the token: the cassette shows it).
"""

from __future__ import annotations

import tempfile
import warnings
import zipfile
from pathlib import Path
from typing import Any

from prolific.sandbox import example_study

from .harness import Ctx, collect

SCHEMA = {"strict": True, "fields": {"prompt": {"type": "text"}, "reply": {"type": "text"}}}
ROWS = [{"prompt": f"Question {n}", "reply": f"Answer {n}"} for n in range(4)]
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
LAYOUT = [
    {
        "rows": [
            {
                "columns": [
                    {"items": [{"type": "dataset_field", "field": "reply"}]},
                    {"items": [QUESTION]},
                ]
            }
        ]
    }
]


def task_study() -> dict[str, Any]:
    dropped = ("external_study_url", "total_available_places")
    return {k: v for k, v in example_study().items() if k not in dropped}


async def _sandbox_step(ctx: Ctx, path: str, body: dict[str, Any]) -> Any:
    return await ctx.control(path, body)


async def wf_task_builder(ctx: Ctx) -> None:
    c, tb = ctx.client, ctx.client.ai_task_builder
    workspace_id = (await c.workspaces.resolve("My workspace")).id
    dataset = await tb.datasets.upload(workspace_id, ROWS, name="Replies", schema=SCHEMA)
    assert dataset.total_datapoint_count == len(ROWS)
    again = await tb.datasets.upload(workspace_id, ROWS, name="Replies", schema=SCHEMA)
    assert again.id == dataset.id  # resumed, not uploaded twice
    batch = await tb.batches.create_ready(
        name="Ratings",
        workspace_id=workspace_id,
        task_details=DETAILS,
        dataset_id=dataset.id,
        batch_items=LAYOUT,
        tasks_per_group=2,
    )
    assert str(batch.status) == "READY" and batch.total_task_groups == 2
    study = await c.studies.create_and_publish(task_study(), data_collection=batch, wait=30)
    assert study.total_available_places == 2
    await _sandbox_step(
        ctx, "participants/join/", {"study_id": study.id, "n": 2, "complete_after": 60}
    )
    await _sandbox_step(ctx, "clock/advance/", {"seconds": 60})
    responses = await collect(tb.batches.responses(batch.id))
    assert len(responses) == 2 * 2
    with tempfile.TemporaryDirectory() as folder:
        path = await tb.batches.export(batch.id, to=folder)
        assert path == Path(folder) / f"batch-{batch.id}.zip"
        with zipfile.ZipFile(path) as archive:
            assert "responses.csv" in archive.namelist()


async def task_builder(ctx: Ctx) -> None:
    c, tb = ctx.client, ctx.client.ai_task_builder
    workspace_id = (await c.workspaces.resolve("My workspace")).id
    # datasets, call by call
    dataset = await tb.datasets.create(workspace_id, "Appended", schema=SCHEMA)
    target = await tb.datasets.upload_url(dataset.id, "rows.jsonl")
    assert str((await tb.datasets.get_import(dataset.id, target.import_id)).status) == (
        "uninitialised"
    )
    appended = await tb.datasets.append(dataset.id, ROWS)
    assert (appended.accepted, appended.rejected) == (len(ROWS), 0)
    changed = await tb.datasets.update_schema(dataset.id, {**SCHEMA, "strict": False})
    await tb.datasets.schema_migration(dataset.id, changed.migration_job_id)
    assert (await tb.datasets.get(dataset.id)).total_datapoint_count == len(ROWS)
    legacy = await tb.datasets.create(workspace_id, "Legacy")
    assert await tb.datasets.status(legacy.id) == "UNINITIALISED"
    # batches, call by call (setup needs a finished import: upload one)
    uploaded = await tb.datasets.upload(workspace_id, ROWS, name="Uploaded", schema=SCHEMA)
    fields = {"name": "Ratings", "workspace_id": workspace_id, "task_details": DETAILS}
    batch = await tb.batches.create(**fields, dataset_id=uploaded.id, batch_items=LAYOUT)
    assert [b.id for b in await collect(tb.batches.list(workspace_id))] == [batch.id]
    await tb.batches.update(batch.id, name="Ratings 2", auto_sync_enabled=True)
    assert (await tb.batches.get(batch.id)).name == "Ratings 2"
    await tb.batches.setup(batch.id, tasks_per_group=2)
    assert await tb.batches.status(batch.id) == "PROCESSING"
    await ctx.control("clock/advance/", {"seconds": 10})
    assert await tb.batches.status(batch.id) == "READY"
    job = await tb.batches.sync(batch.id)
    await tb.batches.get_sync(batch.id, job.sync_id)
    copy = await tb.batches.duplicate(batch.id, name="Copy")
    assert copy.id != batch.id
    assert (await tb.batches.report(batch.id)).url
    export = await tb.batches.request_export(batch.id)
    assert str((await tb.batches.get_export(batch.id, export.export_id)).status) == "generating"
    assert await collect(tb.batches.responses(batch.id)) == []
    legacy_batch = await tb.batches.create(**fields)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        await tb.batches.add_instructions(legacy_batch.id, [QUESTION])
        [kept] = await tb.batches.instructions(legacy_batch.id)
        await tb.batches.replace_instructions(legacy_batch.id, [kept])
    # collections
    page = {"page_items": [{"type": "free_text", "description": "Describe your day."}]}
    written = {"name": "Diaries", "workspace_id": workspace_id, "task_details": DETAILS}
    collection = await tb.collections.create(**written, collection_items=[page])
    assert [x.id for x in await collect(tb.collections.list(workspace_id))] == [collection.id]
    await tb.collections.replace(
        collection.id, **{**written, "name": "Diaries 2"}, collection_items=[page]
    )
    assert (await tb.collections.get(collection.id)).name == "Diaries 2"
    assert await collect(tb.collections.responses(collection.id)) == []
    c_export = await tb.collections.request_export(collection.id)
    await tb.collections.get_export(collection.id, c_export.export_id)
    with tempfile.TemporaryDirectory() as folder:
        path = await tb.collections.export(collection.id, to=Path(folder) / "diaries.zip")
        assert zipfile.ZipFile(path).namelist()[0] == "responses.json"


async def surveys(ctx: Ctx) -> None:
    c = ctx.client
    me = await c.users.me()
    question = {"title": "Soup?", "type": "single", "answers": [{"value": "Yes"}, {"value": "No"}]}
    survey = await c.surveys.create(
        researcher_id=me.id, title="Lunch", sections=[{"title": "Food", "questions": [question]}]
    )
    sid = survey.field_id
    assert [s.field_id for s in await collect(c.surveys.list(me.id))] == [sid]
    assert (await c.surveys.get(sid)).title == "Lunch"
    section = survey.sections[0]
    q = section.questions[0]
    chosen = {
        "question_id": q.id,
        "question_title": q.title,
        "answers": [{"answer_id": q.answers[0].id, "value": "Yes"}],
    }
    response = await c.surveys.create_response(
        sid,
        participant_id="6" * 24,
        submission_id="7" * 24,
        sections=[{"section_id": section.id, "questions": [chosen]}],
    )
    assert len(await collect(c.surveys.responses(sid))) == 1
    assert (await c.surveys.get_response(sid, response.field_id)).participant_id == "6" * 24
    summary = await c.surveys.summary(sid)
    assert [a.count for a in summary.questions[0].answers] == [1, 0]
    await c.surveys.delete_response(sid, response.field_id)
    await c.surveys.delete_responses(sid)
    await c.surveys.delete(sid)
