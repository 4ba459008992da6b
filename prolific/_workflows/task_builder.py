"""AI Task Builder workflows: upload a dataset, build a ready batch, export answers to a file.

Each is safe to run again. A run notes what it creates in the local ledger under a key (by
default a digest of its inputs), so a second run with the same inputs picks up the same dataset
or batch where the first stopped instead of creating another: a finished upload is not sent
twice, a batch being set up is waited for. Files travel to and from presigned storage URLs as
:class:`~prolific._transfer.Transfer` steps, which never carry the API token.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from prolific_api.models.dataset import Dataset
from prolific_api.models.dataset_import import DatasetImport
from prolific_api.models.dataset_status_answer import DatasetStatusAnswer
from prolific_api.models.dataset_upload_url import DatasetUploadUrl
from prolific_api.models.export import Export
from prolific_api.models.task_batch import TaskBatch
from prolific_api.models.task_batch_status_answer import TaskBatchStatusAnswer
from prolific_api.types import Unset

from .. import _task_builder as calls
from .._constants import LOGGER_NAME
from .._flow import Flow
from .._ledger import BonusLedger, new_owner
from .._request import Request
from .._transfer import Transfer
from ..errors import (
    APIConnectionError,
    BadRequestError,
    DatasetImportError,
    InvalidRequestError,
    ProlificError,
    ServerError,
    TaskBatchSetupError,
    TransferError,
)
from .claims import DEFAULT_WAIT, Account, scope_flow, wait_for
from .polling import Backoff

__all__ = [
    "MAX_UPLOAD_BYTES",
    "Upload",
    "check_layout",
    "create_ready_flow",
    "export_flow",
    "prepare_upload",
    "upload_flow",
]

logger = logging.getLogger(LOGGER_NAME)

#: The largest file one presigned PUT can carry (S3's limit for a single upload, 5 GB).
MAX_UPLOAD_BYTES = 5 * 1024**3
FIRST_POLL = 1.0
MAX_POLL = 15.0
#: File types per dataset kind: structured (with a schema) or legacy (without).
STRUCTURED_SUFFIXES = (".jsonl", ".csv")
LEGACY_SUFFIXES = (".csv", ".zip")
QUESTION_TYPES = frozenset(
    {
        "free_text",
        "free_text_with_unit",
        "multiple_choice",
        "multiple_choice_with_free_text",
        "file_upload",
    }
)
ITEM_TYPES = QUESTION_TYPES | {"dataset_field", "image", "rich_text"}
FINAL_IMPORT = frozenset({"complete", "partial", "failed"})


def _digest(*parts: Any) -> str:
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _pauses(subject: str, wait: float) -> Callable[[str], Flow[None]]:
    """Each call pauses before the next read of `subject`, which was in the given status."""
    backoff = Backoff(wait, first=FIRST_POLL, most=MAX_POLL)
    return lambda status: backoff.pause_or_give_up(subject, status)


def _check_wait(wait: float) -> None:
    if isinstance(wait, bool) or not isinstance(wait, int | float) or wait < 0:
        raise InvalidRequestError("wait must be zero or more seconds", field="wait")


# -- datasets.upload ------------------------------------------------------------------------------


class Upload:
    """A file ready to upload: its name, bytes, and whether it needs a structured dataset."""

    def __init__(self, filename: str, content: bytes) -> None:
        self.filename = filename
        self.content = content


def _read_file(path: Path) -> bytes:
    if not path.is_file():
        raise InvalidRequestError(f"cannot read {str(path)!r}: no such file", field="path")
    size = path.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        raise InvalidRequestError(
            f"{path.name} is {size} bytes; one upload takes at most {MAX_UPLOAD_BYTES} bytes "
            "(5 GB): split it and append the rest with another upload",
            field="path",
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidRequestError(
            f"cannot read {str(path)!r}: {exc.strerror}", field="path"
        ) from exc


def _scalar(value: Any, where: str) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise InvalidRequestError(
        f"{where} is a {type(value).__name__}; dataset values are text, numbers, booleans or null",
        field="rows",
    )


def _rows(source: Iterable[Any]) -> list[dict[str, Any]]:
    rows = []
    for n, row in enumerate(source):
        if not isinstance(row, Mapping) or not all(isinstance(k, str) for k in row):
            raise InvalidRequestError(
                f"row {n} is not a mapping of column names to values", field="rows"
            )
        rows.append({k: _scalar(v, f"row {n}, column {k!r}") for k, v in row.items()})
    if not rows:
        raise InvalidRequestError("rows is empty: a dataset needs at least one row", field="rows")
    return rows


def _check_rows_against(rows: list[dict[str, Any]], schema: Mapping[str, Any]) -> None:
    fields = schema.get("fields")
    if not isinstance(fields, Mapping) or not fields:
        raise InvalidRequestError("schema needs a non-empty map of fields", field="schema")
    for n, row in enumerate(rows):
        unknown = [k for k in row if k not in fields]
        if unknown:
            raise InvalidRequestError(
                f"row {n} has column {unknown[0]!r}, which the schema does not define "
                f"(it defines: {', '.join(sorted(fields))})",
                field="rows",
            )
        if schema.get("strict"):
            missing = [k for k in fields if row.get(k) in (None, "")]
            if missing:
                raise InvalidRequestError(
                    f"row {n} lacks {missing[0]!r}, and the schema is strict", field="rows"
                )


def prepare_upload(
    source: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    schema: Mapping[str, Any] | None,
    filename: str | None,
) -> Upload:
    """Check what is to be uploaded and turn it into a file, before anything is sent.

    A path is read as it is (``.jsonl`` or ``.csv`` for a structured dataset, ``.csv`` or
    ``.zip`` for a legacy one); rows become JSONL when a schema is given, else CSV.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        name = filename or path.name
        suffixes = STRUCTURED_SUFFIXES if schema is not None else LEGACY_SUFFIXES
        if not name.lower().endswith(suffixes):
            kind = "with a schema" if schema is not None else "without a schema"
            hint = " (JSONL needs schema=)" if name.lower().endswith(".jsonl") else ""
            raise InvalidRequestError(
                f"a dataset {kind} takes {' or '.join(suffixes)} files, not {name!r}{hint}",
                field="path",
            )
        return Upload(name, _read_file(path))
    if isinstance(source, bytes | bytearray):
        raise InvalidRequestError("give a file path or rows (mappings), not bytes", field="rows")
    rows = _rows(source)
    if schema is not None:
        _check_rows_against(rows, schema)
        content = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
        return Upload(filename or "rows.jsonl", _limit(content))
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return Upload(filename or "rows.csv", _limit(buffer.getvalue().encode()))


