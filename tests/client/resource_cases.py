"""One table row per namespace call: what it must put on the wire and what it must give back.

A :class:`Call` is checked the same way for the sync and the async client by :func:`check`: the
client calls the fake API once, with the expected method, path, query and JSON body, and the
result is the expected generated model holding everything the API answered (``None`` for calls
that answer without a body; for lists, the pager's items, one model per item).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import pytest
import respx

from prolific._pagination import AsyncPager, SyncPager
from prolific_api.models.completion_code import CompletionCode
from prolific_api.models.completion_code_action import CompletionCodeAction
from prolific_api.models.completion_code_action_type import CompletionCodeActionType
from prolific_api.models.completion_code_type import CompletionCodeType
from prolific_api.models.prolific_id_option import ProlificIdOption
from prolific_api.models.study_create import StudyCreate

from .helpers import BATCH_ID, STUDY_ID, SUBMISSION_ID, Client, collect, run

__all__ = [
    "BATCH_ID",
    "FILTER_SET_ID",
    "GROUP_ID",
    "MESSAGE",
    "NO_BODY",
    "PARTICIPANT_1",
    "PARTICIPANT_2",
    "PROJECT_ID",
    "STUDY_FIELDS",
    "STUDY_ID",
    "SUBMISSION_ID",
    "SUBSCRIPTION_ID",
    "WORKSPACE_ID",
    "Call",
    "check",
    "envelope",
    "outcome",
    "params",
    "sent_json",
    "study_model",
    "with_extra",
]

WORKSPACE_ID = "64b0a1c2d3e4f5a6b7c8d9e0"
PROJECT_ID = "64b0a1c2d3e4f5a6b7c8d9e1"
GROUP_ID = "64b0a1c2d3e4f5a6b7c8d9e2"
FILTER_SET_ID = "64b0a1c2d3e4f5a6b7c8d9e3"
SUBSCRIPTION_ID = "64b0a1c2d3e4f5a6b7c8d9e4"
PARTICIPANT_1 = "5a1b2c3d4e5f60718293a4b5"
PARTICIPANT_2 = "5a1b2c3d4e5f60718293a4b6"

#: A rejection message long enough for Prolific (at least 100 characters).
MESSAGE = (
    "Your answers did not follow the instructions on the first page: the attention checks "
    "were failed twice and the free-text answers were left empty."
)

CODES = [{"code": "C1A2B3", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]}]
STUDY_FIELDS = {
    "name": "Recall",
    "description": "Remember words, then type them.",
    "prolific_id_option": "url_parameters",
    "completion_codes": CODES,
    "total_available_places": 20,
    "estimated_completion_time": 10,
    "reward": 150,
    "external_study_url": "https://example.org/study?pid={{%PROLIFIC_PID%}}",
}


def study_model() -> StudyCreate:
    return StudyCreate(
        name="Recall",
        description="Remember words, then type them.",
        prolific_id_option=ProlificIdOption.URL_PARAMETERS,
        completion_codes=[
            CompletionCode(
                code="C1A2B3",
                code_type=CompletionCodeType.COMPLETED,
                actions=[CompletionCodeAction(action=CompletionCodeActionType.MANUALLY_REVIEW)],
            )
        ],
        total_available_places=20,
        estimated_completion_time=10,
        reward=150,
        external_study_url="https://example.org/study?pid={{%PROLIFIC_PID%}}",
    )


class _NoBody:
    def __repr__(self) -> str:
        return "NO_BODY"


#: The request must carry no body at all (not even ``{}`` or ``null``).
NO_BODY: Any = _NoBody()

M = TypeVar("M")


@dataclass(frozen=True)
class Call:
    """One namespace call and what it must do.

    Attributes:
        id: the test id, such as ``"studies.get"``.
        call: makes the call on a client; returns the result, a coroutine or a pager.
        method, path: where the request must go.
        params: the query it must carry (lists also send ``page_size=200``, added here).
        body: the JSON body it must carry, or ``NO_BODY``.
        reply: the JSON the fake API answers; for a list, the items of its one page.
        status: the fake API's status code.
        returns: the generated model the result must be (each item's model for a list);
            ``None`` when the result must be ``None``.
        listing: the call returns a pager.
    """

    id: str
    call: Callable[[Any], Any]
    method: str
    path: str
    params: Mapping[str, str] = field(default_factory=dict)
    body: Any = NO_BODY
    reply: Any = None
    status: int = 200
    returns: type | None = None
    listing: bool = False

    def param(self) -> Any:
        return pytest.param(self, id=self.id)


def params(*calls: Call) -> list[Any]:
    """``pytest.mark.parametrize`` values for a table of calls, with readable ids."""
    ids = [call.id for call in calls]
    assert len(set(ids)) == len(ids), "duplicate case ids"
    return [call.param() for call in calls]


def envelope(items: list[Any], next_href: str | None = None) -> dict[str, Any]:
    """One page of a Prolific list."""
    return {
        "results": items,
        "_links": {"next": {"href": next_href, "title": "Next"}},
        "meta": {"count": len(items)},
    }


def with_extra(model: M, **fields: Any) -> M:
    """A generated model carrying fields the spec does not know (yet)."""
    for name, value in fields.items():
        model[name] = value  # type: ignore[index]
    return model


async def outcome(value: Any) -> Any:
    """What a user gets from a call: the value, the awaited coroutine, or every item of a pager."""
    if isinstance(value, SyncPager | AsyncPager):
        return await collect(value)
    return await run(value)


def sent_json(request: httpx.Request) -> Any:
    """The JSON body a request carried, or ``NO_BODY``."""
    if not request.content:
        return NO_BODY
    assert request.headers["Content-Type"] == "application/json"
    return json.loads(request.content)


async def check(case: Call, client: Client, api: respx.MockRouter) -> None:
    reply = envelope(case.reply) if case.listing else case.reply
    response = (
        httpx.Response(case.status) if reply is None else httpx.Response(case.status, json=reply)
    )
    route = api.route(method=case.method, path=case.path).mock(return_value=response)

    result = await outcome(case.call(client))

    assert route.call_count == 1, f"expected one {case.method} {case.path}, got {api.calls}"
    sent = route.calls.last.request
    expected_query = {**case.params, "page_size": "200"} if case.listing else dict(case.params)
    assert dict(sent.url.params) == expected_query
    assert sent_json(sent) == case.body

    if case.listing:
        assert [type(item) for item in result] == [case.returns] * len(case.reply)
        assert [item.to_dict() for item in result] == case.reply
    elif case.returns is None:
        assert result is None
    else:
        assert type(result) is case.returns
        # Everything the API answered is kept, unknown fields included.
        assert result.to_dict() == case.reply
