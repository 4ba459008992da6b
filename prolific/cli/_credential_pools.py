"""``prolific credential-pools``: logins handed to participants, one each, by Prolific.

Passwords are read from a file or standard input and sent to Prolific only: no command prints
them, and an error about a bad line names its number, never its text.
"""

from __future__ import annotations

import csv
import io
import sys

import click

from ..resources.credential_pools import credentials_csv
from ._settings import InputError
from ._state import CliState, output_options, pass_state, workspace_option

__all__ = ["credential_pools"]

POOL_FIELDS = ("credential_pool_id", "total_credentials", "available_credentials")
USE_FIELDS = ("username", "used", "participant_id", "submission_id")
CSV_HELP = (
    "Lines of 'username,password' (a header line of those names is skipped); - reads "
    "standard input."
)


def _credentials(path: str) -> str:
    """The file's (or standard input's) logins as Prolific's CSV, checked by the SDK: a missing
    file, a line without two fields or a repeated username is refused, naming the line."""
    if path == "-":
        return credentials_csv(sys.stdin.read())
    return credentials_csv(None, path=path)


def _count(text: str) -> int:
    # Rows, not lines: a quoted password may hold a line break.
    return sum(1 for _ in csv.reader(io.StringIO(text)))


@click.group("credential-pools")
def credential_pools() -> None:
    """Credential pools: one login per participant for a platform your study needs."""


@credential_pools.command("list")
@output_options
@workspace_option
@pass_state
def pools_list(state: CliState) -> None:
    """The workspace's pools, with how many credentials are left."""
    pools = state.client().credential_pools.list(state.workspace_id())
    state.emit_list(pools, POOL_FIELDS)


@credential_pools.command("create")
@click.option("--csv", "csv_path", required=True, metavar="FILE", help=CSV_HELP)
@output_options
@workspace_option
@pass_state
def pools_create(state: CliState, csv_path: str) -> None:
    """Create a pool in the workspace from a CSV of logins; prints its ID.

    Running it twice makes two pools: to add logins to a pool, use append.
    """
    text = _credentials(csv_path)
    client = state.client()
    pool_id = client.credential_pools.create(state.workspace_id(), text)
    state.emit({"credential_pool_id": pool_id, "added": _count(text)})


@credential_pools.command("append")
@click.argument("pool_id")
@click.option("--csv", "csv_path", required=True, metavar="FILE", help=CSV_HELP)
@output_options
@pass_state
def pools_append(state: CliState, pool_id: str, csv_path: str) -> None:
    """Add logins to a pool (a username already in it is refused, so a repeat adds nothing).

    A study paused because its pool ran out needs `prolific studies start` afterwards.
    """
    text = _credentials(csv_path)
    state.client().credential_pools.append(pool_id, text)
    state.emit({"credential_pool_id": pool_id, "added": _count(text)})


@credential_pools.command("attach")
@click.argument("study_id")
@click.argument("pool_id", required=False)
@click.option("--detach", is_flag=True, help="Stop the study handing out credentials.")
@output_options
@pass_state
def pools_attach(state: CliState, study_id: str, pool_id: str | None, detach: bool) -> None:
    """Make a study hand out POOL_ID's logins (or --detach its pool)."""
    if (pool_id is None) != detach:
        raise InputError("give POOL_ID to attach, or --detach alone to detach")
    study = state.client().credential_pools.attach(study_id, pool_id)
    state.emit(
        {
            "study_id": study.id,
            "credential_pool_id": study.credential_pool_id,
            "has_credentials": study.has_credentials,
        }
    )


@credential_pools.command("report")
@click.argument("study_id")
@output_options
@pass_state
def pools_report(state: CliState, study_id: str) -> None:
    """Which login went to which participant in the study (no passwords)."""
    state.emit_list(state.client().credential_pools.report(study_id), USE_FIELDS)
