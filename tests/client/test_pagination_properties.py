"""Property: whatever pages a server serves, the pager yields every item exactly once.

Pages may overlap their neighbour (items shifting as the list changes), links may be absolute,
relative, on another origin or without ``page_size``, and the list may end with no link, a 404
or an empty page. Memory stays bounded by two pages of ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from prolific import Prolific
from prolific._request import PageQuery

from .helpers import BASE, TOKEN

pytestmark = pytest.mark.fuzz

PATH = "/api/v1/studies/"
LINK_FORMS = (
    "{base}{path}?page={n}&page_size=200",
    "{path}?page={n}&page_size=200",
    "{path}?page={n}",
    "{path}?page_size=200&page={n}",
    "http://internal.example{path}?page={n}&page_size=200",
    "{base}{path}?page={n}",
)
ENDINGS = ("no link", "404", "empty page")


@dataclass
class Served:
    pages: list[list[str]]  # ids on each page, overlaps included
    links: list[int]  # which LINK_FORMS each page's next link uses
    ending: str
    expected: list[str]


@st.composite
def served_lists(draw: st.DrawFn) -> Served:
    total = draw(st.integers(min_value=0, max_value=60))
    expected = [f"{n:024x}" for n in range(total)]
    pages: list[list[str]] = []
    start = 0
    while start < total or not pages:
        size = draw(st.integers(min_value=1, max_value=12))
        fresh = expected[start : start + size]
        previous = pages[-1] if pages else []
        # Overlap only shifts items between neighbouring pages: repeat some of the previous
        # page's last items at the start of this one.
        overlap = draw(st.integers(min_value=0, max_value=len(previous)))
        pages.append(previous[len(previous) - overlap :] + fresh)
        start += size
        if start >= total:
            break
    links = draw(
        st.lists(
            st.integers(min_value=0, max_value=len(LINK_FORMS) - 1),
            min_size=len(pages) + 1,
            max_size=len(pages) + 1,
        )
    )
    return Served(pages, links, draw(st.sampled_from(ENDINGS)), expected)


def server(served: Served) -> httpx.MockTransport:
    count = len(served.pages)

    def link(n: int) -> str:
        return LINK_FORMS[served.links[n - 2]].format(base=BASE, path=PATH, n=n)

    def body(results: list[str], next_page: int | None) -> dict[str, Any]:
        return {
            "results": [{"id": i, "name": "x", "status": "ACTIVE"} for i in results],
            "_links": {"next": {"href": link(next_page) if next_page else None}},
            "meta": {"count": len(served.expected)},
        }

    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "api.prolific.com", "a link took the token elsewhere"
        # Every page keeps the page size the walk started with.
        assert request.url.params.get("page_size") == "200", request.url
        n = int(request.url.params.get("page", "1"))
        if n <= count:
            last = n == count
            next_page = None if last and served.ending == "no link" else n + 1
            return httpx.Response(200, json=body(served.pages[n - 1], next_page))
        if n == count + 1 and served.ending == "empty page":
            return httpx.Response(200, json=body([], n + 1))
        return httpx.Response(404, json={"error": {"status": 404, "title": "Not found"}})

    return httpx.MockTransport(handle)


@given(served_lists())
def test_every_item_exactly_once_in_order_with_bounded_memory(served: Served) -> None:
    client = Prolific(token=TOKEN, http_client=httpx.Client(transport=server(served)))
    pager = client.paginate(PageQuery(PATH, item=lambda d: d["id"]))
    seen: list[str] = []
    largest_page = max(len(page) for page in served.pages)
    for item in pager:
        seen.append(item)
        assert len(pager._walk._previous_ids) <= largest_page
    assert seen == served.expected
