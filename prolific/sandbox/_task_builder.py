"""What datasets, task batches and collections share: IDs, storage URLs, layouts, exports, the
link to studies, and the simulated answers participants give.

Prolific's AI Task Builder uses UUIDs (not 24-hex IDs), answers lists as ``{results, meta}``
without page links, and hands out presigned storage URLs on another origin. The sandbox's
storage lives under ``/_sandbox/storage/`` and, in process, on its own host
(:data:`STORAGE_BASE_URL`), so a client that sends its API token there is caught.
"""

from __future__ import annotations

import csv
import io
import json
import random
import uuid
import zipfile
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from ._errors import SandboxError, field_error
from ._http import SANDBOX_BASE_URL, Fields, Request, SandboxResponse, json_response
from ._lookup import in_body, in_path
from ._state import SandboxState, Study, iso
from ._task_builder_state import (
    Collection,
    Export,
    StoredFile,
    SyncRun,
    Task,
    TaskBatch,
    TaskBuilderStore,
)

#: Where presigned URLs point when the sandbox is used in process.
STORAGE_BASE_URL = "https://storage.sandbox.prolific.test"
STORAGE_PREFIX = "/_sandbox/storage/"
#: How long a presigned URL works, in seconds.
URL_LIFETIME = 3600.0

BATCH_METHOD = "AI_TASK_BUILDER_BATCH"
COLLECTION_METHOD = "AI_TASK_BUILDER_COLLECTION"
DATA_COLLECTION_METHODS = (BATCH_METHOD, COLLECTION_METHOD)

QUESTION_TYPES = (
    "free_text",
    "free_text_with_unit",
    "multiple_choice",
    "multiple_choice_with_free_text",
    "file_upload",
)
CONTENT_TYPES = ("dataset_field", "image", "rich_text")
#: Submissions whose participant has answered (their tasks have responses).
ANSWERED = ("AWAITING REVIEW", "APPROVED", "REJECTED")


def at(epoch_seconds: float) -> str:
    """An epoch time of the sandbox clock in Prolific's timestamp format."""
    return iso(datetime.fromtimestamp(epoch_seconds, tz=UTC).replace(tzinfo=None))


def store(state: SandboxState) -> TaskBuilderStore:
    return state.task_builder


def new_uuid(state: SandboxState) -> str:
    """A UUID drawn from the sandbox's seeded generator (reproducible per seed)."""
    return str(uuid.UUID(state.new_token(16)))


def workspace_field(state: SandboxState, fields: Fields) -> str:
    workspace_id = fields.req_text("workspace_id")
    in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    return workspace_id


def workspace_arg(state: SandboxState, req: Request) -> str:
    workspace_id = req.arg("workspace_id")
    if not workspace_id:
        raise SandboxError(400, {"workspace_id": ["This query parameter is required."]})
    return workspace_id


def listing(items: list[dict[str, Any]]) -> SandboxResponse:
    """Prolific's AI Task Builder list shape: every item at once, and a count."""
    return json_response(200, {"results": items, "meta": {"count": len(items)}})


def task_details(fields: Fields, *, required: bool) -> dict[str, Any] | None:
    details = fields.mapping("task_details", required=required)
    if details is None:
        return None
    for name in ("task_name", "task_introduction", "task_steps"):
        value = details.get(name)
        if not isinstance(value, str) or not value.strip():
            raise field_error("task_details", f"{name} is required and must be text.")
    return {k: details[k] for k in ("task_name", "task_introduction", "task_steps")}


# -- storage URLs ---------------------------------------------------------------------------------


def storage_url(state: SandboxState, req: Request, stored: StoredFile) -> str:
    """The presigned URL of a stored file, on the storage host the client can reach."""
    base = STORAGE_BASE_URL if req.base_url == SANDBOX_BASE_URL else req.base_url
    return f"{base}{STORAGE_PREFIX}{stored.key}?X-Sandbox-Expires={int(stored.expires_at)}"


def new_file(state: SandboxState, dataset_id: str, filename: str, content_type: str) -> StoredFile:
    stored = StoredFile(
        key=new_uuid(state),
        dataset_id=dataset_id,
        filename=filename,
        content_type=content_type,
        expires_at=state.clock.now() + URL_LIFETIME,
    )
    store(state).files[stored.key] = stored
    return stored