def _limit(content: bytes) -> bytes:
    if len(content) > MAX_UPLOAD_BYTES:
        raise InvalidRequestError(
            f"the rows make {len(content)} bytes; one upload takes at most {MAX_UPLOAD_BYTES}",
            field="rows",
        )
    return content


def _import_error(dataset_id: str, job: DatasetImport) -> DatasetImportError:
    errors = [e.to_dict() for e in job.errors] if not isinstance(job.errors, Unset) else []
    return DatasetImportError(
        dataset_id,
        str(job.status),
        import_id=job.import_id,
        reason=job.reason if isinstance(job.reason, str) else None,
        accepted=job.accepted_count if isinstance(job.accepted_count, int) else None,
        rejected=job.rejected_count if isinstance(job.rejected_count, int) else None,
        errors=errors,
    )


def _finished(dataset_id: str, job: DatasetImport, allow_partial: bool) -> None:
    status = str(job.status)
    if status == "failed" or (status == "partial" and not allow_partial):
        raise _import_error(dataset_id, job)


def _wait_import(dataset_id: str, import_id: str, wait: float) -> Flow[DatasetImport]:
    pause = _pauses(f"Import {import_id} of dataset {dataset_id}", wait)
    while True:
        job: DatasetImport = yield calls.dataset_import(dataset_id, import_id)
        status = str(job.status)
        if status in FINAL_IMPORT:
            return job
        if status == "pending_schema":
            raise DatasetImportError(
                dataset_id, status, import_id=import_id, reason="the dataset has no schema yet"
            )
        yield from pause(status)


