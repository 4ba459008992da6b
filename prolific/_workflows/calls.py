"""Checked requests that more than one workflow (and their namespaces) send.

Each is built from the operation's generated descriptor; what is added here is only the check
of its arguments, so a workflow and a namespace method refuse the same bad input the same way.
"""

from __future__ import annotations

from prolific_api import operations as ops
from prolific_api.models.bonus_batch import BonusBatch
from prolific_api.models.submission import Submission
from prolific_api.models.submission_list_item import SubmissionListItem

from .._payload import csv_bonuses
from .._request import PageQuery, Request, build
from .._validation import check_id

__all__ = [
    "create_batch_request",
    "csv_bonuses",
    "get_submission",
    "pay_batch_request",
    "study_submissions",
]


def get_submission(submission_id: str) -> Request[Submission]:
    return build(ops.get_submission, submission_id=check_id("submission_id", submission_id))


def study_submissions(study_id: str) -> PageQuery[SubmissionListItem]:
    """Every submission of one study (the only scope Prolific wants lists read in)."""
    return build(ops.list_submissions, query={"study": check_id("study", study_id)})


def create_batch_request(study_id: str, csv: str) -> Request[BonusBatch]:
    body = {"study_id": check_id("study_id", study_id), "csv_bonuses": csv}
    return build(ops.create_bonus_payments, json=body)


def pay_batch_request(batch_id: str) -> Request[None]:
    return build(ops.pay_bonus_payments, batch_id=check_id("batch_id", batch_id))
