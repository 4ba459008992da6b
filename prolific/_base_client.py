"""What the sync and async clients share, and the two thin halves that do the I/O.

A resource method never touches httpx. It validates its arguments and describes the call as a
:class:`Request` (or a :class:`PageQuery` for lists), built from the operation's generated
descriptor (see ``_request.py``); the client sends it::

    def _get(study_id: str) -> Request[Study]:
        return build(ops.get_study, study_id=check_id("study_id", study_id))

    class Studies(SyncResource):
        def get(self, study_id: str) -> Study:
            return self._client.request(_get(study_id))

    class AsyncStudies(AsyncResource):
        async def get(self, study_id: str) -> Study:
            return await self._client.request(_get(study_id))

Retries and error mapping happen below, in the httpx transport (``_transport.py``), so they apply
equally to raw generated calls made through ``client.api``.

**Adopting an http_client.** When the user passes their own ``httpx.Client`` (for a proxy, custom
TLS, event hooks, or a test transport), the SDK takes it over: its base URL, timeout and the SDK's
headers (``Authorization``, ``User-Agent``, ``Referer``) are set from the client's settings, and its
transport and mounted transports are wrapped in the retry transport. One ``httpx`` client serves one
SDK client; the user keeps ownership and closes it.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._clock import Clock, SystemClock
from ._config import ClientConfig
from ._constants import DEFAULT_MAX_CONCURRENCY
from ._pagination import AsyncPager, SyncPager
from ._request import PageQuery, Request, as_json, decode_json, no_content
from ._transport import AsyncRetryTransport, RetryTransport
from ._types import NOT_GIVEN, NotGiven, Timeout
from .errors import InvalidRequestError

if TYPE_CHECKING:
    from ._ledger import BonusLedger

__all__ = [
    "Account",
    "AsyncAPIClient",
    "AsyncResource",
    "PageQuery",
    "Request",
    "SyncAPIClient",
    "SyncResource",
    "as_json",
    "decode_json",
    "no_content",
]

T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)


@dataclass
class Account:
    """Whose money a client moves: the API origin, and the account ID learnt from ``users/me``
    on the first payment (then remembered for the client's life). Ledger entries are scoped by
    both, so the same key on another account or base URL is another payment."""

    origin: str
    account_id: str | None = None
    #: (workspace ID, currency) -> (when read, on the client's clock; Prolific's minimum hourly
    #: reward in minor units, or None): ``create_and_publish`` reads it once an hour, not once
    #: per study.
    reward_minimums: dict[tuple[str, str], tuple[float, int | None]] = field(default_factory=dict)


class _BaseClient:
    """Settings and the pieces of set-up both halves share."""

    _owns_http: bool
    _http: httpx.Client | httpx.AsyncClient

    def __init__(self, config: ClientConfig, *, clock: Clock | None) -> None:
        self._config = config
        #: The httpx client's base URL, as the string paths are appended to (see `_url`).
        self._joined: tuple[httpx.URL, str] | None = None
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._ledger: BonusLedger | None = None
        self._ledgers: dict[str, BonusLedger] = {}
        self._ledger_lock = threading.Lock()
        #: Whose money this client moves; the account ID is learnt on the first payment.
        self._account = Account(config.base_url)
        self._timeout_override: Timeout | NotGiven = NOT_GIVEN
        self._retries_override: int | None = None
        #: Locks of single-flight workflow steps (``_flow.Guarded``), by key; shared with the
        #: ``with_options`` copies, so the guarantee holds for the whole client.
        self._flow_locks: dict[str, Any] = {}
        #: Transport to presigned storage URLs (``_transfer``); ``None``: plain HTTPS.
        self._storage_transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None

    def _with_overrides(self, req: Request[T]) -> Request[T]:
        """Apply ``with_options`` settings to a call that does not set its own."""
        changes: dict[str, Any] = {}
        if not isinstance(self._timeout_override, NotGiven) and isinstance(req.timeout, NotGiven):
            changes["timeout"] = self._timeout_override
        if self._retries_override is not None and req.max_retries is None:
            changes["max_retries"] = self._retries_override
        return req.replace(**changes) if changes else req

    def _url(self, path: str) -> httpx.URL | str:
        """The URL to send a request for `path` to. Given a relative path, httpx parses it,
        then parses the base URL joined with it: two parses per call, a third of httpx's own
        work for a small GET. Joining the strings first needs one."""
        if not path.startswith("/"):
            return path  # an absolute URL (a page's `next` link) is parsed as it is
        base = self._http.base_url
        if self._joined is None or self._joined[0] is not base:
            # Recomputed if the user gives their httpx client another base URL.
            self._joined = (base, str(base).rstrip("/"))
        return httpx.URL(self._joined[1] + path)

    def _copy_with(self, timeout: Timeout | NotGiven, max_retries: int | None) -> Any:
        """A shallow copy sharing the connection, without the namespaces cached on this one
        (they hold this client), whose calls use `timeout` and `max_retries`."""
        if max_retries is not None and (isinstance(max_retries, bool) or max_retries < 0):
            raise InvalidRequestError("max_retries must be 0 or more", field="max_retries")
        copy = object.__new__(type(self))
        copy.__dict__.update(
            {k: v for k, v in self.__dict__.items() if k.startswith("_") and k != "_owns_http"}
        )
        copy._owns_http = False  # closing a copy must not close the shared connection
        if not isinstance(timeout, NotGiven):
            copy._timeout_override = timeout
        if max_retries is not None:
            copy._retries_override = max_retries
        return copy

    def _bonus_ledger(
        self, given: BonusLedger | str | os.PathLike[str] | None = None
    ) -> BonusLedger:
        """The ledger a payment uses: `given` (a ledger, a path or a ``postgresql://`` DSN), else
        this client's default (``$PROLIFIC_LEDGER`` or the per-user file). Each path or DSN is
        opened once per client and kept open."""
        from ._ledger import BonusLedger, default_target  # sqlite3 only for those who pay

        if isinstance(given, BonusLedger):
            return given
        if given is None and self._ledger is not None:
            return self._ledger
        target = os.fspath(given) if given is not None else default_target()
        with self._ledger_lock:
            book = self._ledgers.get(target)
            if book is None:
                book = self._ledgers[target] = BonusLedger(target)
        if given is None:
            self._ledger = book
        return book

    @property
    def base_url(self) -> str:
        """The API origin requests go to, such as ``https://api.prolific.com``."""
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    def _client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._config.base_url,
            "headers": self._config.headers(),
            "timeout": self._config.timeout,
        }

    def _wrap(self, inner: Any) -> Any:
        raise NotImplementedError

    def _adopt(self, http: H) -> H:
        """Take over a user's httpx client: our settings, and every transport it has (the
        default and any mounted ones) wrapped in the retry transport."""
        if isinstance(http._transport, RetryTransport | AsyncRetryTransport):
            raise InvalidRequestError(
                "This httpx client is already used by another Prolific client; give each "
                "Prolific client its own httpx client.",
                field="http_client",
            )
        http.base_url = httpx.URL(self._config.base_url)
        http.headers.update(self._config.headers())
        http.timeout = self._config.timeout
        http._transport = self._wrap(http._transport)
        http._mounts = {
            pattern: None if inner is None else self._wrap(inner)
            for pattern, inner in http._mounts.items()
        }
        return http

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._config.base_url!r})"


