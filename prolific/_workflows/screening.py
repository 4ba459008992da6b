"""``studies.screen_out``: screen participants out of a custom-screening study, exactly once.

Screening out pays each submission ``bonus_per_submission`` and messages the participant, so it
is as careful as ``bonuses.pay``: the intent is recorded in the bonus ledger before the call,
submissions already ``SCREENED OUT`` are skipped (and reported), and a call whose outcome is
unknown is never sent again blindly: the submissions' statuses are checked (for a while, since
Prolific may apply it asynchronously) and what cannot be confirmed is reported as in doubt.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from decimal import Decimal

from prolific_api import operations as ops
from prolific_api.models.screen_out_payment import ScreenOutPayment
from prolific_api.models.submission_list_item import SubmissionListItem

from .._constants import LOGGER_NAME
from .._flow import Collect, Flow, Now, Sleep
from .._ledger import BonusLedger, KeyConflict, PaymentState
from .._payload import id_list, jsonable
from .._request import Request, build
from .._validation import check_id, check_major_amount
from ..errors import (
    APIConnectionError,
    APIError,
    InvalidRequestError,
    LedgerConflictError,
    PaymentInDoubtError,
    ServerError,
)
from ..types import ScreenOutReport
from .bonus import FIRST_CHECK_DELAY, MAX_CHECK_DELAY, SETTLE_TIMEOUT
from .calls import study_submissions

__all__ = ["screen_out_cost_request", "screen_out_flow"]

logger = logging.getLogger(LOGGER_NAME)

SCREENED_OUT = "SCREENED OUT"


def screen_out_cost_request(
    study_id: str, submission_ids: Iterable[str]
) -> Request[ScreenOutPayment]:
    body = {"submission_ids": id_list("submission_ids", submission_ids)}
    study_id = check_id("study_id", study_id)
    return build(ops.calculate_screen_out_payment, study_id=study_id, json=body)


def _statuses(study_id: str) -> Collect[SubmissionListItem]:
    return Collect(study_submissions(study_id))


def default_key(study_id: str, ids: list[str], bonus: Decimal, increase_places: bool) -> str:
    text = f"{study_id}|{','.join(sorted(ids))}|{bonus}|{increase_places}"
    return "screen-out:" + hashlib.sha256(text.encode()).hexdigest()[:16]


def screen_out_flow(
    ledger: BonusLedger,
    study_id: str,
    submission_ids: Iterable[str],
    bonus_per_submission: Decimal,
    increase_places: bool,
    key: str | None,
    settle_timeout: float = SETTLE_TIMEOUT,
) -> Flow[ScreenOutReport]:
    check_id("study_id", study_id)
    ids = list(dict.fromkeys(id_list("submission_ids", submission_ids)))
    bonus = check_major_amount("bonus_per_submission", bonus_per_submission)
    if not isinstance(increase_places, bool):
        raise InvalidRequestError("increase_places must be True or False", field="increase_places")
    key = key or default_key(study_id, ids, bonus, increase_places)
    minor = int((bonus * 100).to_integral_value())
    try:
        entry = ledger.begin(key, study_id, dict.fromkeys(ids, minor))
    except KeyConflict:
        raise LedgerConflictError(key) from None
    resumed = entry.state is not PaymentState.PENDING

    listed: list[SubmissionListItem] = yield _statuses(study_id)
    status = {item.id: str(item.status) for item in listed}
    strangers = [i for i in ids if i not in status]
    if strangers:
        raise InvalidRequestError(
            f"submission(s) {', '.join(strangers[:5])} are not in study {study_id}",
            field="submission_ids",
        )
    skipped = [i for i in ids if status[i] == SCREENED_OUT]
    pending = [i for i in ids if status[i] != SCREENED_OUT]

    def report(screened: list[str], skip: list[str]) -> ScreenOutReport:
        return ScreenOutReport(key, study_id, screened, skip, bonus, resumed=resumed)

    if entry.state is PaymentState.PAID:
        return report([], ids)
    if entry.state is PaymentState.PAYING:
        # An earlier call sent this and its outcome was lost: confirm, never resend.
        unconfirmed = yield from _settle(study_id, pending, settle_timeout)
        if unconfirmed:
            raise PaymentInDoubtError(key, "", unconfirmed, str(ledger.path))
        ledger.set_state(key, PaymentState.PAID)
        # Resumed after a lost answer: which were skipped back then is not recorded.
        return report(ids, [])
    if not pending:
        ledger.set_state(key, PaymentState.PAID)
        return report([], skipped)

    body = jsonable(
        {
            "submission_ids": pending,
            "bonus_per_submission": bonus,
            "increase_places": increase_places,
        }
    )
    ledger.set_state(key, PaymentState.PAYING)
    try:
        yield build(ops.screen_out_submissions, study_id=study_id, json=body)
    except (APIConnectionError, ServerError):
        unconfirmed = yield from _settle(study_id, pending, settle_timeout)
        if unconfirmed:
            raise PaymentInDoubtError(key, "", unconfirmed, str(ledger.path)) from None
    except APIError:
        ledger.set_state(key, PaymentState.PENDING)  # refused: nothing was paid
        raise
    ledger.set_state(key, PaymentState.PAID)
    return report(pending, skipped)


def _settle(study_id: str, pending: list[str], settle_timeout: float) -> Flow[list[str]]:
    """Wait for `pending` to show as screened out; return those that do not in time."""
    started: float = yield Now()
    delay = FIRST_CHECK_DELAY
    while True:
        listed: list[SubmissionListItem] = yield _statuses(study_id)
        done = {item.id for item in listed if str(item.status) == SCREENED_OUT}
        pending = [i for i in pending if i not in done]
        now: float = yield Now()
        if not pending or now - started >= settle_timeout:
            return pending
        pause = min(delay, settle_timeout - (now - started))
        logger.info(
            "Screen-out: %d submission(s) not yet screened out; checking again", len(pending)
        )
        yield Sleep(pause)
        delay = min(delay * 2, MAX_CHECK_DELAY)
