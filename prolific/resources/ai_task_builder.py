"""``client.ai_task_builder``: datasets, task batches and collections of Prolific's AI Task Builder.

The journey: ``datasets.upload`` a file (or rows) and wait for its import; ``batches.create_ready``
a batch of tasks over it and wait until it is ``READY``; run it as a study with
``studies.create_and_publish(..., data_collection=batch)``; then ``batches.responses`` (a lazy
pager) or ``batches.export(batch_id, to=path)`` for a ZIP of the answers. Collections gather
what participants make, with no dataset. IDs here are UUIDs, not 24-hex Prolific IDs.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

from prolific_api.models.collection import Collection
from prolific_api.models.collection_response import CollectionResponse
from prolific_api.models.datapoints_appended import DatapointsAppended
from prolific_api.models.dataset import Dataset
from prolific_api.models.dataset_import import DatasetImport
from prolific_api.models.dataset_upload_url import DatasetUploadUrl
from prolific_api.models.export import Export
from prolific_api.models.instruction import Instruction
from prolific_api.models.presigned_download import PresignedDownload
from prolific_api.models.schema_migration import SchemaMigration
from prolific_api.models.sync_job import SyncJob
from prolific_api.models.task_batch import TaskBatch
from prolific_api.models.task_response import TaskResponse
from prolific_api.params import (
    CollectionWriteParams,
    TaskBatchCreateParams,
    TaskBatchUpdateParams,
)

from .. import _task_builder as calls
from .._base_client import AsyncAPIClient, AsyncResource, SyncAPIClient, SyncResource
from .._flow import Flow, blocking, run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import _user_stacklevel
from .._workflows.task_builder import (
    create_ready_flow,
    export_flow,
    export_target,
    prepare_upload,
    upload_flow,
)
from ..errors import InvalidRequestError

if TYPE_CHECKING:
    from .._ledger import BonusLedger

__all__ = [
    "AITaskBuilder",
    "AsyncAITaskBuilder",
    "AsyncBatches",
    "AsyncCollections",
    "AsyncDatasets",
    "Batches",
    "Collections",
    "Datasets",
]

#: Default seconds a workflow waits for an import, a setup or an export.
DEFAULT_WAIT = 600.0
_Body = Mapping[str, Any] | None
# The namespaces have a method called `list`, which would shadow the builtin in annotations.
_Instructions = list[Instruction]
_Source = str | os.PathLike[str] | Iterable[Mapping[str, Any]]


def _jsonl(records: Iterable[Mapping[str, Any]]) -> tuple[bytes, int]:
    lines = []
    for n, record in enumerate(records):
        if not isinstance(record, Mapping):
            raise InvalidRequestError(f"record {n} is not a mapping", field="records")
        try:
            lines.append(json.dumps(dict(record), ensure_ascii=False))
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError(f"record {n} is not JSON: {exc}", field="records") from exc
    if not lines:
        raise InvalidRequestError("records is empty", field="records")
    return ("\n".join(lines) + "\n").encode(), len(lines)


def _deprecated(what: str) -> None:
    warnings.warn(
        f"{what} uses Prolific's instruction calls, deprecated (sunset 1 September 2026) in "
        "favour of batch_items; batches created with batch_items refuse them",
        DeprecationWarning,
        stacklevel=_user_stacklevel(),
    )


def _upload(
    client: SyncAPIClient | AsyncAPIClient,
    workspace_id: str,
    source: _Source,
    name: str,
    schema: Mapping[str, Any] | None,
    filename: str | None,
    allow_partial: bool,
    wait: float,
    key: str | None,
    ledger: BonusLedger | str | os.PathLike[str] | None,
) -> Flow[Dataset]:
    calls.create_dataset(workspace_id, name, schema)  # checks the arguments before any I/O
    upload = prepare_upload(source, schema, filename)
    return blocking(
        upload_flow(
            client._bonus_ledger(ledger),
            client._account,
            workspace_id,
            upload,
            name=name,
            schema=schema,
            allow_partial=allow_partial,
            wait=wait,
            key=key,
        )
    )


def _create_ready(
    client: SyncAPIClient | AsyncAPIClient,
    body: _Body,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
    instructions: Iterable[Any] | None,
    tasks_per_group: int | None,
    wait: float,
    key: str | None,
    ledger: BonusLedger | str | os.PathLike[str] | None,
) -> Flow[TaskBatch]:
    payload = calls.batch_body(body, fields, extra_body, creating=True)
    if instructions is not None:
        _deprecated("batches.create_ready(instructions=...)")
    return blocking(
        create_ready_flow(
            client._bonus_ledger(ledger),
            client._account,
            payload,
            instructions=None if instructions is None else list(instructions),
            tasks_per_group=tasks_per_group,
            wait=wait,
            key=key,
        )
    )


def _export(kind: str, owner_id: str, to: str | os.PathLike[str], wait: float) -> Flow[Path]:
    check = calls.check_uuid(f"{kind}_id", owner_id)
    return export_flow(kind, check, export_target(to, f"{kind}-{check}.zip"), wait)


# -- datasets -------------------------------------------------------------------------------------


class Datasets(SyncResource):
    """Datasets of items to annotate: ``upload`` is the one call most need."""

    def upload(
        self,
        workspace_id: str,
        path_or_rows: _Source,
        *,
        name: str,
        schema: Mapping[str, Any] | None = None,
        filename: str | None = None,
        allow_partial: bool = False,
        wait: float = DEFAULT_WAIT,
        key: str | None = None,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
    ) -> Dataset:
        """Create a dataset, upload a file (or rows) to it and wait for the import to finish.

        ``path_or_rows`` is a path (``.jsonl`` or ``.csv`` with a ``schema``, ``.csv`` or
        ``.zip`` without) or an iterable of mappings (sent as JSONL with a ``schema``, else as
        CSV). The file goes to Prolific's presigned storage URL without the API token. Waits
        up to ``wait`` seconds, logging progress on the ``prolific`` logger.

        Safe to run again: the same inputs (or the same ``key=``) resume the same dataset and
        do not upload a finished file twice. Raises ``InvalidRequestError`` before sending for
        an unreadable or too large file, ``DatasetImportError`` when Prolific refuses records
        (a partial import unless ``allow_partial=True``, or a failed one), ``TransferError``
        when storage refuses the upload and ``WaitTimeoutError`` when the import takes longer.
        """
        flow = _upload(
            self._client, workspace_id, path_or_rows, name, schema, filename,
            allow_partial, wait, key, ledger,
        )  # fmt: skip
        return run_sync(self._client, flow)

    def create(
        self, workspace_id: str, name: str, *, schema: Mapping[str, Any] | None = None
    ) -> Dataset:
        """An empty dataset; with a ``schema`` a structured (V4, early access) one."""
        return self._client.request(calls.create_dataset(workspace_id, name, schema))

    def get(self, dataset_id: str) -> Dataset:
        return self._client.request(calls.get_dataset(dataset_id))

    def update_schema(self, dataset_id: str, schema: Mapping[str, Any]) -> Dataset:
        """Change a structured dataset's schema (``migration_job_id`` names the migration)."""
        return self._client.request(calls.update_dataset_schema(dataset_id, schema))

    def status(self, dataset_id: str) -> str:
        """A legacy dataset's status: ``UNINITIALISED``, ``PROCESSING``, ``READY``, ``ERROR``."""
        return str(self._client.request(calls.dataset_status(dataset_id)).status)

    def upload_url(self, dataset_id: str, filename: str) -> DatasetUploadUrl:
        """A presigned URL to PUT one file to (send no API token there)."""
        return self._client.request(calls.upload_url(dataset_id, filename))

    def get_import(self, dataset_id: str, import_id: str) -> DatasetImport:
        return self._client.request(calls.dataset_import(dataset_id, import_id))

    def append(self, dataset_id: str, records: Iterable[Mapping[str, Any]]) -> DatapointsAppended:
        """Append up to 1,000 records to a structured dataset at once (no import job)."""
        content, count = _jsonl(records)
        return self._client.request(calls.append_datapoints(dataset_id, content, count))

    def schema_migration(self, dataset_id: str, job_id: str) -> SchemaMigration:
        return self._client.request(calls.schema_migration(dataset_id, job_id))