class SyncAPIClient(_BaseClient):
    """Sends :class:`Request` descriptions over one ``httpx.Client``."""

    _http: httpx.Client

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(config, clock=clock)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use AsyncProlific for async)")
        self._owns_http = http_client is None
        self._http = (
            httpx.Client(transport=self._wrap(httpx.HTTPTransport()), **self._client_kwargs())
            if http_client is None
            else self._adopt(http_client)
        )

    def _wrap(self, inner: httpx.BaseTransport) -> RetryTransport:
        return RetryTransport(inner, max_retries=self._config.max_retries, clock=self._clock)

    @property
    def http_client(self) -> httpx.Client:
        """The ``httpx.Client`` every request goes through (shared with ``api``)."""
        return self._http

    def request(self, req: Request[T]) -> T:
        """Send ``req`` and parse its answer; raises the typed errors of ``prolific.errors``."""
        req = self._with_overrides(req)
        response = self._http.request(req.method, self._url(req.path), **req.send_kwargs())
        return req.parse_result(response)

    def paginate(self, query: PageQuery[T]) -> SyncPager[T]:
        """A lazy iterator over every item of a list, across all its pages."""
        return SyncPager(self, query)

    def close(self) -> None:
        """Close the connection pool, unless the httpx client was given by the user."""
        if self._owns_http:
            self._http.close()


