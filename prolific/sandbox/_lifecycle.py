"""Status rules shared by the handlers and the participant simulation.

Every status change goes through :func:`set_study_status` or :func:`set_submission_status`, so
each one is recorded, queues its webhook event, and lets the study's own status follow its
submissions (full and all in -> ``AWAITING REVIEW``; all reviewed -> ``COMPLETED``; a place freed
in a full study that is still recruiting -> ``ACTIVE`` again). Rejecting, or a participant
returning, a submission of a full study AWAITING REVIEW pauses the study instead: the researcher
decides whether to START (refill the place) or STOP.

Money follows the places: a published study holds the cost of every place it may still pay a
reward for (:func:`settle_funds`); a place that can no longer be paid in full (rejected and not
refilled, screened out, partially approved) gives its cost back to the workspace.
"""

from __future__ import annotations

import hashlib
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ._errors import SandboxError
from ._pricing import Charge, charge_for, fee_rule, study_cost
from ._settings import FeeRule
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


def rule_of(state: SandboxState, workspace_id: str) -> FeeRule:
    """The fee and VAT rule of a workspace (its currency, the account type)."""
    return fee_rule(state.settings, state.currency_of(workspace_id))


def charge_in(state: SandboxState, workspace_id: str, amount: int) -> Charge:
    """What paying ``amount`` minor units costs ``workspace_id``, fees and VAT included."""
    return charge_for(amount, rule_of(state, workspace_id))


def place_charge(state: SandboxState, study: Study) -> Charge:
    """The cost of one place of ``study``."""
    return charge_in(state, study.workspace_id, study.reward)


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


def book(
    state: SandboxState,
    kind: LedgerKind,
    study: Study,
    charge: Charge,
    submission: Submission | None = None,
    *,
    note: str = "",
) -> None:
    """Record ``charge`` (minor units) in the ledger against ``study``'s workspace; ``kind``
    says which way it moved (see :attr:`LedgerEntry.effect`)."""
    state.ledger.add(
        LedgerEntry(
            kind,
            study.workspace_id,
            charge.amount,
            state.now(),
            fees=charge.fees,
            vat=charge.vat,
            study_id=study.id,
            submission_id=None if submission is None else submission.id,
            participant_id=None if submission is None else submission.participant_id,
            note=note,
        )
    )


def pay_screen_out(
    state: SandboxState,
    study: Study,
    submission: Submission,
    charge: Charge,
    message: str,
    *,
    note: str = "",
) -> None:
    """End ``submission`` SCREENED OUT and pay it ``charge`` (the caller has checked the
    balance), telling the participant ``message``."""
    set_submission_status(state, submission, "SCREENED OUT")
    book(state, "screen_out_bonus", study, charge, submission, note=note)
    submission.bonus_payments.append(charge.amount)
    record_message(
        state, submission.participant_id, message, study_id=study.id, reason="screen_out"
    )


def fund_places(state: SandboxState, study: Study, target_places: int, what: str) -> None:
    """Debit or refund so the workspace holds the cost of exactly ``target_places`` places.

    Checks the balance before changing anything.
    """
    diff = target_places - study.funded_places
    if diff == 0:
        return
    charge = study_cost(study.reward, abs(diff), rule_of(state, study.workspace_id))
    if diff > 0:
        ensure_funds(state, study.workspace_id, charge.total, what)
    kind: LedgerKind = "study_debit" if diff > 0 else "study_refund"
    book(state, kind, study, charge, note=f"{abs(diff)} place(s) at {study.reward}")
    study.funded_places = target_places


#: Settled otherwise than by the full reward: their place's cost goes back to the workspace.
SETTLED_APART = ("SCREENED OUT", "PARTIALLY APPROVED")


def is_closed(study: Study) -> bool:
    """No participant will take a place again (stopped, or completed and not reopened)."""
    return study.stopped or study.status == "COMPLETED"


def places_to_fund(state: SandboxState, study: Study) -> int:
    """Places whose full reward the workspace must still hold for ``study``.

    While the study may recruit, every place; once it is closed, only the places taken. Either
    way less the places settled apart (screened out, partially approved).
    """
    if study.status in ("UNPUBLISHED", "SCHEDULED"):
        return 0
    places = state.places_taken(study) if is_closed(study) else study.total_available_places
    apart = state.study_index(study.id).count(*SETTLED_APART)
    return max(0, places - apart)


def open_places_to_fund(state: SandboxState, study: Study, places: int) -> int:
    """What :func:`places_to_fund` will be once ``study`` recruits again with ``places``."""
    return max(0, places - state.study_index(study.id).count(*SETTLED_APART))


