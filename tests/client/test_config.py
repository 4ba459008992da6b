"""Where the token and base URL come from, and how they are protected."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import respx

from prolific import (
    AsyncProlific,
    InsecureCredentialsError,
    InvalidRequestError,
    MissingTokenError,
    Prolific,
)
from prolific._config import ClientConfig, resolve_base_url, resolve_config, resolve_token

from .helpers import BASE, TOKEN, Client, run

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def write(path: Path, text: str, mode: int = 0o600) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)
    return path


NEW_FILE = ".config/prolific/credentials"
OLD_FILE = ".prolific/credentials"
#: The account, as Prolific answers users/me (``id`` and ``email`` always).
ME = {"id": "u", "email": "u@example.org"}


# (argument, environment, files under home, expected token)
ORDER: list[tuple[str | None, dict[str, str], dict[str, str], str]] = [
    ("arg", {"PROLIFIC_TOKEN": "env1", "PROLIFIC_API_KEY": "env2"}, {NEW_FILE: "f1"}, "arg"),
    (None, {"PROLIFIC_TOKEN": "env1", "PROLIFIC_API_KEY": "env2"}, {NEW_FILE: "f1"}, "env1"),
    (None, {"PROLIFIC_API_KEY": "env2"}, {NEW_FILE: "f1", OLD_FILE: "f2"}, "env2"),
    (None, {"PROLIFIC_TOKEN": "  ", "PROLIFIC_API_KEY": "env2"}, {}, "env2"),
    (None, {}, {NEW_FILE: "f1", OLD_FILE: "f2"}, "f1"),
    (None, {}, {OLD_FILE: "f2\n"}, "f2"),
    (None, {"PROLIFIC_TOKEN": " env1\n"}, {}, "env1"),
]


@pytest.mark.parametrize(("arg", "environ", "files", "expected"), ORDER)
def test_token_resolution_order(
    tmp_path: Path, arg: str | None, environ: dict[str, str], files: dict[str, str], expected: str
) -> None:
    for relative, text in files.items():
        write(tmp_path / relative, text)
    assert resolve_token(arg, environ=environ, home=tmp_path) == expected


def test_no_token_anywhere_says_how_to_set_one(tmp_path: Path) -> None:
    with pytest.raises(MissingTokenError) as info:
        resolve_token(None, environ={}, home=tmp_path)
    message = str(info.value)
    assert "token=" in message
    assert "PROLIFIC_TOKEN" in message
    assert "~/.config/prolific/credentials" in message
    with pytest.raises(MissingTokenError):
        resolve_token(None, environ={}, home=None)


def test_empty_token_argument_is_refused_not_replaced(tmp_path: Path) -> None:
    # An empty argument (a missing variable upstream) must not silently pick another account.
    with pytest.raises(MissingTokenError, match="empty"):
        resolve_token("", environ={"PROLIFIC_TOKEN": "other"}, home=tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc123\n", "abc123"),
        ("  abc123  ", "abc123"),
        ("PROLIFIC_API_KEY=abc123\n", "abc123"),
        ("PROLIFIC_TOKEN = 'abc123'\n", "abc123"),
        ('token = "abc123"', "abc123"),
        ("export PROLIFIC_TOKEN=abc123", "abc123"),
        ("api_key: abc123", "abc123"),
        ("# my Prolific token\n\nOTHER=1\nPROLIFIC_TOKEN=abc123\n", "abc123"),
        ("[default]\ntoken = abc123\n", "abc123"),
        ("YWJjMTIz==", "YWJjMTIz=="),
    ],
)
def test_credentials_file_forms(tmp_path: Path, text: str, expected: str) -> None:
    write(tmp_path / NEW_FILE, text)
    assert resolve_token(None, environ={}, home=tmp_path) == expected


@pytest.mark.parametrize("text", ["", "# nothing here\n", "OTHER_KEY=abc\n", "a\nb\n"])
def test_credentials_file_without_a_token(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / NEW_FILE, text)
    with pytest.raises(MissingTokenError, match="holds no token") as info:
        resolve_token(None, environ={}, home=tmp_path)
    assert str(path) in str(info.value)


@posix_only
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o666])
def test_credentials_file_readable_by_others_is_refused(tmp_path: Path, mode: int) -> None:
    path = write(tmp_path / OLD_FILE, "abc123", mode)
    with pytest.raises(InsecureCredentialsError) as info:
        resolve_token(None, environ={}, home=tmp_path)
    message = str(info.value)
    assert f"chmod 600 {path}" in message
    assert "abc123" not in message


@posix_only
@pytest.mark.parametrize("mode", [0o600, 0o400])
def test_credentials_file_private_to_owner_is_read(tmp_path: Path, mode: int) -> None:
    write(tmp_path / OLD_FILE, "abc123", mode)
    assert resolve_token(None, environ={}, home=tmp_path) == "abc123"


def test_token_with_control_characters_is_refused_without_echoing_it() -> None:
    with pytest.raises(InvalidRequestError) as info:
        resolve_token("abc\r\nX-Evil: 1", environ={}, home=None)
    assert info.value.field == "token"
    assert "abc" not in str(info.value)


@pytest.mark.parametrize(
    ("token", "position", "named"),
    [
        ("tok_SECRET_4f1c\u200b9d2e", 16, "ZERO WIDTH SPACE"),
        ("\ufefftok_SECRET_4f1c9d2e", 1, "ZERO WIDTH NO-BREAK SPACE"),
        ("tok_SECRET_4f1c9d2\u00e9", 19, "LATIN SMALL LETTER E WITH ACUTE"),
        ("tok_SECRET_\u00a04f1c9d2e", 12, "U+00A0"),
    ],
)
@pytest.mark.parametrize("cls", [Prolific, AsyncProlific])
def test_token_with_non_ascii_is_refused_naming_the_position_not_the_token(
    cls: type[Client], token: str, position: int, named: str
) -> None:
    # A zero-width space pasted from a web page used to surface as a raw UnicodeEncodeError
    # whose repr quoted the whole token.
    with pytest.raises(InvalidRequestError) as info:
        cls(token=token)
    error = info.value
    assert error.field == "token"
    assert f"position {position} of {len(token)}" in str(error)
    assert named in str(error)
    for shown in (str(error), repr(error), repr(vars(error))):
        assert "SECRET" not in shown


def test_non_ascii_token_from_the_environment_names_its_source() -> None:
    with pytest.raises(InvalidRequestError, match="PROLIFIC_TOKEN environment variable"):
        resolve_token(None, environ={"PROLIFIC_TOKEN": "tok\u200b"}, home=None)


@pytest.mark.parametrize(
    ("arg", "env", "expected"),
    [
        (None, None, "https://api.prolific.com"),
        (None, "https://staging.example.org/", "https://staging.example.org"),
        ("https://eu.example.org", "https://staging.example.org", "https://eu.example.org"),
        ("https://proxy.example.org/prolific/", None, "https://proxy.example.org/prolific"),
        ("http://localhost:8000", None, "http://localhost:8000"),
        ("http://127.0.0.2:9000/", None, "http://127.0.0.2:9000"),
        ("http://[::1]:8080", None, "http://[::1]:8080"),
    ],
)
def test_base_url_resolution(arg: str | None, env: str | None, expected: str) -> None:
    environ = {"PROLIFIC_URL": env} if env else {}
    assert resolve_base_url(arg, environ=environ) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://api.prolific.com",
        "http://10.0.0.5:8000",
        "http://localhost.example.org",
        "ftp://api.prolific.com",
        "api.prolific.com",
        "https://user:pw@api.prolific.com",
        "https://api.prolific.com/?token=x",
    ],
)
def test_unsafe_or_malformed_base_url_is_refused(url: str) -> None:
    with pytest.raises(InvalidRequestError) as info:
        resolve_base_url(url, environ={})
    assert info.value.field == "base_url"
    with pytest.raises(InvalidRequestError):
        resolve_base_url(None, environ={"PROLIFIC_URL": url})


@pytest.mark.parametrize("cls", [Prolific, AsyncProlific])
def test_plain_http_refused_at_construction(cls: type[Client]) -> None:
    with pytest.raises(InvalidRequestError, match="plain http"):
        cls(TOKEN, base_url="http://api.prolific.com")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": "30"}, "timeout"),
        ({"referer": "  "}, "referer"),
    ],
)
def test_bad_settings_are_refused(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidRequestError) as info:
        resolve_config(TOKEN, environ={}, home=None, **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_timeout_forms() -> None:
    def timeout(value: object) -> httpx.Timeout:
        config = resolve_config(TOKEN, timeout=value, environ={}, home=None)  # type: ignore[arg-type]
        return config.timeout

    default = resolve_config(TOKEN, environ={}, home=None).timeout
    assert (default.connect, default.read) == (5.0, 60.0)
    assert (timeout(120).connect, timeout(120).read) == (5.0, 120.0)
    assert (timeout(2).connect, timeout(2).read) == (2.0, 2.0)
    assert timeout(None).read is None
    custom = httpx.Timeout(3.0)
    assert timeout(custom) is custom


def test_config_repr_hides_token() -> None:
    config = ClientConfig(token=TOKEN)
    assert TOKEN not in repr(config)
    assert config.headers()["Authorization"] == f"Token {TOKEN}"


@pytest.mark.parametrize("cls", [Prolific, AsyncProlific])
def test_client_repr_hides_token(cls: type[Client]) -> None:
    client = cls(TOKEN, base_url="https://eu.example.org")
    assert repr(client) == f"{cls.__name__}(base_url='https://eu.example.org')"
    assert TOKEN not in repr(client.http_client.headers)


async def test_token_from_environment_reaches_the_wire(
    make: Callable[..., Client], api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROLIFIC_API_KEY", "from-mephisto-env")
    route = api.get("/api/v1/users/me/").mock(return_value=httpx.Response(200, json=ME))
    client = make(token=None)
    await run(client.users.me())
    assert route.calls.last.request.headers["Authorization"] == "Token from-mephisto-env"


@posix_only
async def test_token_from_credentials_file_in_home(
    make: Callable[..., Client],
    api: respx.MockRouter,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    write(tmp_path / OLD_FILE, "PROLIFIC_API_KEY=from-file\n")
    route = api.get("/api/v1/users/me/").mock(return_value=httpx.Response(200, json=ME))
    await run(make(token=None).users.me())
    assert route.calls.last.request.headers["Authorization"] == "Token from-file"


async def test_base_url_from_environment(
    make: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROLIFIC_URL", "https://eu.example.org/")
    with respx.mock(base_url="https://eu.example.org") as router:
        route = router.get("/api/v1/users/me/").mock(return_value=httpx.Response(200, json=ME))
        await run(make().users.me())
    assert route.called
    assert BASE not in str(route.calls.last.request.url)
