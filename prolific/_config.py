"""Where a client's token and base URL come from, resolved once into a frozen ``ClientConfig``.

The token is taken from the first of:

1. the ``token`` argument;
2. the ``PROLIFIC_TOKEN`` environment variable (what Prolific's CLI reads);
3. the ``PROLIFIC_API_KEY`` environment variable (what Mephisto reads);
4. ``~/.config/prolific/credentials``, then ``~/.prolific/credentials`` (Mephisto's file). A file
   holds the token alone, or ``KEY=value`` lines with one of the keys in ``_FILE_KEYS``. A file
   anyone but its owner can read is refused: a Prolific token never expires and can spend money.

The base URL is the ``base_url`` argument, then ``PROLIFIC_URL``, then ``https://api.prolific.com``
(a trailing ``/api/v1`` is accepted and dropped).
Plain ``http://`` is accepted only for loopback hosts, so the token never crosses a network
unencrypted.

Nothing here reads the process environment or home directory on its own: callers pass them in,
which keeps every client independent and the tests hermetic.
"""

from __future__ import annotations

import ipaddress
import os
import re
import stat
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from ._constants import (
    CREDENTIALS_FILES,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_TOKEN,
    ENV_URL,
    USER_AGENT,
)
from ._redaction import remember_secret
from ._types import NOT_GIVEN, NotGiven, Timeout
from .errors import InsecureCredentialsError, InvalidRequestError, MissingTokenError

__all__ = [
    "ClientConfig",
    "is_loopback_host",
    "resolve_base_url",
    "resolve_config",
    "resolve_token",
]

_FILE_KEYS = frozenset({"prolific_token", "prolific_api_key", "token", "api_key"})
# `KEY=value`, `key = value`, `key: value`, `export KEY=value`; a value starting with "=" is not
# a pair but a token that ends in base64 padding.
_KEY_VALUE = re.compile(
    r"(?:export\s+)?(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*[=:]\s*(?P<value>[^=\s].*)"
)


@dataclass(frozen=True)
class ClientConfig:
    """Everything a client needs to talk to Prolific, fixed at construction."""

    token: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    referer: str | None = None
    user_agent: str = USER_AGENT

    def __post_init__(self) -> None:
        remember_secret(self.token)

    def headers(self) -> dict[str, str]:
        """The headers every request carries."""
        headers = {
            "Authorization": f"Token {self.token}",
            "User-Agent": self.user_agent,
            "Accept": "application/json",
        }
        if self.referer:
            headers["Referer"] = self.referer
        return headers