class AsyncDatasets(AsyncResource):
    """See :class:`Datasets`."""

    async def upload(
        self,
        workspace_id: str,
        path_or_rows: _Source,
        *,
        name: str,
        schema: Mapping[str, Any] | None = None,
        filename: str | None = None,
        allow_partial: bool = False,
        wait: float = DEFAULT_WAIT,
        key: str | None = None,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
    ) -> Dataset:
        """See ``Datasets.upload``."""
        flow = _upload(
            self._client, workspace_id, path_or_rows, name, schema, filename,
            allow_partial, wait, key, ledger,
        )  # fmt: skip
        return await run_async(self._client, flow)

    async def create(
        self, workspace_id: str, name: str, *, schema: Mapping[str, Any] | None = None
    ) -> Dataset:
        return await self._client.request(calls.create_dataset(workspace_id, name, schema))

    async def get(self, dataset_id: str) -> Dataset:
        return await self._client.request(calls.get_dataset(dataset_id))

    async def update_schema(self, dataset_id: str, schema: Mapping[str, Any]) -> Dataset:
        return await self._client.request(calls.update_dataset_schema(dataset_id, schema))

    async def status(self, dataset_id: str) -> str:
        return str((await self._client.request(calls.dataset_status(dataset_id))).status)

    async def upload_url(self, dataset_id: str, filename: str) -> DatasetUploadUrl:
        return await self._client.request(calls.upload_url(dataset_id, filename))

    async def get_import(self, dataset_id: str, import_id: str) -> DatasetImport:
        return await self._client.request(calls.dataset_import(dataset_id, import_id))

    async def append(
        self, dataset_id: str, records: Iterable[Mapping[str, Any]]
    ) -> DatapointsAppended:
        content, count = _jsonl(records)
        return await self._client.request(calls.append_datapoints(dataset_id, content, count))

    async def schema_migration(self, dataset_id: str, job_id: str) -> SchemaMigration:
        return await self._client.request(calls.schema_migration(dataset_id, job_id))


