"""AI Task Builder batches: layout, setup on the sandbox clock, syncs, answers and exports.

Setup turns the dataset's records into tasks (``PROCESSING`` for ``delays.batch_setup`` sandbox
seconds, then ``READY``). A study created with ``data_collection_method`` ``AI_TASK_BUILDER_BATCH``
uses one batch; once its participants submit, the batch has their (simulated) answers.
"""

from __future__ import annotations

from typing import Any

from ._datasets import shown_fields
from ._errors import SandboxError, bad_request, field_error
from ._http import Request, SandboxResponse, json_response
from ._lookup import in_path
from ._state import SandboxState, iso
from ._task_builder import (
    QUESTION_TYPES,
    archive,
    at,
    batch_responses,
    build_tasks,
    check_layout,
    get_export,
    listing,
    new_file,
    new_uuid,
    request_export,
    start_sync,
    storage_url,
    store,
    task_details,
    to_csv,
    workspace_arg,
    workspace_field,
)
from ._task_builder_state import Dataset, TaskBatch

#: Prolific's notice on the instruction calls that ``batch_items`` replaced.
DEPRECATION = {"Deprecation": "true", "Sunset": "Tue, 01 Sep 2026 23:59:59 GMT"}


def batch_view(state: SandboxState, batch: TaskBatch) -> dict[str, Any]:
    dataset = store(state).datasets.get(batch.dataset_id or "")
    datasets = (
        []
        if dataset is None
        else [
            {
                "id": dataset.id,
                "total_datapoint_count": len(dataset.records),
                "filename": dataset.filename or "",
            }
        ]
    )
    questions = (
        sum(
            1
            for page in batch.layout
            for row in page["rows"]
            for col in row["columns"]
            for item in col["items"]
            if item.get("type") in QUESTION_TYPES
        )
        if batch.layout is not None
        else len(batch.instructions)
    )
    return {
        "id": batch.id,
        "name": batch.name,
        "workspace_id": batch.workspace_id,
        "status": batch.status,
        "created_at": iso(batch.created_at),
        "created_by": batch.created_by,
        "datasets": datasets,
        "task_details": batch.task_details,
        "batch_items": batch.layout,
        "total_task_count": len(batch.tasks),
        "total_task_groups": batch.groups,
        "total_instruction_count": questions,
        "schema_version": 1,
        "auto_sync_enabled": batch.auto_sync_enabled,
    }


def _batch(state: SandboxState, req: Request) -> TaskBatch:
    return in_path(store(state).batches, req.params["batch_id"], "Batch")


def _dataset_field(state: SandboxState, ident: str | None) -> Dataset | None:
    if ident is None:
        return None
    dataset = store(state).datasets.get(ident)
    if dataset is None:
        raise field_error("dataset_id", f"Dataset {ident!r} does not exist.")
    return dataset


def _refuse_old_auto_sync(data: dict[str, Any]) -> None:
    if "auto_sync" in data:
        raise field_error("auto_sync", "This field is now called auto_sync_enabled.")


def list_task_batches(state: SandboxState, req: Request) -> SandboxResponse:
    workspace_id = workspace_arg(state, req)
    return listing(
        [
            batch_view(state, b)
            for b in store(state).batches.values()
            if b.workspace_id == workspace_id
        ]
    )