def resolve_config(
    token: str | None = None,
    *,
    base_url: str | None = None,
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int = DEFAULT_MAX_RETRIES,
    referer: str | None = None,
    environ: Mapping[str, str],
    home: Path | None,
) -> ClientConfig:
    """Resolve every setting; raises ``MissingTokenError`` or ``InvalidRequestError``."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidRequestError(
            f"max_retries must be a whole number >= 0, got {max_retries!r}", field="max_retries"
        )
    if referer is not None and (not isinstance(referer, str) or not referer.strip()):
        raise InvalidRequestError("referer must be a non-empty string", field="referer")
    return ClientConfig(
        token=resolve_token(token, environ=environ, home=home),
        base_url=resolve_base_url(base_url, environ=environ),
        timeout=_timeout(timeout),
        max_retries=max_retries,
        referer=referer.strip() if referer else None,
    )


def resolve_token(token: str | None, *, environ: Mapping[str, str], home: Path | None) -> str:
    """The token from the argument, the environment or a credentials file, in that order."""
    if token is not None:
        if not isinstance(token, str) or not token.strip():
            raise MissingTokenError(
                "The token argument is empty. Pass a Prolific API token, or leave it out to use "
                "PROLIFIC_TOKEN, PROLIFIC_API_KEY or ~/.config/prolific/credentials."
            )
        return _checked(token.strip(), "the token argument")
    for name in (ENV_TOKEN, ENV_API_KEY):
        value = environ.get(name, "").strip()
        if value:
            return _checked(value, f"the {name} environment variable")
    if home is not None:
        for relative in CREDENTIALS_FILES:
            path = home / relative
            if path.is_file():
                return _read_credentials(path)
    raise MissingTokenError()


def resolve_base_url(base_url: str | None, *, environ: Mapping[str, str]) -> str:
    """The API origin from the argument, ``PROLIFIC_URL`` or the default; checked for safety."""
    source = "base_url"
    if base_url is None:
        base_url = environ.get(ENV_URL, "").strip() or None
        source = ENV_URL
    if base_url is None:
        return DEFAULT_BASE_URL
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidRequestError(f"{source} is not a valid URL", field="base_url") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidRequestError(
            f"{source} must be an http(s) URL with a host, such as {DEFAULT_BASE_URL}",
            field="base_url",
        )
    if url.userinfo or url.query or url.fragment:
        raise InvalidRequestError(
            f"{source} must not carry credentials, a query or a fragment", field="base_url"
        )
    if url.scheme == "http" and not is_loopback_host(url.host):
        raise InvalidRequestError(
            f"{source} uses plain http:// for {url.host}; the token would cross the network "
            "unencrypted. Use https:// (plain http is allowed only for localhost).",
            field="base_url",
        )
    text = str(url).rstrip("/")
    # Prolific's docs write endpoints as /api/v1/...; a base URL copied with that prefix would
    # double it (/api/v1/api/v1/...), so the prefix is dropped: the origin is what is meant.
    if text.endswith(API_PREFIX):
        text = text[: -len(API_PREFIX)]
    return text


#: The path prefix of every endpoint, which the SDK adds itself.
API_PREFIX = "/api/v1"


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` is this machine: ``localhost``, 127.0.0.0/8 or ``::1``."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _timeout(timeout: Timeout | NotGiven) -> httpx.Timeout:
    if isinstance(timeout, NotGiven):
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise InvalidRequestError(
            f"timeout must be a positive number of seconds, an httpx.Timeout or None, "
            f"got {timeout!r}",
            field="timeout",
        )
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5))


def _read_credentials(path: Path) -> str:
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise InsecureCredentialsError(
                f"Refusing to read {path}: users other than its owner can access it "
                f"(mode {mode:04o}). Run `chmod 600 {path}` and try again."
            )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MissingTokenError(f"Could not read {path}: {type(exc).__name__}.") from exc
    token = _parse_credentials(text)
    if token is None:
        raise MissingTokenError(
            f"{path} holds no token. Put the token alone in the file, or a line "
            "PROLIFIC_TOKEN=<token>."
        )
    return _checked(token, str(path))


def _parse_credentials(text: str) -> str | None:
    """The token from a credentials file: the token alone, or ``key = value`` lines."""
    lines = [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith(("#", ";", "["))
    ]
    pairs = [m for m in map(_KEY_VALUE.fullmatch, lines) if m is not None]
    for match in pairs:
        if match["key"].lower() in _FILE_KEYS:
            return match["value"].strip().strip("'\"").strip() or None
    if len(lines) == 1 and not pairs:
        return lines[0].strip("'\"").strip() or None
    return None


def _checked(token: str, source: str) -> str:
    # A header carries printable ASCII only. Say where the bad character is and where the value
    # came from instead of failing deep inside httpx, whose error would quote the whole token.
    for position, ch in enumerate(token, start=1):
        if ch.isspace() or not ("!" <= ch <= "~"):
            raise InvalidRequestError(
                f"The token from {source} has {_describe(ch)} at position {position} of "
                f"{len(token)}; a Prolific API token is printable ASCII only. Copy it again from "
                "Prolific's settings page (text pasted from a web page can carry invisible "
                "characters).",
                field="token",
            )
    return token


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    code = f"U+{ord(ch):04X}"
    if ch.isspace():
        return f"a space or line break ({code})"
    return f"the character {code} {name}".rstrip() if name else f"the character {code}"