# -- batches --------------------------------------------------------------------------------------


class Batches(SyncResource):
    """Task batches: questions over a dataset, set up into tasks a study runs."""

    def create_ready(
        self,
        body: _Body = None,
        /,
        *,
        instructions: Iterable[Any] | None = None,
        tasks_per_group: int | None = None,
        wait: float = DEFAULT_WAIT,
        key: str | None = None,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[TaskBatchCreateParams],
    ) -> TaskBatch:
        """Create a batch over a dataset, set it up and wait until it is ``READY``.

        Give ``name``, ``workspace_id``, ``task_details``, ``dataset_id`` and the questions as
        ``batch_items`` (pages of rows of columns of items), or ``instructions=`` for a legacy
        batch. The layout is checked before anything is created, including that every
        ``dataset_field`` names a text or image field of the dataset's schema. Safe to run
        again: the same inputs (or ``key=``) resume the same batch. Raises
        ``InvalidRequestError`` for bad input, ``TaskBatchSetupError`` when setup fails and
        ``WaitTimeoutError`` after ``wait`` seconds.
        """
        flow = _create_ready(
            self._client, body, fields, extra_body, instructions, tasks_per_group, wait, key, ledger
        )
        return run_sync(self._client, flow)

    def export(
        self, batch_id: str, to: str | os.PathLike[str], *, wait: float = DEFAULT_WAIT
    ) -> Path:
        """Have Prolific build a ZIP of the batch's answers and files, wait for it (polling with
        backoff), download it to ``to`` (a file, or a folder to put ``batch-<id>.zip`` in)
        without the API token, and return its path."""
        return run_sync(self._client, _export("batch", batch_id, to, wait))

    def list(self, workspace_id: str) -> SyncPager[TaskBatch]:
        return self._client.paginate(calls.list_batches(workspace_id))

    def create(
        self,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[TaskBatchCreateParams],
    ) -> TaskBatch:
        """Create a batch (``create_ready`` also sets it up and waits)."""
        return self._client.request(
            calls.create_batch(calls.batch_body(body, fields, extra_body, creating=True))
        )

    def get(self, batch_id: str) -> TaskBatch:
        return self._client.request(calls.get_batch(batch_id))

    def update(
        self,
        batch_id: str,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[TaskBatchUpdateParams],
    ) -> TaskBatch:
        payload = calls.batch_body(body, fields, extra_body, creating=False)
        return self._client.request(calls.update_batch(batch_id, payload))

    def status(self, batch_id: str) -> str:
        """``UNINITIALISED``, ``PROCESSING``, ``READY`` or ``ERROR``."""
        return str(self._client.request(calls.batch_status(batch_id)).status)

    def setup(
        self, batch_id: str, *, dataset_id: str | None = None, tasks_per_group: int | None = None
    ) -> None:
        """Start building the batch's tasks (it turns ``PROCESSING``, then ``READY``)."""
        self._client.request(calls.setup_batch(batch_id, dataset_id, tasks_per_group))

    def responses(self, batch_id: str) -> SyncPager[TaskResponse]:
        """Every answer given to the batch's tasks, fetched as iteration reaches them."""
        return self._client.paginate(calls.batch_responses(batch_id))

    def report(self, batch_id: str) -> PresignedDownload:
        """A presigned URL of the dataset-plus-answers CSV."""
        return self._client.request(calls.batch_report(batch_id))

    def duplicate(
        self, batch_id: str, *, name: str | None = None, upload_new_dataset: bool = False
    ) -> TaskBatch:
        return self._client.request(calls.duplicate_batch(batch_id, name, upload_new_dataset))

    def sync(self, batch_id: str) -> SyncJob:
        """Build tasks for records appended since setup (poll ``get_sync``)."""
        return self._client.request(calls.sync_batch(batch_id))

    def get_sync(self, batch_id: str, sync_id: str) -> SyncJob:
        return self._client.request(calls.batch_sync(batch_id, sync_id))

    def request_export(self, batch_id: str) -> Export:
        return self._client.request(calls.request_batch_export(batch_id))

    def get_export(self, batch_id: str, export_id: str) -> Export:
        return self._client.request(calls.batch_export(batch_id, export_id))

    def instructions(self, batch_id: str) -> _Instructions:
        """Deprecated by Prolific: the questions of a legacy batch."""
        _deprecated("batches.instructions")
        return list(self._client.paginate(calls.list_instructions(batch_id)))

    def add_instructions(self, batch_id: str, instructions: Iterable[Any]) -> _Instructions:
        """Deprecated by Prolific (use ``batch_items``): add questions to a legacy batch."""
        _deprecated("batches.add_instructions")
        return self._client.request(calls.add_instructions(batch_id, instructions))

    def replace_instructions(self, batch_id: str, instructions: Iterable[Any]) -> _Instructions:
        """Deprecated by Prolific (use ``batch_items``): replace a legacy batch's questions."""
        _deprecated("batches.replace_instructions")
        return self._client.request(calls.replace_instructions(batch_id, instructions))