# -- batch_items layouts --------------------------------------------------------------------------


class LayoutRefused(SandboxError):
    """422 for a ``batch_items`` layout, in the flat shape Prolific uses for it (not the usual
    ``{"error": ...}``): ``{"type": "INVALID_BATCH_ITEMS", "message": ..., "issues": [...]}``."""

    def __init__(self, issues: list[dict[str, Any]]) -> None:
        super().__init__(422, f"batch_items failed validation ({len(issues)} issue(s)).")
        self.issues = issues

    def body(self) -> dict[str, Any]:
        return {"type": "INVALID_BATCH_ITEMS", "message": str(self.detail), "issues": self.issues}


def _issue(
    where: tuple[int, int, int, int], kind: str, message: str, field: str | None = None
) -> dict[str, Any]:
    page, row, column, item = where
    issue: dict[str, Any] = {
        "page": page,
        "row": row,
        "column": column,
        "item": item,
        "type": kind,
        "message": message,
    }
    if field is not None:
        issue["field"] = field
    return issue


def _item_problem(item: dict[str, Any], shown_fields: dict[str, str] | None) -> str | None:
    kind = item.get("type")
    if kind == "dataset_field":
        name = item.get("field")
        if not isinstance(name, str) or not name:
            return "A dataset_field item needs the name of a dataset field in `field`."
        if shown_fields is not None and shown_fields.get(name) not in ("text", "image_url"):
            known = ", ".join(
                sorted(k for k, t in shown_fields.items() if t in ("text", "image_url"))
            )
            return (
                f"The dataset has no text or image_url field {name!r} (it has: {known or 'none'})."
            )
        return None
    if kind == "image":
        url = item.get("url")
        if not isinstance(url, str) or not url.startswith("https://"):
            return "An image needs an HTTPS `url`."
        if not isinstance(item.get("alt_text"), str):
            return "An image needs `alt_text`."
        return None
    if kind == "rich_text":
        return None if isinstance(item.get("content"), str) else "Rich text needs `content`."
    if kind not in QUESTION_TYPES:
        return f"Unknown item type {kind!r}."
    if not isinstance(item.get("description"), str) or not item["description"].strip():
        return "A question needs a `description`."
    if kind.startswith("multiple_choice"):
        options = item.get("options")
        if not isinstance(options, list) or not options:
            return "A multiple-choice question needs `options`."
        if not all(isinstance(o, dict) and "label" in o and "value" in o for o in options):
            return "Each option needs a `label` and a `value`."
        limit = item.get("answer_limit")
        if isinstance(limit, bool) or not isinstance(limit, int):
            return "A multiple-choice question needs an integer `answer_limit`."
    if kind == "free_text_with_unit":
        if not isinstance(item.get("unit_options"), list) or not item["unit_options"]:
            return "free_text_with_unit needs `unit_options`."
        if item.get("unit_position") not in ("prefix", "suffix"):
            return "free_text_with_unit needs `unit_position` (prefix or suffix)."
    return None


def check_layout(
    state: SandboxState, raw: Any, shown_fields: dict[str, str] | None
) -> list[dict[str, Any]]:
    """Validate ``batch_items`` and give every page, row, column and item an ``id``.

    ``shown_fields`` maps the attached dataset's field names to their types (``None`` when no
    structured dataset is attached, and field names cannot be checked yet). Raises the 422
    Prolific answers for a layout it refuses.
    """
    if not isinstance(raw, list):
        raise field_error("batch_items", "Expected a list of pages.")
    issues: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    for p, page in enumerate(raw):
        rows = page.get("rows") if isinstance(page, dict) else None
        if not isinstance(rows, list):
            issues.append(_issue((p, 0, 0, 0), "page", "A page needs a list of `rows`."))
            continue
        new_rows = []
        for r, row in enumerate(rows):
            columns = row.get("columns") if isinstance(row, dict) else None
            if not isinstance(columns, list) or not 1 <= len(columns) <= 2:
                issues.append(_issue((p, r, 0, 0), "row", "A row needs one or two `columns`."))
                continue
            new_columns = []
            for c, column in enumerate(columns):
                items = column.get("items") if isinstance(column, dict) else None
                if not isinstance(items, list) or not items:
                    issues.append(_issue((p, r, c, 0), "column", "A column needs `items`."))
                    continue
                new_items = []
                for i, item in enumerate(items):
                    if not isinstance(item, dict):
                        issues.append(_issue((p, r, c, i), "item", "An item must be an object."))
                        continue
                    problem = _item_problem(item, shown_fields)
                    if problem is not None:
                        field = item.get("field") if item.get("type") == "dataset_field" else None
                        issues.append(_issue((p, r, c, i), str(item.get("type")), problem, field))
                        continue
                    new_items.append({**item, "id": item.get("id") or new_uuid(state)})
                new_columns.append({"id": column.get("id") or new_uuid(state), "items": new_items})
            new_rows.append({"id": row.get("id") or new_uuid(state), "columns": new_columns})
        pages.append({"id": page.get("id") or new_uuid(state), "rows": new_rows})
    if issues:
        raise LayoutRefused(issues)
    return pages


