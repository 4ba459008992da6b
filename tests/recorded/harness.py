"""The record/replay machinery shared by the recorded tests and ``scripts/record.py``.

* **Recording** (``record_scenario``): a fresh, seeded :class:`~prolific.sandbox.Sandbox` is served
  on a random loopback port, an SDK client talks to it over real HTTP and vcrpy writes every
  exchange to a YAML cassette. On the way to the file each exchange is *redacted* (tokens,
  cookies, hook secrets, anything token-shaped) and *normalised* (the random port becomes
  ``REPLAY_BASE_URL``, ``Date``/``Server``/``User-Agent`` become fixed values), so re-recording
  against the sandbox reproduces the committed files byte for byte.
* **Replaying** (``replaying``): vcrpy in record mode ``none`` answers from the cassette, matching
  on method, path, query and body; a request the cassette lacks raises, and a recorded request the
  client no longer sends fails the test (every interaction must be played).
* **Time**: the client gets a :class:`FakeClock` in both modes. It never really sleeps; it writes
  each wait down and moves its own time forward. When recording, each wait also advances the
  sandbox's clock, so a workflow that polls (approve, settle a payment) sees participants finish.
* **Scanning** (``scan_cassette``): the check a committed cassette must pass; it finds
  token-shaped values and secrets whatever wrote the file.

The scenarios themselves live in ``scenarios.py``; each is written once and runs against the sync
client (through :class:`SyncAsAsync`) and the async client.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import inspect
import io
import json
import re
import zipfile
from collections.abc import Awaitable, Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import vcr
import yaml
from vcr.cassette import Cassette
from vcr.request import Request as VcrRequest

HERE = Path(__file__).resolve().parent
CASSETTES = HERE / "cassettes"
KINDS = ("sync", "async")
#: Where cassettes recorded against a real account go (``record.py --live``), under CASSETTES.
LIVE_DIR = "live"

#: Sandbox cassettes are written as if the sandbox listened here; replay points the client here.
REPLAY_BASE_URL = "http://127.0.0.1:8765"
#: The seed of every recording sandbox: IDs and secrets follow from it, so they never change.
SEED = 7
#: The client's fake clock starts where the sandbox's does (Monday 2026-01-05 09:00 UTC).
START = datetime(2026, 1, 5, 9, 0, 0, tzinfo=UTC).timestamp()
#: What a replaying client sends as its token; never compared, since headers are not matched.
REPLAY_TOKEN = "REDACTED"

MATCH_ON = ("method", "path", "query", "body")

# -- placeholders -------------------------------------------------------------------------------

TOKEN_PLACEHOLDER = "REDACTED"
AUTH_PLACEHOLDER = f"Token {TOKEN_PLACEHOLDER}"
HOOK_SECRET_PLACEHOLDER = "REDACTED-HOOK-SECRET"
SECRET_PLACEHOLDER = "REDACTED-SECRET"
COOKIE_PLACEHOLDER = "REDACTED-COOKIE"
DATE_PLACEHOLDER = "Mon, 05 Jan 2026 09:00:00 GMT"
SERVER_PLACEHOLDER = "recorded"
USER_AGENT_PLACEHOLDER = "prolific-python (recorded)"
EMAIL_PLACEHOLDER = "redacted@example.invalid"
PLACEHOLDERS = frozenset(
    {
        TOKEN_PLACEHOLDER,
        AUTH_PLACEHOLDER,
        HOOK_SECRET_PLACEHOLDER,
        SECRET_PLACEHOLDER,
        COOKIE_PLACEHOLDER,
    }
)

#: JSON keys whose string values are always secrets, in any request or response body.
SECRET_KEYS = {
    "secret": HOOK_SECRET_PLACEHOLDER,
    "hook_secret": HOOK_SECRET_PLACEHOLDER,
    "token": TOKEN_PLACEHOLDER,
    "api_key": TOKEN_PLACEHOLDER,
    "api_token": TOKEN_PLACEHOLDER,
    "access_token": TOKEN_PLACEHOLDER,
    "refresh_token": TOKEN_PLACEHOLDER,
    "password": TOKEN_PLACEHOLDER,
    "signing_secret": SECRET_PLACEHOLDER,
    # An invitation link lets whoever holds it join the workspace.
    "invite_link": TOKEN_PLACEHOLDER,
    # A credential pool's CSV holds participants' passwords for a third-party platform.
    "credentials": TOKEN_PLACEHOLDER,
}
#: Headers whose values are credentials.
SECRET_HEADERS = {
    "authorization": AUTH_PLACEHOLDER,
    "cookie": COOKIE_PLACEHOLDER,
    "set-cookie": COOKIE_PLACEHOLDER,
    "x-hook-secret": HOOK_SECRET_PLACEHOLDER,
    "x-prolific-request-signature": SECRET_PLACEHOLDER,
    "proxy-authorization": AUTH_PLACEHOLDER,
    "x-api-key": TOKEN_PLACEHOLDER,
}
#: Headers that change from run to run, and what they become.
VOLATILE_HEADERS = {
    "date": DATE_PLACEHOLDER,
    "expires": DATE_PLACEHOLDER,
    "last-modified": DATE_PLACEHOLDER,
    "server": SERVER_PLACEHOLDER,
    "user-agent": USER_AGENT_PLACEHOLDER,
    "x-request-id": SERVER_PLACEHOLDER,
    "x-amzn-trace-id": SERVER_PLACEHOLDER,
    "cf-ray": SERVER_PLACEHOLDER,
}
#: Request headers that depend on the installed httpx extras, not on the SDK; left out.
DROPPED_HEADERS = frozenset({"accept-encoding", "connection", "keep-alive"})

# -- what "token-shaped" means ------------------------------------------------------------------

#: Named patterns a committed cassette must not contain. IDs (24 hex characters) are fine.
TOKEN_PATTERNS: dict[str, re.Pattern[str]] = {
    "sandbox token": re.compile(r"sandbox-[0-9a-f]{40}"),
    "Token credential": re.compile(r"\bToken\s+(?!REDACTED\b)[^\s'\",]+"),
    "Bearer credential": re.compile(r"\bBearer\s+(?!REDACTED\b)[^\s'\",]+"),
    "JWT": re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    "hex run of 32+": re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{32,}(?![0-9A-Fa-f])"),
    # Mixed case and a digit: what random base64 looks like and words, paths and IDs do not.
    "base64 run of 32+": re.compile(
        r"(?<![A-Za-z0-9+/_-])(?=[A-Za-z0-9+/_-]*[A-Z])(?=[A-Za-z0-9+/_-]*[a-z])"
        r"(?=[A-Za-z0-9+/_-]*[0-9])[A-Za-z0-9+/_-]{32,}={0,2}"
    ),
}
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")


def redact_text(text: str) -> str:
    """``text`` with every token-shaped run replaced by a placeholder."""
    for name, pattern in TOKEN_PATTERNS.items():
        if name in ("Token credential", "Bearer credential"):
            text = pattern.sub(name.split()[0] + " " + TOKEN_PLACEHOLDER, text)
        else:
            text = pattern.sub(TOKEN_PLACEHOLDER, text)
    return text


def _is_secret_object(value: Mapping[str, Any]) -> bool:
    """A webhook signing secret as Prolific lists it: ``{id, value, workspace_id}``."""
    return "value" in value and "workspace_id" in value and "filter_id" not in value


def redact_json(data: Any) -> Any:
    """A copy of decoded JSON with secret fields replaced (recursively)."""
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        secret_object = _is_secret_object(data)
        for key, value in data.items():
            if isinstance(value, str) and key.lower() in SECRET_KEYS:
                out[key] = SECRET_KEYS[key.lower()]
            elif secret_object and key == "value" and isinstance(value, str):
                out[key] = SECRET_PLACEHOLDER
            else:
                out[key] = redact_json(value)
        return out
    if isinstance(data, list):
        return [redact_json(item) for item in data]
    if isinstance(data, str):
        return redact_text(data)
    return data


# -- normalisation and redaction hooks ----------------------------------------------------------


@dataclass
class Normaliser:
    """vcrpy's ``before_record_request``/``before_record_response`` for one cassette.

    ``actual_base`` is where requests really went and ``fixed_base`` what the cassette says
    instead. With ``pseudonymise`` (recordings of a real account) IDs become stable fake ones in
    order of appearance, emails a placeholder and timestamps one fixed moment.

    vcrpy runs these hooks again when it loads a cassette and on every request it matches, so
    each is idempotent: redacted data passes through unchanged.
    """

    actual_base: str = REPLAY_BASE_URL
    fixed_base: str = REPLAY_BASE_URL
    pseudonymise: bool = False
    ids: dict[str, str] = field(default_factory=dict)

    # text ---------------------------------------------------------------------------------

    def _fake_id(self, match: re.Match[str]) -> str:
        real = match.group(0)
        if real in self.ids.values():
            return real
        if real not in self.ids:
            self.ids[real] = f"{len(self.ids) + 1:024x}"
        return self.ids[real]

    def text(self, text: str) -> str:
        if self.actual_base != self.fixed_base:
            text = text.replace(self.actual_base, self.fixed_base)
        if self.pseudonymise:
            text = _ID.sub(self._fake_id, text)
            text = _EMAIL.sub(EMAIL_PLACEHOLDER, text)
            text = _TIMESTAMP.sub("2026-01-05T09:00:00", text)
        return text

    def body(self, body: bytes | str | None, content_type: str) -> bytes | None:
        if body is None or body == b"" or body == "":
            return None if body is None else b""
        raw = body.encode() if isinstance(body, str) else bytes(body)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw
        if "json" in content_type.lower():
            try:
                data = json.loads(text)
            except ValueError:
                pass
            else:
                redacted = redact_json(data)
                if redacted != data:
                    # Re-encode only when something changed, the way httpx encodes JSON.
                    text = json.dumps(redacted, ensure_ascii=False, separators=(",", ":"))
        return self.text(redact_text(text)).encode("utf-8")

    # hooks ----------------------------------------------------------------------------------

    def request(self, request: VcrRequest) -> VcrRequest:
        request = copy.deepcopy(request)
        request.uri = redact_text(self.text(request.uri))
        parts = urlsplit(request.uri)
        headers = request.headers
        for name in list(headers.keys()):
            lowered = name.lower()
            if lowered in DROPPED_HEADERS:
                del headers[name]
            elif lowered in SECRET_HEADERS:
                headers[name] = SECRET_HEADERS[lowered]
            elif lowered in VOLATILE_HEADERS:
                headers[name] = VOLATILE_HEADERS[lowered]
            elif lowered == "host":
                headers[name] = parts.netloc
            else:
                headers[name] = redact_text(self.text(str(headers[name])))
        content_type = str(headers.get("content-type", ""))
        body = request.body
        if isinstance(body, bytes | str) or body is None:
            request.body = self.body(body, content_type)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        headers: dict[str, list[str]] = response.get("headers", {})
        content_type = ""
        for name in list(headers):
            lowered = name.lower()
            values = headers[name]
            if lowered in SECRET_HEADERS:
                headers[name] = [SECRET_HEADERS[lowered] for _ in values]
            elif lowered in VOLATILE_HEADERS:
                headers[name] = [VOLATILE_HEADERS[lowered] for _ in values]
            else:
                headers[name] = [redact_text(self.text(str(v))) for v in values]
            if lowered == "content-type" and values:
                content_type = str(values[0])
        body = response.get("body", {})
        string = body.get("string")
        if isinstance(string, bytes | str) and string:
            new = self.body(string, content_type)
            body["string"] = new
            for name in list(headers):
                if name.lower() == "content-length" and new is not None:
                    headers[name] = [str(len(new))]
        return response


def make_vcr(record_mode: str, normaliser: Normaliser) -> vcr.VCR:
    """A VCR that records (``"all"``) or only replays (``"none"``) through ``normaliser``."""
    return vcr.VCR(
        serializer="yaml",
        record_mode=record_mode,
        match_on=MATCH_ON,
        before_record_request=normaliser.request,
        before_record_response=normaliser.response,
        decode_compressed_response=True,
    )


# -- the client's clock -------------------------------------------------------------------------


class FakeClock:
    """A client clock that writes waits down instead of sleeping.

    ``now()`` starts at ``START`` and moves only by the waits, the same when recording and when
    replaying, so a workflow takes the same decisions both times. ``on_sleep`` (set when
    recording) is told about each wait: the sandbox's clock is advanced by it.
    """

    def __init__(self, on_sleep: Callable[[float], None] | None = None) -> None:
        self.elapsed = 0.0
        self.sleeps: list[float] = []
        self.on_sleep = on_sleep

    def now(self) -> float:
        return START + self.elapsed

    def sleep(self, seconds: float) -> None:
        seconds = max(0.0, float(seconds))
        self.sleeps.append(seconds)
        self.elapsed += seconds
        if self.on_sleep is not None:
            self.on_sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


# -- one scenario, two clients ------------------------------------------------------------------


class _Done:
    """The result of a sync call, made awaitable so one scenario serves both clients."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __await__(self) -> Generator[None, None, Any]:
        return self.value
        yield  # pragma: no cover  (makes this a generator)