class AsyncBatches(AsyncResource):
    """See :class:`Batches`."""

    async def create_ready(
        self,
        body: _Body = None,
        /,
        *,
        instructions: Iterable[Any] | None = None,
        tasks_per_group: int | None = None,
        wait: float = DEFAULT_WAIT,
        key: str | None = None,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[TaskBatchCreateParams],
    ) -> TaskBatch:
        """See ``Batches.create_ready``."""
        flow = _create_ready(
            self._client, body, fields, extra_body, instructions, tasks_per_group, wait, key, ledger
        )
        return await run_async(self._client, flow)

    async def export(
        self, batch_id: str, to: str | os.PathLike[str], *, wait: float = DEFAULT_WAIT
    ) -> Path:
        """See ``Batches.export``."""
        return await run_async(self._client, _export("batch", batch_id, to, wait))

    def list(self, workspace_id: str) -> AsyncPager[TaskBatch]:
        return self._client.paginate(calls.list_batches(workspace_id))

    async def create(
        self,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[TaskBatchCreateParams],
    ) -> TaskBatch:
        payload = calls.batch_body(body, fields, extra_body, creating=True)
        return await self._client.request(calls.create_batch(payload))

    async def get(self, batch_id: str) -> TaskBatch:
        return await self._client.request(calls.get_batch(batch_id))

    async def update(
        self,
        batch_id: str,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[TaskBatchUpdateParams],
    ) -> TaskBatch:
        payload = calls.batch_body(body, fields, extra_body, creating=False)
        return await self._client.request(calls.update_batch(batch_id, payload))

    async def status(self, batch_id: str) -> str:
        return str((await self._client.request(calls.batch_status(batch_id))).status)

    async def setup(
        self, batch_id: str, *, dataset_id: str | None = None, tasks_per_group: int | None = None
    ) -> None:
        await self._client.request(calls.setup_batch(batch_id, dataset_id, tasks_per_group))

    def responses(self, batch_id: str) -> AsyncPager[TaskResponse]:
        return self._client.paginate(calls.batch_responses(batch_id))

    async def report(self, batch_id: str) -> PresignedDownload:
        return await self._client.request(calls.batch_report(batch_id))

    async def duplicate(
        self, batch_id: str, *, name: str | None = None, upload_new_dataset: bool = False
    ) -> TaskBatch:
        request = calls.duplicate_batch(batch_id, name, upload_new_dataset)
        return await self._client.request(request)

    async def sync(self, batch_id: str) -> SyncJob:
        return await self._client.request(calls.sync_batch(batch_id))

    async def get_sync(self, batch_id: str, sync_id: str) -> SyncJob:
        return await self._client.request(calls.batch_sync(batch_id, sync_id))

    async def request_export(self, batch_id: str) -> Export:
        return await self._client.request(calls.request_batch_export(batch_id))

    async def get_export(self, batch_id: str, export_id: str) -> Export:
        return await self._client.request(calls.batch_export(batch_id, export_id))

    async def instructions(self, batch_id: str) -> _Instructions:
        _deprecated("batches.instructions")
        return [item async for item in self._client.paginate(calls.list_instructions(batch_id))]

    async def add_instructions(self, batch_id: str, instructions: Iterable[Any]) -> _Instructions:
        _deprecated("batches.add_instructions")
        return await self._client.request(calls.add_instructions(batch_id, instructions))

    async def replace_instructions(
        self, batch_id: str, instructions: Iterable[Any]
    ) -> _Instructions:
        _deprecated("batches.replace_instructions")
        return await self._client.request(calls.replace_instructions(batch_id, instructions))


