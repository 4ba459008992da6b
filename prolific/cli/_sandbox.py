"""``prolific sandbox serve``: the offline Prolific, for rehearsing a study from the shell."""

from __future__ import annotations

import click

__all__ = ["sandbox"]


@click.group()
def sandbox() -> None:
    """The offline sandbox: rehearse a whole study without a token or money."""


@sandbox.command(
    "serve", context_settings={"ignore_unknown_options": True, "allow_extra_args": True}
)
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for IDs and token.")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def serve(port: int, seed: int, extra: tuple[str, ...]) -> None:
    """Serve the sandbox on loopback until Ctrl+C, printing the PROLIFIC_URL and PROLIFIC_TOKEN
    to export. Other options (--speed, --autopilot, --balance, --host, --token, and the rule
    flags such as --publish-delay, --review-window and --demographic-export-shape) are those of
    `python -m prolific.sandbox --help`."""
    from ..sandbox.__main__ import main as serve_sandbox

    code = serve_sandbox(["--port", str(port), "--seed", str(seed), *extra])
    if code:
        raise click.exceptions.Exit(code)
