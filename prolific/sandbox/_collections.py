"""AI Task Builder collections: pages of questions and content, no dataset, no setup."""

from __future__ import annotations

from typing import Any

from ._errors import field_error
from ._http import Request, SandboxResponse, json_response
from ._lookup import in_path
from ._state import SandboxState, iso
from ._task_builder import (
    CONTENT_TYPES,
    QUESTION_TYPES,
    archive,
    collection_responses,
    get_export,
    listing,
    new_uuid,
    request_export,
    store,
    task_details,
    workspace_arg,
    workspace_field,
)
from ._task_builder_state import Collection


def collection_view(collection: Collection) -> dict[str, Any]:
    return {
        "id": collection.id,
        "name": collection.name,
        "workspace_id": collection.workspace_id,
        "created_at": iso(collection.created_at),
        "created_by": collection.created_by,
        "last_modified_at": iso(collection.modified_at),
        "last_modified_by": collection.created_by,
        "schema_version": "1",
        "task_details": collection.task_details,
        "collection_items": collection.pages,
    }


def _pages(state: SandboxState, raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not raw:
        raise field_error("collection_items", "Expected a non-empty list of pages.")
    pages = []
    for p, page in enumerate(raw):
        items = page.get("page_items") if isinstance(page, dict) else None
        if not isinstance(items, list):
            raise field_error("collection_items", f"Page {p} needs a list of page_items.")
        kept = []
        for n, item in enumerate(items):
            kind = item.get("type") if isinstance(item, dict) else None
            if kind not in QUESTION_TYPES + CONTENT_TYPES or kind == "dataset_field":
                raise field_error("collection_items", f"Page {p}, item {n}: unknown type {kind!r}.")
            if kind in QUESTION_TYPES and not isinstance(item.get("description"), str):
                raise field_error("collection_items", f"Page {p}, item {n} needs a description.")
            kept.append({**item, "id": item.get("id") or new_uuid(state), "order": n})
        pages.append(
            {
                "id": page.get("id") or new_uuid(state),
                "created_at": iso(state.now()),
                "created_by": state.user.id,
                "page_items": kept,
            }
        )
    return pages


def _collection(state: SandboxState, req: Request) -> Collection:
    return in_path(store(state).collections, req.params["collection_id"], "Collection")


def list_collections(state: SandboxState, req: Request) -> SandboxResponse:
    workspace_id = workspace_arg(state, req)
    items = [
        collection_view(c)
        for c in store(state).collections.values()
        if c.workspace_id == workspace_id
    ]
    try:
        offset = max(0, int(req.arg("offset") or 0))
        limit = req.arg("limit")
        end = None if limit is None else offset + max(0, int(limit))
    except ValueError as exc:  # found by `make fuzz`: offset=true answered 500
        raise field_error("offset", "limit and offset must be whole numbers.") from exc
    window = items[offset:end]
    return json_response(200, {"results": window, "meta": {"count": len(items)}})


def create_collection(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    details = task_details(fields, required=True)
    assert details is not None
    collection = Collection(
        id=new_uuid(state),
        name=fields.req_text("name"),
        workspace_id=workspace_field(state, fields),
        created_by=state.user.id,
        created_at=state.now(),
        modified_at=state.now(),
        task_details=details,
        pages=_pages(state, fields.data.get("collection_items")),
    )
    store(state).collections[collection.id] = collection
    return json_response(201, collection_view(collection))


def get_collection(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, collection_view(_collection(state, req)))


def replace_collection(state: SandboxState, req: Request) -> SandboxResponse:
    collection = _collection(state, req)
    fields = req.fields()
    details = task_details(fields, required=True)
    assert details is not None
    name = fields.req_text("name")
    workspace_field(state, fields)
    collection.pages = _pages(state, fields.data.get("collection_items"))
    collection.name, collection.task_details = name, details
    collection.modified_at = state.now()
    return json_response(200, collection_view(collection))


def list_collection_responses(state: SandboxState, req: Request) -> SandboxResponse:
    return listing(collection_responses(state, _collection(state, req)))


def request_collection_export(state: SandboxState, req: Request) -> SandboxResponse:
    collection = _collection(state, req)
    return request_export(
        state,
        req,
        collection.id,
        collection.exports,
        lambda: archive(collection.name, collection_responses(state, collection), state.now()),
    )


def get_collection_export(state: SandboxState, req: Request) -> SandboxResponse:
    return get_export(state, req, _collection(state, req).exports)
