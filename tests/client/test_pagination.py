"""Auto-pagination: every item once, whatever odd pages the API serves."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from prolific import NotFoundError
from prolific._base_client import PageQuery
from prolific._pagination import AsyncPager, PageWalk

from .helpers import BASE, TOKEN, Client, collect, collect_pages, run

PATH = "/api/v1/studies/"


def envelope(ids: list[str], next_href: str | None, count: int | None = None) -> dict[str, Any]:
    return {
        "results": [{"id": i, "name": f"study {i}"} for i in ids],
        "_links": {
            "self": {"href": None, "title": "Current"},
            "next": {"href": next_href, "title": "Next"},
            "previous": {"href": None, "title": "Previous"},
            "last": {"href": None, "title": "Last"},
        },
        "meta": {"count": count if count is not None else len(ids)},
    }


def link(page: int, **extra: str) -> str:
    query = "&".join(
        f"{k}={v}" for k, v in {"page": str(page), "page_size": "200", **extra}.items()
    )
    return f"{BASE}{PATH}?{query}"


def serve(api: respx.MockRouter, pages: dict[str, Any]) -> respx.Route:
    """Answer GET PATH by the `page` query parameter; a missing page answers 404."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = pages.get(request.url.params.get("page", "1"))
        if body is None:
            return httpx.Response(404, json={"error": {"status": 404, "title": "Not found"}})
        return httpx.Response(200, json=body)

    return api.get(PATH).mock(side_effect=handler)


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]


def query(**params: object) -> PageQuery[dict[str, Any]]:
    return PageQuery(PATH, item=dict, params=params or None)


async def test_walks_every_page_asking_for_the_largest_page_size(
    client: Client, api: respx.MockRouter
) -> None:
    route = serve(
        api,
        {
            "1": envelope(["a", "b"], link(2, status="ACTIVE"), count=5),
            "2": envelope(["c", "d"], link(3, status="ACTIVE"), count=5),
            "3": envelope(["e"], None, count=5),
        },
    )
    items = await collect(client.paginate(query(status="ACTIVE", ignored=None)))
    assert ids(items) == ["a", "b", "c", "d", "e"]
    assert route.call_count == 3
    first = route.calls[0].request.url.params
    assert (first["page_size"], first["status"], "ignored" in first) == ("200", "ACTIVE", False)
    # The next link's own query is kept as given.
    assert route.calls[2].request.url.params["status"] == "ACTIVE"
    assert all(c.request.headers["Authorization"] == f"Token {TOKEN}" for c in route.calls)


async def test_relative_next_link(client: Client, api: respx.MockRouter) -> None:
    serve(api, {"1": envelope(["a"], f"{PATH}?page=2&page_size=200"), "2": envelope(["b"], None)})
    assert ids(await collect(client.paginate(query()))) == ["a", "b"]


async def test_404_past_the_end_ends_the_walk(client: Client, api: respx.MockRouter) -> None:
    route = serve(api, {"1": envelope(["a"], link(2)), "2": envelope(["b"], link(3))})
    assert ids(await collect(client.paginate(query()))) == ["a", "b"]
    assert route.call_count == 3


async def test_404_on_the_first_page_is_an_error(client: Client, api: respx.MockRouter) -> None:
    serve(api, {})
    with pytest.raises(NotFoundError):
        await collect(client.paginate(query()))


@pytest.mark.parametrize(
    "pages",
    [
        # The last page links to itself.
        {"1": envelope(["a"], link(2)), "2": envelope(["b"], link(2))},
        # A later page links back to the first (written without `page`, as first requested).
        {"1": envelope(["a"], link(2)), "2": envelope(["b"], f"{BASE}{PATH}?page_size=200")},
        # A cycle further back.
        {
            "1": envelope(["a"], link(2)),
            "2": envelope(["b"], link(3)),
            "3": envelope(["c"], link(2)),
        },
    ],
)
async def test_repeating_next_link_stops_instead_of_looping(
    client: Client, api: respx.MockRouter, pages: dict[str, Any]
) -> None:
    route = serve(api, pages)
    items = await collect(client.paginate(query()))
    assert ids(items) == ["a", "b", "c"][: len(pages)]
    assert route.call_count == len(pages)


async def test_overlapping_pages_yield_each_item_once(
    client: Client, api: respx.MockRouter
) -> None:
    serve(
        api,
        {
            "1": envelope(["a", "b", "c"], link(2)),
            "2": envelope(["c", "d", "e"], link(3)),  # shifted by one: "c" again
            "3": envelope(["e", "e", "f"], None),
        },
    )
    assert ids(await collect(client.paginate(query()))) == ["a", "b", "c", "d", "e", "f"]


@pytest.mark.parametrize("next_href", [None, link(2)])
async def test_empty_list(client: Client, api: respx.MockRouter, next_href: str | None) -> None:
    route = serve(api, {"1": envelope([], next_href, count=0), "2": envelope(["x"], None)})
    pager = client.paginate(query())
    assert await run(pager.total()) == 0
    assert await collect(pager) == []
    assert route.call_count == 1


