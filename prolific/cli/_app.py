"""The ``prolific`` command: global options, lazily loaded command groups, exit codes.

Each noun (``studies``, ``bonuses`` ...) lives in its own module, imported only when that noun is
run, so ``prolific --help`` loads Click and nothing of the SDK's client code paths.
"""

from __future__ import annotations

import importlib
import signal
import sys
import traceback
from collections.abc import Sequence
from typing import Any

import click

from .._version import __version__
from ._exit import EXIT_CODES_HELP, EXIT_USAGE, exit_code_for, message_for, redact
from ._output import FORMATS, parse_fields
from ._state import CliState

__all__ = ["cli", "main"]

#: name -> (module, attribute, one-line help). The help is here so that listing the commands
#: does not import them.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "whoami": ("_account", "whoami", "The account the token belongs to."),
    "workspaces": ("_account", "workspaces", "Workspaces and their balances."),
    "projects": ("_account", "projects", "Projects of a workspace."),
    "studies": ("_studies", "studies", "Studies, from a file to a finished study."),
    "submissions": ("_submissions", "submissions", "Submissions and their review."),
    "bonuses": ("_bonuses", "bonuses", "Bonuses, paid exactly once from a CSV."),
    "participant-groups": ("_audience", "participant_groups", "Participant groups."),
    "filters": ("_audience", "filters", "The filters a study's audience is chosen by."),
    "filter-sets": ("_audience", "filter_sets", "Saved sets of filters."),
    "messages": ("_messages", "messages", "Messages to and from participants."),
    "hooks": ("_hooks", "hooks", "Webhook subscriptions."),
    "surveys": ("_surveys", "surveys", "Surveys hosted by Prolific, and their responses."),
    "credential-pools": (
        "_credential_pools",
        "credential_pools",
        "Logins handed to participants, one each.",
    ),
    "ai-task-builder": (
        "_task_builder",
        "task_builder",
        "AI Task Builder: datasets, task batches, collections.",
    ),
    "sandbox": ("_sandbox", "sandbox", "An offline Prolific to rehearse against."),
    "completion": ("_completion", "completion", "Print the shell completion script."),
}


#: The singular nouns of Prolific's Go command line, so its users' muscle memory still works.
ALIASES = {
    "workspace": "workspaces",
    "project": "projects",
    "study": "studies",
    "submission": "submissions",
    "bonus": "bonuses",
    "participant-group": "participant-groups",
    "filter-set": "filter-sets",
    "message": "messages",
    "hook": "hooks",
    "survey": "surveys",
    "credential-pool": "credential-pools",
    "aitaskbuilder": "ai-task-builder",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported when run, and listed without importing them."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        cmd_name = ALIASES.get(cmd_name, cmd_name)
        if cmd_name in COMMANDS:
            module, attribute, _ = COMMANDS[cmd_name]
            command = getattr(importlib.import_module(f"{__package__}.{module}"), attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_) for name, (_, _, help_) in sorted(COMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


HELP = f"""Prolific from the shell: studies, submissions and exactly-once bonuses.

\b
Run a study against the offline sandbox, then against Prolific by changing only the token
and URL:
  prolific sandbox serve --port 8765 &      # prints PROLIFIC_URL and PROLIFIC_TOKEN
  prolific studies create --file study.json --publish
  prolific submissions approve --study STUDY_ID --all
  prolific bonuses pay --study STUDY_ID --csv bonuses.csv --key round-1

Singular nouns, as in Prolific's Go command line (study, submission, bonus ...), work too.

The token comes from --token, else PROLIFIC_TOKEN or PROLIFIC_API_KEY, else
~/.config/prolific/credentials; the API from --base-url, else PROLIFIC_URL. A default
workspace can be set in ~/.config/prolific/config.toml (workspace = "NAME_OR_ID").

{EXIT_CODES_HELP}
"""


@click.group(
    cls=LazyGroup,
    help=HELP,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option("--token", metavar="TOKEN", help="API token (default: PROLIFIC_TOKEN).")
@click.option("--base-url", metavar="URL", help="API origin (default: PROLIFIC_URL).")
@click.option(
    "-o",
    "--output",
    type=click.Choice(FORMATS),
    help="table (default; plain text when not a terminal), json, jsonl or csv.",
)
@click.option("--fields", metavar="A,B,C", help="Columns for table/csv, keys for json.")
@click.option("--workspace", metavar="NAME_OR_ID", help="Workspace (default from config.toml).")
@click.option(
    "-v", "--verbose", is_flag=True, help="The SDK log (retries, waits) and tracebacks on stderr."
)
@click.option(
    "--max-retries",
    type=click.IntRange(min=0),
    metavar="N",
    help="Retries of requests that are safe to repeat (default 3; 0 turns them off).",
)
@click.version_option(__version__, "--version", prog_name="prolific")
@click.pass_context
def cli(
    ctx: click.Context,
    token: str | None,
    base_url: str | None,
    output: Any,
    fields: str | None,
    workspace: str | None,
    verbose: bool,
    max_retries: int | None,
) -> None:
    state = ctx.ensure_object(CliState)
    state.token = token
    state.base_url = base_url
    state.output = output
    state.fields = parse_fields(fields)
    state.workspace = workspace
    state.verbose = verbose
    state.max_retries = max_retries
    ctx.call_on_close(state.close)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    state = CliState()
    if argv is None and hasattr(signal, "SIGPIPE"):
        # `prolific studies list | head -1`: end quietly when the reader goes, like cat does.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        cli.main(args=args, prog_name="prolific", standalone_mode=False, obj=state)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.NoArgsIsHelpError as exc:
        # `prolific` or `prolific studies` alone: the help is the answer, not an error line.
        click.echo(exc.format_message(), err=True)
        return EXIT_USAGE
    except click.UsageError as exc:
        where = f"; see `{exc.ctx.command_path} --help`" if exc.ctx is not None else ""
        # Click ends some messages with a full stop ("Missing argument 'ID'."): not before ";".
        message = exc.format_message().rstrip(".") if where else exc.format_message()
        return _fail(state, f"{message}{where}", EXIT_USAGE, None)
    except click.ClickException as exc:
        return _fail(state, exc.format_message(), exc.exit_code, None)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        return 130
    except BrokenPipeError:
        # The reader went away (`prolific studies list | head`): not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as exc:
        return _fail(state, message_for(exc, ledger=state.ledger), exit_code_for(exc), exc)
    return 0


def _fail(state: CliState, message: str, code: int, exc: BaseException | None) -> int:
    env = state.environ
    secrets = (state.token, env.get("PROLIFIC_TOKEN"), env.get("PROLIFIC_API_KEY"))
    if exc is not None and state.verbose:
        text = "".join(traceback.format_exception(exc))
        click.echo(_hide_ledger(redact(text, secrets), state.ledger), err=True, nl=False)
    click.echo(f"error: {_hide_ledger(redact(message, secrets), state.ledger)}", err=True)
    return code


def _hide_ledger(text: str, ledger: str | None) -> str:
    # A last guard: whatever echoes the --ledger DSN shows it without its password.
    if ledger and "://" in ledger:
        from .._ledger import redact_dsn

        return text.replace(ledger, redact_dsn(ledger))
    return text
