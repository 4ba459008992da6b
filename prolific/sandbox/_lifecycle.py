"""Status rules shared by the handlers and the participant simulation.

Every status change goes through :func:`set_study_status` or :func:`set_submission_status`, so
each one is recorded, queues its webhook event, and lets the study's own status follow its
submissions (full and all in -> ``AWAITING REVIEW``; all reviewed -> ``COMPLETED``; a place freed
in a full study -> ``ACTIVE`` again).
"""

from __future__ import annotations

import hashlib
from typing import Any

from ._errors import SandboxError
from ._pricing import study_cost
from ._state import (
    FINAL,
    IN_PROGRESS,
    HookEvent,
    LedgerEntry,
    LedgerKind,
    Message,
    SandboxState,
    Study,
    Submission,
)

STUDY_EVENT = "study.status.change"
SUBMISSION_EVENT = "submission.status.change"
EVENT_TYPES = {
    STUDY_EVENT: "A study changed status (for example ACTIVE to AWAITING REVIEW).",
    SUBMISSION_EVENT: "A submission changed status (for example ACTIVE to AWAITING REVIEW).",
}


# -- events -------------------------------------------------------------------------------------


def emit(state: SandboxState, workspace_id: str, event_type: str, payload: dict[str, Any]) -> None:
    """Queue ``payload`` for every confirmed, enabled subscription to ``event_type``."""
    now = state.now()
    for sub in state.subscriptions.values():
        if not (sub.confirmed and sub.is_enabled):
            continue
        if sub.event_type != event_type or sub.workspace_id != workspace_id:
            continue
        event = HookEvent(
            id=state.new_id(),
            subscription_id=sub.id,
            event_type=event_type,
            resource_id=str(payload["resource_id"]),
            target_url=sub.target_url,
            payload=dict(payload),
            created=now,
            updated=now,
        )
        state.hook_events[event.id] = event
        state.outbox.append(event)


# -- money --------------------------------------------------------------------------------------


def insufficient_funds(
    state: SandboxState, workspace_id: str, needed: int, what: str
) -> SandboxError:
    available = state.balance(workspace_id)
    currency = state.currency_of(workspace_id)
    return SandboxError(
        400,
        f"Your workspace does not have enough funds to {what}. "
        f"Please top up your workspace balance.",
        additional_information=(
            f"Cost: {needed} ({currency} minor units, fees and VAT included); "
            f"available balance: {available}."
        ),
    )


def ensure_funds(state: SandboxState, workspace_id: str, needed: int, what: str) -> None:
    """Refuse (400) when the workspace cannot pay ``needed`` minor units."""
    if needed > state.balance(workspace_id):
        raise insufficient_funds(state, workspace_id, needed, what)


def fund_places(state: SandboxState, study: Study, target_places: int, what: str) -> None:
    """Debit or refund so the workspace holds the cost of exactly ``target_places`` places.

    Checks the balance before changing anything.
    """
    diff = target_places - study.funded_places
    if diff == 0:
        return
    charge = study_cost(study.reward, abs(diff))
    if diff > 0:
        ensure_funds(state, study.workspace_id, charge.total, what)
    kind: LedgerKind = "study_debit" if diff > 0 else "study_refund"
    state.ledger.add(
        LedgerEntry(
            kind,
            study.workspace_id,
            charge.amount,
            state.now(),
            fees=charge.fees,
            vat=charge.vat,
            study_id=study.id,
            note=f"{abs(diff)} place(s) at {study.reward}",
        )
    )
    study.funded_places = target_places


# -- statuses -----------------------------------------------------------------------------------


def set_study_status(state: SandboxState, study: Study, status: str) -> None:
    if study.status == status:
        return
    study.status = status
    emit(
        state,
        study.workspace_id,
        STUDY_EVENT,
        {"resource_id": study.id, "event_type": STUDY_EVENT, "metadata": {}, "status": status},
    )
    if status == "ACTIVE" and state.settings.autopilot and state.on_study_active is not None:
        state.on_study_active(study)


