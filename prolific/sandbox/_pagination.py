"""Lists the way Prolific pages them.

Envelope::

    {"results": [...],
     "_links": {"self": {"href": ..., "title": ...}, "next": {...}, "previous": {...},
                "last": {...}},
     "meta": {"count": N}}

``page`` is 1-based, ``page_size`` defaults to 20 and is capped at 200. A page past the end is a
404 (page 1 of an empty list is an empty 200). Some lists also take ``limit``/``offset``; when
either is given (and ``page`` is not) the window is taken from them instead. Links are absolute,
built from the address the client used; a missing link has ``href: null``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode

from ._errors import SandboxError
from ._http import Request

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 200
MAX_LIMIT = 1000


def _positive_int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        return None
    return value if value > 0 else None


def _href(request: Request, **changes: int) -> str:
    query = {k: v[-1] for k, v in request.query.items() if v}
    query.update({k: str(v) for k, v in changes.items()})
    path = request.path
    return f"{request.base_url}{path}?{urlencode(query)}" if query else f"{request.base_url}{path}"


def _link(href: str | None, title: str) -> dict[str, Any]:
    return {"href": href, "title": title}


def paginate(
    request: Request,
    items: Sequence[T],
    view: Callable[[T], dict[str, Any]] | None = None,
    *,
    default_size: int = DEFAULT_PAGE_SIZE,
) -> dict[str, Any]:
    """One page of ``items`` (already filtered) in Prolific's envelope.

    ``view`` serialises an item; only the items on the page are serialised. ``default_size`` is
    the page size (or limit) when the call gives none: 20 on most lists.
    """
    show: Callable[[Any], dict[str, Any]] = view or _same
    count = len(items)
    if request.arg("page") is None and (
        request.arg("limit") is not None or request.arg("offset") is not None
    ):
        return _limit_offset(request, items, show, default_size)
    page_text = request.arg("page")
    page = 1 if page_text is None else _positive_int(page_text)
    if page is None:
        raise SandboxError(404, "Invalid page.")
    size = _positive_int(request.arg("page_size")) or default_size
    size = min(size, MAX_PAGE_SIZE)
    last = max(1, math.ceil(count / size))
    if page > last:
        raise SandboxError(404, "Invalid page.")
    start = (page - 1) * size
    results = [show(item) for item in items[start : start + size]]
    return {
        "results": results,
        "_links": {
            "self": _link(_href(request, page=page, page_size=size), "Current page"),
            "next": _link(
                _href(request, page=page + 1, page_size=size) if page < last else None,
                "Next page",
            ),
            "previous": _link(
                _href(request, page=page - 1, page_size=size) if page > 1 else None,
                "Previous page",
            ),
            "last": _link(_href(request, page=last, page_size=size), "Last page"),
        },
        "meta": {"count": count},
    }


def _same(item: Any) -> dict[str, Any]:
    result: dict[str, Any] = item
    return result


def _limit_offset(
    request: Request,
    items: Sequence[Any],
    show: Callable[[Any], dict[str, Any]],
    default_size: int = DEFAULT_PAGE_SIZE,
) -> dict[str, Any]:
    count = len(items)
    limit = min(_positive_int(request.arg("limit")) or default_size, MAX_LIMIT)
    offset_text = request.arg("offset")
    try:
        offset = max(0, int(offset_text)) if offset_text is not None else 0
    except ValueError:
        offset = 0
    if offset and offset >= count:
        raise SandboxError(404, "Invalid page.")
    last_offset = max(0, ((count - 1) // limit) * limit) if count else 0
    return {
        "results": [show(item) for item in items[offset : offset + limit]],
        "_links": {
            "self": _link(_href(request, limit=limit, offset=offset), "Current page"),
            "next": _link(
                _href(request, limit=limit, offset=offset + limit)
                if offset + limit < count
                else None,
                "Next page",
            ),
            "previous": _link(
                _href(request, limit=limit, offset=max(0, offset - limit)) if offset else None,
                "Previous page",
            ),
            "last": _link(_href(request, limit=limit, offset=last_offset), "Last page"),
        },
        "meta": {"count": count},
    }