class SyncAsAsync:
    """Wraps a sync ``Prolific`` so a scenario can ``await`` its calls.

    Calls still happen synchronously, at call time, on the real sync client; only their results
    are wrapped. Namespaces are wrapped in turn, so ``client.participant_groups.participants``
    works as it does on ``AsyncProlific``.
    """

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if inspect.ismethod(attr) or inspect.isfunction(attr):

            def call(*args: Any, **kwargs: Any) -> _Done:
                return _Done(attr(*args, **kwargs))

            return call
        if type(attr).__module__.startswith("prolific.resources"):
            return SyncAsAsync(attr)
        return attr


async def collect(pager: Any, limit: int | None = None) -> list[Any]:
    """Every item of a sync or async pager (or the first ``limit``)."""
    if isinstance(pager, _Done):
        pager = pager.value
    items: list[Any] = []
    if hasattr(pager, "__aiter__"):
        async for item in pager:
            items.append(item)
            if limit is not None and len(items) >= limit:
                break
    else:
        for item in pager:
            items.append(item)
            if limit is not None and len(items) >= limit:
                break
    return items


@dataclass
class Ctx:
    """What a scenario gets: the client (awaitable either way), its clock, and the sandbox's
    control endpoints (recorded like any other call, so replay needs no sandbox)."""

    client: Any
    raw: Any
    clock: FakeClock
    kind: str

    async def control(self, path: str, body: Mapping[str, Any] | None = None) -> Any:
        """POST to the sandbox-only ``/_sandbox/<path>`` endpoint; the decoded answer."""
        response = self.raw.http_client.post(f"/_sandbox/{path}", json=dict(body or {}))
        if inspect.isawaitable(response):
            response = await response
        return response.json()


