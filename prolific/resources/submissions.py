"""``client.submissions``: one participant's attempt at a study, and its review."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, Literal, TypedDict, Unpack, get_args

from prolific_api import operations as ops
from prolific_api.models.completion_code_data import CompletionCodeData
from prolific_api.models.rejection_category import RejectionCategory
from prolific_api.models.return_requested import ReturnRequested
from prolific_api.models.submission import Submission
from prolific_api.models.submission_list_item import SubmissionListItem
from prolific_api.models.upload_url import UploadUrl
from prolific_api.params import (
    CompletionCodeDataParams,
    RejectionCategoryLiteral,
    SubmissionListStatusLiteral,
    SubmissionOrderingLiteral,
)

from .._base_client import AsyncResource, SyncResource
from .._flow import Flow, run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body
from .._request import PageQuery, Request, build
from .._validation import check_choice, check_flag, check_id, check_rejection
from .._workflows.approval import approve_flow, approve_many_flow, bulk_approve_request
from .._workflows.calls import get_submission, study_submissions
from ..errors import InvalidRequestError
from ..types import ApprovalReport

__all__ = ["AsyncSubmissions", "Submissions"]


class _CompleteFields(TypedDict, total=False):
    """The fields of ``SubmissionTransitionParams`` that a completion uses (``complete`` sets
    ``action`` itself, which the spec's schema requires)."""

    completion_code: str
    completion_code_data: CompletionCodeData | CompletionCodeDataParams


#: A move of a submission that takes nothing but the action (see ``Submissions.return_``).
_SimpleAction = Literal["RETURN", "START", "UNREJECT", "UNRETURN"]


def _day(name: str, value: date | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise InvalidRequestError(f"{name} must be a datetime.date", field=name)
    return f"{value:%d/%m/%Y}"  # the spelling Prolific reads


#: The yes/no status filters of ``list``, by their keyword names (which are the query's).
_FLAGS = frozenset(
    (
        "completed",
        "returned",
        "awaiting_review",
        "approved",
        "active",
        "timeout",
        "rejected",
        "screened_out",
        "completeoractive",
    )
)


def _list(
    study: str | None,
    status: SubmissionListStatusLiteral | None = None,
    ordering: SubmissionOrderingLiteral | None = None,
    submitted_from: date | None = None,
    submitted_before: date | None = None,
    flags: Mapping[str, bool | None] | None = None,
) -> PageQuery[SubmissionListItem]:
    if study is None:
        # Unscoped, this scans the whole account; Prolific asked integrators not to.
        raise InvalidRequestError(
            "submissions.list needs study=<study ID>; listing every submission of the account "
            "is refused (Prolific asks integrations not to scan it)",
            field="study",
        )
    query = study_submissions(study)
    extra = {
        "status": None
        if status is None
        else check_choice("status", status, get_args(SubmissionListStatusLiteral)),
        "ordering": None
        if ordering is None
        else check_choice("ordering", ordering, get_args(SubmissionOrderingLiteral)),
        "submitted_from": _day("submitted_from", submitted_from),
        "submitted_before": _day("submitted_before", submitted_before),
        **{name: check_flag(name, value) for name, value in (flags or {}).items()},
    }
    extra = {k: v for k, v in extra.items() if v is not None}
    if not extra:
        return query
    return build(ops.list_submissions, query={**(query.params or {}), **extra})


def _act(submission_id: str, action: _SimpleAction) -> Request[Submission]:
    return transition(submission_id, {"action": action})


def _screen_out(submission_id: str, completion_code: str) -> Request[Submission]:
    if not isinstance(completion_code, str) or not completion_code.strip():
        raise InvalidRequestError(
            "screen_out needs the completion_code of the study's FIXED_SCREEN_OUT_PAYMENT code",
            field="completion_code",
        )
    body = {"action": "SCREEN_OUT", "completion_code": completion_code}
    return transition(submission_id, body)


def _upload_url(filename: str, workspace_id: str) -> Request[UploadUrl]:
    if not isinstance(filename, str) or not filename.strip() or "/" in filename:
        raise InvalidRequestError(
            "filename must be a plain file name such as feedback.csv", field="filename"
        )
    query = {"workspace_id": check_id("workspace_id", workspace_id)}
    return build(ops.get_feedback_upload_url, filename=filename, query=query)


def get_request(submission_id: str) -> Request[Submission]:
    return get_submission(submission_id)


def transition(submission_id: str, body: Mapping[str, Any]) -> Request[Submission]:
    """A submission transition (APPROVE, REJECT, COMPLETE); safe to retry, since Prolific
    ignores a repeated identical transition."""
    submission_id = check_id("submission_id", submission_id)
    return build(ops.transition_submission, submission_id=submission_id, json=dict(body))


def _reject(
    submission_id: str,
    message: str,
    rejection_category: RejectionCategoryLiteral | RejectionCategory,
) -> Request[Submission]:
    message, category = check_rejection(message, rejection_category)
    body = {"action": "REJECT", "message": message, "rejection_category": category}
    return transition(submission_id, body)


def _complete(
    submission_id: str, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> Request[Submission]:
    body = build_body(None, fields, op=ops.transition_submission, extra_body=extra_body)
    return transition(submission_id, {"action": "COMPLETE", **body})


def _request_return(submission_id: str, reasons: Iterable[str]) -> Request[ReturnRequested]:
    submission_id = check_id("submission_id", submission_id)
    listed = [reasons] if isinstance(reasons, str) else list(reasons)
    if not listed or not all(isinstance(r, str) and r.strip() for r in listed):
        raise InvalidRequestError(
            "request_return needs at least one reason the participant will read", field="reasons"
        )
    body = {"request_return_reasons": listed}
    return build(ops.request_submission_return, submission_id=submission_id, json=body)


#: How long ``approve`` waits for a just-finished submission to become approvable, in seconds.
DEFAULT_APPROVE_WAIT = 120.0
#: Prolific documents no batch limit for bulk approval; this keeps each call modest.
DEFAULT_CHUNK = 250


def _approve_many(
    submission_ids: Iterable[str] | None,
    study_id: str | None,
    participant_ids: Iterable[str] | None,
    chunk_size: int,
) -> Flow[ApprovalReport]:
    return approve_many_flow(submission_ids, study_id, participant_ids, chunk_size)


class Submissions(SyncResource):
    def list(
        self,
        study: str,
        *,
        status: SubmissionListStatusLiteral | None = None,
        ordering: SubmissionOrderingLiteral | None = None,
        submitted_from: date | None = None,
        submitted_before: date | None = None,
        completed: bool | None = None,
        returned: bool | None = None,
        awaiting_review: bool | None = None,
        approved: bool | None = None,
        active: bool | None = None,
        timeout: bool | None = None,
        rejected: bool | None = None,
        screened_out: bool | None = None,
        completeoractive: bool | None = None,
    ) -> SyncPager[SubmissionListItem]:
        """Every submission of `study` (required), page by page. Items carry
        ``participant_id``; ``get`` returns the detail with ``participant``.

        Narrow it with ``status`` (spelled ``"AWAITING_REVIEW"``, with underscores), the days
        the submissions were completed (``submitted_from`` inclusive, ``submitted_before``
        exclusive, as ``datetime.date``), and sort it with ``ordering`` (``"-started_at"``).

        The yes/no filters keep (``True``) or leave out (``False``) the submissions in some
        statuses; ``None`` (the default) does not filter:

        * ``completed``: finished, whatever the outcome (awaiting review, approved, rejected,
          returned, timed out, screened out, partially approved);
        * ``active``: still in progress (reserved or active);
        * ``completeoractive``: either of the two above;
        * ``awaiting_review``, ``approved``, ``rejected``, ``returned``, ``timeout`` (timed
          out), ``screened_out``: that one status.

        Every filter given must hold (they combine with AND, ``status`` included):
        ``status="APPROVED", returned=True`` lists nothing. A value that is not a bool raises
        ``InvalidRequestError`` before anything is sent.
        """
        flags = {name: value for name, value in locals().items() if name in _FLAGS}
        query = _list(study, status, ordering, submitted_from, submitted_before, flags)
        return self._client.paginate(query)

    def get(self, submission_id: str) -> Submission:
        return self._client.request(get_request(submission_id))

    def approve(self, submission_id: str, wait: float = DEFAULT_APPROVE_WAIT) -> Submission:
        """Approve a submission (paying its reward), waiting up to `wait` seconds, with
        backoff, for a just-finished one to reach ``AWAITING REVIEW``.

        Sends the approval first: a submission awaiting review takes that one request, and
        so does an already approved one (transitions are idempotent; it is returned). Only
        when Prolific refuses does it read the status: ``RETURNED``, ``TIMED-OUT``,
        ``REJECTED`` or ``SCREENED OUT`` raise ``SubmissionNotApprovableError`` at once; not
        yet submitted, it polls the status and approves once it awaits review. Still not
        approvable after `wait`: raises ``WaitTimeoutError`` with the last status.
        """
        return run_sync(self._client, approve_flow(submission_id, wait))

    def approve_many(
        self,
        submission_ids: Iterable[str] | None = None,
        *,
        study_id: str | None = None,
        participant_ids: Iterable[str] | None = None,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> ApprovalReport:
        """Bulk approve in chunks sent one after another; report approved, skipped and failed
        IDs. Give submission IDs, or a study and its participants' IDs.

        Statuses are read first (one list of each study's submissions), so an ID already
        ``APPROVED``, or repeated in the input, is reported as skipped rather than approved.
        """
        flow = _approve_many(submission_ids, study_id, participant_ids, chunk_size)
        return run_sync(self._client, flow)

    def reject(
        self,
        submission_id: str,
        message: str,
        rejection_category: RejectionCategoryLiteral | RejectionCategory,
    ) -> Submission:
        """Reject with a message of at least 100 characters and one of the 12 categories
        (``"FAILED_CHECK"``, ...; another value raises ``InvalidRequestError`` listing them)."""
        return self._client.request(_reject(submission_id, message, rejection_category))

    def complete(
        self,
        submission_id: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[_CompleteFields],
    ) -> Submission:
        """Mark a submission complete (e.g. ``completion_code="C1A2B3"``)."""
        return self._client.request(_complete(submission_id, fields, extra_body))

    def request_return(self, submission_id: str, reasons: Iterable[str]) -> ReturnRequested:
        """Ask the participant to return the submission, giving them the reasons."""
        return self._client.request(_request_return(submission_id, reasons))

    def return_(self, submission_id: str) -> Submission:
        """Mark the submission ``RETURNED`` (the participant gave up; their place frees up).
        Named with a trailing underscore because ``return`` is a Python keyword."""
        return self._client.request(_act(submission_id, "RETURN"))

    def start(self, submission_id: str) -> Submission:
        """Move a ``RESERVED`` submission to ``ACTIVE``."""
        return self._client.request(_act(submission_id, "START"))

    def screen_out(self, submission_id: str, completion_code: str) -> Submission:
        """Screen the participant out with the study's ``FIXED_SCREEN_OUT_PAYMENT`` code: they
        are paid that code's fixed reward and their place goes to someone new. To screen out
        many at once on a custom-screening study, see ``studies.screen_out``."""
        return self._client.request(_screen_out(submission_id, completion_code))

    def unreject(self, submission_id: str) -> Submission:
        """Take a rejection back: the submission is ``AWAITING REVIEW`` again."""
        return self._client.request(_act(submission_id, "UNREJECT"))

    def unreturn(self, submission_id: str) -> Submission:
        """Take a return back: the submission is ``AWAITING REVIEW`` again (it needs a place)."""
        return self._client.request(_act(submission_id, "UNRETURN"))

    def feedback_upload_url(self, filename: str, *, workspace_id: str) -> UploadUrl:
        """Where to ``PUT`` a feedback file about your submissions (csv, xls, xlsx, json, txt
        or pdf, up to 5 GB) before ``expires_at``. The URL is signed: keep it out of logs."""
        return self._client.request(_upload_url(filename, workspace_id))

    def bulk_approve(
        self,
        submission_ids: Iterable[str] | None = None,
        *,
        study_id: str | None = None,
        participant_ids: Iterable[str] | None = None,
    ) -> None:
        """Approve many at once. Prolific applies it asynchronously: success means accepted."""
        return self._client.request(bulk_approve_request(submission_ids, study_id, participant_ids))


class AsyncSubmissions(AsyncResource):
    def list(
        self,
        study: str,
        *,
        status: SubmissionListStatusLiteral | None = None,
        ordering: SubmissionOrderingLiteral | None = None,
        submitted_from: date | None = None,
        submitted_before: date | None = None,
        completed: bool | None = None,
        returned: bool | None = None,
        awaiting_review: bool | None = None,
        approved: bool | None = None,
        active: bool | None = None,
        timeout: bool | None = None,
        rejected: bool | None = None,
        screened_out: bool | None = None,
        completeoractive: bool | None = None,
    ) -> AsyncPager[SubmissionListItem]:
        """See ``Submissions.list``."""
        flags = {name: value for name, value in locals().items() if name in _FLAGS}
        query = _list(study, status, ordering, submitted_from, submitted_before, flags)
        return self._client.paginate(query)

    async def get(self, submission_id: str) -> Submission:
        return await self._client.request(get_request(submission_id))

    async def approve(self, submission_id: str, wait: float = DEFAULT_APPROVE_WAIT) -> Submission:
        """See ``Submissions.approve``."""
        return await run_async(self._client, approve_flow(submission_id, wait))

    async def approve_many(
        self,
        submission_ids: Iterable[str] | None = None,
        *,
        study_id: str | None = None,
        participant_ids: Iterable[str] | None = None,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> ApprovalReport:
        """Bulk approve in chunks; already approved or repeated IDs are reported as skipped.
        The coroutine twin of ``Submissions.approve_many``."""
        flow = _approve_many(submission_ids, study_id, participant_ids, chunk_size)
        return await run_async(self._client, flow)

    async def reject(
        self,
        submission_id: str,
        message: str,
        rejection_category: RejectionCategoryLiteral | RejectionCategory,
    ) -> Submission:
        return await self._client.request(_reject(submission_id, message, rejection_category))

    async def complete(
        self,
        submission_id: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[_CompleteFields],
    ) -> Submission:
        return await self._client.request(_complete(submission_id, fields, extra_body))

    async def request_return(self, submission_id: str, reasons: Iterable[str]) -> ReturnRequested:
        return await self._client.request(_request_return(submission_id, reasons))

    async def return_(self, submission_id: str) -> Submission:
        """See ``Submissions.return_``."""
        return await self._client.request(_act(submission_id, "RETURN"))

    async def start(self, submission_id: str) -> Submission:
        return await self._client.request(_act(submission_id, "START"))

    async def screen_out(self, submission_id: str, completion_code: str) -> Submission:
        """See ``Submissions.screen_out``."""
        return await self._client.request(_screen_out(submission_id, completion_code))

    async def unreject(self, submission_id: str) -> Submission:
        return await self._client.request(_act(submission_id, "UNREJECT"))

    async def unreturn(self, submission_id: str) -> Submission:
        return await self._client.request(_act(submission_id, "UNRETURN"))

    async def feedback_upload_url(self, filename: str, *, workspace_id: str) -> UploadUrl:
        """See ``Submissions.feedback_upload_url``."""
        return await self._client.request(_upload_url(filename, workspace_id))

    async def bulk_approve(
        self,
        submission_ids: Iterable[str] | None = None,
        *,
        study_id: str | None = None,
        participant_ids: Iterable[str] | None = None,
    ) -> None:
        request = bulk_approve_request(submission_ids, study_id, participant_ids)
        return await self._client.request(request)
