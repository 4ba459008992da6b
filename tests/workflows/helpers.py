"""Shared helpers for the workflow tests: a study body, and calling a sync or async client alike."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeAlias

from prolific import AsyncProlific, Prolific
from prolific.sandbox import Sandbox, example_study

Client: TypeAlias = Prolific | AsyncProlific

study_body = example_study


async def call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a client method; await the result when the client is async."""
    result = fn(*args, **kwargs)
    if inspect.isawaitable(result):
        return await result
    return result


def make_client(sandbox: Sandbox, kind: str, **options: Any) -> Client:
    return sandbox.client(**options) if kind == "sync" else sandbox.async_client(**options)


async def close(client: Client) -> None:
    if isinstance(client, AsyncProlific):
        await client.aclose()
    else:
        client.close()


async def published(client: Client, **overrides: Any) -> str:
    """Create and publish a study through the SDK, waiting (on the sandbox clock) out the
    PUBLISHING phase as a live caller would; returns its ID."""
    study = await call(client.studies.create_and_publish, **study_body(**overrides), wait=60)
    assert str(study.status) == "ACTIVE", study.status
    return str(study.id)


def statuses(sandbox: Sandbox, study_id: str) -> list[str]:
    return [s.status for s in sandbox.submissions_of(study_id)]


def study_debits(sandbox: Sandbox, study_id: str) -> int:
    """How many times the sandbox debited the workspace for this study's places."""
    return sum(1 for e in sandbox.ledger.for_study(study_id) if e.kind == "study_debit")