Run = Callable[[Ctx], Awaitable[None]]


@dataclass(frozen=True)
class Scenario:
    """One cassette's worth of calls. ``run`` asserts as it goes (ids, statuses, waits) and runs
    the same when recording and replaying. ``setup`` prepares the recording sandbox in process
    (never recorded, never run on replay). ``live_safe`` scenarios only read or touch drafts,
    assume nothing about the account's data, and may be recorded against a real account."""

    name: str
    run: Run
    live_safe: bool = False
    writes: bool = False
    setup: Callable[[Any], None] | None = None


def make_client(kind: str, base_url: str, token: str, clock: FakeClock) -> Any:
    """A sync or async SDK client on ``base_url`` with the fake clock and an in-memory bonus
    ledger (never the user's real one)."""
    from prolific import AsyncProlific, Prolific
    from prolific._ledger import BonusLedger

    cls = Prolific if kind == "sync" else AsyncProlific
    client = cls(token, base_url=base_url, _clock=clock, referer="prolific-python recorded tests")
    client._ledger = BonusLedger(":memory:")
    return client


async def _drive(scenario: Scenario, kind: str, base_url: str, token: str, clock: FakeClock) -> Ctx:
    raw = make_client(kind, base_url, token, clock)
    wrapped = SyncAsAsync(raw) if kind == "sync" else raw
    ctx = Ctx(client=wrapped, raw=raw, clock=clock, kind=kind)
    try:
        await scenario.run(ctx)
    finally:
        if kind == "sync":
            raw.close()
        else:
            await raw.aclose()
    return ctx


