"""AI Task Builder datasets, their uploads and import jobs, and the storage endpoint.

A file travels the way it does on Prolific: the client asks for a presigned URL, PUTs the file
there (the storage host refuses a request that also carries an ``Authorization`` header, as S3
does), and the import runs on the sandbox clock. Malformed files fail their import; records
that break the schema are refused one by one (``partial``).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

from ._errors import SandboxError, bad_request, field_error
from ._http import Request, SandboxResponse, json_response
from ._lookup import in_path
from ._state import SandboxState, iso
from ._task_builder import (
    at,
    new_file,
    new_uuid,
    start_sync,
    storage_url,
    store,
    workspace_field,
)
from ._task_builder_state import Dataset, ImportJob, MigrationJob, StorageRequest, StoredFile

FIELD_TYPES = ("text", "image_url", "metadata", "task_group_id")
#: extension -> Content-Type, per dataset kind.
STRUCTURED_FILES = {".jsonl": "application/x-ndjson", ".csv": "text/csv"}
LEGACY_FILES = {".csv": "text/csv", ".zip": "application/zip"}
MAX_APPEND = 1000
GROUPING_COLUMN = "META_TASK_GROUP_ID"


def _schema(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get("fields"), dict) or not raw["fields"]:
        raise field_error("schema", "A schema needs `strict` and a non-empty map of `fields`.")
    strict = raw.get("strict")
    if not isinstance(strict, bool):
        raise field_error("schema", "`strict` must be true or false.")
    fields: dict[str, Any] = {}
    for name, spec in raw["fields"].items():
        if not isinstance(spec, dict) or spec.get("type") not in FIELD_TYPES:
            raise field_error(
                "schema", f"Field {name!r} needs a type among {', '.join(FIELD_TYPES)}."
            )
        fields[name] = {k: spec[k] for k in ("type", "label") if k in spec}
    return {"strict": strict, "fields": fields}


def shown_fields(dataset: Dataset | None) -> dict[str, str] | None:
    """Field name -> type of a structured dataset with a schema (``None`` otherwise)."""
    if dataset is None or dataset.schema is None:
        return None
    return {name: spec["type"] for name, spec in dataset.schema["fields"].items()}


def import_view(job: ImportJob) -> dict[str, Any]:
    view: dict[str, Any] = {
        "import_id": job.id,
        "dataset_id": job.dataset_id,
        "type": "file_upload",
        "filename": job.filename,
        "status": job.status,
        "created_at": iso(job.created_at),
        "updated_at": iso(job.updated_at),
    }
    if job.status in ("complete", "partial"):
        view["accepted_count"] = job.accepted_count
    if job.status == "partial":
        view["rejected_count"] = job.rejected_count
        view["errors"] = job.errors
    if job.status == "failed":
        view["reason"] = job.reason
    return view


def dataset_view(dataset: Dataset) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": dataset.id,
        "name": dataset.name,
        "workspace_id": dataset.workspace_id,
        "created_at": iso(dataset.created_at),
        "created_by": dataset.created_by,
        "total_datapoint_count": len(dataset.records),
        "schema_version": 4 if dataset.structured else 3,
    }
    if dataset.structured:
        view["schema"] = dataset.schema
        view["imports"] = [import_view(job) for job in reversed(dataset.imports)]
    else:
        view["status"] = dataset.status
        view["filename"] = dataset.filename
        view["has_predetermined_grouping_id"] = dataset.has_grouping_column
    return view


def _dataset(state: SandboxState, req: Request) -> Dataset:
    return in_path(store(state).datasets, req.params["dataset_id"], "Dataset")


# -- reading files --------------------------------------------------------------------------------


class Unreadable(Exception):
    """The whole file is malformed: its import fails with this reason."""


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"The file is not UTF-8 text (byte {exc.start}).") from exc


def _csv_rows(body: bytes) -> list[dict[str, Any]]:
    reader = csv.reader(io.StringIO(_text(body)))
    try:
        rows = [row for row in reader if row]
    except csv.Error as exc:
        raise Unreadable(f"The CSV file is malformed: {exc}.") from exc
    if len(rows) < 2:
        raise Unreadable("The CSV file needs a header row and at least one record.")
    header = rows[0]
    if len(set(header)) != len(header) or any(not name.strip() for name in header):
        raise Unreadable("The CSV header has blank or repeated column names.")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise Unreadable(f"Line {n} has {len(row)} values for {len(header)} columns.")
        out.append(dict(zip(header, row, strict=True)))
    return out


def _jsonl_records(body: bytes) -> list[Any]:
    lines = [line for line in _text(body).splitlines() if line.strip()]
    if not lines:
        raise Unreadable("The file holds no records.")
    records: list[Any] = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except ValueError:
            records.append(_BROKEN)
    if all(r is _BROKEN for r in records):
        raise Unreadable("No line of the file is a JSON object; is it JSONL?")
    return records


_BROKEN = object()


def check_records(
    dataset: Dataset, records: list[Any], *, first_index: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(accepted records, problems) of records checked against the dataset's schema."""
    assert dataset.schema is not None
    fields: dict[str, Any] = dataset.schema["fields"]
    accepted: list[dict[str, Any]] = []
    problems: list[dict[str, Any]] = []
    for n, record in enumerate(records, start=first_index):

        def refuse(field: str, reason: str, n: int = n) -> None:
            problems.append({"record_index": n, "field": field, "reason": reason})

        if not isinstance(record, dict):
            refuse("_raw", "Not a JSON object.")
            continue
        missing = [name for name in fields if record.get(name) in (None, "")]
        if dataset.schema["strict"] and missing:
            refuse(missing[0], "Missing, and the schema is strict.")
            continue
        wrong = next(
            (
                name
                for name, spec in fields.items()
                if name in record
                and spec["type"] in ("text", "image_url")
                and not isinstance(record[name], str)
            ),
            None,
        )
        if wrong is not None:
            refuse(wrong, "Expected text.")
            continue
        bad_url = next(
            (
                name
                for name, spec in fields.items()
                if spec["type"] == "image_url"
                and isinstance(record.get(name), str)
                and not record[name].startswith(("https://", "http://"))
            ),
            None,
        )
        if bad_url is not None:
            refuse(bad_url, "Not a URL.")
            continue
        accepted.append(record)
    return accepted, problems


