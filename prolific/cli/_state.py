"""What every command shares: the global options, the client made from them, and output.

One ``CliState`` is made per run and handed down Click's context; the client is built on first
use, so ``--help`` and usage errors never read a token or open a connection.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from ._output import FORMATS, Format, parse_fields, write_list, write_object
from ._settings import InputError, config_path, read_config

if TYPE_CHECKING:
    from .. import Prolific

__all__ = ["CliState", "output_options", "pass_state", "workspace_option"]

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class CliState:
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    token: str | None = None
    base_url: str | None = None
    output: Format | None = None
    fields: list[str] | None = None
    workspace: str | None = None
    verbose: bool = False
    max_retries: int | None = None
    #: The ``--ledger`` of a bonus command, named again in an in-doubt message.
    ledger: str | None = None
    out: IO[str] = field(default_factory=lambda: sys.stdout)
    _client: Prolific | None = None

    def client(self) -> Prolific:
        """The SDK client: ``--token``/``--base-url``, else what the SDK finds on its own."""
        if self._client is None:
            from .. import Prolific

            if self.verbose:
                _log_to_stderr()
            if self.max_retries is None:
                self._client = Prolific(self.token, base_url=self.base_url)
            else:
                self._client = Prolific(
                    self.token, base_url=self.base_url, max_retries=self.max_retries
                )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def fmt(self) -> Format:
        return self.output or "table"

    @property
    def terminal(self) -> bool:
        return self.out.isatty()

    def emit_list(self, items: Iterable[Any], default_fields: Sequence[str] | None = None) -> int:
        return write_list(
            items,
            self.out,
            fmt=self.fmt,
            fields=self.fields,
            default_fields=default_fields,
            terminal=self.terminal,
        )

    def emit(self, obj: Any) -> None:
        write_object(obj, self.out, fmt=self.fmt, fields=self.fields, terminal=self.terminal)

    def workspace_name(self) -> str | None:
        """``--workspace``, else the config file's ``workspace``, as given (a name or an ID)."""
        return self.workspace or read_config(self.environ).get("workspace")

    def workspace_id(self) -> str:
        """The workspace a command works in: ``--workspace``, else the config file's, else the
        account's only workspace."""
        client = self.client()
        name = self.workspace_name()
        if name:
            return client.workspaces.resolve(name).id
        found = [(w.id, w.title) for w in client.workspaces.list()]
        if len(found) == 1:
            return found[0][0]
        listed = ", ".join(f"{title!r} ({id_})" for id_, title in found) or "none"
        raise InputError(
            "this command needs a workspace: pass --workspace NAME_OR_ID, or write "
            f'workspace = "NAME_OR_ID" in {config_path(self.environ)} (workspaces: {listed})'
        )


def _log_to_stderr() -> None:
    logger = logging.getLogger("prolific")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


pass_state = click.make_pass_decorator(CliState)


def _set(attribute: str, convert: Callable[[Any], Any] = lambda v: v) -> Any:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        if value is not None and value is not False:
            setattr(ctx.ensure_object(CliState), attribute, convert(value))

    return callback


def output_options(f: F) -> F:
    """``-o/--output``, ``--fields`` and ``-v`` on a command, so they work after its name too
    (``prolific studies list -o json``) as well as before it."""
    f = click.option(
        "-v",
        "--verbose",
        is_flag=True,
        default=None,
        expose_value=False,
        callback=_set("verbose"),
        help="The SDK log (retries, waits) and tracebacks on stderr.",
    )(f)
    f = click.option(
        "--fields",
        metavar="A,B,C",
        expose_value=False,
        callback=_set("fields", parse_fields),
        help="Columns for table/csv, keys for json (a.b reaches nested keys).",
    )(f)
    f = click.option(
        "-o",
        "--output",
        type=click.Choice(FORMATS),
        expose_value=False,
        callback=_set("output"),
        help="table (default; plain text when not a terminal), json, jsonl or csv.",
    )(f)
    return f


def workspace_option(f: F) -> F:
    return click.option(
        "--workspace",
        metavar="NAME_OR_ID",
        expose_value=False,
        callback=_set("workspace"),
        help="Workspace by name or ID (default: the config file's, else your only one).",
    )(f)


def id_command(group: click.Group, name: str, argument: str, namespace: str, doc: str) -> None:
    """Add ``<group> <name> ID``: one call of ``client.<namespace>.<method>(ID)`` (the method
    named like the command, dashes as underscores), its result printed like any answer."""
    method = name.replace("-", "_")

    @group.command(name, help=doc)
    @click.argument(argument)
    @output_options
    @pass_state
    def command(state: CliState, /, **given: str) -> None:
        state.emit(getattr(getattr(state.client(), namespace), method)(given[argument]))
