"""``prolific completion SHELL``: the script that teaches a shell to complete ``prolific``."""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

__all__ = ["completion"]

SHELLS = ("bash", "zsh", "fish")


@click.command()
@click.argument("shell", type=click.Choice(SHELLS))
@click.pass_context
def completion(ctx: click.Context, shell: str) -> None:
    """Print the completion script for SHELL. Install it with, for bash:

    \b
      prolific completion bash > ~/.local/share/bash-completion/completions/prolific
    or add `eval "$(prolific completion zsh)"` to ~/.zshrc.
    """
    from ._app import cli

    completer = get_completion_class(shell)
    assert completer is not None
    script = completer(cli, {}, "prolific", "_PROLIFIC_COMPLETE").source()
    click.echo(script)
