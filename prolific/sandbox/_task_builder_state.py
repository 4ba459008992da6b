"""Records of the AI Task Builder and surveys, kept apart from ``_state`` so the two grow apart.

:class:`TaskBuilderStore` holds datasets, their import jobs and stored files, task batches,
collections, exports and surveys. ``SandboxState`` owns one (``state.task_builder``) and recreates
it on ``reset()``. Nothing here imports the rest of the sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class TaskBuilderDelays:
    """Sandbox seconds each background job takes; a test may change them
    (``sandbox.task_builder.delays.setup = 0``)."""

    #: From the file arriving to its import finishing.
    dataset_import: float = 5.0
    #: From ``setup`` to the batch being ``READY``.
    batch_setup: float = 10.0
    #: From an export request to its archive being ready.
    export: float = 15.0
    #: From a sync request to its tasks being built.
    sync: float = 5.0
    #: From a schema change to its migration finishing.
    migration: float = 5.0


@dataclass
class StoredFile:
    """A file waiting at (or uploaded to) the sandbox's storage, behind a presigned URL."""

    key: str
    dataset_id: str
    filename: str
    content_type: str
    expires_at: float
    import_id: str | None = None
    body: bytes | None = None
    #: For archives the sandbox built: the bytes to serve on GET.
    download: bytes | None = None


@dataclass(frozen=True)
class StorageRequest:
    """One request the storage endpoint received, with the headers it carried (lower case)."""

    method: str
    key: str
    headers: dict[str, str]
    status: int


@dataclass
class ImportJob:
    id: str
    dataset_id: str
    filename: str
    created_at: datetime
    updated_at: datetime
    status: str = "uninitialised"
    accepted_count: int | None = None
    rejected_count: int | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    reason: str | None = None


@dataclass
class MigrationJob:
    id: str
    dataset_id: str
    schema_version: int
    created_at: datetime
    updated_at: datetime
    status: str = "processing"
    reprocessed_count: int | None = None


@dataclass
class Dataset:
    id: str
    name: str
    workspace_id: str
    created_by: str
    created_at: datetime
    #: ``None`` for a legacy (V3) dataset.
    schema: dict[str, Any] | None
    structured: bool
    schema_version_number: int = 1
    status: str = "UNINITIALISED"
    filename: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    imports: list[ImportJob] = field(default_factory=list)
    migrations: dict[str, MigrationJob] = field(default_factory=dict)
    has_grouping_column: bool = False


@dataclass
class Task:
    id: str
    record: dict[str, Any]
    group: int


@dataclass
class SyncRun:
    id: str
    batch_id: str
    dataset_id: str
    created_at: datetime
    updated_at: datetime
    status: str = "queued"
    tasks_created: int = 0
    datapoints_processed: int = 0
    groups_created: int = 0


@dataclass
class Export:
    id: str
    owner_id: str
    created_at: datetime
    status: str = "generating"
    key: str | None = None
    expires_at: float | None = None


@dataclass
class TaskBatch:
    id: str
    name: str
    workspace_id: str
    created_by: str
    created_at: datetime
    task_details: dict[str, Any]
    #: ``None`` for a legacy batch whose questions are instructions.
    layout: list[dict[str, Any]] | None
    dataset_id: str | None = None
    status: str = "UNINITIALISED"
    auto_sync_enabled: bool = False
    instructions: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    groups: int = 0
    tasks_per_group: int = 1
    #: Records of the dataset already turned into tasks.
    synced_records: int = 0
    syncs: dict[str, SyncRun] = field(default_factory=dict)
    exports: dict[str, Export] = field(default_factory=dict)
    #: Study using this batch (a batch serves one study).
    study_id: str | None = None
    #: submission id -> its answers (built once, the first time they are read).
    responses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class Collection:
    id: str
    name: str
    workspace_id: str
    created_by: str
    created_at: datetime
    modified_at: datetime
    task_details: dict[str, Any]
    pages: list[dict[str, Any]]
    exports: dict[str, Export] = field(default_factory=dict)
    study_id: str | None = None
    responses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class Survey:
    id: str
    researcher_id: str
    title: str
    created_at: datetime
    sections: list[dict[str, Any]] | None
    questions: list[dict[str, Any]] | None
    responses: dict[str, dict[str, Any]] = field(default_factory=dict)


class TaskBuilderStore:
    """Everything the AI Task Builder and survey calls remember."""

    def __init__(self) -> None:
        self.delays = TaskBuilderDelays()
        self.datasets: dict[str, Dataset] = {}
        self.batches: dict[str, TaskBatch] = {}
        self.collections: dict[str, Collection] = {}
        self.surveys: dict[str, Survey] = {}
        #: storage key -> file behind a presigned URL.
        self.files: dict[str, StoredFile] = {}
        #: Every request the storage endpoint got: tests check no API token reached it.
        self.storage_requests: list[StorageRequest] = []
