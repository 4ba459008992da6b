"""Shared helpers for the client tests: constants, a recording clock, sync/async adapters."""

from __future__ import annotations

import inspect
from typing import Any

import httpx

from prolific import AsyncProlific, Prolific
from prolific._pagination import AsyncPager, SyncPager

BASE = "https://api.prolific.com"
TOKEN = "tok_SECRET_4f1c9d2e8b7a"
STUDY_ID = "5f1e2d3c4b5a69788796a5b4"
SUBMISSION_ID = "60aa11bb22cc33dd44ee55ff"
BATCH_ID = "61bb22cc33dd44ee55ff6600"

ENV_VARS = ("PROLIFIC_TOKEN", "PROLIFIC_API_KEY", "PROLIFIC_URL")

Client = Prolific | AsyncProlific


class FakeClock:
    """A clock that never sleeps: it records every wait and moves its own time forward."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.time = start
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.time += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def make_client(kind: str, clock: FakeClock | None = None, **kwargs: Any) -> Client:
    kwargs.setdefault("token", TOKEN)
    if clock is not None:
        kwargs["_clock"] = clock
    return Prolific(**kwargs) if kind == "sync" else AsyncProlific(**kwargs)


async def run(value: Any) -> Any:
    """The result of a sync call, or of awaiting an async one."""
    if inspect.isawaitable(value):
        return await value
    return value


async def close(client: Client) -> None:
    if isinstance(client, AsyncProlific):
        await client.aclose()
    else:
        client.close()


async def collect(pager: SyncPager[Any] | AsyncPager[Any]) -> list[Any]:
    if isinstance(pager, AsyncPager):
        return [item async for item in pager]
    return list(pager)


async def collect_pages(pager: SyncPager[Any] | AsyncPager[Any]) -> list[list[Any]]:
    if isinstance(pager, AsyncPager):
        return [page async for page in pager.pages()]
    return list(pager.pages())


def error_body(status: int, title: str, detail: Any) -> dict[str, Any]:
    return {
        "error": {
            "status": status,
            "error_code": status * 100,
            "title": title,
            "detail": detail,
            "additional_information": "/docs/errors",
            "traceback": None,
            "interactive": False,
        }
    }


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


#: What Prolific always sends on a study, a submission and a submission list item (the fields
#: the spec marks required): a fake answer must carry them, as the real one does.
STUDY_ALWAYS: dict[str, Any] = {
    "name": "Recall",
    "description": "Remember words, then type them.",
    "total_available_places": 20,
    "estimated_completion_time": 10,
    "reward": 150,
}
STARTED_AT = "2026-01-05T09:00:00+00:00"


def study_json(**fields: Any) -> dict[str, Any]:
    """A study as Prolific answers it, with `fields` changed or added."""
    return {"id": STUDY_ID, "status": "ACTIVE", **STUDY_ALWAYS, **fields}


def submission_json(**fields: Any) -> dict[str, Any]:
    """A submission (the detail shape) as Prolific answers it."""
    base = {"id": SUBMISSION_ID, "study_id": STUDY_ID, "status": "ACTIVE", "started_at": STARTED_AT}
    return {**base, **fields}


def submission_item_json(**fields: Any) -> dict[str, Any]:
    """A submission as a list shows it."""
    base = {"id": SUBMISSION_ID, "status": "ACTIVE", "started_at": STARTED_AT}
    return {**base, "has_siblings": False, **fields}
