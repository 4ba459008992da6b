"""``participant-groups``, ``filters`` and ``filter-sets``: who may take a study."""

from __future__ import annotations

from typing import Any

import click

from ._bodyfile import body_file_options, known_fields, read_body
from ._settings import InputError
from ._state import CliState, output_options, pass_state, workspace_option

__all__ = ["filter_sets", "filters", "participant_groups"]

GROUP_FIELDS = ("id", "name", "participant_count", "workspace_id", "description")
FILTER_FIELDS = ("filter_id", "title", "type", "data_type")
FILTER_SET_FIELDS = ("id", "name", "version", "is_locked", "eligible_participant_count")


@click.group("participant-groups")
def participant_groups() -> None:
    """Participant groups: named sets of participants."""


@participant_groups.command("list")
@click.option(
    "--project",
    "project_id",
    metavar="PROJECT_ID",
    help="The groups of this project's workspace, instead of --workspace.",
)
@click.option(
    "--active/--deleted",
    default=None,
    help="Only the groups not deleted, or only the deleted ones (default: no filter is sent).",
)
@output_options
@workspace_option
@pass_state
def groups_list(state: CliState, project_id: str | None, active: bool | None) -> None:
    """Every participant group of the workspace, or of the project given by --project."""
    if project_id is not None and state.workspace:
        raise InputError("give --workspace or --project, not both")
    client = state.client()
    # The config file's workspace is a default, so an explicit --project takes its place.
    workspace_id = None if project_id is not None else state.workspace_id()
    groups = client.participant_groups.list(workspace_id, project_id=project_id, active=active)
    state.emit_list(groups, GROUP_FIELDS)


@participant_groups.command("get")
@click.argument("group_id")
@output_options
@pass_state
def groups_get(state: CliState, group_id: str) -> None:
    """One participant group."""
    state.emit(state.client().participant_groups.get(group_id))


@participant_groups.command("create")
@click.option("--name", required=True, help="The group's name.")
@click.option("--description", help="What the group is for.")
@output_options
@workspace_option
@pass_state
def groups_create(state: CliState, name: str, description: str | None) -> None:
    """Create an empty participant group in the workspace."""
    fields = {"name": name, "workspace_id": state.workspace_id()}
    if description:
        fields["description"] = description
    state.emit(state.client().participant_groups.create(fields))


@click.group()
def filters() -> None:
    """Filters: the questions a study's audience is chosen by."""


@filters.command("list")
@click.option("--detailed", is_flag=True, help="Include each filter's choices and ranges.")
@output_options
@pass_state
def filters_list(state: CliState, detailed: bool) -> None:
    """Every filter a study can use."""
    items = state.client().filters.list(detailed=detailed or None)
    state.emit_list(items, FILTER_FIELDS)


@click.group("filter-sets")
def filter_sets() -> None:
    """Filter sets: saved, reusable audiences."""


@filter_sets.command("list")
@output_options
@workspace_option
@pass_state
def sets_list(state: CliState) -> None:
    """Every filter set of the workspace."""
    state.emit_list(state.client().filter_sets.list(state.workspace_id()), FILTER_SET_FIELDS)


@filter_sets.command("get")
@click.argument("filter_set_id")
@output_options
@pass_state
def sets_get(state: CliState, filter_set_id: str) -> None:
    """One filter set."""
    state.emit(state.client().filter_sets.get(filter_set_id))


@filter_sets.command("create")
@body_file_options(
    "The filter set (name, filters ...) as JSON, YAML or TOML; - reads standard input."
)
@output_options
@workspace_option
@pass_state
def sets_create(state: CliState, path: str, allow_unknown: bool) -> None:
    """Create a filter set in the workspace from a file."""
    from prolific_api.params import FilterSetCreateParams

    known = known_fields(FilterSetCreateParams)
    body = read_body(path, known=known, allow_unknown=allow_unknown, what="filter set")
    if "workspace_id" not in body.fields and "organisation_id" not in body.fields:
        body.fields["workspace_id"] = state.workspace_id()
    create: Any = state.client().filter_sets.create
    state.emit(create(body.fields, extra_body=body.extra_body))