def _wait_legacy(dataset_id: str, wait: float) -> Flow[None]:
    return _until_ready(
        f"Dataset {dataset_id}",
        calls.dataset_status(dataset_id),
        lambda status: DatasetImportError(
            dataset_id, status, reason="Prolific could not read the file"
        ),
        wait,
    )


def _until_ready(
    subject: str,
    read: Request[DatasetStatusAnswer] | Request[TaskBatchStatusAnswer],
    failed: Callable[[str], ProlificError],
    wait: float,
) -> Flow[None]:
    """Send `read` until the status it answers is READY; ERROR raises ``failed(status)``."""
    pause = _pauses(subject, wait)
    while True:
        answer: DatasetStatusAnswer | TaskBatchStatusAnswer = yield read
        status = str(answer.status)
        if status == "READY":
            return
        if status == "ERROR":
            raise failed(status)
        yield from pause(status)


def _resume(
    dataset: Dataset, filename: str, allow_partial: bool, wait: float
) -> Flow[Dataset | None]:
    """An earlier run's dataset: done (returned), in progress (waited for), or to upload again
    (``None``)."""
    imports = (
        [] if isinstance(dataset.imports, Unset) or dataset.imports is None else dataset.imports
    )
    mine = [job for job in imports if job.filename == filename]
    if mine:
        job = mine[0]  # newest first
        status = str(job.status)
        if status in ("queued", "processing"):
            job = yield from _wait_import(dataset.id, job.import_id, wait)
            status = str(job.status)
        if status in ("complete", "partial"):
            _finished(dataset.id, job, allow_partial)
            refreshed: Dataset = yield calls.get_dataset(dataset.id)
            return refreshed
        return None
    status = str(dataset.status) if not isinstance(dataset.status, Unset) else ""
    if status == "PROCESSING":
        yield from _wait_legacy(dataset.id, wait)
        status = "READY"
    if status == "READY":
        refreshed = yield calls.get_dataset(dataset.id)
        return refreshed
    return None


def upload_flow(
    ledger: BonusLedger,
    account: Account,
    workspace_id: str,
    upload: Upload,
    *,
    name: str,
    schema: Mapping[str, Any] | None,
    allow_partial: bool,
    wait: float,
    key: str | None,
) -> Flow[Dataset]:
    _check_wait(wait)
    content_digest = hashlib.sha256(upload.content).hexdigest()
    key = "dataset:" + (key or _digest(workspace_id, name, upload.filename, content_digest, schema))
    scope = yield from scope_flow(account)
    claimer = new_owner()
    # Claimed atomically, like a study draft: of two runs at once, one creates the dataset.
    claimed: tuple[bool, str | None] = yield from wait_for(
        lambda: ledger.claim_draft(scope, key, claimer), f"dataset {key!r}", ledger, DEFAULT_WAIT
    )
    attempted, known = claimed
    earlier: Dataset | None = None
    try:
        if known is not None:
            earlier = yield calls.get_dataset(known)
            logger.info("Dataset %s was created by an earlier run: resuming it", known)
        elif attempted:
            logger.warning(
                "An earlier upload under key %s got no answer to its create call; Prolific "
                "cannot list datasets, so a new one is created (the other, if any, stays empty)",
                key,
            )
        if earlier is None:
            ledger.record_draft(scope, key, None)
            dataset: Dataset = yield calls.create_dataset(workspace_id, name, schema)
            ledger.record_draft(scope, key, dataset.id)
    finally:
        ledger.unclaim_draft(scope, key, claimer)
    if earlier is not None:
        done = yield from _resume(earlier, upload.filename, allow_partial, wait)
        if done is not None:
            return done
        dataset = earlier
    target: DatasetUploadUrl = yield calls.upload_url(dataset.id, upload.filename)
    method = target.http_method if isinstance(target.http_method, str) else "PUT"
    content_type = target.content_type if isinstance(target.content_type, str) else None
    logger.info(
        "Uploading %s (%d bytes) to dataset %s", upload.filename, len(upload.content), dataset.id
    )
    yield Transfer(method, target.upload_url, content=upload.content, content_type=content_type)
    if isinstance(target.import_id, str):
        job = yield from _wait_import(dataset.id, target.import_id, wait)
        _finished(dataset.id, job, allow_partial)
    else:
        yield from _wait_legacy(dataset.id, wait)
    finished: Dataset = yield calls.get_dataset(dataset.id)
    return finished


