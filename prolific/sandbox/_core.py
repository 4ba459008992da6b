"""``Sandbox``: the one ``handle(request) -> response`` core and what a test inspects.

The in-process transport (``_transport``) and the socket server (``_server``) both call
:meth:`Sandbox.handle`; faults, authentication, routing and the state all live behind it.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qs, urlsplit

from . import _control, _delivery, _study_urls
from ._clock import DEFAULT_START, SandboxClock
from ._datasets import STORAGE_OPERATIONS
from ._errors import SandboxError
from ._faults import ConnectionDropped, Decision, Faults
from ._http import SANDBOX_BASE_URL, Request, SandboxResponse, error_response
from ._log import DEFAULT_REQUEST_LOG_LIMIT, RequestLog
from ._participants import Participants
from ._research_state import FEATURES
from ._routes import PUBLIC_OPERATIONS, Match, route_table
from ._server import serve
from ._state import (
    BonusBatch,
    Delivery,
    HookEvent,
    HookTarget,
    Ledger,
    Message,
    SandboxSettings,
    SandboxState,
    Study,
    Submission,
)
from ._task_builder_state import TaskBuilderStore
from ._transport import SandboxTransport

if TYPE_CHECKING:
    import httpx

    from prolific import AsyncProlific, Prolific
    from prolific._ledger import BonusLedger

T = TypeVar("T")

#: Paths of the sandbox-only control endpoints, which injected faults never touch.
CONTROL_PREFIX = "/_sandbox/"


def derive_token(seed: int) -> str:
    """The API token a sandbox built with ``seed`` accepts when none is given."""
    return "sandbox-" + hashlib.sha256(f"prolific-sandbox-token-{seed}".encode()).hexdigest()[:40]


@dataclass(frozen=True)
class RequestRecord:
    """One call the sandbox saw: ``status`` is what it answered (``None`` when a fault dropped
    the connection before acting); ``fault`` names the fault that fired, if any."""

    method: str
    path: str
    status: int | None
    operation: str | None
    at: datetime
    fault: str | None = None


class Hooks:
    """Webhook helpers: ``sandbox.hooks``."""

    def __init__(self, sandbox: Sandbox) -> None:
        self._sandbox = sandbox

    def route(self, target_url: str, handler: HookTarget) -> None:
        """Deliver events for ``target_url`` to ``handler(headers, raw_body)`` in process.

        The handler returns the HTTP status to report (``None`` means 200); raising counts as
        a failed delivery, which is retried on the sandbox clock.
        """
        self._sandbox.state.hook_targets[target_url] = handler

    def unroute(self, target_url: str) -> None:
        self._sandbox.state.hook_targets.pop(target_url, None)

    def redeliver(self, event_id: str) -> Delivery | None:
        """Send an event again now, with the same ``X-Event-ID`` (a fresh timestamp and
        signature), as Prolific's at-least-once delivery may."""

        sandbox = self._sandbox
        event = sandbox.state.hook_events[event_id]
        return _delivery.deliver_now(sandbox.state, event, sandbox._lock)

    @property
    def events(self) -> Mapping[str, HookEvent]:
        return MappingProxyType(self._sandbox.state.hook_events)

    @property
    def deliveries(self) -> list[Delivery]:
        return self._sandbox.state.deliveries

    def secret(self, workspace_id: str | None = None) -> str | None:
        """The current signing secret of a workspace (default: the starting workspace)."""
        state = self._sandbox.state
        secret = state.secrets.get(workspace_id or state.default_workspace_id)
        return secret.value if secret else None


