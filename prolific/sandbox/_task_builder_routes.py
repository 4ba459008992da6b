"""Routes of the AI Task Builder, surveys and the storage host, added to the route table."""

from __future__ import annotations

from collections.abc import Callable

from . import _collections, _datasets, _surveys, _task_batches
from ._http import Request, SandboxResponse
from ._state import SandboxState

# The route table imports this module, so the row type is spelt here rather than imported.
RouteRow = tuple[str, str, str, Callable[[SandboxState, Request], SandboxResponse]]

DC = "/api/v1/data-collection"
DATASET = f"{DC}/datasets/{{dataset_id}}"
BATCH = f"{DC}/batches/{{batch_id}}"
COLLECTION = f"{DC}/collections/{{collection_id}}"
SURVEY = "/api/v1/surveys/{survey_id}"


def routes() -> list[RouteRow]:
    d, b, c, s = _datasets, _task_batches, _collections, _surveys
    return [
        ("POST", f"{DC}/datasets", "create_dataset", d.create_dataset),
        ("GET", DATASET, "get_dataset", d.get_dataset),
        ("PATCH", DATASET, "update_dataset_schema", d.update_dataset_schema),
        ("GET", f"{DATASET}/status", "get_dataset_status", d.get_dataset_status),
        (
            "GET",
            f"{DATASET}/upload-url/{{filename}}",
            "get_dataset_upload_url",
            d.get_dataset_upload_url,
        ),
        ("GET", f"{DATASET}/imports/{{import_id}}", "get_dataset_import", d.get_dataset_import),
        ("POST", f"{DATASET}/datapoints", "append_dataset_datapoints", d.append_dataset_datapoints),
        (
            "GET",
            f"{DATASET}/schema-migrations/{{job_id}}",
            "get_schema_migration",
            d.get_schema_migration,
        ),
        ("GET", f"{DC}/batches", "list_task_batches", b.list_task_batches),
        ("POST", f"{DC}/batches", "create_task_batch", b.create_task_batch),
        ("GET", BATCH, "get_task_batch", b.get_task_batch),
        ("PATCH", BATCH, "update_task_batch", b.update_task_batch),
        ("GET", f"{BATCH}/status", "get_task_batch_status", b.get_task_batch_status),
        ("POST", f"{BATCH}/setup", "setup_task_batch", b.setup_task_batch),
        ("GET", f"{BATCH}/responses", "list_task_batch_responses", b.list_task_batch_responses),
        ("GET", f"{BATCH}/report/", "get_task_batch_report", b.get_task_batch_report),
        ("POST", f"{BATCH}/duplicate", "duplicate_task_batch", b.duplicate_task_batch),
        ("POST", f"{BATCH}/sync", "sync_task_batch", b.sync_task_batch),
        ("GET", f"{BATCH}/syncs/{{sync_id}}", "get_task_batch_sync", b.get_task_batch_sync),
        ("POST", f"{BATCH}/export", "request_task_batch_export", b.request_task_batch_export),
        (
            "GET",
            f"{BATCH}/export/{{export_id}}",
            "get_task_batch_export",
            b.get_task_batch_export,
        ),
        (
            "GET",
            f"{BATCH}/instructions",
            "list_task_batch_instructions",
            b.list_task_batch_instructions,
        ),
        (
            "POST",
            f"{BATCH}/instructions",
            "create_task_batch_instructions",
            b.create_task_batch_instructions,
        ),
        (
            "PUT",
            f"{BATCH}/instructions",
            "replace_task_batch_instructions",
            b.replace_task_batch_instructions,
        ),
        ("GET", f"{DC}/collections", "list_collections", c.list_collections),
        ("POST", f"{DC}/collections", "create_collection", c.create_collection),
        ("GET", COLLECTION, "get_collection", c.get_collection),
        ("PUT", COLLECTION, "replace_collection", c.replace_collection),
        (
            "GET",
            f"{COLLECTION}/responses",
            "list_collection_responses",
            c.list_collection_responses,
        ),
        ("POST", f"{COLLECTION}/export", "request_collection_export", c.request_collection_export),
        (
            "GET",
            f"{COLLECTION}/export/{{export_id}}",
            "get_collection_export",
            c.get_collection_export,
        ),
        ("GET", "/api/v1/surveys/", "list_surveys", s.list_surveys),
        ("POST", "/api/v1/surveys/", "create_survey", s.create_survey),
        ("GET", SURVEY, "get_survey", s.get_survey),
        ("DELETE", SURVEY, "delete_survey", s.delete_survey),
        ("GET", f"{SURVEY}/responses/", "list_survey_responses", s.list_survey_responses),
        ("POST", f"{SURVEY}/responses/", "create_survey_response", s.create_survey_response),
        ("DELETE", f"{SURVEY}/responses/", "delete_survey_responses", s.delete_survey_responses),
        ("GET", f"{SURVEY}/responses/summary/", "get_survey_summary", s.get_survey_summary),
        (
            "GET",
            f"{SURVEY}/responses/{{response_id}}",
            "get_survey_response",
            s.get_survey_response,
        ),
        (
            "DELETE",
            f"{SURVEY}/responses/{{response_id}}",
            "delete_survey_response",
            s.delete_survey_response,
        ),
        # The storage host behind presigned URLs (no API token; see _datasets).
        ("PUT", "/_sandbox/storage/{key}", "sandbox_storage_put", d.storage_put),
        ("GET", "/_sandbox/storage/{key}", "sandbox_storage_get", d.storage_get),
    ]