# -- collections ----------------------------------------------------------------------------------


class Collections(SyncResource):
    """Collections: pages of questions and content, published to a study without setup."""

    def export(
        self, collection_id: str, to: str | os.PathLike[str], *, wait: float = DEFAULT_WAIT
    ) -> Path:
        """Like ``batches.export``, for a collection (``collection-<id>.zip`` in a folder)."""
        return run_sync(self._client, _export("collection", collection_id, to, wait))

    def list(self, workspace_id: str) -> SyncPager[Collection]:
        return self._client.paginate(calls.list_collections(workspace_id))

    def create(
        self,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[CollectionWriteParams],
    ) -> Collection:
        """Create a collection: ``name``, ``workspace_id``, ``task_details``,
        ``collection_items`` (pages of ``page_items``)."""
        return self._client.request(
            calls.create_collection(calls.collection_body(body, fields, extra_body))
        )

    def get(self, collection_id: str) -> Collection:
        return self._client.request(calls.get_collection(collection_id))

    def replace(
        self,
        collection_id: str,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[CollectionWriteParams],
    ) -> Collection:
        """Replace every field; keep the ``id`` of pages and items to keep them."""
        payload = calls.collection_body(body, fields, extra_body)
        return self._client.request(calls.replace_collection(collection_id, payload))

    def responses(self, collection_id: str) -> SyncPager[CollectionResponse]:
        """Every answer given (Prolific lists this call as coming soon)."""
        return self._client.paginate(calls.collection_responses(collection_id))

    def request_export(self, collection_id: str) -> Export:
        return self._client.request(calls.request_collection_export(collection_id))

    def get_export(self, collection_id: str, export_id: str) -> Export:
        return self._client.request(calls.collection_export(collection_id, export_id))


class AsyncCollections(AsyncResource):
    """See :class:`Collections`."""

    async def export(
        self, collection_id: str, to: str | os.PathLike[str], *, wait: float = DEFAULT_WAIT
    ) -> Path:
        return await run_async(self._client, _export("collection", collection_id, to, wait))

    def list(self, workspace_id: str) -> AsyncPager[Collection]:
        return self._client.paginate(calls.list_collections(workspace_id))

    async def create(
        self,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[CollectionWriteParams],
    ) -> Collection:
        payload = calls.collection_body(body, fields, extra_body)
        return await self._client.request(calls.create_collection(payload))

    async def get(self, collection_id: str) -> Collection:
        return await self._client.request(calls.get_collection(collection_id))

    async def replace(
        self,
        collection_id: str,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[CollectionWriteParams],
    ) -> Collection:
        payload = calls.collection_body(body, fields, extra_body)
        return await self._client.request(calls.replace_collection(collection_id, payload))

    def responses(self, collection_id: str) -> AsyncPager[CollectionResponse]:
        return self._client.paginate(calls.collection_responses(collection_id))

    async def request_export(self, collection_id: str) -> Export:
        return await self._client.request(calls.request_collection_export(collection_id))

    async def get_export(self, collection_id: str, export_id: str) -> Export:
        return await self._client.request(calls.collection_export(collection_id, export_id))


# -- the namespace --------------------------------------------------------------------------------


class AITaskBuilder:
    """``client.ai_task_builder``: ``.datasets``, ``.batches`` and ``.collections``."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def datasets(self) -> Datasets:
        return Datasets(self._client)

    @cached_property
    def batches(self) -> Batches:
        return Batches(self._client)

    @cached_property
    def collections(self) -> Collections:
        return Collections(self._client)


class AsyncAITaskBuilder:
    """The asynchronous twin of :class:`AITaskBuilder`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def datasets(self) -> AsyncDatasets:
        return AsyncDatasets(self._client)

    @cached_property
    def batches(self) -> AsyncBatches:
        return AsyncBatches(self._client)

    @cached_property
    def collections(self) -> AsyncCollections:
        return AsyncCollections(self._client)