# -- batches.create_ready -------------------------------------------------------------------------


def _item_problem(item: Any) -> str | None:
    if not isinstance(item, Mapping):
        return "is not a mapping"
    kind = item.get("type")
    if kind not in ITEM_TYPES:
        return f"has type {kind!r}, not one of {', '.join(sorted(ITEM_TYPES))}"
    if kind == "dataset_field" and not isinstance(item.get("field"), str):
        return "is a dataset_field without a field name"
    if kind in QUESTION_TYPES and not isinstance(item.get("description"), str):
        return "is a question without a description"
    if str(kind).startswith("multiple_choice") and not item.get("options"):
        return "is a multiple-choice question without options"
    if kind == "image" and not str(item.get("url", "")).startswith("https://"):
        return "is an image without an HTTPS url"
    return None


def check_layout(pages: Any, fields: Mapping[str, str] | None) -> list[dict[str, Any]]:
    """Check a ``batch_items`` layout before anything is sent; returns it as plain data.

    ``fields`` maps the dataset schema's field names to their types, when known: a
    ``dataset_field`` naming another field (an unknown column) is refused here rather than by
    Prolific after the batch exists.
    """
    listed = [p.to_dict() if callable(getattr(p, "to_dict", None)) else p for p in pages]
    if not listed:
        raise InvalidRequestError("batch_items needs at least one page", field="batch_items")
    for p, page in enumerate(listed, start=1):
        rows = page.get("rows") if isinstance(page, Mapping) else None
        if not isinstance(rows, list) or not rows:
            raise InvalidRequestError(f"batch_items page {p} has no rows", field="batch_items")
        for r, row in enumerate(rows, start=1):
            columns = row.get("columns") if isinstance(row, Mapping) else None
            if not isinstance(columns, list) or not 1 <= len(columns) <= 2:
                raise InvalidRequestError(
                    f"batch_items page {p}, row {r} needs one or two columns", field="batch_items"
                )
            for c, column in enumerate(columns, start=1):
                items = column.get("items") if isinstance(column, Mapping) else None
                if not isinstance(items, list) or not items:
                    raise InvalidRequestError(
                        f"batch_items page {p}, row {r}, column {c} has no items",
                        field="batch_items",
                    )
                for i, item in enumerate(items, start=1):
                    where = f"batch_items page {p}, row {r}, column {c}, item {i}"
                    problem = _item_problem(item)
                    if problem is not None:
                        raise InvalidRequestError(f"{where} {problem}", field="batch_items")
                    name = item.get("field")
                    if item["type"] == "dataset_field" and fields is not None:
                        shown = sorted(k for k, t in fields.items() if t in ("text", "image_url"))
                        if fields.get(name) not in ("text", "image_url"):
                            raise InvalidRequestError(
                                f"{where} shows dataset field {name!r}, which the dataset does "
                                "not have as text or image_url "
                                f"(it has: {', '.join(shown) or 'none'})",
                                field="batch_items",
                            )
    return [dict(page) for page in listed]


def _schema_fields(dataset: Dataset) -> dict[str, str] | None:
    schema = dataset.schema
    if schema is None or isinstance(schema, Unset) or not hasattr(schema, "fields"):
        return None
    return {name: str(field.type_) for name, field in schema.fields.additional_properties.items()}


def _wait_ready(batch_id: str, wait: float) -> Flow[None]:
    return _until_ready(
        f"Task batch {batch_id}",
        calls.batch_status(batch_id),
        lambda status: TaskBatchSetupError(batch_id, status),
        wait,
    )