class Sandbox:
    """An offline, stateful Prolific.

    ``seed`` makes IDs, the token and fault draws reproducible; ``token`` overrides the
    derived token; ``balance`` is the starting workspace's funds in minor units (pence);
    ``settings`` holds the timings, prices and choices its rules follow (see
    :class:`SandboxSettings` and docs/sandbox-rules.md). ``request_log_limit`` is how many
    of the latest calls ``requests`` keeps (None: all of them).

    Use it through :meth:`client` / :meth:`async_client` (in process), :meth:`serve` (a
    loopback HTTP server) or :meth:`handle` directly. Inspect it through ``studies``,
    ``submissions``, ``ledger``, ``messages``, ``requests``, ``warnings`` and friends; drive it
    through ``clock``, ``participants``, ``faults`` and ``hooks``.
    """

    def __init__(
        self,
        seed: int = 0,
        *,
        token: str | None = None,
        balance: int = 100_000,
        currency: str = "GBP",
        settings: SandboxSettings | None = None,
        start: datetime = DEFAULT_START,
        request_log_limit: int | None = DEFAULT_REQUEST_LOG_LIMIT,
    ) -> None:
        self.seed = seed
        self.token = token or derive_token(seed)
        self._lock = threading.RLock()
        self._bonus_ledger: BonusLedger | None = None
        self.clock = SandboxClock(start)
        self.state = SandboxState(
            self.clock, seed=seed, balance=balance, currency=currency, settings=settings
        )
        self.faults = Faults(seed)
        _control.attach_faults(self.state, self.faults)
        self.participants = Participants(self.state, self._run)
        self.hooks = Hooks(self)
        #: The most recent calls (``request_log_limit``; None keeps all), oldest first:
        #: (method, path, status, operation, time, fault). ``requests.total`` counts them all.
        self.requests: RequestLog[RequestRecord] = RequestLog(request_log_limit)
        self.clock.add_listener(self._on_clock)
        self.clock.set_next_due(self.state.next_due_at)

    # -- the core -----------------------------------------------------------------------------

    def handle(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        *,
        query: Mapping[str, str | list[str]] | None = None,
    ) -> SandboxResponse:
        """Answer one API call.

        ``url`` is absolute (``https://host/api/v1/...?...``) or a path with an optional query
        string. Raises :class:`ConnectionDropped` when a ``reset``, ``lost_response`` or
        ``timeout`` fault fires; transports turn it into a dropped connection.
        """
        dropped: ConnectionDropped | None = None
        with self._lock:
            self.state.run_due()
            request = self._request(method.upper(), url, headers or {}, body, query)
            found = route_table().resolve(request.method, request.path)
            operation = found.route.operation_id if isinstance(found, Match) else None
            # The control endpoints stay reliable, so a test can always steer the sandbox.
            decision = (
                Decision()
                if request.path.startswith(CONTROL_PREFIX)
                else self.faults.decide(request.method, request.path, operation)
            )
            if decision.latency:
                self.clock.advance(decision.latency)
            if decision.before is not None:
                fault = decision.before
                if fault.kind == "reset":
                    self._record(request, None, operation, fault.kind)
                    raise ConnectionDropped(
                        fault.kind, acted=False, method=request.method, path=request.path
                    )
                status = decision.status or 503
                extra = {"Retry-After": _seconds(fault.retry_after)} if status == 429 else None
                response = error_response(
                    SandboxError(
                        status,
                        "Injected fault: the sandbox was asked to fail this call.",
                        headers=extra,
                    )
                )
                self._record(request, status, operation, fault.kind)
                return response
            response = self._dispatch(request, found)
            self.state.run_due()
            after = decision.after
            self._record(request, response.status, operation, after.kind if after else None)
            if after is not None:
                dropped = ConnectionDropped(
                    after.kind, acted=True, method=request.method, path=request.path
                )
        # Webhooks go out once the call is complete, without the lock held.
        _delivery.flush(self.state, self._lock)
        if dropped is not None:
            raise dropped
        return response

    def _request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        query: Mapping[str, str | list[str]] | None,
    ) -> Request:
        parts = urlsplit(url)
        lowered = {k.lower(): v for k, v in headers.items()}
        if parts.scheme and parts.netloc:
            base = f"{parts.scheme}://{parts.netloc}"
        elif "host" in lowered:
            base = f"http://{lowered['host']}"
        else:
            base = SANDBOX_BASE_URL
        params = parse_qs(parts.query, keep_blank_values=True)
        for key, value in (query or {}).items():
            params[key] = [value] if isinstance(value, str) else list(value)
        return Request(method, parts.path or "/", params, lowered, body, base)

    def _authenticate(self, request: Request) -> None:
        header = request.headers.get("authorization")
        if not header:
            raise SandboxError(401, "Authentication credentials were not provided.")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "token" or not hmac.compare_digest(
            value.strip().encode(), self.token.encode()
        ):
            raise SandboxError(
                401,
                "Invalid token.",
                additional_information="Send `Authorization: Token <token>` with the sandbox's "
                "token (sandbox.token).",
            )

    def _dispatch(self, request: Request, found: Match | list[str]) -> SandboxResponse:
        try:
            # Presigned storage URLs carry their own signature, not the API token, and the keys
            # of secured study URLs are public.
            unauthenticated = STORAGE_OPERATIONS | PUBLIC_OPERATIONS
            if not (isinstance(found, Match) and found.route.operation_id in unauthenticated):
                self._authenticate(request)
            if not isinstance(found, Match):
                if found:
                    raise SandboxError(
                        405,
                        f'Method "{request.method}" not allowed.',
                        headers={"Allow": ", ".join(sorted(set(found)))},
                    )
                raise SandboxError(404, f"No API endpoint at {request.path}.")
            request.params = found.params
            return found.route.handler(self.state, request)
        except SandboxError as error:
            return error_response(error)
        except Exception:
            self.state.errors.append(traceback.format_exc())
            return error_response(
                SandboxError(500, "The sandbox failed unexpectedly (see sandbox.errors).")
            )

    def _record(
        self, request: Request, status: int | None, operation: str | None, fault: str | None
    ) -> None:
        self.requests.append(
            RequestRecord(request.method, request.path, status, operation, self.state.now(), fault)
        )

    def _run(self, action: Callable[[], T]) -> T:
        """Run ``action`` under the lock, with due jobs processed; then deliver webhooks."""
        with self._lock:
            self.state.run_due()
            result = action()
            self.state.run_due()
        _delivery.flush(self.state, self._lock)
        return result

    def _on_clock(self) -> None:
        with self._lock:
            self.state.run_due()
        _delivery.flush(self.state, self._lock)

    # -- ways in ------------------------------------------------------------------------------

    def transport(self) -> SandboxTransport:
        """An httpx transport (sync and async) answering from this sandbox, in process."""
        return SandboxTransport(self)

    def http_client(self, base_url: str = SANDBOX_BASE_URL) -> httpx.Client:
        """A plain ``httpx.Client`` for this sandbox, already sending the token."""
        import httpx

        return httpx.Client(
            base_url=base_url,
            transport=self.transport(),
            headers={"Authorization": f"Token {self.token}"},
        )

    def client(self, **options: Any) -> Prolific:
        """A :class:`prolific.Prolific` whose requests this sandbox answers (no sockets).

        Its retry backoff and waits use the sandbox clock. ``options`` go to ``Prolific``.
        """
        import httpx

        from prolific import Prolific

        client = Prolific(
            token=self.token,
            base_url=SANDBOX_BASE_URL,
            http_client=httpx.Client(transport=self.transport()),
            _clock=self.clock,
            **options,
        )
        client._ledger = self.bonus_ledger
        # Presigned URLs point at the sandbox's storage host, answered in process too.
        client._storage_transport = self.transport()
        return client

    @property
    def bonus_ledger(self) -> BonusLedger:
        """The bonus ledger this sandbox's clients use by default: in memory and shared by
        every client of this sandbox, so a test never writes to the user's real ledger and a
        second client (a restarted process, say) sees what the first recorded."""
        if self._bonus_ledger is None:
            from prolific._ledger import BonusLedger

            self._bonus_ledger = BonusLedger(":memory:")
        return self._bonus_ledger

    def async_client(self, **options: Any) -> AsyncProlific:
        """An :class:`prolific.AsyncProlific` whose requests this sandbox answers."""
        import httpx

        from prolific import AsyncProlific

        client = AsyncProlific(
            token=self.token,
            base_url=SANDBOX_BASE_URL,
            http_client=httpx.AsyncClient(transport=self.transport()),
            _clock=self.clock,
            **options,
        )
        client._ledger = self.bonus_ledger
        # Presigned URLs point at the sandbox's storage host, answered in process too.
        client._storage_transport = self.transport()
        return client

    @contextmanager
    def serve(self, port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
        """Serve this sandbox over HTTP on loopback; yields the base URL."""
        with serve(self, host=host, port=port) as url:
            yield url

    # -- inspection ---------------------------------------------------------------------------

    @property
    def settings(self) -> SandboxSettings:
        return self.state.settings

    @settings.setter
    def settings(self, value: SandboxSettings) -> None:
        self.state.settings = value

    def configure(self, **changes: Any) -> SandboxSettings:
        """Change some settings (``sandbox.configure(publish_delay=5)``); returns them all."""
        self.state.settings = replace(self.state.settings, **changes)
        return self.state.settings

    @property
    def task_builder(self) -> TaskBuilderStore:
        """AI Task Builder datasets, batches, collections, exports and surveys; its ``delays``
        set how long imports, setups and exports take, and ``storage_requests`` lists what the
        storage host behind presigned URLs received."""
        return self.state.task_builder

    @property
    def studies(self) -> Mapping[str, Study]:
        return MappingProxyType(self.state.studies)

    @property
    def submissions(self) -> Mapping[str, Submission]:
        return MappingProxyType(self.state.submissions)

    @property
    def bonus_batches(self) -> Mapping[str, BonusBatch]:
        return MappingProxyType(self.state.bonus_batches)

    @property
    def ledger(self) -> Ledger:
        return self.state.ledger

    @property
    def messages(self) -> list[Message]:
        return self.state.messages

    @property
    def errors(self) -> list[str]:
        """Tracebacks of unexpected failures (a handler answered 500, or a scheduled job
        failed). A healthy sandbox keeps this empty; tests may assert so."""
        return self.state.errors

    @property
    def warnings(self) -> list[str]:
        return self.state.warnings

    @property
    def user_id(self) -> str:
        return self.state.user.id

    @property
    def workspace_id(self) -> str:
        """The starting workspace (the one with the starting balance)."""
        return self.state.default_workspace_id

    @property
    def project_id(self) -> str:
        """The starting workspace's default project."""
        return self.state.default_project_id

    def balance(self, workspace_id: str | None = None) -> int:
        """Available balance in minor units (default: the starting workspace)."""
        return self.state.balance(workspace_id or self.workspace_id)

    def top_up(self, amount: int, workspace_id: str | None = None) -> None:
        """Add ``amount`` minor units to a workspace (a ``top_up`` ledger entry)."""
        self._run(lambda: self.state.top_up(workspace_id or self.workspace_id, amount))

    def submissions_of(self, study_id: str) -> list[Submission]:
        return self.state.submissions_of(study_id)

    def count_requests(self, operation: str | None = None, method: str | None = None) -> int:
        """How many calls matched ``operation`` (operation ID) and/or ``method``, among those
        the request log still holds."""
        return sum(
            1
            for r in self.requests
            if (operation is None or r.operation == operation)
            and (method is None or r.method == method.upper())
        )

    # -- control ------------------------------------------------------------------------------

    def advance(self, seconds: float) -> None:
        """Move the sandbox clock forward (participants finish, payments land, retries fire)."""
        self.clock.advance(seconds)

    def run_until_idle(self, limit: float = 7 * 24 * 3600.0) -> None:
        """Advance the clock job by job until nothing is scheduled (or ``limit`` seconds)."""
        spent = 0.0
        while True:
            with self._lock:
                wait = self.state.next_due()
            if wait is None or spent + wait > limit:
                return
            self.clock.advance(wait)
            spent += wait

    def set_feature(self, feature: str, enabled: bool, workspace_id: str | None = None) -> None:
        """Switch a per-workspace Prolific feature on or off (all start on): ``test_studies``
        (test studies and test participants), ``credentials``, ``fixed_screen_out``,
        ``secure_study_urls``. Off, the feature's calls answer 404 as on Prolific."""
        if feature not in FEATURES:
            raise ValueError(f"unknown feature {feature!r}; choose from {', '.join(FEATURES)}")
        with self._lock:
            disabled = self.state.research.disabled_features.setdefault(
                workspace_id or self.state.default_workspace_id, set()
            )
            if enabled:
                disabled.discard(feature)
            else:
                disabled.add(feature)

    def rotate_study_url_key(self) -> str:
        """Sign secured study URLs with a new key from now on (the JWKS serves the previous
        one as well); returns the new key ID."""
        with self._lock:
            return _study_urls.rotate(self.state)

    def reset(self) -> None:
        """Back to the seeded start: state, clock, faults and logs."""
        with self._lock:
            self.clock.reset()
            self.state.reset()
            self.faults.reset()
            self.requests.clear()

    def close(self) -> None:
        """Nothing to release for the in-process sandbox; present for symmetry."""

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Sandbox(seed={self.seed}, studies={len(self.state.studies)})"


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
