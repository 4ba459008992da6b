"""``prolific ai-task-builder``: datasets, task batches and collections of the AI Task Builder.

The IDs here are UUIDs, not 24-hex Prolific IDs. Uploads and exports go to and from Prolific's
storage without the API token, as the SDK does it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ._bodyfile import body_file_options, known_fields, read_body
from ._progress import spinner
from ._state import CliState, output_options, pass_state, workspace_option

__all__ = ["task_builder"]

DATASET_FIELDS = ("id", "name", "status", "total_datapoint_count")
BATCH_FIELDS = ("id", "name", "status", "total_task_count")
COLLECTION_FIELDS = ("id", "name", "created_at")
RESPONSE_FIELDS = ("id", "participant_id", "submission_id", "created_at")

WAIT = click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=600,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for Prolific to finish.",
)
KEY = click.option(
    "--key", help="Running again with the same key resumes the same one (default: from inputs)."
)


@click.group("ai-task-builder")
def task_builder() -> None:
    """AI Task Builder: upload a dataset, build a batch of tasks over it, export the answers."""


@task_builder.group()
def datasets() -> None:
    """Datasets of items to annotate."""


@datasets.command("upload")
@click.option("--file", "path", required=True, metavar="FILE", help=".csv, .jsonl or .zip.")
@click.option("--name", required=True, help="The dataset's name.")
@click.option("--allow-partial", is_flag=True, help="Accept an import that refused some rows.")
@WAIT
@KEY
@output_options
@workspace_option
@pass_state
def datasets_upload(
    state: CliState, path: str, name: str, allow_partial: bool, wait: float, key: str | None
) -> None:
    """Create a dataset from a file and wait for its import (safe to run again)."""
    client = state.client()
    workspace_id = state.workspace_id()
    with spinner(f"Uploading {Path(path).name} and waiting for the import"):
        dataset = client.ai_task_builder.datasets.upload(
            workspace_id, path, name=name, allow_partial=allow_partial, wait=wait, key=key
        )
    state.emit(dataset)


@datasets.command("get")
@click.argument("dataset_id")
@output_options
@pass_state
def datasets_get(state: CliState, dataset_id: str) -> None:
    """One dataset."""
    state.emit(state.client().ai_task_builder.datasets.get(dataset_id))


@task_builder.group()
def batches() -> None:
    """Task batches: the questions over a dataset that a study runs."""


@batches.command("list")
@output_options
@workspace_option
@pass_state
def batches_list(state: CliState) -> None:
    """Every batch of the workspace."""
    builder = state.client().ai_task_builder
    state.emit_list(builder.batches.list(state.workspace_id()), BATCH_FIELDS)


@batches.command("get")
@click.argument("batch_id")
@output_options
@pass_state
def batches_get(state: CliState, batch_id: str) -> None:
    """One batch."""
    state.emit(state.client().ai_task_builder.batches.get(batch_id))


@batches.command("create")
@body_file_options("The batch (name, task_details, dataset_id, batch_items) as JSON, YAML or TOML.")
@WAIT
@KEY
@output_options
@workspace_option
@pass_state
def batches_create(
    state: CliState, path: str, allow_unknown: bool, wait: float, key: str | None
) -> None:
    """Create a batch over a dataset, set it up and wait until it is READY (safe to run
    again)."""
    from prolific_api.params import TaskBatchCreateParams

    known = known_fields(TaskBatchCreateParams)
    body = read_body(path, known=known, allow_unknown=allow_unknown, what="task batch")
    if "workspace_id" not in body.fields:
        body.fields["workspace_id"] = state.workspace_id()
    create_ready: Any = state.client().ai_task_builder.batches.create_ready
    with spinner("Creating the batch and waiting for it to be READY"):
        batch = create_ready(body.fields, wait=wait, key=key, extra_body=body.extra_body)
    state.emit(batch)


@batches.command("responses")
@click.argument("batch_id")
@output_options
@pass_state
def batches_responses(state: CliState, batch_id: str) -> None:
    """Every answer participants gave in a batch."""
    builder = state.client().ai_task_builder
    state.emit_list(builder.batches.responses(batch_id), RESPONSE_FIELDS)


@batches.command("export")
@click.argument("batch_id")
@click.option("--to", "target", required=True, metavar="PATH", help="A file or a folder.")
@WAIT
@output_options
@pass_state
def batches_export(state: CliState, batch_id: str, target: str, wait: float) -> None:
    """Download a ZIP of a batch's answers and files."""
    builder = state.client().ai_task_builder
    with spinner("Waiting for Prolific to build the export"):
        saved = builder.batches.export(batch_id, target, wait=wait)
    state.emit({"batch_id": batch_id, "path": str(saved)})


@task_builder.group()
def collections() -> None:
    """Collections: what participants make, with no dataset."""


@collections.command("list")
@output_options
@workspace_option
@pass_state
def collections_list(state: CliState) -> None:
    """Every collection of the workspace."""
    builder = state.client().ai_task_builder
    state.emit_list(builder.collections.list(state.workspace_id()), COLLECTION_FIELDS)


@collections.command("get")
@click.argument("collection_id")
@output_options
@pass_state
def collections_get(state: CliState, collection_id: str) -> None:
    """One collection."""
    state.emit(state.client().ai_task_builder.collections.get(collection_id))


@collections.command("export")
@click.argument("collection_id")
@click.option("--to", "target", required=True, metavar="PATH", help="A file or a folder.")
@WAIT
@output_options
@pass_state
def collections_export(state: CliState, collection_id: str, target: str, wait: float) -> None:
    """Download a ZIP of a collection's responses."""
    builder = state.client().ai_task_builder
    with spinner("Waiting for Prolific to build the export"):
        saved = builder.collections.export(collection_id, target, wait=wait)
    state.emit({"collection_id": collection_id, "path": str(saved)})