def set_submission_status(state: SandboxState, submission: Submission, status: str) -> None:
    if submission.status == status:
        return
    now = state.now()
    submission.status = status
    submission.history.append((now, status))
    if status in FINAL or status == "AWAITING REVIEW":
        submission.completed_at = submission.completed_at or now
    study = state.studies[submission.study_id]
    emit(
        state,
        study.workspace_id,
        SUBMISSION_EVENT,
        {
            "resource_id": submission.id,
            "event_type": SUBMISSION_EVENT,
            "participant_id": submission.participant_id,
            "status": status,
        },
    )
    refresh_study(state, study)


def refresh_study(state: SandboxState, study: Study) -> None:
    """Let the study's status follow its submissions (see the module docstring)."""
    if study.status not in ("ACTIVE", "AWAITING REVIEW", "COMPLETED"):
        return
    index = state.study_index(study.id)  # counts kept on write: O(1), not a scan
    in_progress = index.count(*IN_PROGRESS) > 0
    unreviewed = index.count("AWAITING REVIEW") > 0
    full = state.places_taken(study) >= study.total_available_places
    closed = full or study.stopped
    if study.status == "ACTIVE":
        if closed and not in_progress:
            set_study_status(state, study, "AWAITING REVIEW" if unreviewed else "COMPLETED")
    elif study.status == "AWAITING REVIEW":
        if not closed:
            set_study_status(state, study, "ACTIVE")
        elif not in_progress and not unreviewed:
            set_study_status(state, study, "COMPLETED")


def close_study_after_stop(state: SandboxState, study: Study) -> None:
    """STOP: no new participants; the study waits for its submissions, then completes."""
    study.stopped = True
    pending = state.study_index(study.id).count(*IN_PROGRESS, "AWAITING REVIEW") > 0
    set_study_status(state, study, "AWAITING REVIEW" if pending else "COMPLETED")


def record_message(
    state: SandboxState,
    recipient_id: str,
    body: str,
    *,
    study_id: str | None,
    reason: str,
    sender_id: str | None = None,
) -> None:
    """Keep a copy of a message the sandbox (or the researcher) sent."""
    sender = sender_id or state.user.id
    state.messages.append(
        Message(
            id=state.new_id(),
            sender_id=sender,
            recipient_id=recipient_id,
            body=body,
            sent_at=state.now(),
            channel_id=channel_id(sender, recipient_id),
            study_id=study_id,
            reason=reason,
            read=sender == state.user.id,
        )
    )


def channel_id(a: str, b: str) -> str:
    """One conversation per pair of users, whichever way the message goes."""
    low, high = sorted((a, b))
    return hashlib.sha256(f"{low}:{high}".encode()).hexdigest()


def request_return(state: SandboxState, submission: Submission, reasons: list[str]) -> None:
    """Mark a return request, message the participant and let them honour it later."""
    if submission.return_requested is None:
        submission.return_requested = state.now()
        record_message(
            state,
            submission.participant_id,
            "Please return your submission. Reasons: " + "; ".join(reasons),
            study_id=submission.study_id,
            reason="return_request",
        )
        delay = state.settings.return_request_delay
        if delay is not None:
            sub_id = submission.id

            def honour() -> None:
                sub = state.submissions.get(sub_id)
                if sub is not None and sub.status not in FINAL:
                    set_submission_status(state, sub, "RETURNED")

            state.schedule(delay, honour)


def apply_completion_code(
    state: SandboxState, submission: Submission, code: dict[str, Any]
) -> None:
    """The participant (or researcher) finished with ``code``: run the code's actions."""
    submission.entered_code = code.get("code")
    actions = [a for a in code.get("actions", []) if isinstance(a, dict)]
    names = [a.get("action") for a in actions]
    for action in actions:
        group = state.groups.get(str(action.get("participant_group")))
        if group is None:
            continue
        if action.get("action") == "ADD_TO_PARTICIPANT_GROUP":
            group.members.setdefault(submission.participant_id, state.now())
        elif action.get("action") == "REMOVE_FROM_PARTICIPANT_GROUP":
            group.members.pop(submission.participant_id, None)
    set_submission_status(state, submission, "AWAITING REVIEW")
    if "AUTOMATICALLY_APPROVE" in names or "DYNAMIC_PAYMENT" in names:
        set_submission_status(state, submission, "APPROVED")
    for action in actions:
        if action.get("action") == "REQUEST_RETURN":
            request_return(state, submission, [str(action.get("return_reason", ""))])