def _finish_import(state: SandboxState, dataset: Dataset, job: ImportJob, body: bytes) -> None:
    job.updated_at = state.now()
    try:
        records = _csv_rows(body) if job.filename.lower().endswith(".csv") else _jsonl_records(body)
    except Unreadable as exc:
        job.status, job.reason = "failed", str(exc)
        return
    if dataset.schema is None:
        job.status = "pending_schema"
        return
    accepted, problems = check_records(dataset, records, first_index=0)
    if not accepted:
        job.status = "failed"
        job.reason = f"No record could be imported; the first was refused: {problems[0]['reason']}"
        job.errors = problems
        return
    dataset.records.extend(accepted)
    job.accepted_count, job.rejected_count = len(accepted), len(problems)
    job.errors = problems
    job.status = "partial" if problems else "complete"


def _finish_legacy(state: SandboxState, dataset: Dataset, stored: StoredFile) -> None:
    body = stored.body or b""
    try:
        if stored.filename.lower().endswith(".zip"):
            try:
                with zipfile.ZipFile(io.BytesIO(body)) as zf:
                    inner = [n for n in zf.namelist() if n.lower().endswith(".csv")]
                    if not inner:
                        raise Unreadable("The ZIP file holds no CSV file.")
                    body = zf.read(inner[0])
            except zipfile.BadZipFile as exc:
                raise Unreadable("The file is not a ZIP archive.") from exc
        rows = _csv_rows(body)
    except Unreadable as exc:
        dataset.status = "ERROR"
        state.warn(f"Dataset {dataset.id}: {exc}")
        return
    dataset.records = rows
    dataset.has_grouping_column = GROUPING_COLUMN in rows[0]
    dataset.status = "READY"


# -- handlers -------------------------------------------------------------------------------------


