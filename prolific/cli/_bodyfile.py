"""Request bodies read from a file (``studies create --file study.yaml``).

JSON, YAML (with PyYAML, ``pip install 'prolific-python[yaml]'``) and TOML are read; ``-`` is
standard input. Field names are checked against the API model first, so a typo such as
``total_places`` is refused with the list of known fields instead of being sent and ignored.
"""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click

from ._settings import InputError

__all__ = [
    "Body",
    "body_file_options",
    "input_name",
    "known_fields",
    "read_body",
    "read_input",
]

F = TypeVar("F", bound=Callable[..., Any])


def body_file_options(help: str) -> Callable[[F], F]:
    """``--file FILE`` (required, passed as ``path``; `help` says what the file holds) and
    ``--allow-unknown`` (passed as ``allow_unknown``), for :func:`read_body`."""

    def add(command: F) -> F:
        command = click.option(
            "--allow-unknown", is_flag=True, help="Send fields this SDK does not know."
        )(command)
        return click.option("--file", "path", required=True, metavar="FILE", help=help)(command)

    return add


def known_fields(model: type[Any]) -> frozenset[str]:
    """The JSON field names of a ``prolific_api.params`` TypedDict, or of a generated model."""
    if hasattr(model, "__required_keys__"):  # a TypedDict: its keys are the JSON names
        return frozenset(model.__annotations__)
    # The generator appends "_" to names that clash with Python ("type_" is sent as "type").
    return frozenset(
        f.name.removesuffix("_") for f in attrs.fields(model) if f.name != "additional_properties"
    )


def _parse(text: str, name: str) -> Any:
    suffix = Path(name).suffix.lower()
    if suffix == ".toml":
        import tomllib

        return tomllib.loads(text)
    if suffix == ".json":
        return json.loads(text)
    if suffix in (".yaml", ".yml"):
        return _yaml(text, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return _yaml(text, name)


def _yaml(text: str, name: str) -> Any:
    try:
        import yaml
    except ImportError:
        raise InputError(
            f"{name} looks like YAML, which needs PyYAML: pip install 'prolific-python[yaml]' "
            "(or give the body as JSON)"
        ) from None
    return yaml.safe_load(text)


@dataclass(frozen=True)
class Body:
    """A body read from a file: the fields the API model knows, and (only with
    ``--allow-unknown``) the others, which the SDK sends as ``extra_body``."""

    fields: dict[str, Any]
    extra: dict[str, Any]

    @property
    def extra_body(self) -> dict[str, Any] | None:
        return self.extra or None


def input_name(path: str) -> str:
    """How a message names the file at `path` (``-`` is standard input)."""
    return "standard input" if path == "-" else path


def read_input(path: str, *, encoding: str = "utf-8") -> str:
    """The text of the file at `path` (``-``: standard input); :class:`InputError` naming it
    when it cannot be read."""
    try:
        return sys.stdin.read() if path == "-" else Path(path).read_text(encoding=encoding)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {input_name(path)}: {exc}") from None


def read_body(path: str, *, known: Collection[str], allow_unknown: bool, what: str) -> Body:
    """The object in the file at `path` (``-``: stdin), its fields checked against `known`."""
    name = input_name(path)
    text = read_input(path)
    try:
        body = _parse(text, name)
    except InputError:
        raise
    except Exception as exc:  # each format's parser has its own error class
        detail = " ".join(str(exc).split())
        raise InputError(f"{name} is not valid JSON, YAML or TOML: {detail}") from None
    if not isinstance(body, dict):
        raise InputError(f"{name} must hold one object of {what} fields")
    unknown = sorted(set(body) - set(known))
    if unknown and not allow_unknown:
        hints = []
        for field in unknown:
            near = difflib.get_close_matches(field, known, n=1)
            hints.append(f"{field} (did you mean {near[0]}?)" if near else field)
        raise InputError(
            f"{name} has fields a {what} does not know: {', '.join(hints)}. Known fields: "
            f"{', '.join(sorted(known))}. Pass --allow-unknown to send them anyway."
        )
    extra = {name: body.pop(name) for name in unknown}
    return Body(body, extra)
