"""``studies.screen_out``: screen participants out of a custom-screening study, exactly once.

Screening out pays each submission ``bonus_per_submission`` and messages the participant, so it
is as careful as ``bonuses.pay``: the intent is recorded in the bonus ledger before the call,
submissions already ``SCREENED OUT`` are skipped (and reported), and a call whose outcome is
unknown is never sent again blindly: the submissions' statuses are checked (for a while, since
Prolific may apply it asynchronously) and what cannot be confirmed is reported as in doubt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from prolific_api import operations as ops
from prolific_api.models.screen_out_payment import ScreenOutPayment
from prolific_api.models.study import Study
from prolific_api.models.submission_list_item import SubmissionListItem

from .._flow import Collect, Flow
from .._ledger import BonusLedger, KeyConflict, Part, PaymentState, new_owner
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
from .claims import DEFAULT_WAIT, Account, scope_flow, take_money_lock, wait_for
from .polling import Backoff

__all__ = ["screen_out_by_code_flow", "screen_out_cost_request", "screen_out_flow"]


SCREENED_OUT = "SCREENED OUT"


def screen_out_cost_request(
    study_id: str, submission_ids: Iterable[str]
) -> Request[ScreenOutPayment]:
    body = {"submission_ids": id_list("submission_ids", submission_ids)}
    study_id = check_id("study_id", study_id)
    return build(ops.calculate_screen_out_payment, study_id=study_id, json=body)


def _statuses(study_id: str) -> Collect[SubmissionListItem]:
    return Collect(study_submissions(study_id))


def _statuses_of(study_id: str, ids: list[str]) -> Flow[dict[str, str]]:
    """The status of each submission of `study_id`; refuses `ids` naming one not in it."""
    listed: list[SubmissionListItem] = yield _statuses(study_id)
    status = {item.id: str(item.status) for item in listed}
    strangers = [i for i in ids if i not in status]
    if strangers:
        raise InvalidRequestError(
            f"submission(s) {', '.join(strangers[:5])} are not in study {study_id}",
            field="submission_ids",
        )
    return status


def default_key(study_id: str, ids: list[str], bonus: Decimal, increase_places: bool) -> str:
    text = f"{study_id}|{','.join(sorted(ids))}|{bonus}|{increase_places}"
    return "screen-out:" + hashlib.sha256(text.encode()).hexdigest()[:16]


def screen_out_flow(
    ledger: BonusLedger,
    account: Account,
    study_id: str,
    submission_ids: Iterable[str],
    bonus_per_submission: Decimal,
    increase_places: bool,
    key: str | None,
    settle_timeout: float = SETTLE_TIMEOUT,
    wait: float = DEFAULT_WAIT,
) -> Flow[ScreenOutReport]:
    check_id("study_id", study_id)
    ids = list(dict.fromkeys(id_list("submission_ids", submission_ids)))
    bonus = check_major_amount("bonus_per_submission", bonus_per_submission)
    if not isinstance(increase_places, bool):
        raise InvalidRequestError("increase_places must be True or False", field="increase_places")
    key = key or default_key(study_id, ids, bonus, increase_places)
    minor = int((bonus * 100).to_integral_value())
    scope = yield from scope_flow(account)

    status = yield from _statuses_of(study_id, ids)
    try:
        [part] = ledger.begin(
            scope,
            key,
            study_id,
            dict.fromkeys(ids, minor),
            kind="screen_out",
            submissions={i: i for i in ids},
            part_size=len(ids),
        )
    except KeyConflict:
        raise LedgerConflictError(key) from None
    resumed = part.state is not PaymentState.PENDING
    owner = new_owner()
    while True:
        claimed: Part = yield from wait_for(
            lambda: ledger.claim(scope, key, 0, owner), f"screen-out {key!r}", ledger, wait
        )
        if claimed.state is PaymentState.PAID:
            # Finished before this call: nothing left for it to screen out.
            return ScreenOutReport(key, study_id, [], ids, bonus, resumed=True)
        try:
            done = yield from _screen(
                ledger, claimed, owner, status, increase_places, bonus, settle_timeout, wait
            )
        finally:
            ledger.unclaim(claimed, owner)
        if done is not None:
            return _report(done, ids, bonus, resumed=resumed, current=status)


def _report(
    part: Part, ids: list[str], bonus: Decimal, *, resumed: bool, current: dict[str, str]
) -> ScreenOutReport:
    # The baseline says which submissions this key screened out and which it found already
    # screened out; a payment recorded without one (an older version) reports what is seen now.
    seen = part.baselines or {i: current.get(i) for i in ids}
    screened = [i for i in ids if seen.get(i) != SCREENED_OUT]
    skipped = [i for i in ids if seen.get(i) == SCREENED_OUT]
    return ScreenOutReport(part.key, part.study_id, screened, skipped, bonus, resumed=resumed)


def _screen(
    ledger: BonusLedger,
    part: Part,
    owner: str,
    status: dict[str, str],
    increase_places: bool,
    bonus: Decimal,
    settle_timeout: float,
    wait: float,
) -> Flow[Part | None]:
    """Send the screen-out at most once for `part` (claimed by `owner`); None if the claim was
    lost before sending."""
    if part.state is not PaymentState.PAYING:
        baseline = {i: status[i] for i in part.amounts}
        if not ledger.record_baseline(part, owner, baseline):
            return None
        part = ledger.part(part.scope, part.key, part.number)
        pending = [i for i in part.amounts if baseline[i] != SCREENED_OUT]
        if not pending:
            ledger.settle(part, part.state)
            return ledger.part(part.scope, part.key, part.number)
        body = jsonable(
            {
                "submission_ids": pending,
                "bonus_per_submission": bonus,
                "increase_places": increase_places,
            }
        )
        yield from take_money_lock(ledger, part.scope, owner, wait)
        try:
            if not ledger.move(part, owner, PaymentState.PAYING, from_states=[part.state]):
                return None
            try:
                yield build(ops.screen_out_submissions, study_id=part.study_id, json=body)
            except (APIConnectionError, ServerError):
                pass  # the outcome is unknown: confirm below, never resend
            except APIError:
                # Refused: nothing was paid.
                ledger.move(part, owner, PaymentState.PENDING, from_states=[PaymentState.PAYING])
                raise
            else:
                ledger.settle(part)
                return ledger.part(part.scope, part.key, part.number)
        finally:
            ledger.unlock_money(part.scope, owner)
        part = ledger.part(part.scope, part.key, part.number)

    # An earlier call (or the one above) sent it and the answer was lost: confirm from the
    # statuses, against the baseline recorded before sending.
    ledger.renew(part, owner)
    pending = [i for i in part.amounts if part.baselines.get(i, status.get(i)) != SCREENED_OUT]
    unconfirmed = yield from _settle(part.study_id, pending, settle_timeout)
    if unconfirmed:
        raise PaymentInDoubtError(part.key, "", unconfirmed, ledger.target)
    ledger.settle(part)
    return ledger.part(part.scope, part.key, part.number)


def _settle(study_id: str, pending: list[str], settle_timeout: float) -> Flow[list[str]]:
    """Wait for `pending` to show as screened out; return those that do not in time."""
    backoff = Backoff(settle_timeout, first=FIRST_CHECK_DELAY, most=MAX_CHECK_DELAY)
    yield from backoff.start()
    while True:
        listed: list[SubmissionListItem] = yield _statuses(study_id)
        done = {item.id for item in listed if str(item.status) == SCREENED_OUT}
        pending = [i for i in pending if i not in done]
        if not pending or not (
            yield from backoff.pause(
                "Screen-out: %d submission(s) not yet screened out", len(pending)
            )
        ):
            return pending


def _fixed_screen_out_reward(study: Study, code: str) -> int:
    """The screen-out payment (minor units) of `code`, which must be one of the study's codes
    with a ``FIXED_SCREEN_OUT_PAYMENT`` action."""
    codes = study.completion_codes if isinstance(study.completion_codes, list) else []
    for candidate in codes:
        if candidate.code != code:
            continue
        for action in candidate.actions:
            reward = action.fixed_screen_out_reward
            if str(action.action) == "FIXED_SCREEN_OUT_PAYMENT" and isinstance(reward, int):
                return reward
        break
    usable = [
        str(c.code)
        for c in codes
        if any(str(a.action) == "FIXED_SCREEN_OUT_PAYMENT" for a in c.actions)
    ]
    raise InvalidRequestError(
        f"completion_code {code!r} is not a screen-out code of study {study.id} (one with a "
        f"FIXED_SCREEN_OUT_PAYMENT action); "
        + (f"its screen-out codes: {', '.join(usable)}" if usable else "it has none: give "
           "bonus_per_submission to use the bulk screen-out instead"),
        field="completion_code",
    )  # fmt: skip


def screen_out_by_code_flow(
    study_id: str, submission_ids: Iterable[str], completion_code: str
) -> Flow[ScreenOutReport]:
    """Screen submissions out one by one with the ``SCREEN_OUT`` transition and a completion
    code whose ``FIXED_SCREEN_OUT_PAYMENT`` sets what each is paid.

    Needs no ledger: Prolific ignores a repeated transition of one submission, so sending one
    again after a lost answer cannot pay twice. Submissions already ``SCREENED OUT`` are
    skipped and reported; the code is checked against the study before anything is sent.
    """
    check_id("study_id", study_id)
    ids = list(dict.fromkeys(id_list("submission_ids", submission_ids)))
    if not isinstance(completion_code, str) or not completion_code.strip():
        raise InvalidRequestError(
            "completion_code must be a non-empty string", field="completion_code"
        )
    study: Study = yield build(ops.get_study, study_id=study_id)
    reward = _fixed_screen_out_reward(study, completion_code)
    status = yield from _statuses_of(study_id, ids)
    skipped = [i for i in ids if status[i] == SCREENED_OUT]
    screened = []
    for submission_id in ids:
        if status[submission_id] == SCREENED_OUT:
            continue
        body = {"action": "SCREEN_OUT", "completion_code": completion_code}
        yield build(ops.transition_submission, submission_id=submission_id, json=body)
        screened.append(submission_id)
    key = f"screen-out-code:{completion_code}"
    return ScreenOutReport(key, study_id, screened, skipped, Decimal(reward) / 100)
