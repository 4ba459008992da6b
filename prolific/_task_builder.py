"""The AI Task Builder and survey calls, described as requests (no I/O), with their input checks.

Shared by the namespaces (``resources/ai_task_builder.py``, ``resources/surveys.py``) and the
workflows (``_workflows/task_builder.py``); every request is built from the spec's descriptors
(``prolific_api.operations``). Task Builder IDs are UUIDs, not 24-hex Prolific IDs.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from prolific_api import operations as ops
from prolific_api.models.collection import Collection
from prolific_api.models.collection_response import CollectionResponse
from prolific_api.models.datapoints_appended import DatapointsAppended
from prolific_api.models.dataset import Dataset
from prolific_api.models.dataset_import import DatasetImport
from prolific_api.models.dataset_status_answer import DatasetStatusAnswer
from prolific_api.models.dataset_upload_url import DatasetUploadUrl
from prolific_api.models.export import Export
from prolific_api.models.instruction import Instruction
from prolific_api.models.presigned_download import PresignedDownload
from prolific_api.models.schema_migration import SchemaMigration
from prolific_api.models.survey import Survey
from prolific_api.models.survey_response import SurveyResponse
from prolific_api.models.survey_summary import SurveySummary
from prolific_api.models.sync_job import SyncJob
from prolific_api.models.task_batch import TaskBatch
from prolific_api.models.task_batch_status_answer import TaskBatchStatusAnswer
from prolific_api.models.task_response import TaskResponse

from ._payload import build_body
from ._request import PageQuery, Request, build, no_content
from ._validation import check_id, check_positive_int
from .errors import InvalidRequestError

__all__ = [
    "BATCH_METHOD",
    "COLLECTION_METHOD",
    "MAX_APPEND_RECORDS",
    "check_uuid",
    "data_collection_fields",
    "instructions_parse",
]

#: Prolific takes at most this many records per append call.
MAX_APPEND_RECORDS = 1000
_TASK_DETAILS = ("task_name", "task_introduction", "task_steps")
BATCH_METHOD = "AI_TASK_BUILDER_BATCH"
COLLECTION_METHOD = "AI_TASK_BUILDER_COLLECTION"


def check_uuid(name: str, value: object) -> str:
    """A Task Builder ID: a UUID such as ``1b4e28ba-2fa1-11d2-883f-0016d3cca427``."""
    try:
        return str(uuid.UUID(str(value))) if isinstance(value, str) else _bad_uuid(name, value)
    except ValueError:
        return _bad_uuid(name, value)


def _bad_uuid(name: str, value: object) -> str:
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    raise InvalidRequestError(
        f"{name} must be an AI Task Builder ID (a UUID), got {shown}", field=name
    )


def _segment(name: str, value: object) -> str:
    """An ID used as one path segment (surveys: not a UUID)."""
    if not isinstance(value, str) or not value.strip() or "/" in value:
        raise InvalidRequestError(f"{name} must be a non-empty ID, got {value!r}", field=name)
    return value


def check_task_details(details: object) -> dict[str, str]:
    to_dict = getattr(details, "to_dict", None)
    if not isinstance(details, Mapping) and callable(to_dict):
        details = to_dict()
    if not isinstance(details, Mapping) or not all(
        isinstance(details.get(k), str) and details[k].strip() for k in _TASK_DETAILS
    ):
        raise InvalidRequestError(
            "task_details needs task_name, task_introduction and task_steps (the last two in HTML)",
            field="task_details",
        )
    return {k: details[k] for k in _TASK_DETAILS}


def data_collection_fields(
    data_collection: TaskBatch | Collection, annotators_per_task: int | None
) -> dict[str, Any]:
    """The study fields that make a study run a task batch or a collection.

    A batch must be ``READY`` (set up): a study cannot use it before, and Prolific derives the
    study's places from its task groups times ``annotators_per_task``.
    """
    if isinstance(data_collection, TaskBatch):
        if str(data_collection.status) != "READY":
            raise InvalidRequestError(
                f"task batch {data_collection.id} is {data_collection.status}; a study can use "
                "it once it is READY (batches.create_ready waits for that)",
                field="data_collection",
            )
        fields: dict[str, Any] = {
            "data_collection_method": BATCH_METHOD,
            "data_collection_id": data_collection.id,
        }
    elif isinstance(data_collection, Collection):
        fields = {
            "data_collection_method": COLLECTION_METHOD,
            "data_collection_id": data_collection.id,
        }
    else:
        raise InvalidRequestError(
            "data_collection must be a TaskBatch (batches.create_ready) or a Collection, got "
            f"{type(data_collection).__name__}",
            field="data_collection",
        )
    if annotators_per_task is not None:
        if fields["data_collection_method"] != BATCH_METHOD:
            raise InvalidRequestError(
                "annotators_per_task applies to task batches only", field="annotators_per_task"
            )
        count = check_positive_int("annotators_per_task", annotators_per_task)
        fields["data_collection_metadata"] = {"annotators_per_task": count}
    return fields


# -- datasets -------------------------------------------------------------------------------------


def _dataset(dataset_id: str) -> str:
    return check_uuid("dataset_id", dataset_id)


def create_dataset(
    workspace_id: str, name: str, schema: Mapping[str, Any] | None
) -> Request[Dataset]:
    if not isinstance(name, str) or not name.strip():
        raise InvalidRequestError("name must be a non-empty string", field="name")
    body: dict[str, Any] = {"name": name, "workspace_id": check_id("workspace_id", workspace_id)}
    if schema is not None:
        body["schema"] = dict(schema)
    return build(ops.create_dataset, json=body)


def get_dataset(dataset_id: str) -> Request[Dataset]:
    return build(ops.get_dataset, dataset_id=_dataset(dataset_id))


def update_dataset_schema(dataset_id: str, schema: Mapping[str, Any]) -> Request[Dataset]:
    body = {"schema": dict(schema)}
    return build(ops.update_dataset_schema, json=body, dataset_id=_dataset(dataset_id))


def dataset_status(dataset_id: str) -> Request[DatasetStatusAnswer]:
    return build(ops.get_dataset_status, dataset_id=_dataset(dataset_id))


def upload_url(dataset_id: str, filename: str) -> Request[DatasetUploadUrl]:
    if not isinstance(filename, str) or not filename or "/" in filename or "\\" in filename:
        raise InvalidRequestError(
            f"filename must be a plain file name such as 'items.jsonl', got {filename!r}",
            field="filename",
        )
    return build(ops.get_dataset_upload_url, dataset_id=_dataset(dataset_id), filename=filename)


def dataset_import(dataset_id: str, import_id: str) -> Request[DatasetImport]:
    return build(
        ops.get_dataset_import,
        dataset_id=_dataset(dataset_id),
        import_id=check_uuid("import_id", import_id),
    )


def append_datapoints(dataset_id: str, jsonl: bytes, count: int) -> Request[DatapointsAppended]:
    if count > MAX_APPEND_RECORDS:
        raise InvalidRequestError(
            f"Prolific takes at most {MAX_APPEND_RECORDS} records per append, got {count}; "
            "upload a file with datasets.upload() instead",
            field="records",
        )
    request = build(ops.append_dataset_datapoints, dataset_id=_dataset(dataset_id))
    return request.replace(content=jsonl, headers={"Content-Type": "application/x-ndjson"})


def schema_migration(dataset_id: str, job_id: str) -> Request[SchemaMigration]:
    return build(
        ops.get_schema_migration,
        dataset_id=_dataset(dataset_id),
        job_id=check_uuid("job_id", job_id),
    )


# -- batches --------------------------------------------------------------------------------------


def _batch(batch_id: str) -> str:
    return check_uuid("batch_id", batch_id)


def list_batches(workspace_id: str) -> PageQuery[TaskBatch]:
    query = {"workspace_id": check_id("workspace_id", workspace_id)}
    return build(ops.list_task_batches, query=query)


def batch_body(
    body: Any,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None = None,
    *,
    creating: bool,
) -> dict[str, Any]:
    op = ops.create_task_batch if creating else ops.update_task_batch
    if "auto_sync" in fields or "auto_sync" in (extra_body or {}):
        raise InvalidRequestError("auto_sync is now called auto_sync_enabled", field="auto_sync")
    payload = build_body(body, fields, op=op, extra_body=extra_body)
    if creating:
        missing = [k for k in op.body_required if not payload.get(k)]
        if missing:
            raise InvalidRequestError(f"a task batch needs {', '.join(missing)}", field=missing[0])
    if "task_details" in payload:
        payload["task_details"] = check_task_details(payload["task_details"])
    if payload.get("dataset_id") is not None:
        check_uuid("dataset_id", payload["dataset_id"])
    return payload


def create_batch(payload: dict[str, Any]) -> Request[TaskBatch]:
    return build(ops.create_task_batch, json=payload)


def get_batch(batch_id: str) -> Request[TaskBatch]:
    return build(ops.get_task_batch, batch_id=_batch(batch_id))


def update_batch(batch_id: str, payload: dict[str, Any]) -> Request[TaskBatch]:
    return build(ops.update_task_batch, json=payload, batch_id=_batch(batch_id))


def batch_status(batch_id: str) -> Request[TaskBatchStatusAnswer]:
    return build(ops.get_task_batch_status, batch_id=_batch(batch_id))


def setup_batch(batch_id: str, dataset_id: str | None, tasks_per_group: int | None) -> Request[Any]:
    body: dict[str, Any] = {}
    if dataset_id is not None:
        body["dataset_id"] = check_uuid("dataset_id", dataset_id)
    if tasks_per_group is not None:
        body["tasks_per_group"] = check_positive_int("tasks_per_group", tasks_per_group)
    return build(ops.setup_task_batch, json=body, batch_id=_batch(batch_id)).replace(
        parse=no_content
    )


def batch_responses(batch_id: str) -> PageQuery[TaskResponse]:
    return build(ops.list_task_batch_responses, batch_id=_batch(batch_id))


def batch_report(batch_id: str) -> Request[PresignedDownload]:
    return build(ops.get_task_batch_report, batch_id=_batch(batch_id))


def duplicate_batch(
    batch_id: str, name: str | None, upload_new_dataset: bool
) -> Request[TaskBatch]:
    body: dict[str, Any] = {"upload_new_dataset": bool(upload_new_dataset)}
    if name is not None:
        body["name"] = name
    return build(ops.duplicate_task_batch, json=body, batch_id=_batch(batch_id))


def sync_batch(batch_id: str) -> Request[SyncJob]:
    return build(ops.sync_task_batch, batch_id=_batch(batch_id))


def batch_sync(batch_id: str, sync_id: str) -> Request[SyncJob]:
    return build(
        ops.get_task_batch_sync, batch_id=_batch(batch_id), sync_id=check_uuid("sync_id", sync_id)
    )


def request_batch_export(batch_id: str) -> Request[Export]:
    return build(ops.request_task_batch_export, batch_id=_batch(batch_id))


def batch_export(batch_id: str, export_id: str) -> Request[Export]:
    return build(
        ops.get_task_batch_export,
        batch_id=_batch(batch_id),
        export_id=check_uuid("export_id", export_id),
    )


def instructions_parse(body: Any) -> list[Instruction]:
    items = body.get("results", []) if isinstance(body, dict) else body
    return [Instruction.from_dict(item) for item in items]


def _instruction_list(instructions: Any) -> list[dict[str, Any]]:
    listed = [
        i.to_dict() if callable(getattr(i, "to_dict", None)) else dict(i) for i in instructions
    ]
    if not listed or not all(isinstance(i.get("type"), str) for i in listed):
        raise InvalidRequestError(
            "instructions must be a non-empty list, each with a type", field="instructions"
        )
    return listed


def list_instructions(batch_id: str) -> PageQuery[Instruction]:
    return build(ops.list_task_batch_instructions, batch_id=_batch(batch_id))


def add_instructions(batch_id: str, instructions: Any) -> Request[list[Instruction]]:
    return _send_instructions(ops.create_task_batch_instructions, batch_id, instructions)


def replace_instructions(batch_id: str, instructions: Any) -> Request[list[Instruction]]:
    return _send_instructions(ops.replace_task_batch_instructions, batch_id, instructions)


def _send_instructions(
    op: ops.Operation[Any], batch_id: str, instructions: Any
) -> Request[list[Instruction]]:
    body = {"instructions": _instruction_list(instructions)}
    return build(op, json=body, batch_id=_batch(batch_id)).replace(parse=instructions_parse)


# -- collections ----------------------------------------------------------------------------------


def _collection(collection_id: str) -> str:
    return check_uuid("collection_id", collection_id)


def list_collections(workspace_id: str) -> PageQuery[Collection]:
    query = {"workspace_id": check_id("workspace_id", workspace_id)}
    return build(ops.list_collections, query=query)


def collection_body(
    body: Any, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    payload = build_body(body, fields, op=ops.create_collection, extra_body=extra_body)
    missing = [k for k in ops.create_collection.body_required if k not in payload]
    if missing:
        raise InvalidRequestError(
            f"a collection needs {', '.join(missing)} (replace sends every field)",
            field=missing[0],
        )
    payload["task_details"] = check_task_details(payload["task_details"])
    if not isinstance(payload["collection_items"], list) or not payload["collection_items"]:
        raise InvalidRequestError(
            "collection_items must be a non-empty list of pages", field="collection_items"
        )
    return payload


def create_collection(payload: dict[str, Any]) -> Request[Collection]:
    return build(ops.create_collection, json=payload)


def get_collection(collection_id: str) -> Request[Collection]:
    return build(ops.get_collection, collection_id=_collection(collection_id))


def replace_collection(collection_id: str, payload: dict[str, Any]) -> Request[Collection]:
    return build(ops.replace_collection, json=payload, collection_id=_collection(collection_id))


def collection_responses(collection_id: str) -> PageQuery[CollectionResponse]:
    return build(ops.list_collection_responses, collection_id=_collection(collection_id))


def request_collection_export(collection_id: str) -> Request[Export]:
    return build(ops.request_collection_export, collection_id=_collection(collection_id))


def collection_export(collection_id: str, export_id: str) -> Request[Export]:
    return build(
        ops.get_collection_export,
        collection_id=_collection(collection_id),
        export_id=check_uuid("export_id", export_id),
    )


#: Survey lists are windows of `limit` items from `offset`, 100 by default on Prolific and
#: without next links; the pager asks for the next window while one comes back full.
_SURVEY_WINDOW = {"limit": 100, "offset": 0}


# -- surveys --------------------------------------------------------------------------------------


def list_surveys(researcher_id: str) -> PageQuery[Survey]:
    query = {"researcher_id": check_id("researcher_id", researcher_id), **_SURVEY_WINDOW}
    return build(ops.list_surveys, query=query)


def survey_body(
    body: Any, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    payload = build_body(body, fields, op=ops.create_survey, extra_body=extra_body)
    if not payload.get("researcher_id") or not payload.get("title"):
        raise InvalidRequestError(
            "a survey needs researcher_id (client.users.me().id) and title", field="title"
        )
    if ("sections" in payload) == ("questions" in payload):
        raise InvalidRequestError(
            "give a survey either sections (which Prolific's survey page shows) or questions",
            field="sections",
        )
    return payload


def create_survey(payload: dict[str, Any]) -> Request[Survey]:
    return build(ops.create_survey, json=payload)


def get_survey(survey_id: str) -> Request[Survey]:
    return build(ops.get_survey, survey_id=_segment("survey_id", survey_id))


def delete_survey(survey_id: str) -> Request[Any]:
    return build(ops.delete_survey, survey_id=_segment("survey_id", survey_id))


def survey_responses(survey_id: str) -> PageQuery[SurveyResponse]:
    survey = _segment("survey_id", survey_id)
    return build(ops.list_survey_responses, query=_SURVEY_WINDOW, survey_id=survey)


def survey_response_body(
    body: Any, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    payload = build_body(body, fields, op=ops.create_survey_response, extra_body=extra_body)
    if not payload.get("participant_id") or not payload.get("submission_id"):
        raise InvalidRequestError(
            "a survey response needs participant_id and submission_id", field="participant_id"
        )
    if "sections" not in payload and "questions" not in payload:
        raise InvalidRequestError(
            "a survey response gives its answers by sections or by questions", field="sections"
        )
    return payload


def create_survey_response(survey_id: str, payload: dict[str, Any]) -> Request[SurveyResponse]:
    survey = _segment("survey_id", survey_id)
    return build(ops.create_survey_response, json=payload, survey_id=survey)


def get_survey_response(survey_id: str, response_id: str) -> Request[SurveyResponse]:
    return build(
        ops.get_survey_response,
        survey_id=_segment("survey_id", survey_id),
        response_id=_segment("response_id", response_id),
    )


def delete_survey_response(survey_id: str, response_id: str) -> Request[Any]:
    return build(
        ops.delete_survey_response,
        survey_id=_segment("survey_id", survey_id),
        response_id=_segment("response_id", response_id),
    )


def delete_survey_responses(survey_id: str) -> Request[Any]:
    return build(ops.delete_survey_responses, survey_id=_segment("survey_id", survey_id))


def survey_summary(survey_id: str) -> Request[SurveySummary]:
    return build(ops.get_survey_summary, survey_id=_segment("survey_id", survey_id))
