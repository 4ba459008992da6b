"""The command line's own settings file, ``~/.config/prolific/config.toml``.

It holds defaults a researcher would otherwise repeat on every command::

    workspace = "My lab"        # a name or an ID

Credentials do not belong here: the token comes from ``PROLIFIC_TOKEN`` or the credentials file
the SDK reads. The file is looked for at ``$PROLIFIC_CONFIG``, else
``$XDG_CONFIG_HOME/prolific/config.toml``, else ``~/.config/prolific/config.toml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import click

__all__ = ["KNOWN_KEYS", "InputError", "config_path", "read_config"]

#: Every key the file may hold, and what it means.
KNOWN_KEYS = {"workspace": "the default workspace, a name or an ID"}


class InputError(click.ClickException):
    """Input refused before anything was sent (exit code 2)."""

    exit_code = 2


def config_path(environ: Mapping[str, str]) -> Path | None:
    if environ.get("PROLIFIC_CONFIG"):
        return Path(environ["PROLIFIC_CONFIG"]).expanduser()
    if environ.get("XDG_CONFIG_HOME"):
        return Path(environ["XDG_CONFIG_HOME"]).expanduser() / "prolific" / "config.toml"
    try:
        return Path.home() / ".config" / "prolific" / "config.toml"
    except RuntimeError:
        return None


def read_config(environ: Mapping[str, str]) -> dict[str, str]:
    """The settings in the config file; none when there is no file."""
    path = config_path(environ)
    if path is None or not path.is_file():
        return {}
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read the config file {path}: {exc}") from None
    unknown = sorted(set(data) - set(KNOWN_KEYS))
    if unknown:
        raise InputError(
            f"the config file {path} has unknown keys {', '.join(unknown)}; known keys: "
            + ", ".join(f"{k} ({v})" for k, v in KNOWN_KEYS.items())
        )
    settings = {}
    for key, value in data.items():
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"the config file {path}: {key} must be a non-empty string")
        settings[key] = value.strip()
    return settings
