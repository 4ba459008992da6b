"""``whoami``, ``workspaces`` and ``projects``."""

from __future__ import annotations

import click

from ._state import CliState, output_options, pass_state, workspace_option

__all__ = ["projects", "whoami", "workspaces"]

WORKSPACE_FIELDS = ("id", "title", "description")
PROJECT_FIELDS = ("id", "title", "description")


@click.command()
@output_options
@pass_state
def whoami(state: CliState) -> None:
    """The account the token belongs to."""
    state.emit(state.client().users.me())


@click.group()
def workspaces() -> None:
    """Workspaces: each holds projects, a wallet and team members."""


@workspaces.command("list")
@output_options
@pass_state
def workspaces_list(state: CliState) -> None:
    """Every workspace the token can see."""
    state.emit_list(state.client().workspaces.list(), WORKSPACE_FIELDS)


@workspaces.command("get")
@click.argument("name_or_id", metavar="NAME_OR_ID")
@output_options
@pass_state
def workspaces_get(state: CliState, name_or_id: str) -> None:
    """One workspace, by name or ID."""
    state.emit(state.client().workspaces.resolve(name_or_id))


@workspaces.command("create")
@click.option("--title", required=True, help="The workspace's name.")
@click.option("--description", help="What it is for.")
@output_options
@pass_state
def workspaces_create(state: CliState, title: str, description: str | None) -> None:
    """Create a workspace."""
    fields = {"title": title} | ({"description": description} if description else {})
    state.emit(state.client().workspaces.create(fields))


@workspaces.command("balance")
@click.argument("name_or_id", metavar="[NAME_OR_ID]", required=False)
@output_options
@workspace_option
@pass_state
def workspaces_balance(state: CliState, name_or_id: str | None) -> None:
    """The wallet of a workspace (default: --workspace or the config file's), in minor units
    (pence or cents)."""
    if name_or_id:
        state.workspace = name_or_id
    state.emit(state.client().workspaces.balance(state.workspace_id()))


@click.group()
def projects() -> None:
    """Projects: a workspace's studies, grouped."""


@projects.command("list")
@output_options
@workspace_option
@pass_state
def projects_list(state: CliState) -> None:
    """Every project of the workspace."""
    state.emit_list(state.client().projects.list(state.workspace_id()), PROJECT_FIELDS)


@projects.command("get")
@click.argument("project", metavar="NAME_OR_ID")
@output_options
@workspace_option
@pass_state
def projects_get(state: CliState, project: str) -> None:
    """One project, by ID, or by name within the workspace."""
    state.emit(state.client().projects.resolve(state.workspace_name(), project))


@projects.command("create")
@click.option("--title", required=True, help="The project's name.")
@click.option("--description", help="What it is for.")
@output_options
@workspace_option
@pass_state
def projects_create(state: CliState, title: str, description: str | None) -> None:
    """Create a project in the workspace."""
    fields = {"title": title} | ({"description": description} if description else {})
    state.emit(state.client().projects.create(state.workspace_id(), fields))
