"""httpx transports that retry safely and raise the SDK's typed errors.

They sit below everything that sends requests: the handwritten namespaces and the generated
client (``client.api``) share one ``httpx.Client`` whose transport is a :class:`RetryTransport`,
so both follow one policy:

* a request is retried only when ``_retry.should_retry`` says so, after the wait
  ``_retry.backoff_delay`` picks, slept on the client's :class:`~prolific._clock.Clock`;
* after the last attempt, an answer with status >= 400 raises its :class:`~prolific.errors.APIError`
  subclass, a timeout raises :class:`~prolific.errors.APITimeoutError` and any other transport
  failure :class:`~prolific.errors.APIConnectionError`;
* a request that would carry the token over plain ``http://`` to a non-loopback host is refused;
* a retried DELETE that answers 404 after an attempt that may have acted is success: the first
  attempt deleted it, and the caller wanted it gone.

Response bodies are read inside the transport, so a connection that breaks halfway through a body
is retried like any other failure.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from functools import cached_property

import httpx

from ._clock import Clock, SystemClock
from ._config import is_loopback_host
from ._constants import LOGGER_NAME
from ._retry import (
    Failure,
    Outcome,
    backoff_delay,
    classify,
    describe,
    is_repeatable,
    parse_retry_after,
    should_retry,
)
from .errors import APIError, InvalidRequestError, connection_error, error_from_response

__all__ = ["MAX_RETRIES_EXTENSION", "AsyncRetryTransport", "RetryTransport"]

#: Request extension that overrides the transport's ``max_retries`` for one request.
MAX_RETRIES_EXTENSION = "prolific_max_retries"

logger = logging.getLogger(LOGGER_NAME)

#: Distinct hosts whose loopback decision a transport remembers.
_LOOPBACK_CACHE_SIZE = 64


class _Attempts:
    """The retry state of one request: every decision, none of the I/O or sleeping."""

    def __init__(
        self, request: httpx.Request, max_retries: int, clock: Clock, rng: Callable[[], float]
    ) -> None:
        self.request = request
        self.method = request.method
        self.max_retries = max_retries
        self.clock = clock
        self.rng = rng
        self.attempt = 0
        # Whether an earlier attempt may have reached the server and acted.
        self.maybe_acted = False

    # Only a failure needs the path and whether the call may be repeated: working them out
    # for every successful call was a fifth of this transport's cost.
    @cached_property
    def path(self) -> str:
        return self.request.url.path

    @cached_property
    def repeatable(self) -> bool:
        return is_repeatable(self.method, self.path)

    def begin(self) -> None:
        self.attempt += 1

    def after_exception(self, exc: httpx.TransportError) -> float:
        """Seconds to wait before retrying; raises the mapped error if there is no retry."""
        outcome = classify(exc)
        self.maybe_acted = self.maybe_acted or outcome is not Failure.CONNECT
        if self._retry(outcome):
            return self._wait(outcome, None)
        raise connection_error(
            exc, self.request, retries=self.attempt - 1, repeatable=self.repeatable
        ) from exc

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying, or ``None`` if this response is final."""
        status = response.status_code
        if status < 400 or not self._retry(status):
            return None
        self.maybe_acted = self.maybe_acted or status >= 500
        header = response.headers.get("retry-after")
        return self._wait(status, parse_retry_after(header, self.clock.now()))

    def already_done(self, response: httpx.Response) -> bool:
        """A retried DELETE answered 404 after an attempt that may have deleted it: the thing
        is gone, which is what the caller asked for, so that is success, not an error."""
        return self.method == "DELETE" and response.status_code == 404 and self.maybe_acted

    def error(self, response: httpx.Response) -> APIError:
        return error_from_response(
            self.request,
            response,
            retries=self.attempt - 1,
            repeatable=self.repeatable,
            now=self.clock.now(),
        )

    def _retry(self, outcome: Outcome) -> bool:
        return should_retry(self.method, self.path, outcome, self.attempt, self.max_retries)

    def _wait(self, outcome: Outcome, retry_after: float | None) -> float:
        delay = backoff_delay(self.attempt, retry_after, self.rng)
        logger.info(
            "Retrying %s %s in %.2fs: attempt %d of %d failed (%s)",
            self.method,
            self.path,
            delay,
            self.attempt,
            self.max_retries + 1,
            describe(outcome),
        )
        return delay


class _RetryPolicy:
    """Construction and per-request set-up shared by the sync and async transports."""

    def __init__(
        self,
        *,
        max_retries: int,
        clock: Clock | None = None,
        rng: Callable[[], float] | None = None,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise InvalidRequestError(
                f"max_retries must be a whole number >= 0, got {max_retries!r}",
                field="max_retries",
            )
        self.max_retries = max_retries
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.rng: Callable[[], float] = rng if rng is not None else random.random
        # host -> is it loopback: parsing the host as an IP address on every request to an
        # http:// base URL cost more than the rest of this transport's bookkeeping.
        self._loopback: dict[str, bool] = {}

    def start(self, request: httpx.Request) -> _Attempts:
        if request.url.scheme == "http":
            self._refuse_plain_http_token(request)
        limit = request.extensions.get(MAX_RETRIES_EXTENSION, self.max_retries)
        return _Attempts(request, int(limit), self.clock, self.rng)

    def _refuse_plain_http_token(self, request: httpx.Request) -> None:
        host = request.url.host
        loopback = self._loopback.get(host)
        if loopback is None:
            if len(self._loopback) >= _LOOPBACK_CACHE_SIZE:  # hosts come from URLs: bound it
                self._loopback.clear()
            loopback = self._loopback[host] = is_loopback_host(host)
        if not loopback and "authorization" in request.headers:
            raise InvalidRequestError(
                f"Refusing to send the API token over plain http:// to {host}; use an "
                "https:// base URL (plain http is allowed only for localhost).",
                field="base_url",
            )


class RetryTransport(httpx.BaseTransport):
    """Wraps another transport with the SDK's retry and error policy (sync)."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        max_retries: int,
        clock: Clock | None = None,
        rng: Callable[[], float] | None = None,
    ) -> None:
        self.inner = inner
        self._policy = _RetryPolicy(max_retries=max_retries, clock=clock, rng=rng)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._policy.start(request)
        # Buffer the body once so every attempt sends the same bytes.
        request.read()
        while True:
            attempts.begin()
            try:
                response = self._send_once(request)
            except httpx.TransportError as exc:
                self._policy.clock.sleep(attempts.after_exception(exc))
                continue
            delay = attempts.after_response(response)
            if delay is not None:
                response.close()
                self._policy.clock.sleep(delay)
                continue
            if attempts.already_done(response):
                return httpx.Response(204, request=request)
            if response.status_code >= 400:
                raise attempts.error(response)
            return response

    def _send_once(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps another transport with the SDK's retry and error policy (async)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        max_retries: int,
        clock: Clock | None = None,
        rng: Callable[[], float] | None = None,
    ) -> None:
        self.inner = inner
        self._policy = _RetryPolicy(max_retries=max_retries, clock=clock, rng=rng)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = self._policy.start(request)
        await request.aread()
        while True:
            attempts.begin()
            try:
                response = await self._send_once(request)
            except httpx.TransportError as exc:
                await self._policy.clock.asleep(attempts.after_exception(exc))
                continue
            delay = attempts.after_response(response)
            if delay is not None:
                await response.aclose()
                await self._policy.clock.asleep(delay)
                continue
            if attempts.already_done(response):
                return httpx.Response(204, request=request)
            if response.status_code >= 400:
                raise attempts.error(response)
            return response

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