class AsyncAPIClient(_BaseClient):
    """Sends :class:`Request` descriptions over one ``httpx.AsyncClient``."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
    ) -> None:
        super().__init__(config, clock=clock)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use Prolific for sync)")
        if (
            isinstance(max_concurrency, bool)
            or not isinstance(max_concurrency, int)
            or max_concurrency < 1
        ):
            raise InvalidRequestError(
                "max_concurrency must be a whole number above 0", field="max_concurrency"
            )
        import asyncio  # only async users pay for importing it (see SystemClock)

        # Calls beyond the limit queue here rather than time out in httpx's connection pool.
        self._slots = asyncio.Semaphore(max_concurrency)
        self._max_concurrency = max_concurrency
        self._owns_http = http_client is None
        limits = httpx.Limits(
            max_connections=max(100, max_concurrency), max_keepalive_connections=20
        )
        self._http = (
            httpx.AsyncClient(
                transport=self._wrap(httpx.AsyncHTTPTransport(limits=limits)),
                **self._client_kwargs(),
            )
            if http_client is None
            else self._adopt(http_client)
        )

    def _wrap(self, inner: httpx.AsyncBaseTransport) -> AsyncRetryTransport:
        return AsyncRetryTransport(inner, max_retries=self._config.max_retries, clock=self._clock)

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` every request goes through (shared with ``api``)."""
        return self._http

    @property
    def max_concurrency(self) -> int:
        """How many requests this client sends at once; the rest wait their turn."""
        return self._max_concurrency

    async def request(self, req: Request[T]) -> T:
        """Send ``req`` and parse its answer; raises the typed errors of ``prolific.errors``.
        Waits for a free slot when ``max_concurrency`` requests are already in flight."""
        req = self._with_overrides(req)
        async with self._slots:
            response = await self._http.request(
                req.method, self._url(req.path), **req.send_kwargs()
            )
        return req.parse_result(response)

    def paginate(self, query: PageQuery[T]) -> AsyncPager[T]:
        """A lazy async iterator over every item of a list, across all its pages."""
        return AsyncPager(self, query)

    async def aclose(self) -> None:
        """Close the connection pool, unless the httpx client was given by the user."""
        if self._owns_http:
            await self._http.aclose()


class SyncResource:
    """Base of a sync namespace (``client.studies`` ...): holds the client, nothing else."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResource:
    """Base of an async namespace: holds the client, nothing else.

    An async method without a docstring of its own (or one that only says "See ...") takes its
    sync twin's, so ``help()`` and the API reference explain both alike. The twin is the class
    of the same name without ``Async``, defined earlier in the same module.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        twin = vars(sys.modules[cls.__module__]).get(cls.__name__.removeprefix("Async"))
        if twin is None or twin is cls:
            return
        for name, member in vars(cls).items():
            own = getattr(member, "__doc__", None)
            if name.startswith("_") or not callable(member) or (own and not own.startswith("See ")):
                continue
            doc = getattr(getattr(twin, name, None), "__doc__", None)
            if doc:
                member.__doc__ = doc