def create_ready_flow(
    ledger: BonusLedger,
    account: Account,
    payload: dict[str, Any],
    *,
    instructions: list[Any] | None,
    tasks_per_group: int | None,
    wait: float,
    key: str | None,
) -> Flow[TaskBatch]:
    _check_wait(wait)
    dataset_id = payload.get("dataset_id")
    if dataset_id is None:
        raise InvalidRequestError(
            "create_ready needs the dataset_id of the dataset to build tasks from",
            field="dataset_id",
        )
    layout = payload.get("batch_items")
    if (layout is None) == (instructions is None):
        raise InvalidRequestError(
            "give the questions either as batch_items (the current way) or as instructions "
            "(legacy batches), not both or neither",
            field="batch_items",
        )
    if layout is not None:
        check_layout(layout, None)
    if tasks_per_group is not None and (
        isinstance(tasks_per_group, bool)
        or not isinstance(tasks_per_group, int)
        or tasks_per_group < 1
    ):
        raise InvalidRequestError("tasks_per_group must be 1 or more", field="tasks_per_group")
    dataset: Dataset = yield calls.get_dataset(dataset_id)
    if layout is not None:
        payload = {**payload, "batch_items": check_layout(layout, _schema_fields(dataset))}
    key = "batch:" + (key or _digest(payload, instructions, tasks_per_group))
    scope = yield from scope_flow(account)
    claimer = new_owner()
    claimed: tuple[bool, str | None] = yield from wait_for(
        lambda: ledger.claim_draft(scope, key, claimer), f"task batch {key!r}", ledger, DEFAULT_WAIT
    )
    _, known = claimed
    try:
        batch: TaskBatch | None = None
        if known is not None:
            batch = yield calls.get_batch(known)
            logger.info("Task batch %s was created by an earlier run: resuming it", known)
        if batch is None:
            ledger.record_draft(scope, key, None)
            batch = yield calls.create_batch(payload)
            ledger.record_draft(scope, key, batch.id)
            if instructions is not None:
                yield calls.add_instructions(batch.id, instructions)
    finally:
        ledger.unclaim_draft(scope, key, claimer)
    status = str(batch.status)
    if status == "ERROR":
        # An earlier run's setup failed (its dataset may have been fixed since): set it up again.
        logger.info("Task batch %s ended its last setup in ERROR; setting it up again", batch.id)
    if status not in ("PROCESSING", "READY"):
        try:
            yield calls.setup_batch(batch.id, None, tasks_per_group)
        except (BadRequestError, APIConnectionError, ServerError):
            # A setup whose answer was lost may have started (and a retry of it is refused
            # because it did): look at the batch before reporting a failure.
            current: TaskBatchStatusAnswer = yield calls.batch_status(batch.id)
            if str(current.status) not in ("PROCESSING", "READY"):
                raise
    yield from _wait_ready(batch.id, wait)
    ready: TaskBatch = yield calls.get_batch(batch.id)
    return ready


# -- batches.export / collections.export ----------------------------------------------------------


def export_target(to: str | os.PathLike[str], default_name: str) -> Path:
    """Where the archive goes: `to` itself, or `default_name` inside `to` if it is a folder."""
    path = Path(to)
    if path.is_dir():
        return path / default_name
    if not path.parent.is_dir():
        raise InvalidRequestError(
            f"cannot write {str(path)!r}: the folder {str(path.parent)!r} does not exist",
            field="to",
        )
    return path


def export_flow(kind: str, owner_id: str, to: Path, wait: float) -> Flow[Path]:
    _check_wait(wait)
    request: Callable[[str], Request[Export]] = (
        calls.request_batch_export if kind == "batch" else calls.request_collection_export
    )
    status_of: Callable[[str, str], Request[Export]] = (
        calls.batch_export if kind == "batch" else calls.collection_export
    )
    pause = _pauses(f"Export of {kind} {owner_id}", wait)
    export: Export = yield request(owner_id)
    export_id = export.export_id if isinstance(export.export_id, str) else None
    asked_again = False
    while not (str(export.status) == "complete" and isinstance(export.url, str)):
        status = str(export.status)
        if status == "failed" or export_id is None:
            if asked_again:
                raise TransferError(
                    "GET", None, "ExportFailed", f"Prolific could not build the {kind} export"
                )
            logger.info("Export of %s %s is %s; asking for a new one", kind, owner_id, status)
            asked_again = True
            export = yield request(owner_id)
            export_id = export.export_id if isinstance(export.export_id, str) else None
            continue
        yield from pause(status)
        export = yield status_of(owner_id, export_id)
    logger.info("Downloading the %s export of %s to %s", kind, owner_id, to)
    written: Path = yield Transfer("GET", export.url, to=to)
    return written