def cassette_path(name: str, root: Path = CASSETTES, folder: str = "") -> Path:
    """Where scenario ``name``'s cassette lives: one per scenario, replayed by both clients."""
    base = root / folder if folder else root
    return base / f"{name}.yaml"


# -- recording ----------------------------------------------------------------------------------


def record_scenario(scenario: Scenario, kind: str, path: Path, *, seed: int = SEED) -> Path:
    """Record ``scenario`` with the ``kind`` client against a fresh sandbox served on loopback,
    into ``path`` (replaced)."""
    from prolific.sandbox import Sandbox

    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    sandbox = Sandbox(seed=seed)
    if scenario.setup is not None:
        scenario.setup(sandbox)
    with sandbox.serve(port=0) as url:
        normaliser = Normaliser(actual_base=url, fixed_base=REPLAY_BASE_URL)
        clock = FakeClock(on_sleep=sandbox.advance)
        with make_vcr("all", normaliser).use_cassette(str(path)):
            asyncio.run(_drive(scenario, kind, url, sandbox.token, clock))
    if sandbox.errors:
        raise AssertionError(
            f"the sandbox failed while recording {scenario.name}:\n{sandbox.errors}"
        )
    return path


def record_live(scenario: Scenario, path: Path, *, base_url: str, token: str) -> Path:
    """Record a live-safe ``scenario`` (sync client) against a real account into ``path``, with
    IDs, emails and times pseudonymised; waits really sleep."""
    import time

    if not scenario.live_safe:
        raise ValueError(f"{scenario.name} is not safe to run against a real account")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    base = base_url.rstrip("/")
    normaliser = Normaliser(actual_base=base, fixed_base=base, pseudonymise=True)
    clock = FakeClock(on_sleep=time.sleep)
    with make_vcr("all", normaliser).use_cassette(str(path)):
        asyncio.run(_drive(scenario, "sync", base, token, clock))
    return path


