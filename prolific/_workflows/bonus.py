"""``bonuses.pay``: the two-step bonus payment, made exactly-once with a local ledger.

The steps and what a failure at each means:

1. Record the intent (key, study, recipients, amounts) in the ledger.
2. Create the batch. Nothing is paid by this call, so when its outcome is unknown the next
   attempt simply creates another batch; an unpaid batch costs nothing.
3. Mark the payment PAYING in the ledger, then send the pay call. Prolific's pay call is not
   idempotent, so once it may have been sent it is never sent again for this key. If its outcome
   is unknown (a timeout, a lost response, a 5xx), reconcile: read each recipient's submission
   and look for the bonus in ``bonus_payments``, waiting a while since payment is asynchronous.
   What cannot be confirmed is reported in a ``PaymentInDoubtError``.
4. Mark PAID.

Every later call with the same key reads the ledger and continues from the last step known to
have happened.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from prolific_api.models.bonus_batch import BonusBatch
from prolific_api.models.submission import Submission
from prolific_api.models.submission_list_item import SubmissionListItem

from .._constants import LOGGER_NAME
from .._flow import Collect, Flow, Now, Sleep
from .._ledger import BonusLedger, KeyConflict, LedgerEntry, PaymentState
from .._request import Request
from .._validation import check_id, check_major_amount, check_recipient
from ..errors import (
    APIConnectionError,
    APIError,
    BonusPaymentError,
    InvalidRequestError,
    LedgerConflictError,
    PaymentInDoubtError,
    RateLimitError,
    ServerError,
)
from ..types import BonusReport
from .calls import (
    create_batch_request,
    csv_bonuses,
    get_submission,
    pay_batch_request,
    study_submissions,
)

__all__ = ["SETTLE_TIMEOUT", "pay_flow"]

logger = logging.getLogger(LOGGER_NAME)

#: How long reconciliation waits for an asynchronous payment to show, in seconds.
SETTLE_TIMEOUT = 120.0
FIRST_CHECK_DELAY = 2.0
MAX_CHECK_DELAY = 30.0
RATE_LIMIT_RETRIES = 5
T = TypeVar("T")

_UNKNOWN_OUTCOME = (APIConnectionError, ServerError)


def _to_minor(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def _checked(amounts: Mapping[str, Any]) -> dict[str, Decimal]:
    if not isinstance(amounts, Mapping) or not amounts:
        raise InvalidRequestError(
            "amounts must map participant or submission IDs to Decimal amounts", field="amounts"
        )
    checked: dict[str, Decimal] = {}
    for recipient, amount in amounts.items():
        check_recipient(recipient)
        checked[recipient] = check_major_amount(f"amounts[{recipient!r}]", amount)
    return checked


def pay_flow(
    ledger: BonusLedger,
    study_id: str,
    amounts: Mapping[str, Any],
    key: str,
    *,
    settle_timeout: float = SETTLE_TIMEOUT,
) -> Flow[BonusReport]:
    """Pay `amounts` (major units) to recipients of `study_id`, exactly once under `key`."""
    check_id("study_id", study_id)
    if not isinstance(key, str) or not key.strip():
        raise InvalidRequestError("key must be a non-empty string naming this payment", field="key")
    major = _checked(amounts)
    minor = {recipient: _to_minor(amount) for recipient, amount in major.items()}
    try:
        entry = ledger.begin(key, study_id, minor)
    except KeyConflict:
        raise LedgerConflictError(key) from None
    resumed = entry.state is not PaymentState.PENDING

    if entry.state is PaymentState.PAID:
        return _report(entry, major, resumed=True, already_paid=True)

    if entry.state in (PaymentState.PENDING, PaymentState.CREATING):
        ledger.set_state(key, PaymentState.CREATING)
        try:
            batch: BonusBatch = yield from _refused_retry(
                create_batch_request(study_id, csv_bonuses(major))
            )
        except _UNKNOWN_OUTCOME as exc:
            raise BonusPaymentError(
                key,
                f"Creating bonus batch {key!r} failed ({exc}); nothing was paid. Call "
                "bonuses.pay again with the same key to continue.",
            ) from exc
        except APIError:
            ledger.set_state(key, PaymentState.PENDING)
            raise
        ledger.record_batch(
            key,
            batch.id,
            amount=_minor_figure(batch.amount),
            fees=_minor_figure(batch.fees),
            vat=_minor_figure(batch.vat),
            total_amount=_minor_figure(batch.total_amount),
        )
        entry = _reload(ledger, key)

    if entry.state is PaymentState.CREATED:
        assert entry.batch_id is not None
        # Written before the call: from here on, a crash leaves PAYING, and nobody pays again
        # without reconciling first.
        ledger.set_state(key, PaymentState.PAYING)
        try:
            yield from _refused_retry(pay_batch_request(entry.batch_id))
        except _UNKNOWN_OUTCOME:
            pass  # the outcome is unknown: reconcile below
        except APIError:
            # Prolific refused the call (4xx): it paid nothing.
            ledger.set_state(key, PaymentState.CREATED)
            raise
        else:
            ledger.set_state(key, PaymentState.PAID)
            return _report(_reload(ledger, key), major, resumed=resumed)

    entry = _reload(ledger, key)
    assert entry.state is PaymentState.PAYING and entry.batch_id is not None
    unconfirmed = yield from _reconcile(ledger, entry, settle_timeout)
    if unconfirmed:
        raise PaymentInDoubtError(key, entry.batch_id, unconfirmed, str(ledger.path))
    ledger.set_state(key, PaymentState.PAID)
    return _report(_reload(ledger, key), major, resumed=True)


def _refused_retry(request: Request[T]) -> Flow[T]:
    """Send `request`, retrying only after a 429: Prolific refused it without acting (bonus
    calls contend on the workspace wallet), so sending it again cannot pay twice."""
    delay = FIRST_CHECK_DELAY
    for attempt in range(RATE_LIMIT_RETRIES + 1):
        try:
            result: T = yield request
            return result
        except RateLimitError as exc:
            if attempt == RATE_LIMIT_RETRIES:
                raise
            yield Sleep(min(exc.retry_after or delay, MAX_CHECK_DELAY))
            delay = min(delay * 2, MAX_CHECK_DELAY)
    raise AssertionError("unreachable")


def _reconcile(ledger: BonusLedger, entry: LedgerEntry, settle_timeout: float) -> Flow[list[str]]:
    """Look for the payment on each recipient's submission; return those not confirmed."""
    listed: list[SubmissionListItem] = yield Collect(study_submissions(entry.study_id))
    submission_of: dict[str, str] = {item.id: item.id for item in listed}
    for item in listed:
        if isinstance(item.participant_id, str):
            submission_of.setdefault(item.participant_id, item.id)
    # A submission's bonus_payments lists amounts only, so an earlier bonus of the same amount
    # (paid under another key of this ledger) must not count as this one.
    expected = {
        recipient: ledger.paid_count(entry.study_id, recipient, amount) + 1
        for recipient, amount in entry.amounts_minor.items()
    }
    pending = sorted(r for r in entry.amounts_minor if r in submission_of)
    unknown = sorted(r for r in entry.amounts_minor if r not in submission_of)
    started: float = yield Now()
    delay = FIRST_CHECK_DELAY
    while True:
        still: list[str] = []
        for recipient in pending:
            try:
                submission: Submission = yield get_submission(submission_of[recipient])
            except (*_UNKNOWN_OUTCOME, RateLimitError):
                # A failed read proves nothing either way: look again next round, rather than
                # abandon the whole reconciliation over one transient error.
                still.append(recipient)
                continue
            amount = Decimal(entry.amounts_minor[recipient])
            paid = [Decimal(str(p)) for p in (submission.bonus_payments or [])]
            if sum(1 for p in paid if p == amount) < expected[recipient]:
                still.append(recipient)
        pending = still
        now: float = yield Now()
        if not pending or now - started >= settle_timeout:
            return sorted(pending + unknown)
        pause = min(delay, settle_timeout - (now - started))
        logger.info(
            "Bonus %r: payment not yet visible for %d recipient(s); checking again in %.0fs",
            entry.key,
            len(pending),
            pause,
        )
        yield Sleep(pause)
        delay = min(delay * 2, MAX_CHECK_DELAY)


def _minor_figure(value: Any) -> int:
    # Prolific reports batch figures in minor units, possibly with a fraction of a penny; the
    # ledger keeps hundredths of a minor unit so nothing is rounded away.
    if value is None or not isinstance(value, int | float):
        return 0
    return int((Decimal(str(value)) * 100).to_integral_value())


def _reload(ledger: BonusLedger, key: str) -> LedgerEntry:
    entry = ledger.get(key)
    assert entry is not None
    return entry


def _report(
    entry: LedgerEntry, major: dict[str, Decimal], *, resumed: bool, already_paid: bool = False
) -> BonusReport:
    def figure(value: int | None) -> Decimal:
        return Decimal(value or 0) / 100

    return BonusReport(
        key=entry.key,
        study_id=entry.study_id,
        batch_id=entry.batch_id or "",
        amounts=major,
        amount_minor=figure(entry.amount),
        fees_minor=figure(entry.fees),
        vat_minor=figure(entry.vat),
        total_minor=figure(entry.total_amount),
        resumed=resumed,
        already_paid=already_paid,
    )
