"""Sandbox-only endpoints under ``/_sandbox/`` (not part of Prolific's API).

They let a client that only speaks HTTP (any language, pointed at ``python -m prolific.sandbox``)
drive what a Python test would drive through the ``Sandbox`` object: move the clock, make
participants join or submit, top up a workspace, inject faults and read the money ledger. They
need the same token as the API; injected faults never hit them. A body field an endpoint does
not know is refused with a 400 naming it (a misspelt ``count`` must not quietly mean ``n=1``).
``prolific.sandbox.RemoteSandbox`` drives them from Python; ``docs/sandbox.md`` lists every body.
"""

from __future__ import annotations

import weakref
from typing import Any, cast

from . import _lookup
from ._errors import SandboxError, bad_request, field_error
from ._faults import KINDS, Fault, FaultKind, Faults
from ._http import Fields, Request, SandboxResponse, empty_response, json_response
from ._participants import OUTCOMES, SandboxUsageError, join
from ._participants import _finish as finish_submission
from ._state import IN_PROGRESS, LedgerEntry, SandboxState, iso

#: Each sandbox's fault injector, by state: handlers see only the state.
_FAULTS: weakref.WeakKeyDictionary[SandboxState, Faults] = weakref.WeakKeyDictionary()


def attach_faults(state: SandboxState, faults: Faults) -> None:
    """Let the control endpoints reach the sandbox's faults."""
    _FAULTS[state] = faults


def _fields(req: Request, *allowed: str) -> Fields:
    fields = req.fields()
    unknown = sorted(set(fields.data) - set(allowed))
    if unknown:
        raise bad_request(
            f"Unknown field(s) {', '.join(map(repr, unknown))}; this endpoint takes "
            f"{', '.join(allowed) or 'no fields'}."
        )
    return fields


def _numbers(fields: Fields, name: str) -> float | list[float] | None:
    """A number, or a list of numbers (one per participant)."""
    value = fields.data.get(name)
    if isinstance(value, list):
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
            raise field_error(name, "Expected a number or a list of numbers.")
        return [float(v) for v in value]
    return fields.number(name)


def _outcomes(fields: Fields) -> str | list[str]:
    value = fields.data.get("outcome")
    if value is None:
        return "submit"
    listed = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) and v in OUTCOMES for v in listed):
        raise field_error("outcome", f"Each outcome must be one of {', '.join(OUTCOMES)}.")
    return cast("str | list[str]", value)


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


def info(state: SandboxState, req: Request) -> SandboxResponse:
    """Where things start: the clock and the starting user, workspace and project."""
    return json_response(
        200,
        {
            "now": iso(state.now()),
            "user_id": state.user.id,
            "workspace_id": state.default_workspace_id,
            "project_id": state.default_project_id,
        },
    )


def advance_clock(state: SandboxState, req: Request) -> SandboxResponse:
    fields = _fields(req, "seconds")
    seconds = fields.number("seconds", required=True)
    assert seconds is not None
    if seconds < 0:
        raise bad_request("seconds must not be negative.")
    state.clock.advance(seconds)
    return json_response(200, {"now": iso(state.now())})


JOIN_FIELDS = (
    "study_id",
    "n",
    "complete_after",
    "start_after",
    "outcome",
    "code",
    "participant_ids",
)


def join_participants(state: SandboxState, req: Request) -> SandboxResponse:
    fields = _fields(req, *JOIN_FIELDS)
    study_id = fields.req_text("study_id")
    n = fields.integer("n", minimum=1) or 1
    complete_after = _numbers(fields, "complete_after")
    start_after = fields.number("start_after") or 0.0
    outcome = _outcomes(fields)
    code = fields.text("code")
    participant_ids = fields.text_list("participant_ids")
    _lookup.in_body(state.studies, study_id, "study_id", "Study")
    try:
        ids = join(
            state,
            study_id,
            n,
            complete_after=complete_after,
            start_after=start_after,
            outcome=outcome,
            code=code,
            participant_ids=participant_ids,
        )
    except SandboxUsageError as exc:
        raise bad_request(str(exc)) from exc
    return json_response(201, {"submission_ids": ids})


def submit_submission(state: SandboxState, req: Request) -> SandboxResponse:
    sub = _lookup.submission(state, req.params["submission_id"])
    if sub.status not in IN_PROGRESS:
        raise bad_request(f"The submission is already {sub.status}.")
    code = _fields(req, "code").text("code")
    try:
        finish_submission(state, sub.id, "submit", code)
    except SandboxUsageError as exc:
        raise bad_request(str(exc)) from exc
    return json_response(200, {"id": sub.id, "status": sub.status})


def top_up(state: SandboxState, req: Request) -> SandboxResponse:
    ws = _lookup.in_path(state.workspaces, req.params["workspace_id"], "Workspace")
    amount = _fields(req, "amount").req_integer("amount", minimum=1)
    state.top_up(ws.id, amount)
    return json_response(200, {"workspace_id": ws.id, "available_balance": state.balance(ws.id)})


def get_ledger(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, {"results": [entry_view(e) for e in state.ledger]})


FAULT_FIELDS = ("pattern", "kind", "rate", "times", "status", "retry_after", "latency")


def _faults(state: SandboxState) -> Faults:
    faults = _FAULTS.get(state)
    if faults is None:
        raise bad_request("This sandbox has no fault injector.")
    return faults


def fault_view(fault: Fault) -> dict[str, Any]:
    return {
        "id": f"{id(fault):x}",
        "pattern": fault.pattern,
        "kind": fault.kind,
        "rate": fault.rate,
        "times": fault.times,
        "status": fault.status,
        "retry_after": fault.retry_after,
        "latency": fault.latency,
        "fired": fault.fired,
    }


def add_fault(state: SandboxState, req: Request) -> SandboxResponse:
    fields = _fields(req, *FAULT_FIELDS)
    pattern = fields.req_text("pattern")
    kind = fields.choice("kind", KINDS, required=True)
    rate = fields.number("rate")
    try:
        fault = _faults(state).add(
            pattern,
            cast(FaultKind, kind),
            rate=1.0 if rate is None else rate,
            times=fields.integer("times", minimum=1),
            status=fields.integer("status", minimum=400, maximum=599),
            retry_after=fields.number("retry_after") or 1.0,
            latency=fields.number("latency") or 0.0,
        )
    except ValueError as exc:
        raise bad_request(str(exc)) from exc
    return json_response(201, fault_view(fault))


def list_faults(state: SandboxState, req: Request) -> SandboxResponse:
    faults = _faults(state)
    log = [
        {"method": r.method, "path": r.path, "operation": r.operation, "kind": r.kind}
        for r in faults.log
    ]
    return json_response(200, {"results": [fault_view(f) for f in faults.active], "log": log})


def clear_faults(state: SandboxState, req: Request) -> SandboxResponse:
    _faults(state).clear()
    return empty_response()


def remove_fault(state: SandboxState, req: Request) -> SandboxResponse:
    faults = _faults(state)
    wanted = req.params["fault_id"]
    for fault in faults.active:
        if f"{id(fault):x}" == wanted:
            fault.remove()
            return empty_response()
    raise SandboxError(404, f"No active fault {wanted!r}.")