def layout_questions(layout: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The question items of a layout, in reading order."""
    return [
        item
        for page in layout
        for row in page["rows"]
        for column in row["columns"]
        for item in column["items"]
        if item.get("type") in QUESTION_TYPES
    ]


# -- tasks ----------------------------------------------------------------------------------------


def build_tasks(state: SandboxState, batch: TaskBatch) -> tuple[int, int]:
    """Turn the dataset's records not yet used into tasks; returns (tasks, new groups).

    Records with a ``META_TASK_GROUP_ID`` (or a ``task_group_id`` field) share a group; the
    others fill groups of ``tasks_per_group``.
    """
    dataset = store(state).datasets.get(batch.dataset_id or "")
    if dataset is None:
        return 0, 0
    fresh = dataset.records[batch.synced_records :]
    grouping = [
        name
        for name, spec in ((dataset.schema or {}).get("fields") or {}).items()
        if spec.get("type") == "task_group_id"
    ] or ["META_TASK_GROUP_ID"]
    named: dict[str, int] = {}
    groups_before = batch.groups
    for record in fresh:
        key = record.get(grouping[0])
        if isinstance(key, str) and key:
            if key not in named:
                named[key] = batch.groups
                batch.groups += 1
            group = named[key]
        else:
            in_last = sum(1 for t in batch.tasks if t.group == batch.groups - 1)
            if batch.groups == 0 or in_last >= batch.tasks_per_group:
                batch.groups += 1
            group = batch.groups - 1
        batch.tasks.append(Task(new_uuid(state), record, group))
    batch.synced_records = len(dataset.records)
    return len(fresh), batch.groups - groups_before


def start_sync(state: SandboxState, batch: TaskBatch) -> SyncRun:
    """Queue a sync building tasks for records appended since setup or the last sync."""
    run = SyncRun(
        id=new_uuid(state),
        batch_id=batch.id,
        dataset_id=batch.dataset_id or "",
        created_at=state.now(),
        updated_at=state.now(),
    )
    batch.syncs[run.id] = run

    def finish() -> None:
        before = batch.synced_records
        run.tasks_created, run.groups_created = build_tasks(state, batch)
        run.datapoints_processed = batch.synced_records - before
        run.status, run.updated_at = "complete", state.now()

    state.schedule(store(state).delays.sync, finish)
    return run


# -- studies that use a batch or collection -------------------------------------------------------


def study_using(state: SandboxState, ident: str) -> Study | None:
    """The study whose data collection is ``ident``, if any."""
    for study in state.studies.values():
        if study.extra.get("data_collection_id") == ident:
            return study
    return None


def parse_data_collection(
    state: SandboxState, fields: Fields, *, creating: bool = True
) -> dict[str, Any] | None:
    """Check a study body's ``data_collection_*`` fields.

    Returns ``None`` for a study without a Task Builder data collection, else the places it
    needs (``places``, ``None`` for collections) and the completion code Prolific adds when none
    is given (``default_codes``).
    """
    method = fields.choice("data_collection_method", DATA_COLLECTION_METHODS)
    ident = fields.text("data_collection_id")
    if method is None:
        if ident is not None:
            raise field_error("data_collection_method", "Required with data_collection_id.")
        return None
    if ident is None:
        raise field_error(
            "data_collection_id", f"Required when data_collection_method is {method}."
        )
    if fields.data.get("external_study_url") or fields.data.get("access_details"):
        raise field_error(
            "data_collection_method",
            "A study collects data either through the AI Task Builder or an external URL.",
        )
    tables: dict[str, dict[str, Any]] = {
        BATCH_METHOD: store(state).batches,
        COLLECTION_METHOD: store(state).collections,
    }
    target = tables[method].get(ident)
    kind = "batch" if method == BATCH_METHOD else "collection"
    if target is None:
        raise field_error("data_collection_id", f"No AI Task Builder {kind} {ident!r}.")
    user = study_using(state, ident)
    # An update may repeat the study's own batch; only a new study must find it free.
    if user is not None and creating:
        raise field_error(
            "data_collection_id",
            f"This {kind} is already used by study {user.id}; a {kind} serves one study "
            f"(duplicate it for another).",
        )
    metadata = fields.mapping("data_collection_metadata") or {}
    annotators = metadata.get("annotators_per_task", 1)
    if isinstance(annotators, bool) or not isinstance(annotators, int) or annotators < 1:
        raise field_error("data_collection_metadata", "annotators_per_task must be 1 or more.")
    places: int | None = None
    if isinstance(target, TaskBatch):
        if target.status != "READY" and creating:
            raise field_error(
                "data_collection_id",
                f"The batch is {target.status}; set it up and wait until it is READY.",
            )
        places = max(1, target.groups) * annotators
    default_codes = (
        [
            {
                "code": f"AITB{state.new_token(3).upper()}",
                "code_type": "COMPLETED",
                "actions": [{"action": "MANUALLY_REVIEW"}],
                "actor": "participant",
            }
        ]
        if creating
        else []
    )
    return {"places": places, "default_codes": default_codes}


# -- simulated answers ----------------------------------------------------------------------------


def _answer(item: dict[str, Any], record: dict[str, Any], rng: random.Random) -> list[Any]:
    kind = item["type"]
    if kind.startswith("multiple_choice"):
        options = item.get("options") or []
        limit = item.get("answer_limit", 1)
        count = 1 if limit == 1 or not options else rng.randint(1, len(options))
        chosen = rng.sample(options, k=min(count, len(options)))
        values = [o.get("value") for o in chosen]
        if kind == "multiple_choice_with_free_text":
            values.append("Sandbox explanation.")
        return values
    if kind == "free_text_with_unit":
        units = item.get("unit_options") or [{"value": ""}]
        return [f"{rng.randint(1, 100)} {units[0].get('value', '')}".strip()]
    if kind == "file_upload":
        return [f"upload-{rng.randint(1000, 9999)}.jpg"]
    text = next((v for v in record.values() if isinstance(v, str) and v), "the item")
    return [f"Sandbox answer about {text[:40]}"]


def answered_submissions(state: SandboxState, study: Study | None) -> list[Any]:
    if study is None:
        return []
    return [s for s in state.submissions_of(study.id) if s.status in ANSWERED]


def batch_responses(state: SandboxState, batch: TaskBatch) -> list[dict[str, Any]]:
    """Answers of every participant who has submitted on the study using ``batch``.

    They are made up the first time they are read, deterministically from the sandbox's seed,
    and kept, so reading again gives the same answers.
    """
    questions = layout_questions(batch.layout) if batch.layout is not None else batch.instructions
    out: list[dict[str, Any]] = []
    for n, submission in enumerate(answered_submissions(state, study_using(state, batch.id))):
        if submission.id not in batch.responses:
            rng = random.Random(f"{state.seed}-{submission.id}")
            group = n % max(1, batch.groups)
            made = []
            for task in (t for t in batch.tasks if t.group == group):
                for item in questions:
                    made.append(
                        {
                            "id": new_uuid(state),
                            "batch_id": batch.id,
                            "task_id": task.id,
                            "participant_id": submission.participant_id,
                            "submission_id": submission.id,
                            "created_at": iso(submission.completed_at or state.now()),
                            "correlation_id": new_uuid(state),
                            "response": {
                                "instruction_id": item["id"],
                                "type": item["type"],
                                "answer": [{"value": v} for v in _answer(item, task.record, rng)],
                            },
                            "metadata": {
                                k: v for k, v in task.record.items() if not isinstance(v, dict)
                            },
                            "schema_version": 1,
                            "no_submission": False,
                        }
                    )
            batch.responses[submission.id] = made
        out.extend(batch.responses[submission.id])
    return out


def collection_questions(collection: Collection) -> list[dict[str, Any]]:
    return [
        item
        for page in collection.pages
        for item in page["page_items"]
        if item.get("type") in QUESTION_TYPES
    ]


def collection_responses(state: SandboxState, collection: Collection) -> list[dict[str, Any]]:
    """Like :func:`batch_responses`, for a collection (one answer per question)."""
    out: list[dict[str, Any]] = []
    for submission in answered_submissions(state, study_using(state, collection.id)):
        if submission.id not in collection.responses:
            rng = random.Random(f"{state.seed}-{submission.id}")
            collection.responses[submission.id] = [
                {
                    "id": new_uuid(state),
                    "collection_id": collection.id,
                    "participant_id": submission.participant_id,
                    "submission_id": submission.id,
                    "created_at": iso(submission.completed_at or state.now()),
                    "response": {
                        "instruction_id": item["id"],
                        "type": item["type"],
                        "answer": [{"value": v} for v in _answer(item, {}, rng)],
                    },
                }
                for item in collection_questions(collection)
            ]
        out.extend(collection.responses[submission.id])
    return out


# -- exports --------------------------------------------------------------------------------------


def to_csv(rows: Iterable[dict[str, Any]]) -> str:
    listed = list(rows)
    columns = sorted({key for row in listed for key in row})
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    for row in listed:
        writer.writerow(
            {k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in row.items()}
        )
    return buffer.getvalue()


def archive(name: str, responses: list[dict[str, Any]], when: datetime) -> bytes:
    """A ZIP of the answers, as JSON and as CSV (one row per answer), its entries dated `when`
    (sandbox time, so the same seed builds the same bytes)."""
    flat = [
        {
            "response_id": r["id"],
            "participant_id": r["participant_id"],
            "submission_id": r.get("submission_id"),
            "task_id": r.get("task_id"),
            "instruction_id": r["response"]["instruction_id"],
            "type": r["response"]["type"],
            "answer": [a["value"] for a in r["response"]["answer"]],
        }
        for r in responses
    ]
    buffer = io.BytesIO()
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    entries = {
        "responses.json": json.dumps(responses, indent=2),
        "responses.csv": to_csv(flat),
        "README.txt": f"Responses to {name}, exported by the Prolific sandbox.\n",
    }
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for entry, text in entries.items():
            zf.writestr(zipfile.ZipInfo(entry, date_time=stamp), text, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def export_view(state: SandboxState, req: Request, export: Export) -> dict[str, Any]:
    if export.status == "complete" and export.key is not None:
        stored = store(state).files[export.key]
        return {
            "status": "complete",
            "url": storage_url(state, req, stored),
            "expires_at": at(stored.expires_at),
        }
    if export.status == "generating":
        return {"status": "generating", "export_id": export.id}
    return {"status": export.status}


def request_export(
    state: SandboxState,
    req: Request,
    owner_id: str,
    exports: dict[str, Export],
    build: Callable[[], bytes],
) -> SandboxResponse:
    """Start an export, or answer the one being built or ready (as Prolific does)."""
    now = state.clock.now()
    for export in reversed(list(exports.values())):
        if export.status == "generating":
            return json_response(202, export_view(state, req, export))
        if export.status == "complete" and (export.expires_at or 0) > now:
            return json_response(200, export_view(state, req, export))
    export = Export(id=new_uuid(state), owner_id=owner_id, created_at=state.now())
    exports[export.id] = export

    def finish() -> None:
        stored = new_file(state, owner_id, f"export-{export.id}.zip", "application/zip")
        stored.download = build()
        export.key = stored.key
        export.expires_at = stored.expires_at
        export.status = "complete"

    state.schedule(store(state).delays.export, finish)
    return json_response(202, export_view(state, req, export))


def get_export(state: SandboxState, req: Request, exports: dict[str, Export]) -> SandboxResponse:
    export = in_path(exports, req.params["export_id"], "Export")
    if export.status == "complete" and (export.expires_at or 0) <= state.clock.now():
        # An expired link is refreshed when polled, as Prolific's are.
        stored = store(state).files[export.key or ""]
        stored.expires_at = state.clock.now() + URL_LIFETIME
        export.expires_at = stored.expires_at
    return json_response(200, export_view(state, req, export))