def create_dataset(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    name = fields.req_text("name")
    workspace_id = workspace_field(state, fields)
    raw_schema = fields.data.get("schema")
    schema = None if raw_schema is None else _schema(raw_schema)
    dataset = Dataset(
        id=new_uuid(state),
        name=name,
        workspace_id=workspace_id,
        created_by=state.user.id,
        created_at=state.now(),
        schema=schema,
        structured=schema is not None,
    )
    store(state).datasets[dataset.id] = dataset
    return json_response(201, dataset_view(dataset))


def get_dataset(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, dataset_view(_dataset(state, req)))


def update_dataset_schema(state: SandboxState, req: Request) -> SandboxResponse:
    dataset = _dataset(state, req)
    if not dataset.structured:
        raise bad_request("Only structured (V4) datasets have a schema to change.")
    schema = _schema(req.fields().mapping("schema", required=True))
    view_extra: dict[str, Any] = {}
    if dataset.schema is not None:
        old = {k for k, v in dataset.schema["fields"].items() if v["type"] == "task_group_id"}
        new = {k for k, v in schema["fields"].items() if v["type"] == "task_group_id"}
        if old != new:
            raise bad_request("The task_group_id field of a dataset cannot change.")
        dataset.schema_version_number += 1
        job = MigrationJob(
            id=new_uuid(state),
            dataset_id=dataset.id,
            schema_version=dataset.schema_version_number,
            created_at=state.now(),
            updated_at=state.now(),
        )
        dataset.migrations[job.id] = job

        def migrate() -> None:
            job.status, job.reprocessed_count = "complete", len(dataset.records)
            job.updated_at = state.now()

        state.schedule(store(state).delays.migration, migrate)
        view_extra["migration_job_id"] = job.id
    dataset.schema = schema
    for job_waiting in dataset.imports:
        if job_waiting.status == "pending_schema":
            job_waiting.status = "queued"
    return json_response(200, {**dataset_view(dataset), **view_extra})


def get_dataset_status(state: SandboxState, req: Request) -> SandboxResponse:
    dataset = _dataset(state, req)
    if dataset.structured:
        raise bad_request("Structured (V4) datasets report progress per import job.")
    return json_response(200, {"status": dataset.status})


def get_dataset_upload_url(state: SandboxState, req: Request) -> SandboxResponse:
    dataset = _dataset(state, req)
    filename = req.params["filename"]
    allowed = STRUCTURED_FILES if dataset.structured else LEGACY_FILES
    extension = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in allowed:
        kind = "structured (V4)" if dataset.structured else "legacy (V3)"
        raise bad_request(
            f"A {kind} dataset takes {' or '.join(sorted(allowed))} files, not {filename!r}."
        )
    stored = new_file(state, dataset.id, filename, allowed[extension])
    answer: dict[str, Any] = {
        "dataset_id": dataset.id,
        "upload_url": storage_url(state, req, stored),
        "http_method": "PUT",
        "content_type": stored.content_type,
        "expires_at": at(stored.expires_at),
        "file_key": f"datasets/{dataset.id}/{filename}",
    }
    if dataset.structured:
        job = ImportJob(
            id=new_uuid(state),
            dataset_id=dataset.id,
            filename=filename,
            created_at=state.now(),
            updated_at=state.now(),
        )
        dataset.imports.append(job)
        stored.import_id = job.id
        answer["import_id"] = job.id
    return json_response(201, answer)


def get_dataset_import(state: SandboxState, req: Request) -> SandboxResponse:
    dataset = _dataset(state, req)
    job = next((j for j in dataset.imports if j.id == req.params["import_id"]), None)
    if job is None:
        raise SandboxError(404, f"Import job {req.params['import_id']!r} was not found.")
    return json_response(200, import_view(job))


def append_dataset_datapoints(state: SandboxState, req: Request) -> SandboxResponse:
    dataset = _dataset(state, req)
    if not dataset.structured or dataset.schema is None:
        raise bad_request("Records can only be appended to a structured dataset with a schema.")
    if any(j.status in ("queued", "processing") for j in dataset.imports) or any(
        m.status == "processing" for m in dataset.migrations.values()
    ):
        raise SandboxError(409, "An import or a schema migration is running; retry once it ends.")
    try:
        records = _jsonl_records(req.body)
    except Unreadable as exc:
        raise bad_request(str(exc)) from exc
    if len(records) > MAX_APPEND:
        raise bad_request(f"At most {MAX_APPEND} records per append; upload a file instead.")
    accepted, problems = check_records(dataset, records, first_index=1)
    known = {json.dumps(r, sort_keys=True) for r in dataset.records}
    for record in accepted:
        if json.dumps(record, sort_keys=True) not in known:
            dataset.records.append(record)
    for batch in store(state).batches.values():
        if batch.auto_sync_enabled and batch.dataset_id == dataset.id and batch.status == "READY":
            start_sync(state, batch)
    return json_response(
        200, {"accepted": len(accepted), "rejected": len(problems), "errors": problems}
    )


def get_schema_migration(state: SandboxState, req: Request) -> SandboxResponse:
    dataset = _dataset(state, req)
    job = in_path(dataset.migrations, req.params["job_id"], "Schema migration")
    view = {
        "job_id": job.id,
        "dataset_id": dataset.id,
        "schema_version": job.schema_version,
        "status": job.status,
        "created_at": iso(job.created_at),
        "updated_at": iso(job.updated_at),
    }
    if job.reprocessed_count is not None:
        view["reprocessed_count"] = job.reprocessed_count
    return json_response(200, view)


# -- the storage endpoint (stands in for the presigned URL's host) --------------------------------

#: Operation IDs of the storage routes: answered without the API token, like S3.
STORAGE_OPERATIONS = frozenset({"sandbox_storage_put", "sandbox_storage_get"})


def _storage_error(status: int, code: str, message: str) -> SandboxResponse:
    body = f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    return SandboxResponse(status, {"Content-Type": "application/xml"}, body.encode())


def _storage(state: SandboxState, req: Request) -> StoredFile | SandboxResponse:
    """The file behind a presigned URL, or the storage host's refusal (already logged)."""
    stored = store(state).files.get(req.params["key"])
    if stored is None:
        refusal = _storage_error(404, "NoSuchKey", "The specified key does not exist.")
    elif "authorization" in req.headers:
        refusal = _storage_error(
            400,
            "InvalidArgument",
            "Only one auth mechanism allowed; the URL is presigned, so send no Authorization.",
        )
    elif stored.expires_at <= state.clock.now():
        refusal = _storage_error(403, "AccessDenied", "Request has expired.")
    else:
        return stored
    return _logged(state, req, refusal)


def _logged(state: SandboxState, req: Request, response: SandboxResponse) -> SandboxResponse:
    # Keep that a credential arrived, never the credential itself.
    headers = {k: "[present]" if k == "authorization" else v for k, v in req.headers.items()}
    store(state).storage_requests.append(
        StorageRequest(req.method, req.params.get("key", ""), headers, response.status)
    )
    return response


def storage_put(state: SandboxState, req: Request) -> SandboxResponse:
    stored = _storage(state, req)
    if isinstance(stored, SandboxResponse):
        return stored
    if stored.download is not None:
        return _logged(
            state, req, _storage_error(403, "AccessDenied", "This URL was signed for downloading.")
        )
    sent_type = req.headers.get("content-type", "").split(";")[0].strip()
    if sent_type != stored.content_type:
        return _logged(
            state,
            req,
            _storage_error(
                403,
                "SignatureDoesNotMatch",
                f"The URL was signed for Content-Type {stored.content_type}, "
                f"not {sent_type or 'none'}.",
            ),
        )
    stored.body = req.body
    answer = _logged(state, req, SandboxResponse(200, {"ETag": f'"{stored.key[:16]}"'}, b""))
    dataset = store(state).datasets.get(stored.dataset_id)
    if dataset is not None:
        _start_processing(state, dataset, stored)
    return answer


def _start_processing(state: SandboxState, dataset: Dataset, stored: StoredFile) -> None:
    delay = store(state).delays.dataset_import
    body = stored.body or b""
    if dataset.structured:
        job = next((j for j in dataset.imports if j.id == stored.import_id), None)
        if job is None or job.status not in ("uninitialised", "failed"):
            return
        job.status, job.updated_at = "processing", state.now()
        state.schedule(delay, lambda: _finish_import(state, dataset, job, body))
    else:
        dataset.filename = stored.filename
        dataset.status = "PROCESSING"
        state.schedule(delay, lambda: _finish_legacy(state, dataset, stored))


def storage_get(state: SandboxState, req: Request) -> SandboxResponse:
    stored = _storage(state, req)
    if isinstance(stored, SandboxResponse):
        return stored
    content = stored.download if stored.download is not None else stored.body
    if content is None:
        return _logged(
            state, req, _storage_error(404, "NoSuchKey", "Nothing was uploaded here yet.")
        )
    return _logged(state, req, SandboxResponse(200, {"Content-Type": stored.content_type}, content))
