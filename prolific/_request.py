"""One API call described without sending it, and how to build it from the spec's descriptors.

A resource method or a workflow never spells a path: it takes the operation's descriptor,
generated from ``openapi/prolific.yaml`` into ``prolific_api.operations``, and fills it in::

    from prolific_api import operations as ops

    request = build(ops.get_study, study_id=study_id)              # Request[Study]
    query = build(ops.list_studies, query={"state": "ACTIVE"})     # PageQuery[StudyListItem]

This module sits just above the generated package and below everything else (the base client,
the pager, the workflows and the namespaces all use it); it imports nothing of theirs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import KW_ONLY, dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

import httpx

from ._json_body import check_json_body
from ._redaction import redact
from ._transport import MAX_RETRIES_EXTENSION
from ._types import NOT_GIVEN, NotGiven, Timeout
from .errors import ProlificError, UnexpectedResponseError, token_of

if TYPE_CHECKING:
    # Only for types: `import prolific` must not load the generated package (it is loaded when
    # the first namespace is).
    from prolific_api.operations import Endpoint, ListOperation, Operation

__all__ = ["PageQuery", "Request", "as_json", "build", "decode_json", "no_content"]

T = TypeVar("T")


def no_content(body: Any) -> None:
    """Parser for calls that answer without a body (``204 No Content``, or a body to ignore)."""
    return None


def as_json(body: Any) -> Any:
    """Parser that keeps the decoded JSON as it is."""
    return body


@dataclass(slots=True)
class Request(Generic[T]):
    """One API call, described without sending it. Treat it as immutable: :meth:`replace`
    makes a changed copy. (It is not a frozen dataclass because a frozen one takes three times
    as long to build, on every call.)

    Attributes:
        method: HTTP method, upper case.
        path: path under the base URL, such as ``"/api/v1/studies/"`` (an absolute URL is used
            as given; the pager does that for ``next`` links).
        parse: turns the decoded JSON body (``None`` when there is none) into the result.
        parse_response: alternative to ``parse`` for the rare call that needs the raw
            ``httpx.Response`` (a response header, say). Give exactly one of the two.
        params: query parameters; ``None`` values are left out.
        json: the JSON body, or ``None`` for no body.
        content: a raw body (JSONL, say) instead of ``json``; set its ``Content-Type`` in
            ``headers``.
        headers: extra headers for this call only.
        timeout: overrides the client's timeout for this call.
        max_retries: overrides the client's ``max_retries`` for this call.
    """

    method: str
    path: str
    _: KW_ONLY
    parse: Callable[[Any], T] | None = None
    parse_response: Callable[[httpx.Response], T] | None = None
    params: Mapping[str, object] | None = None
    json: object | None = None
    content: bytes | None = None
    headers: Mapping[str, str] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None

    def __post_init__(self) -> None:
        if (self.parse is None) == (self.parse_response is None):
            raise TypeError("Request needs exactly one of parse= and parse_response=")

    def replace(self, **changes: Any) -> Request[T]:
        """A copy with some fields changed (``timeout=`` per call, for example)."""
        return dataclasses.replace(self, **changes)

    def send_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client.request`` / ``AsyncClient.request``."""
        kwargs: dict[str, Any] = {}
        if self.params:
            kwargs["params"] = {k: v for k, v in self.params.items() if v is not None}
        if self.json is not None:
            # NaN, an object() or a 30-digit number would otherwise fail inside httpx's
            # encoder, or reach the server and make it fail.
            check_json_body(self.json)
            kwargs["json"] = self.json
        if self.content is not None:
            kwargs["content"] = self.content
        if self.headers:
            kwargs["headers"] = dict(self.headers)
        if not isinstance(self.timeout, NotGiven):
            kwargs["timeout"] = self.timeout
        if self.max_retries is not None:
            kwargs["extensions"] = {MAX_RETRIES_EXTENSION: self.max_retries}
        return kwargs

    def parse_result(self, response: httpx.Response) -> T:
        """The call's result from its (successful) response."""
        try:
            if self.parse_response is not None:
                return self.parse_response(response)
            assert self.parse is not None
            return self.parse(decode_json(response))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, ProlificError):
                raise
            # A model that cannot read the answer (a required field missing, a wrong type)
            # would otherwise surface as a bare KeyError from deep inside generated code.
            what = f"missing field {exc}" if isinstance(exc, KeyError) else type(exc).__name__
            path = redact(response.request.url.path, token_of(response.request))
            raise UnexpectedResponseError(
                f"Could not read the answer to {self.method} {path} "
                f"({what}); the API may have changed, or the base URL is not the Prolific API."
            ) from exc


@dataclass(frozen=True)
class PageQuery(Generic[T]):
    """A list call, described without sending it: the first page and how to parse one item.

    The pager adds ``page_size`` (the largest the API accepts) and follows ``_links.next``.
    """

    path: str
    item: Callable[[Any], T]
    params: Mapping[str, object] | None = None


def decode_json(response: httpx.Response) -> Any:
    """The decoded JSON body, or ``None`` for ``204 No Content`` and empty bodies."""
    if response.status_code == 204 or not response.content:
        return None
    try:
        return response.json()
    except (ValueError, RecursionError) as exc:
        request = response.request
        secret = token_of(request)
        kind = redact(response.headers.get("content-type", "no content type"), secret)[:100]
        raise UnexpectedResponseError(
            f"{request.method} {redact(request.url.path, secret)} answered "
            f"{response.status_code} with a body that is not JSON ({kind}); check the base URL "
            "points at the Prolific API."
        ) from exc


@overload
def build(
    op: ListOperation[T], /, *, query: Mapping[str, object] | None = None, **path: str
) -> PageQuery[T]: ...
@overload
def build(
    op: Operation[T],
    /,
    *,
    query: Mapping[str, object] | None = None,
    json: object | None = None,
    **path: str,
) -> Request[T]: ...
def build(
    op: Operation[T] | ListOperation[T],
    /,
    *,
    query: Mapping[str, object] | None = None,
    json: object | None = None,
    **path: str,
) -> Request[T] | PageQuery[T]:
    """The request (or, for a paginated list, the first page's query) for `op`, with its path
    parameters given as keywords, its query parameters in `query` (``None`` values are left out)
    and its JSON body in `json`.

    Names the spec does not give the operation raise ``TypeError``: they are mistakes in the
    SDK, caught by its tests, never something a user can cause.
    """
    _check_names(op, query, json)
    url = op.url(path)
    # Told apart by shape, not isinstance: the descriptor classes are imported for types only.
    if hasattr(op, "item"):
        if json is not None:
            raise TypeError(f"{op.operation_id} is a list: it takes no request body")
        return PageQuery(url, item=cast("ListOperation[T]", op).item, params=query)
    parse = op.parse
    return Request(op.method, url, parse=parse, params=query, json=json)


def _check_names(op: Endpoint, query: Mapping[str, object] | None, json: object | None) -> None:
    unknown = sorted(set(query).difference(op.query_params)) if query else None
    if unknown:
        raise TypeError(f"{op.operation_id} takes no query parameter {', '.join(unknown)}")
    if json is not None and op.body is None:
        raise TypeError(f"{op.operation_id} takes no request body")
