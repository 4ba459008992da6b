"""``client.submissions``: one participant's attempt at a study, and its review."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from prolific_api.models.return_requested import ReturnRequested
from prolific_api.models.submission import Submission
from prolific_api.models.submission_list_item import SubmissionListItem

from .._base_client import AsyncResource, PageQuery, Request, SyncResource, no_content
from .._flow import Flow, run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, id_list
from .._validation import check_id, check_rejection
from ..errors import InvalidRequestError
from ..types import ApprovalReport

__all__ = ["AsyncSubmissions", "Submissions"]

_ROOT = "/api/v1/submissions/"


def _list(study: str | None) -> PageQuery[SubmissionListItem]:
    if study is None:
        # Unscoped, this scans the whole account; Prolific asked integrators not to.
        raise InvalidRequestError(
            "submissions.list needs study=<study ID>; listing every submission of the account "
            "is refused (Prolific asks integrations not to scan it)",
            field="study",
        )
    check_id("study", study)
    return PageQuery(_ROOT, item=SubmissionListItem.from_dict, params={"study": study})


def get_request(submission_id: str) -> Request[Submission]:
    check_id("submission_id", submission_id)
    return Request("GET", f"{_ROOT}{submission_id}/", parse=Submission.from_dict)


def transition(submission_id: str, body: dict[str, Any]) -> Request[Submission]:
    """A submission transition (APPROVE, REJECT, COMPLETE); safe to retry, since Prolific
    ignores a repeated identical transition."""
    check_id("submission_id", submission_id)
    path = f"{_ROOT}{submission_id}/transition/"
    return Request("POST", path, json=body, parse=Submission.from_dict)


def _reject(submission_id: str, message: str, rejection_category: str) -> Request[Submission]:
    message, category = check_rejection(message, rejection_category)
    body = {"action": "REJECT", "message": message, "rejection_category": category}
    return transition(submission_id, body)


def _complete(submission_id: str, fields: Any) -> Request[Submission]:
    return transition(submission_id, {"action": "COMPLETE", **build_body(None, fields)})


def _request_return(submission_id: str, reasons: Iterable[str]) -> Request[ReturnRequested]:
    check_id("submission_id", submission_id)
    listed = [reasons] if isinstance(reasons, str) else list(reasons)
    if not listed or not all(isinstance(r, str) and r.strip() for r in listed):
        raise InvalidRequestError(
            "request_return needs at least one reason the participant will read", field="reasons"
        )
    path = f"{_ROOT}{submission_id}/request-return/"
    body = {"request_return_reasons": listed}
    return Request("POST", path, json=body, parse=ReturnRequested.from_dict)


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
    return Request("POST", f"{_ROOT}bulk-approve/", json=body, parse=no_content)


#: How long ``approve`` waits for a just-finished submission to become approvable, in seconds.
DEFAULT_APPROVE_WAIT = 120.0
#: Prolific documents no batch limit for bulk approval; this keeps each call modest.
DEFAULT_CHUNK = 250


def _approve(submission_id: str, wait: float) -> Flow[Submission]:
    from .._workflows.approval import approve_flow

    return approve_flow(submission_id, wait)


def _approve_many(
    submission_ids: Iterable[str] | None,
    study_id: str | None,
    participant_ids: Iterable[str] | None,
    chunk_size: int,
) -> Flow[ApprovalReport]:
    from .._workflows.approval import approve_many_flow

    return approve_many_flow(submission_ids, study_id, participant_ids, chunk_size)


class Submissions(SyncResource):
    def list(self, study: str) -> SyncPager[SubmissionListItem]:
        """Every submission of `study` (a study ID), page by page. Items carry
        ``participant_id``; ``get`` returns the detail with ``participant``."""
        return self._client.paginate(_list(study))

    def get(self, submission_id: str) -> Submission:
        return self._client.request(get_request(submission_id))

    def approve(self, submission_id: str, wait: float = DEFAULT_APPROVE_WAIT) -> Submission:
        """Approve a submission (paying its reward), waiting up to `wait` seconds, with
        backoff, for a just-finished one to reach ``AWAITING REVIEW``.

        Already approved: returns it without a transition. ``RETURNED``, ``TIMED-OUT``,
        ``REJECTED`` or ``SCREENED OUT``: raises ``SubmissionNotApprovableError`` at once.
        Still not approvable after `wait`: raises ``WaitTimeoutError`` with the last status.
        """
        return run_sync(self._client, _approve(submission_id, wait))

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

    def reject(self, submission_id: str, message: str, rejection_category: str) -> Submission:
        """Reject with a message of at least 100 characters and one of the 12 categories."""
        return self._client.request(_reject(submission_id, message, rejection_category))

    def complete(self, submission_id: str, **fields: Any) -> Submission:
        """Mark a submission complete (e.g. ``completion_code="C1A2B3"``)."""
        return self._client.request(_complete(submission_id, fields))

    def request_return(self, submission_id: str, reasons: Iterable[str]) -> ReturnRequested:
        """Ask the participant to return the submission, giving them the reasons."""
        return self._client.request(_request_return(submission_id, reasons))

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
    def list(self, study: str) -> AsyncPager[SubmissionListItem]:
        """Every submission of `study` (a study ID), page by page."""
        return self._client.paginate(_list(study))

    async def get(self, submission_id: str) -> Submission:
        return await self._client.request(get_request(submission_id))

    async def approve(self, submission_id: str, wait: float = DEFAULT_APPROVE_WAIT) -> Submission:
        """See ``Submissions.approve``."""
        return await run_async(self._client, _approve(submission_id, wait))

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

    async def reject(self, submission_id: str, message: str, rejection_category: str) -> Submission:
        return await self._client.request(_reject(submission_id, message, rejection_category))

    async def complete(self, submission_id: str, **fields: Any) -> Submission:
        return await self._client.request(_complete(submission_id, fields))

    async def request_return(self, submission_id: str, reasons: Iterable[str]) -> ReturnRequested:
        return await self._client.request(_request_return(submission_id, reasons))

    async def bulk_approve(
        self,
        submission_ids: Iterable[str] | None = None,
        *,
        study_id: str | None = None,
        participant_ids: Iterable[str] | None = None,
    ) -> None:
        request = bulk_approve_request(submission_ids, study_id, participant_ids)
        return await self._client.request(request)