# -- replaying ----------------------------------------------------------------------------------


def recorded_base_url(path: Path) -> str:
    """The scheme and host the cassette's first request went to."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    uri = data["interactions"][0]["request"]["uri"]
    parts = urlsplit(uri)
    return f"{parts.scheme}://{parts.netloc}"


@contextmanager
def replaying(path: Path) -> Iterator[Cassette]:
    """Replay ``path`` (record mode ``none``); fails if any recorded call was not made."""
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing; run `make record` to record it")
    base = recorded_base_url(path)
    normaliser = Normaliser(actual_base=base, fixed_base=base)
    with make_vcr("none", normaliser).use_cassette(str(path)) as cassette:
        yield cassette
    if not cassette.all_played:
        unplayed = [
            f"{request.method} {request.uri}"
            for index, request in enumerate(cassette.requests)
            if cassette.play_counts[index] == 0
        ]
        raise AssertionError(
            f"{path.name}: the client no longer sent {len(unplayed)} recorded request(s): "
            + "; ".join(unplayed[:5])
        )


async def replay_scenario(scenario: Scenario, kind: str, path: Path) -> Ctx:
    """Run ``scenario`` with the ``kind`` client against the cassette at ``path``."""
    with replaying(path):
        return await _drive(scenario, kind, recorded_base_url(path), REPLAY_TOKEN, FakeClock())


# -- scanning -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """Something in a cassette that looks like a credential. ``excerpt`` is masked."""

    file: str
    where: str
    rule: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.rule}: {self.excerpt}"


def _mask(value: str) -> str:
    value = value.strip()
    return value[:4] + "..." + f"({len(value)} chars)" if len(value) > 8 else "***"


def _scan_string(value: str, where: str, file: str) -> list[Finding]:
    found = []
    for rule, pattern in TOKEN_PATTERNS.items():
        for match in pattern.finditer(value):
            found.append(Finding(file, where, rule, _mask(match.group(0))))
    return found


def _scan_json(data: Any, where: str, file: str) -> list[Finding]:
    found: list[Finding] = []
    if isinstance(data, dict):
        secret_object = _is_secret_object(data)
        for key, value in data.items():
            here = f"{where}.{key}"
            if isinstance(value, str) and value not in PLACEHOLDERS:
                if key.lower() in SECRET_KEYS:
                    found.append(Finding(file, here, "secret field", _mask(value)))
                elif secret_object and key == "value":
                    found.append(Finding(file, here, "webhook secret value", _mask(value)))
            found.extend(_scan_json(value, here, file))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found.extend(_scan_json(item, f"{where}[{index}]", file))
    return found


def _as_text(value: Any) -> str | None:
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return value if isinstance(value, str) else None


def _scan_headers(headers: Mapping[str, Any], where: str, file: str) -> list[Finding]:
    found: list[Finding] = []
    for name, values in (headers or {}).items():
        listed = values if isinstance(values, list) else [values]
        for value in listed:
            text = str(value)
            placeholder = SECRET_HEADERS.get(name.lower())
            if placeholder is not None and text != placeholder:
                found.append(Finding(file, f"{where} header {name}", "credential", _mask(text)))
            found.extend(_scan_string(text, f"{where} header {name}", file))
    return found


def _scan_body(body: Any, where: str, file: str) -> list[Finding]:
    text = _as_text(body)
    if not text:
        return []
    found = _scan_string(text, f"{where} body", file)
    try:
        data = json.loads(text)
    except ValueError:
        return found
    return found + _scan_json(data, f"{where} body", file)


def _lines_outside_archives(text: str, file: str, found: list[Finding]) -> list[tuple[int, str]]:
    """The cassette's numbered lines, less the base64 of ZIP archives (an export's download),
    whose random-looking lines are not secrets: each archive's text members are scanned instead,
    their findings added to `found`."""
    lines = text.splitlines()
    kept: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        kept.append((index + 1, line))
        index += 1
        if not line.rstrip().endswith("!!binary |"):
            continue
        indent = len(line) - len(line.lstrip()) + 1
        block_start = index
        while index < len(lines) and len(lines[index]) - len(lines[index].lstrip()) >= indent:
            index += 1
        block = lines[block_start:index]
        try:
            raw = base64.b64decode("".join(part.strip() for part in block))
        except ValueError:
            raw = b""
        if not raw.startswith(b"PK\x03\x04"):
            kept += [(block_start + n + 1, part) for n, part in enumerate(block)]
            continue
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            for member in archive.namelist():
                content = archive.read(member).decode("utf-8", errors="replace")
                found += _scan_string(content, f"line {block_start + 1} archive {member}", file)
    return kept


def scan_cassette(path: Path) -> list[Finding]:
    """Every token-shaped value or unredacted secret in the cassette at ``path``."""
    from vcr.serializers import yamlserializer

    file = path.name
    text = path.read_text(encoding="utf-8")
    found_inside: list[Finding] = []
    lines = _lines_outside_archives(text, file, found_inside)
    found = [
        Finding(file, f"line {number}", f.rule, f.excerpt)
        for number, line in lines
        for f in _scan_string(line, "", file)
    ]
    found += found_inside
    data = yamlserializer.deserialize(text) or {}
    for index, interaction in enumerate(data.get("interactions", [])):
        request = interaction.get("request", {})
        response = interaction.get("response", {})
        uri = redact_text(str(request.get("uri", "")))  # never echo what was found
        label = f"interaction {index} ({request.get('method')} {uri})"
        found += _scan_string(str(request.get("uri", "")), f"{label} uri", file)
        found += _scan_headers(request.get("headers", {}), f"{label} request", file)
        found += _scan_body(request.get("body"), f"{label} request", file)
        found += _scan_headers(response.get("headers", {}), f"{label} response", file)
        found += _scan_body((response.get("body") or {}).get("string"), f"{label} response", file)
    return found


def all_cassettes(root: Path = CASSETTES) -> list[Path]:
    return sorted(root.rglob("*.yaml"))