async def test_total_reads_the_first_page_only_and_iteration_reuses_it(
    client: Client, api: respx.MockRouter
) -> None:
    route = serve(
        api,
        {"1": envelope(["a", "b"], link(2), count=450), "2": envelope(["c"], None, count=450)},
    )
    pager = client.paginate(query())
    assert await run(pager.total()) == 450
    assert route.call_count == 1
    assert await run(pager.total()) == 450
    assert route.call_count == 1
    assert ids(await collect(pager)) == ["a", "b", "c"]
    assert route.call_count == 2


async def test_pages_one_at_a_time(client: Client, api: respx.MockRouter) -> None:
    serve(
        api,
        {
            "1": envelope(["a", "b"], link(2)),
            "2": envelope(["b", "c"], link(3)),
            "3": envelope(["d"], None),
        },
    )
    pager = client.paginate(PageQuery(PATH, item=lambda d: d["id"].upper()))
    assert await collect_pages(pager) == [["A", "B"], ["C"], ["D"]]


async def test_iteration_is_lazy(client: Client, api: respx.MockRouter) -> None:
    route = serve(api, {"1": envelope(["a", "b"], link(2)), "2": envelope(["c"], None)})
    pager = client.paginate(query())
    assert route.call_count == 0
    first = await anext(pager) if isinstance(pager, AsyncPager) else next(pager)
    assert first["id"] == "a"
    assert route.call_count == 1


async def test_next_link_on_another_origin_is_followed_on_our_base_url(
    client: Client, api: respx.MockRouter
) -> None:
    # Behind a proxy Prolific may build http:// links; the token must not go there.
    route = serve(
        api,
        {
            "1": envelope(["a"], f"http://internal.example{PATH}?page=2&page_size=200"),
            "2": envelope(["b"], None),
        },
    )
    assert ids(await collect(client.paginate(query()))) == ["a", "b"]
    assert str(route.calls[1].request.url) == link(2)


async def test_next_link_without_page_size_keeps_ours(
    client: Client, api: respx.MockRouter
) -> None:
    route = serve(api, {"1": envelope(["a"], f"{PATH}?page=2"), "2": envelope(["b"], None)})
    await collect(client.paginate(query()))
    assert route.calls[1].request.url.params["page_size"] == "200"


@pytest.mark.parametrize(
    "next_href", [f"{PATH}?page=2&status=ACTIVE", f"{BASE}{PATH}?page=2&status=ACTIVE"]
)
async def test_next_link_without_page_size_keeps_its_own_query(
    client: Client,
    api: respx.MockRouter,
    next_href: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Adding our page size must not replace the link's query: page 1 would come back, look
    # like a repeated page, and the list would end cut short.
    route = serve(api, {"1": envelope(["a"], next_href), "2": envelope(["b"], None)})
    assert ids(await collect(client.paginate(query(status="ACTIVE")))) == ["a", "b"]
    second = route.calls[1].request.url.params
    assert (second["page"], second["page_size"], second["status"]) == ("2", "200", "ACTIVE")
    assert "repeats a page" not in caplog.text


def test_seen_ids_are_kept_for_two_pages_only() -> None:
    # Overlap only shifts items between neighbouring pages, so the walk remembers the ids of the
    # current and previous page and nothing older: memory stays flat for any list length.
    walk = PageWalk(PATH, None, base_url=BASE)
    pages = [["a", "b"], ["b", "c"], ["c", "d"], ["a", "e"]]
    yielded: list[str] = []
    for n, page in enumerate(pages, start=1):
        assert walk.next_fetch() is not None
        yielded += ids(walk.accept(envelope(page, link(n + 1))))
    assert yielded == ["a", "b", "c", "d", "a", "e"]


def test_walk_over_100_000_items_keeps_flat_memory() -> None:
    walk = PageWalk(PATH, None, base_url=BASE)
    total = 0
    for n in range(1, 501):
        assert walk.next_fetch() is not None
        total += len(walk.accept(envelope([f"{n}-{i}" for i in range(200)], link(n + 1))))
        assert len(walk._previous_ids) <= 200
    assert total == 100_000


async def test_a_bare_json_list_is_one_page(
    make: Callable[..., Client], api: respx.MockRouter
) -> None:
    route = api.get("/api/v1/hooks/event-types/").mock(
        return_value=httpx.Response(200, json=[{"id": "x"}, {"id": "y"}])
    )
    pager = make().paginate(PageQuery("/api/v1/hooks/event-types/", item=dict))
    assert ids(await collect(pager)) == ["x", "y"]
    assert route.call_count == 1


async def test_list_filters_are_sent_as_repeated_parameters(
    client: Client, api: respx.MockRouter
) -> None:
    route = serve(api, {"1": envelope(["a"], None)})
    await collect(client.paginate(query(study=["x", "y"], is_enabled=True)))
    params = route.calls[0].request.url.params
    assert (params.get_list("study"), params["is_enabled"]) == (["x", "y"], "true")
