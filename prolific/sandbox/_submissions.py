"""Submissions: lists, detail, approve/reject/complete, return requests and bulk approval.

``APPROVE`` works only from ``AWAITING REVIEW`` (so approving before the participant has
finished fails, exactly the race Prolific has); ``REJECT`` needs a message of at least 100
characters and a rejection category; repeating the transition a submission already went through
is ignored and answers 200. ``COMPLETE`` with a DYNAMIC_PAYMENT code needs
``completion_code_data.percentage_of_reward`` (8-99) and ends PARTIALLY APPROVED.

Lists filter and order as the 2026 description says (see ``_submission_query``); listing
without ``study`` is refused unless ``settings.submissions_require_study`` is off.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from .._validation import REJECTION_CATEGORIES
from . import _lookup, _submission_actions, _submission_query
from ._errors import SandboxError, bad_request, field_error
from ._http import Request, SandboxResponse, json_response
from ._index import list_order
from ._lifecycle import (
    apply_completion_code,
    record_message,
    request_return,
    set_submission_status,
)
from ._pagination import paginate
from ._state import FINAL, IN_PROGRESS, SUBMISSION_STATUSES, SandboxState, Submission, iso

#: A dynamic payment pays between these percentages of the reward (inclusive).
DYNAMIC_PAYMENT_RANGE = (Decimal(8), Decimal(99))

SUBMISSION_ACTIONS = ("APPROVE", "REJECT", "COMPLETE", *_submission_actions.ACTIONS)
MIN_REJECTION_MESSAGE = 100


def _time_taken(sub: Submission) -> int | None:
    if sub.completed_at is None:
        return None
    return int((sub.completed_at - sub.started_at).total_seconds())


def _has_siblings(state: SandboxState, sub: Submission) -> bool:
    return state.study_index(sub.study_id).has_siblings(sub)


def submission_item(state: SandboxState, sub: Submission) -> dict[str, Any]:
    """The list shape: carries ``participant_id``."""
    return {
        "id": sub.id,
        "study_id": sub.study_id,
        "participant_id": sub.participant_id,
        "status": sub.status,
        "started_at": iso(sub.started_at),
        "completed_at": iso(sub.completed_at) if sub.completed_at else None,
        "time_taken": _time_taken(sub),
        "has_siblings": _has_siblings(state, sub),
        "study_code": sub.entered_code,
        "return_requested": iso(sub.return_requested) if sub.return_requested else None,
    }


def submission_detail(state: SandboxState, sub: Submission) -> dict[str, Any]:
    """The detail shape: carries ``participant`` (not ``participant_id``) and the bonuses."""
    return {
        "id": sub.id,
        "study_id": sub.study_id,
        "participant": sub.participant_id,
        "status": sub.status,
        "started_at": iso(sub.started_at),
        "completed_at": iso(sub.completed_at) if sub.completed_at else None,
        "time_taken": _time_taken(sub),
        "entered_code": sub.entered_code,
        "has_siblings": _has_siblings(state, sub),
        "return_requested": iso(sub.return_requested) if sub.return_requested else None,
        "bonus_payments": list(sub.bonus_payments),
    }


def _ordered(subs: Iterable[Submission]) -> list[Submission]:
    return sorted(subs, key=list_order)


def list_submissions(state: SandboxState, req: Request) -> SandboxResponse:
    study_id = req.arg("study")
    if study_id is None:
        if state.settings.submissions_require_study:
            raise field_error(
                "study",
                "Give the study to list submissions of (?study=<id>); listing every submission "
                "of the account is not allowed.",
            )
        # Older Prolific answered, but asked integrators never to scan the account this way.
        state.warn("GET /api/v1/submissions/ without a `study` filter scans the whole account.")
    wanted = _submission_query.statuses(req)
    pool: Sequence[Submission]
    if study_id is None:
        everything = _ordered(state.submissions.values())
        pool = [s for s in everything if wanted is None or s.status in wanted]
    else:
        pool = state.study_index(study_id).sorted_view(wanted)
    subs = _submission_query.select(state, req, pool)
    return json_response(200, paginate(req, subs, lambda s: submission_item(state, s)))


def list_study_submissions(state: SandboxState, req: Request) -> SandboxResponse:
    study = _lookup.study(state, req.params["study_id"])
    pool = state.study_index(study.id).sorted_view(_submission_query.statuses(req))
    subs = _submission_query.select(state, req, pool)
    return json_response(200, paginate(req, subs, lambda s: submission_item(state, s)))


def count_study_submissions(state: SandboxState, req: Request) -> SandboxResponse:
    study = _lookup.study(state, req.params["study_id"])
    counts = dict.fromkeys(SUBMISSION_STATUSES, 0)
    index = state.study_index(study.id)
    counts.update(index.status_counts)
    counts["TOTAL"] = len(index)
    return json_response(200, counts)


def get_submission(state: SandboxState, req: Request) -> SandboxResponse:
    sub = _lookup.submission(state, req.params["submission_id"])
    return json_response(200, submission_detail(state, sub))


def _cannot(action: str, sub: Submission) -> SandboxError:
    verb = {"APPROVE": "approved", "REJECT": "rejected", "COMPLETE": "completed"}[action]
    if sub.status in IN_PROGRESS:
        hint = (
            " The participant has not finished yet; it can be reviewed once it is AWAITING REVIEW."
        )
    elif sub.status in FINAL:
        hint = " Its status is final."
    else:
        hint = ""
    return bad_request(f"This submission is {sub.status} and cannot be {verb}.{hint}")


def transition_submission(state: SandboxState, req: Request) -> SandboxResponse:
    sub = _lookup.submission(state, req.params["submission_id"])
    fields = req.fields()
    action = fields.choice("action", SUBMISSION_ACTIONS, required=True)
    if action in _submission_actions.ACTIONS:
        _submission_actions.transition(state, sub, action, fields)
    elif action == "APPROVE":
        if sub.status != "APPROVED":  # repeating an approval is ignored
            if sub.status != "AWAITING REVIEW":
                raise _cannot("APPROVE", sub)
            set_submission_status(state, sub, "APPROVED")
    elif action == "REJECT":
        message = fields.req_text("message")
        if len(message) < MIN_REJECTION_MESSAGE:
            raise field_error(
                "message", f"The message must be at least {MIN_REJECTION_MESSAGE} characters long."
            )
        fields.choice("rejection_category", tuple(sorted(REJECTION_CATEGORIES)), required=True)
        if sub.status != "REJECTED":
            if sub.status != "AWAITING REVIEW":
                raise _cannot("REJECT", sub)
            set_submission_status(state, sub, "REJECTED")
            record_message(
                state, sub.participant_id, message, study_id=sub.study_id, reason="rejection"
            )
    else:  # COMPLETE
        code_text = fields.req_text("completion_code")
        data = fields.mapping("completion_code_data")
        code = _submission_actions.study_code(state.studies[sub.study_id], code_text)
        if code.get("actor") != "researcher":
            raise field_error(
                "completion_code", "Only codes whose actor is `researcher` can be used here."
            )
        dynamic = any(
            isinstance(a, dict) and a.get("action") == "DYNAMIC_PAYMENT"
            for a in code.get("actions", [])
        )
        percentage = _percentage_of_reward(data) if dynamic else None
        if sub.entered_code == code_text and sub.status in FINAL:
            pass  # the same completion again: ignored
        elif dynamic and sub.status in (*IN_PROGRESS, "AWAITING REVIEW"):
            apply_completion_code(state, sub, code, percentage=percentage)
            note = (data or {}).get("message_to_participant")
            if isinstance(note, str) and note.strip():
                record_message(
                    state, sub.participant_id, note, study_id=sub.study_id, reason="dynamic_payment"
                )
        elif not (sub.entered_code == code_text and sub.status not in IN_PROGRESS):
            if sub.status not in IN_PROGRESS:
                raise _cannot("COMPLETE", sub)
            _submission_actions.finish_with_code(state, sub, code)
    return json_response(200, submission_detail(state, sub))


def _percentage_of_reward(data: dict[str, Any] | None) -> Decimal:
    """``completion_code_data.percentage_of_reward``: required for a dynamic payment, 8-99."""
    low, high = DYNAMIC_PAYMENT_RANGE
    raw = (data or {}).get("percentage_of_reward")
    problem = (
        "completion_code_data.percentage_of_reward is required for a DYNAMIC_PAYMENT code: "
        f"the share of the reward to pay, from {low} to {high}."
    )
    if raw is None or isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise field_error("completion_code_data", problem)
    try:
        value = Decimal(str(raw))
    except InvalidOperation as exc:
        raise field_error("completion_code_data", problem) from exc
    if not value.is_finite() or not low <= value <= high:
        raise field_error("completion_code_data", problem)
    return value


def request_submission_return(state: SandboxState, req: Request) -> SandboxResponse:
    sub = _lookup.submission(state, req.params["submission_id"])
    reasons = req.fields().req_text_list("request_return_reasons")
    if sub.status not in (*IN_PROGRESS, "AWAITING REVIEW"):
        raise bad_request(f"A return cannot be requested for a {sub.status} submission.")
    request_return(state, sub, reasons)
    return json_response(
        200,
        {
            "id": sub.id,
            "status": sub.status,
            "participant": sub.participant_id,
            "return_requested": iso(sub.return_requested) if sub.return_requested else None,
        },
    )


def bulk_approve_submissions(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    submission_ids = fields.text_list("submission_ids")
    targets: list[Submission] = []
    if submission_ids is not None:
        if not submission_ids:
            raise field_error("submission_ids", "This list may not be empty.")
        missing = [i for i in submission_ids if i not in state.submissions]
        if missing:
            raise SandboxError(
                400, {"submission_ids": [f"Submission {i!r} does not exist." for i in missing]}
            )
        targets = [state.submissions[i] for i in submission_ids]
    else:
        study_id = fields.text("study_id")
        participant_ids = fields.text_list("participant_ids")
        if study_id is None or not participant_ids:
            raise bad_request("Provide submission_ids, or study_id together with participant_ids.")
        study = _lookup.in_body(state.studies, study_id, "study_id", "Study")
        index = state.study_index(study.id)
        missing = [p for p in participant_ids if not index.of_participant(p)]
        if missing:
            raise SandboxError(
                400,
                {
                    "participant_ids": [
                        f"Participant {p!r} has no submission in this study." for p in missing
                    ]
                },
            )
        # A participant with several submissions here: the latest, as a list of them would.
        targets = [max(index.of_participant(p), key=list_order) for p in participant_ids]
    ids = [s.id for s in targets]

    def approve_all() -> None:
        for sub_id in ids:
            sub = state.submissions.get(sub_id)
            if sub is not None and sub.status == "AWAITING REVIEW":
                set_submission_status(state, sub, "APPROVED")

    delay = state.settings.bulk_approve_delay
    if delay > 0:
        state.schedule(delay, approve_all)
    else:
        approve_all()
    return json_response(200, "The request to bulk approve has been made successfully.")
