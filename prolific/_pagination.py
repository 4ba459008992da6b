"""Walking a Prolific list page by page: one state machine, a sync and an async runner.

:class:`PageWalk` decides everything and does no I/O: which URL to fetch next, which items of a
page are new, when the walk is over. It guards against what real Prolific lists have done:

* results cut at the default page size: the first page asks for ``page_size=MAX_PAGE_SIZE``;
* a page past the end answering 404: on any page after the first, that is the end;
* a ``next`` link that repeats a page already fetched: the walk stops instead of looping;
* pages that overlap: an item whose ``id`` was on this page or the previous one is skipped.
  Overlap only ever shifts items between neighbouring pages, so remembering two pages of ids
  keeps memory flat however long the list is;
* a ``next`` link on an empty page: an empty page ends the walk.

:class:`SyncPager` and :class:`AsyncPager` drive it with the client's ``request``.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._constants import LOGGER_NAME, MAX_PAGE_SIZE
from ._request import PageQuery, Request, as_json
from .errors import NotFoundError, ProlificError, UnexpectedResponseError

__all__ = ["AsyncPager", "PageFetch", "PageWalk", "SyncPager"]

T = TypeVar("T")

logger = logging.getLogger(LOGGER_NAME)


class _Sender(Protocol):
    """What a sync pager needs of its client (the base client, which sits above this module)."""

    @property
    def base_url(self) -> str: ...

    def request(self, req: Request[Any]) -> Any: ...


class _AsyncSender(Protocol):
    """What an async pager needs of its client."""

    @property
    def base_url(self) -> str: ...

    async def request(self, req: Request[Any]) -> Any: ...


class PageFetch:
    """One page to fetch: a path or absolute URL, and query parameters (``None`` if in the URL)."""

    __slots__ = ("params", "url")

    def __init__(self, url: str, params: dict[str, str | list[str]] | None) -> None:
        self.url = url
        self.params = params

    def __repr__(self) -> str:
        return f"PageFetch(url={self.url!r}, params={self.params!r})"


class PageWalk:
    """The page-walking state machine (no I/O).

    Use: ``fetch = walk.next_fetch()``; fetch it; hand the decoded body to ``walk.accept(body)``
    (which returns the page's new raw items) or a 404 to ``walk.not_found(error)``; repeat until
    ``next_fetch()`` returns ``None``.
    """

    def __init__(
        self, path: str, params: Mapping[str, object] | None, *, base_url: str | httpx.URL
    ) -> None:
        self._base = httpx.URL(str(base_url))
        first: dict[str, str | list[str]] = {
            k: _param(v) for k, v in (params or {}).items() if v is not None
        }
        first.setdefault("page_size", str(MAX_PAGE_SIZE))
        self._page_size = str(first["page_size"])
        self._next: PageFetch | None = PageFetch(path, first)
        # A list asked for with both `limit` and `offset` (surveys) has no next links: a full
        # window means there may be more, asked for at the next offset.
        self._window: dict[str, str | list[str]] | None = (
            first if "limit" in first and "offset" in first else None
        )
        self._visited: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
        self._previous_ids: set[object] = set()
        self._pages = 0
        self._path = path
        self._position = 0
        self.total: int | None = None
        self.first_page_seen = False

    @property
    def done(self) -> bool:
        return self._next is None

    def next_fetch(self) -> PageFetch | None:
        """The next page to fetch, or ``None`` when the walk is over."""
        fetch = self._next
        if fetch is None:
            return None
        key = _page_key(self._resolve(fetch.url), fetch.params)
        if key in self._visited:
            logger.warning("Pagination stopped: the next link repeats a page (%s)", key[0])
            self._next = None
            return None
        self._visited.add(key)
        return fetch

    def accept(self, body: Any) -> list[Any]:
        """Take a fetched page; returns its items not seen on this page or the previous one."""
        self._pages += 1
        results, next_href, total = _unpack(body)
        if not self.first_page_seen:
            self.first_page_seen = True
            self.total = total
        current_ids: set[object] = set()
        fresh: list[Any] = []
        for item in results:
            item_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(item_id, str | int):
                fresh.append(item)
                continue
            seen = item_id in current_ids or item_id in self._previous_ids
            current_ids.add(item_id)
            if not seen:
                fresh.append(item)
        self._previous_ids = current_ids
        if results and next_href:
            self._next = self._follow(next_href)
        elif (
            results and self._window is not None and len(results) >= int(str(self._window["limit"]))
        ):
            offset = int(str(self._window["offset"])) + len(results)
            self._window = {**self._window, "offset": str(offset)}
            self._next = PageFetch(self._path, self._window)
        else:
            self._next = None
        return fresh

    def parse(self, item: Callable[[Any], T], raw: list[Any]) -> list[T]:
        """Parse a page's new items with ``item``, counting their positions in the list.

        An item the model cannot read (a required field missing, a wrong type) raises
        :class:`UnexpectedResponseError` naming its position, instead of a bare ``KeyError``.
        """
        parsed: list[T] = []
        for value in raw:
            self._position += 1
            try:
                parsed.append(item(value))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                if isinstance(exc, ProlificError):
                    raise
                what = f"missing field {exc}" if isinstance(exc, KeyError) else type(exc).__name__
                raise UnexpectedResponseError(
                    f"Could not read item {self._position} of the list at GET {self._path} "
                    f"({what}); the API may have changed, or the base URL is not the Prolific "
                    "API."
                ) from exc
        return parsed

    def not_found(self, error: NotFoundError) -> None:
        """A page answered 404: the end of the list, unless it was the first page."""
        if not self.first_page_seen:
            raise error
        self._next = None

    def _follow(self, href: str) -> PageFetch:
        url = httpx.URL(href)
        # Keep the page size of the first page even if a link leaves it out: pages of another
        # size would not line up with the pages already walked. It goes into the link's own
        # query: httpx replaces a URL's query with `params=`, which would drop `page=2`.
        if "page_size" not in url.params:
            url = url.copy_add_param("page_size", self._page_size)
        if url.is_relative_url:
            return PageFetch(str(url), None)
        if (url.scheme, url.host, url.port) == (
            self._base.scheme,
            self._base.host,
            self._base.port,
        ):
            return PageFetch(str(url), None)
        # A next link naming another origin (an http:// link from behind a proxy, say) is
        # followed on our own base URL, so the token only ever goes where the user sent it.
        return PageFetch(url.raw_path.decode("ascii"), None)

    def _resolve(self, url: str) -> httpx.URL:
        parsed = httpx.URL(url)
        return parsed if parsed.is_absolute_url else self._base.join(url)


class SyncPager(Generic[T]):
    """Every item of a list, fetched page by page as iteration reaches it.

    Iterate it (``for study in client.studies.list(): ...``), walk it page by page with
    :meth:`pages`, or ask :meth:`total` for the count. A pager is single-use: items and pages
    come from one walk.
    """

    def __init__(self, client: _Sender, query: PageQuery[T]) -> None:
        self._client = client
        self._item = query.item
        self._walk = PageWalk(query.path, query.params, base_url=client.base_url)
        self._buffered: list[Any] | None = None
        self._page: deque[T] = deque()

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        while not self._page:
            raw = self._next_raw_page()
            if raw is None:
                raise StopIteration
            self._page.extend(self._walk.parse(self._item, raw))
        return self._page.popleft()

    def pages(self) -> Iterator[list[T]]:
        """Yield the list one page at a time, each as a list of parsed items."""
        while True:
            raw = self._next_raw_page()
            if raw is None:
                return
            if raw:
                yield self._walk.parse(self._item, raw)

    def total(self) -> int | None:
        """How many items the list has (``meta.count``), read from the first page only.

        ``None`` if the API did not say. Iterating afterwards reuses the first page.
        """
        if not self._walk.first_page_seen:
            self._buffered = self._next_raw_page()
        return self._walk.total

    def _next_raw_page(self) -> list[Any] | None:
        if self._buffered is not None:
            page, self._buffered = self._buffered, None
            return page
        fetch = self._walk.next_fetch()
        if fetch is None:
            return None
        try:
            body = self._client.request(_page_request(fetch))
        except NotFoundError as error:
            self._walk.not_found(error)
            return None
        return self._walk.accept(body)


class AsyncPager(Generic[T]):
    """Every item of a list, fetched page by page as ``async for`` reaches it.

    ``async for study in client.studies.list(): ...``; ``async for page in pager.pages()``;
    ``await pager.total()``. A pager is single-use.
    """

    def __init__(self, client: _AsyncSender, query: PageQuery[T]) -> None:
        self._client = client
        self._item = query.item
        self._walk = PageWalk(query.path, query.params, base_url=client.base_url)
        self._buffered: list[Any] | None = None
        self._page: deque[T] = deque()

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        while not self._page:
            raw = await self._next_raw_page()
            if raw is None:
                raise StopAsyncIteration
            self._page.extend(self._walk.parse(self._item, raw))
        return self._page.popleft()

    async def pages(self) -> AsyncIterator[list[T]]:
        """Yield the list one page at a time, each as a list of parsed items."""
        while True:
            raw = await self._next_raw_page()
            if raw is None:
                return
            if raw:
                yield self._walk.parse(self._item, raw)

    async def total(self) -> int | None:
        """How many items the list has (``meta.count``), read from the first page only."""
        if not self._walk.first_page_seen:
            self._buffered = await self._next_raw_page()
        return self._walk.total

    async def _next_raw_page(self) -> list[Any] | None:
        if self._buffered is not None:
            page, self._buffered = self._buffered, None
            return page
        fetch = self._walk.next_fetch()
        if fetch is None:
            return None
        try:
            body = await self._client.request(_page_request(fetch))
        except NotFoundError as error:
            self._walk.not_found(error)
            return None
        return self._walk.accept(body)


def _page_request(fetch: PageFetch) -> Request[Any]:
    return Request("GET", fetch.url, params=fetch.params, parse=as_json)


def _param(value: object) -> str | list[str]:
    if isinstance(value, list | tuple | set | frozenset):
        return [_scalar(v) for v in value]
    return _scalar(value)


def _scalar(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _page_key(
    url: httpx.URL, params: Mapping[str, str | list[str]] | None
) -> tuple[str, tuple[tuple[str, str], ...]]:
    pairs = list(url.params.multi_items())
    for key, value in (params or {}).items():
        pairs += [(key, v) for v in value] if isinstance(value, list) else [(key, value)]
    if not any(key == "page" for key, _ in pairs):
        pairs.append(("page", "1"))
    return url.path, tuple(sorted(pairs))


def _unpack(body: Any) -> tuple[list[Any], str | None, int | None]:
    """(results, next href, meta.count) from a list envelope (or a bare JSON list)."""
    if isinstance(body, list):
        return body, None, len(body)
    if not isinstance(body, dict) or not isinstance(body.get("results"), list):
        raise UnexpectedResponseError(
            "Expected a list page with 'results' from Prolific but got "
            f"{type(body).__name__}; the endpoint may not be a list."
        )
    links = body.get("_links")
    nxt = links.get("next") if isinstance(links, dict) else None
    href = nxt.get("href") if isinstance(nxt, dict) else nxt if isinstance(nxt, str) else None
    meta = body.get("meta")
    count = meta.get("count") if isinstance(meta, dict) else body.get("count")
    total = count if isinstance(count, int) and not isinstance(count, bool) else None
    return body["results"], href if isinstance(href, str) and href else None, total