def settle_funds(state: SandboxState, study: Study) -> None:
    """Give back what ``study`` no longer needs (never debits: adding places does that)."""
    target = places_to_fund(state, study)
    if target < study.funded_places:
        fund_places(state, study, target, "settle this study")


def restore_funds(state: SandboxState, study: Study, what: str) -> None:
    """Pay again for places a closed study gave back and now needs (a submission taken back
    by UNREJECT or UNRETURN); 400 when the balance is short."""
    target = places_to_fund(state, study)
    if target > study.funded_places:
        fund_places(state, study, target, what)


def held_for(state: SandboxState, study: Study) -> int:
    """Money assigned to ``study`` and not yet paid out: funded places not yet approved."""
    approved = state.study_index(study.id).count("APPROVED")
    return max(0, study.funded_places - approved) * place_charge(state, study).total


# -- statuses -----------------------------------------------------------------------------------


def set_study_status(state: SandboxState, study: Study, status: str) -> None:
    if study.status == status:
        return
    study.status = status
    if status == "COMPLETED":
        settle_funds(state, study)
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
    previous = submission.status
    submission.status = status
    submission.history.append((now, status))
    if status in FINAL or status == "AWAITING REVIEW":
        submission.completed_at = submission.completed_at or now
    if status == "AWAITING REVIEW":
        _schedule_auto_approval(state, submission)
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
    if (
        previous == "AWAITING REVIEW"
        and status in ("REJECTED", "RETURNED")
        and study.status == "AWAITING REVIEW"
        and not study.stopped
    ):
        # The help centre: a full study whose reviewed submission frees a place pauses, so
        # that the researcher (not Prolific) decides whether to recruit again.
        set_study_status(state, study, "PAUSED")
    refresh_study(state, study)
    if status in SETTLED_APART or is_closed(study):
        settle_funds(state, study)


def _schedule_auto_approval(state: SandboxState, submission: Submission) -> None:
    """Approve ``submission`` when the review window closes, unless reviewed by then.

    Submissions that finish at the same moment share one job (a big study stays cheap)."""
    window = state.settings.review_window
    if window is None:
        return
    due = state.clock.now() + window
    batch = state.review_due.get(due)
    if batch is None:
        batch = state.review_due[due] = []
        state.schedule(window, lambda: _approve_unreviewed(state, due))
    batch.append((submission.id, submission.completed_at))


def _approve_unreviewed(state: SandboxState, due: float) -> None:
    for sub_id, submitted in state.review_due.pop(due, []):
        sub = state.submissions.get(sub_id)
        # Still unreviewed since that submission (not resubmitted after a reset, say).
        if sub is not None and sub.status == "AWAITING REVIEW" and sub.completed_at == submitted:
            set_submission_status(state, sub, "APPROVED")


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
    """STOP: no new participants, and the places nobody holds are paid back.

    With submissions still unreviewed the study is COMPLETED at once (the 2026 API description)
    or AWAITING REVIEW until they are (the help centre), by ``settings.stop_with_unreviewed``.
    """
    study.stopped = True
    pending = state.study_index(study.id).count(*IN_PROGRESS, "AWAITING REVIEW") > 0
    settle_funds(state, study)
    if pending and state.settings.stop_with_unreviewed == "AWAITING REVIEW":
        set_study_status(state, study, "AWAITING REVIEW")
    else:
        set_study_status(state, study, "COMPLETED")


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
    state: SandboxState,
    submission: Submission,
    code: dict[str, Any],
    *,
    percentage: Decimal | None = None,
) -> None:
    """The participant (or researcher) finished with ``code``: run the code's actions.

    A DYNAMIC_PAYMENT code given with ``percentage`` (of the reward, 8-99) pays that share and
    ends PARTIALLY APPROVED; without it the submission waits for review.
    """
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
    if "DYNAMIC_PAYMENT" in names and percentage is not None:
        pay_partially(state, submission, percentage)
    elif "AUTOMATICALLY_APPROVE" in names:
        set_submission_status(state, submission, "APPROVED")
    for action in actions:
        if action.get("action") == "REQUEST_RETURN":
            request_return(state, submission, [str(action.get("return_reason", ""))])


def pay_partially(state: SandboxState, submission: Submission, percentage: Decimal) -> None:
    """Pay ``percentage`` of the reward (fees on what is paid) and end PARTIALLY APPROVED; the
    place's full cost goes back to the workspace (see :func:`settle_funds`)."""
    study = state.studies[submission.study_id]
    share = study.reward * percentage / 100
    amount = int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    charge = charge_in(state, study.workspace_id, amount)
    book(
        state,
        "study_debit",
        study,
        charge,
        submission,
        note=f"partial payment: {percentage}% of the reward",
    )
    set_submission_status(state, submission, "PARTIALLY APPROVED")
