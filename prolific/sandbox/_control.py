"""Sandbox-only endpoints under ``/_sandbox/`` (not part of Prolific's API).

They let a client that only speaks HTTP (any language, pointed at ``python -m prolific.sandbox``)
drive what a Python test would drive through the ``Sandbox`` object: move the clock, make
participants join or submit, top up a workspace and read the money ledger. They need the same
token as the API.
"""

from __future__ import annotations

from typing import Any

from . import _lookup
from ._errors import bad_request
from ._http import Request, SandboxResponse, json_response
from ._participants import SandboxUsageError, join
from ._participants import _finish as finish_submission
from ._state import IN_PROGRESS, LedgerEntry, SandboxState, iso


def entry_view(entry: LedgerEntry) -> dict[str, Any]:
    return {
        "kind": entry.kind,
        "workspace_id": entry.workspace_id,
        "amount": entry.amount,
        "fees": entry.fees,
        "vat": entry.vat,
        "total": entry.total,
        "effect": entry.effect,
        "at": iso(entry.at),
        "study_id": entry.study_id,
        "submission_id": entry.submission_id,
        "participant_id": entry.participant_id,
        "batch_id": entry.batch_id,
        "note": entry.note,
    }


def advance_clock(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    seconds = fields.number("seconds", required=True)
    assert seconds is not None
    if seconds < 0:
        raise bad_request("seconds must not be negative.")
    state.clock.advance(seconds)
    return json_response(200, {"now": iso(state.now())})


def join_participants(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    study_id = fields.req_text("study_id")
    n = fields.integer("n", minimum=1) or 1
    complete_after = fields.number("complete_after")
    outcome = fields.choice("outcome", ("submit", "return", "timeout", "manual")) or "submit"
    code = fields.text("code")
    _lookup.in_body(state.studies, study_id, "study_id", "Study")
    try:
        ids = join(state, study_id, n, complete_after=complete_after, outcome=outcome, code=code)
    except SandboxUsageError as exc:
        raise bad_request(str(exc)) from exc
    return json_response(201, {"submission_ids": ids})


def submit_submission(state: SandboxState, req: Request) -> SandboxResponse:
    sub = _lookup.submission(state, req.params["submission_id"])
    if sub.status not in IN_PROGRESS:
        raise bad_request(f"The submission is already {sub.status}.")
    code = req.fields().text("code")
    try:
        finish_submission(state, sub.id, "submit", code)
    except SandboxUsageError as exc:
        raise bad_request(str(exc)) from exc
    return json_response(200, {"id": sub.id, "status": sub.status})


def top_up(state: SandboxState, req: Request) -> SandboxResponse:
    ws = _lookup.in_path(state.workspaces, req.params["workspace_id"], "Workspace")
    amount = req.fields().req_integer("amount", minimum=1)
    state.top_up(ws.id, amount)
    return json_response(200, {"workspace_id": ws.id, "available_balance": state.balance(ws.id)})


def get_ledger(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, {"results": [entry_view(e) for e in state.ledger]})
