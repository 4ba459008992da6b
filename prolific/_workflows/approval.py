"""Approve-with-wait and bulk approval.

Approving right after a participant finishes races Prolific: the submission is still ``ACTIVE``
(or briefly ``PROCESSING``) and the transition fails. So approval sends the approval first (the
common case, a submission awaiting review, takes that one request; transitions are idempotent, so
an approved one is accepted again) and reads the status only when Prolific refuses it. Statuses
that can never become approvable fail at once; one not yet submitted is polled with backoff until
it reaches ``AWAITING REVIEW``, then approved.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from prolific_api import operations as ops
from prolific_api.models.submission import Submission
from prolific_api.models.submission_list_item import SubmissionListItem

from .._flow import Collect, Flow
from .._payload import id_list
from .._request import Request, build
from .._validation import check_id, check_positive_int
from ..errors import (
    APIError,
    InvalidRequestError,
    ProlificError,
    SubmissionNotApprovableError,
)
from ..types import ApprovalReport
from .calls import get_submission, study_submissions
from .polling import Backoff

__all__ = ["FINAL_STATUSES", "approve_flow", "approve_many_flow", "bulk_approve_request"]


#: Statuses from which a submission can never be approved.
FINAL_STATUSES = frozenset({"RETURNED", "TIMED-OUT", "REJECTED", "SCREENED OUT"})
APPROVED = "APPROVED"
AWAITING_REVIEW = "AWAITING REVIEW"

FIRST_POLL = 1.0
MAX_POLL = 30.0


def approve_flow(submission_id: str, wait: float) -> Flow[Submission]:
    """Approve `submission_id`, waiting up to `wait` seconds for it to become approvable."""
    check_id("submission_id", submission_id)
    if wait < 0:
        raise ValueError("wait must be zero or more seconds")
    backoff = Backoff(wait, first=FIRST_POLL, most=MAX_POLL)
    yield from backoff.start()
    refused: APIError | None = None  # a refusal of a submission that awaited review
    attempt: APIError | None = None
    # Try the approval before reading anything; after a refusal, poll the status (one request
    # per poll) and try again only once it says the submission is approvable.
    approvable = True
    while True:
        if approvable:
            try:
                approved: Submission = yield build(
                    ops.transition_submission,
                    submission_id=submission_id,
                    json={"action": "APPROVE"},
                )
                return approved
            except APIError as exc:
                if exc.status is None or exc.status >= 500 or exc.status in (401, 403, 404):
                    raise
                attempt = exc
        submission: Submission = yield build(ops.get_submission, submission_id=submission_id)
        status = str(submission.status)
        if status == APPROVED:
            return submission
        if status in FINAL_STATUSES:
            raise SubmissionNotApprovableError(submission_id, status)
        if status == AWAITING_REVIEW:
            if not approvable:  # it was submitted while we waited: approve now
                approvable = True
                continue
            # Refused although it awaits review (the status moved under us): wait, try again.
            refused = attempt
        else:
            approvable = False
        yield from backoff.pause_or_give_up(
            f"submission {submission_id}", status, hint=_hint(refused)
        )


def _hint(refused: APIError | None) -> str:
    if refused is None:
        return "call approve again later, or raise wait="
    return f"the last approval attempt was refused: {refused.title or refused.detail}"


def bulk_approve_request(
    submission_ids: Iterable[str] | None,
    study_id: str | None,
    participant_ids: Iterable[str] | None,
) -> Request[None]:
    """Bulk approve by submission IDs, or by a study and its participants' IDs."""
    if submission_ids is not None and (study_id is not None or participant_ids is not None):
        raise InvalidRequestError(
            "give either submission_ids or study_id with participant_ids, not both",
            field="submission_ids",
        )
    body: dict[str, Any]
    if submission_ids is not None:
        body = {"submission_ids": id_list("submission_ids", submission_ids)}
    elif study_id is not None and participant_ids is not None:
        check_id("study_id", study_id)
        body = {
            "study_id": study_id,
            "participant_ids": id_list("participant_ids", participant_ids),
        }
    else:
        raise InvalidRequestError(
            "bulk_approve needs submission_ids, or study_id with participant_ids",
            field="submission_ids",
        )
    return build(ops.bulk_approve_submissions, json=body)


def approve_many_flow(
    submission_ids: Iterable[str] | None,
    study_id: str | None,
    participant_ids: Iterable[str] | None,
    chunk_size: int,
) -> Flow[ApprovalReport]:
    """Approve in chunks sent one after another (Prolific asks for no parallel bulk calls).

    Submissions already approved are reported as skipped, not approved: their statuses are
    read first, one list of the study's submissions per study involved."""
    check_positive_int("chunk_size", chunk_size)
    by_participant = submission_ids is None
    ids = list(participant_ids or []) if by_participant else list(submission_ids or [])
    unique: list[str] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            skipped.append(value)
        else:
            seen.add(value)
            unique.append(value)
    if unique and (study_id is None or check_id("study_id", study_id)):
        approved = yield from _already_approved(unique, study_id, by_participant)
        skipped.extend(value for value in unique if value in approved)
        unique = [value for value in unique if value not in approved]
    # Validate every chunk before sending the first, so bad input sends nothing.
    chunks = [unique[i : i + chunk_size] for i in range(0, len(unique), chunk_size)]
    requests = [
        bulk_approve_request(None, study_id, chunk)
        if by_participant
        else bulk_approve_request(chunk, None, None)
        for chunk in chunks
    ]
    if not requests and not skipped:
        bulk_approve_request(submission_ids, study_id, participant_ids)  # explains what is missing
    report = ApprovalReport(skipped=skipped)
    for chunk, request in zip(chunks, requests, strict=False):
        try:
            yield request
        except ProlificError as exc:
            report.failed.update(dict.fromkeys(chunk, str(exc)))
        else:
            report.approved.extend(chunk)
    return report


def _already_approved(
    values: list[str], study_id: str | None, by_participant: bool
) -> Flow[set[str]]:
    """Which of `values` (submission or participant IDs) are already ``APPROVED``."""
    for value in values:
        check_id("participant_ids" if by_participant else "submission_ids", value)
    approved: set[str] = set()
    pending = set(values)
    while pending:
        if study_id is None:
            # Learn the study from one submission, then read all of that study's at once.
            probe = min(pending)
            pending.discard(probe)
            try:
                first: Submission = yield get_submission(probe)
            except ProlificError:
                continue  # the bulk call reports what is wrong with it
            study = first.study_id
            if str(first.status) == APPROVED:
                approved.add(probe)
            if not isinstance(study, str):
                continue
        else:
            study = study_id
        try:
            items: list[SubmissionListItem] = yield Collect(study_submissions(study))
        except ProlificError:
            break  # unknown statuses: let the bulk call go ahead as asked
        for item in items:
            value = str(item.participant_id) if by_participant else item.id
            if value in pending:
                pending.discard(value)
                if str(item.status) == APPROVED:
                    approved.add(value)
        if study_id is not None:
            break
    return approved
