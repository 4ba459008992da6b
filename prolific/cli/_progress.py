"""Progress for long work, shown on a terminal and never on a pipe.

Progress goes to stderr, so ``prolific ... -o json > out.json`` still shows it while the JSON
stays clean; when stderr is not a terminal (CI, a log file) nothing at all is drawn.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

__all__ = ["progress", "spinner"]


def _terminal(stream: IO[str] | None) -> bool:
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@contextmanager
def progress(
    label: str, total: int, *, stream: IO[str] | None = None
) -> Iterator[Callable[[int], None]]:
    """A bar of `total` steps; the context gives a function to advance it by n steps."""
    if not _terminal(stream):
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=stream or sys.stderr), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


@contextmanager
def spinner(label: str, *, stream: IO[str] | None = None) -> Iterator[None]:
    """A spinner while waiting on something whose length is unknown."""
    if not _terminal(stream):
        yield
        return
    from rich.console import Console

    with Console(file=stream or sys.stderr).status(label):
        yield