def create_task_batch(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    _refuse_old_auto_sync(fields.data)
    name = fields.req_text("name")
    workspace_id = workspace_field(state, fields)
    details = task_details(fields, required=True)
    assert details is not None
    dataset = _dataset_field(state, fields.text("dataset_id"))
    raw_layout = fields.data.get("batch_items")
    layout = None if raw_layout is None else check_layout(state, raw_layout, shown_fields(dataset))
    batch = TaskBatch(
        id=new_uuid(state),
        name=name,
        workspace_id=workspace_id,
        created_by=state.user.id,
        created_at=state.now(),
        task_details=details,
        layout=layout,
        dataset_id=dataset.id if dataset else None,
        auto_sync_enabled=bool(fields.boolean("auto_sync_enabled")),
    )
    store(state).batches[batch.id] = batch
    return json_response(201, batch_view(state, batch))


def get_task_batch(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, batch_view(state, _batch(state, req)))


def update_task_batch(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _batch(state, req)
    fields = req.fields()
    _refuse_old_auto_sync(fields.data)
    name = fields.text("name")
    details = task_details(fields, required=False)
    dataset = _dataset_field(state, fields.text("dataset_id"))
    attached = dataset or store(state).datasets.get(batch.dataset_id or "")
    layout = batch.layout
    if "batch_items" in fields.data:
        raw = fields.data["batch_items"]
        layout = None if raw is None else check_layout(state, raw, shown_fields(attached))
    auto_sync = fields.boolean("auto_sync_enabled")
    batch.name = name or batch.name
    batch.task_details = details or batch.task_details
    batch.dataset_id = dataset.id if dataset else batch.dataset_id
    batch.layout = layout
    if auto_sync is not None:
        batch.auto_sync_enabled = auto_sync
    return json_response(200, batch_view(state, batch))


def get_task_batch_status(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, {"status": _batch(state, req).status})


def _ready_for_setup(dataset: Dataset) -> None:
    if dataset.structured:
        if not any(j.status in ("complete", "partial") for j in dataset.imports):
            raise bad_request(
                "The dataset has no finished import yet; wait for its import job to complete."
            )
    elif dataset.status != "READY":
        raise bad_request(f"The dataset is {dataset.status}; it must be READY before setup.")


def setup_task_batch(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _batch(state, req)
    fields = req.fields()
    dataset = _dataset_field(state, fields.text("dataset_id")) or store(state).datasets.get(
        batch.dataset_id or ""
    )
    if dataset is None:
        raise bad_request("The batch has no dataset: attach one or send dataset_id.")
    if batch.status in ("PROCESSING", "READY"):
        raise bad_request(f"The batch is already {batch.status}.")
    if batch.layout is None and not batch.instructions:
        raise bad_request("The batch has no questions: give it batch_items or instructions.")
    if batch.layout is not None and dataset.schema is not None:
        check_layout(state, batch.layout, shown_fields(dataset))
    _ready_for_setup(dataset)
    per_group = fields.integer("tasks_per_group", minimum=1) or 1
    batch.dataset_id = dataset.id
    batch.tasks_per_group = per_group
    batch.status = "PROCESSING"

    def finish() -> None:
        batch.tasks, batch.groups, batch.synced_records = [], 0, 0
        build_tasks(state, batch)
        batch.status = "READY" if batch.tasks else "ERROR"

    state.schedule(store(state).delays.batch_setup, finish)
    return json_response(202, {})


def list_task_batch_responses(state: SandboxState, req: Request) -> SandboxResponse:
    return listing(batch_responses(state, _batch(state, req)))


def get_task_batch_report(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _batch(state, req)
    rows = [
        {
            **{k: v for k, v in task.record.items() if not isinstance(v, dict | list)},
            "task_id": task.id,
            "answers": sum(1 for r in batch_responses(state, batch) if r["task_id"] == task.id),
        }
        for task in batch.tasks
    ]

    stored = new_file(state, batch.id, f"report-{batch.id}.csv", "text/csv")
    stored.download = to_csv(rows).encode()
    return json_response(
        200,
        {
            "url": storage_url(state, req, stored),
            "expires_at": at(stored.expires_at),
            "http_method": "GET",
        },
    )


def duplicate_task_batch(state: SandboxState, req: Request) -> SandboxResponse:
    source = _batch(state, req)
    fields = req.fields()
    fresh_dataset = bool(fields.boolean("upload_new_dataset"))
    copy = TaskBatch(
        id=new_uuid(state),
        name=fields.text("name") or f"{source.name} (copy)",
        workspace_id=source.workspace_id,
        created_by=state.user.id,
        created_at=state.now(),
        task_details=dict(source.task_details),
        layout=None if source.layout is None else [dict(page) for page in source.layout],
        dataset_id=None if fresh_dataset else source.dataset_id,
        auto_sync_enabled=source.auto_sync_enabled,
        instructions=[dict(i) for i in source.instructions],
    )
    store(state).batches[copy.id] = copy
    return json_response(201, batch_view(state, copy))


def sync_view(run: Any) -> dict[str, Any]:
    view = {
        "sync_id": run.id,
        "batch_id": run.batch_id,
        "dataset_id": run.dataset_id,
        "status": run.status,
        "created_at": iso(run.created_at),
        "updated_at": iso(run.updated_at),
    }
    if run.status == "complete":
        view.update(
            tasks_created=run.tasks_created,
            datapoints_processed=run.datapoints_processed,
            groups_created=run.groups_created,
            groups_expanded=0,
        )
    return view


def sync_task_batch(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _batch(state, req)
    if batch.status != "READY" or batch.dataset_id is None:
        raise bad_request("Only a READY batch with a dataset can be synced.")
    return json_response(202, sync_view(start_sync(state, batch)))


def get_task_batch_sync(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _batch(state, req)
    return json_response(200, sync_view(in_path(batch.syncs, req.params["sync_id"], "Sync job")))


def request_task_batch_export(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _batch(state, req)
    return request_export(
        state,
        req,
        batch.id,
        batch.exports,
        lambda: archive(batch.name, batch_responses(state, batch), state.now()),
    )


def get_task_batch_export(state: SandboxState, req: Request) -> SandboxResponse:
    return get_export(state, req, _batch(state, req).exports)


# -- the legacy instruction calls -----------------------------------------------------------------


def _legacy(batch: TaskBatch) -> None:
    if batch.layout is not None:
        raise SandboxError(
            422,
            "This batch was created with batch_items; manage its questions through batch_items.",
            headers=DEPRECATION,
        )


def _instructions(
    state: SandboxState, batch: TaskBatch, raw: Any, *, keep_ids: bool
) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not raw:
        raise field_error("instructions", "Expected a non-empty list of instructions.")
    out = []
    for n, item in enumerate(raw):
        if not isinstance(item, dict) or item.get("type") not in QUESTION_TYPES:
            raise field_error(
                "instructions", f"Instruction {n} needs a type among {', '.join(QUESTION_TYPES)}."
            )
        if not isinstance(item.get("description"), str):
            raise field_error("instructions", f"Instruction {n} needs a description.")
        ident = item.get("id") if keep_ids and item.get("id") else new_uuid(state)
        out.append(
            {
                **item,
                "id": ident,
                "created_at": iso(state.now()),
                "created_by": state.user.id,
                "parent_id": batch.id,
                "parent_type": "batch",
            }
        )
    return out


def list_task_batch_instructions(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _batch(state, req)
    items = batch.instructions
    return json_response(
        200, {"results": items, "meta": {"count": len(items)}}, headers=DEPRECATION
    )


def create_task_batch_instructions(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _batch(state, req)
    _legacy(batch)
    raw = req.fields().items("instructions", required=True)
    added = _instructions(state, batch, raw, keep_ids=False)
    batch.instructions.extend(added)
    return json_response(201, added, headers=DEPRECATION)


def replace_task_batch_instructions(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _batch(state, req)
    _legacy(batch)
    raw = req.fields().items("instructions", required=True)
    batch.instructions = _instructions(state, batch, raw, keep_ids=True)
    return json_response(200, batch.instructions, headers=DEPRECATION)
