"""``bonuses.pay``: the two-step bonus payment, made exactly-once by the ledger.

The steps, for each part of at most 200 recipients, and what a failure at each means:

1. Resolve every recipient (participant or submission ID) to its submission in the study, and
   record the intent (scope, key, study, recipients, amounts) in the ledger. A recipient that is
   not in the study is refused before anything is recorded or sent.
2. Claim the part (compare-and-set; another caller with the same key waits for this one).
3. Create the batch. Nothing is paid by this call, so when its outcome is unknown the next attempt
   simply creates another batch; an unpaid batch costs nothing.
4. Read each recipient's submission and record its ``bonus_payments`` as the baseline.
5. Holding the account's money lock, move the part CREATED → PAYING (the compare-and-set only one
   caller can win) and send the pay call. Prolific's pay call is not idempotent, so once it may
   have been sent it is never sent again for this part. If its outcome is unknown (a timeout, a
   lost response, a 5xx), reconcile: a recipient counts as paid only when a *new* payment of the
   amount appears after the baseline, beyond the other payments this ledger sent to the same
   submission. What cannot be confirmed is reported in a ``PaymentInDoubtError``.
6. Mark the part PAID.

Every later call with the same key reads the ledger and continues from the last step known to
have happened.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from prolific_api.models.bonus_batch import BonusBatch
from prolific_api.models.submission import Submission
from prolific_api.models.submission_list_item import SubmissionListItem

from .._flow import Collect, Flow, Sleep
from .._ledger import BonusLedger, KeyConflict, Part, PaymentState, new_owner
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
from .claims import DEFAULT_WAIT, Account, scope_flow, take_money_lock, wait_for
from .polling import Backoff

__all__ = ["MAX_BONUS", "SETTLE_TIMEOUT", "pay_flow", "resolve_recipients"]


#: How long reconciliation waits for an asynchronous payment to show, in seconds.
SETTLE_TIMEOUT = 120.0
FIRST_CHECK_DELAY = 2.0
MAX_CHECK_DELAY = 30.0
RATE_LIMIT_RETRIES = 5
BASELINE_READS = 3
#: The largest bonus one recipient may be given in one payment, in major units. A guard against
#: a slipped decimal point (and against amounts no database column can hold); split a larger
#: amount over several keys if it is really meant.
MAX_BONUS = Decimal("10000.00")
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
        value = check_major_amount(f"amounts[{recipient!r}]", amount)
        if value > MAX_BONUS:
            raise InvalidRequestError(
                f"amounts[{recipient!r}] is {value}, above the largest bonus the SDK sends "
                f"({MAX_BONUS} major units); check the decimal point, or split it over keys",
                field=f"amounts[{recipient!r}]",
            )
        checked[recipient] = value
    return checked


def resolve_recipients(study_id: str, recipients: list[str]) -> Flow[dict[str, str]]:
    """Map each participant or submission ID to its submission in `study_id`.

    Refuses (before anything is sent) an ID that is neither, and two IDs naming the same
    submission, which would pay one participant twice.
    """
    listed: list[SubmissionListItem] = yield Collect(study_submissions(study_id))
    submission_of: dict[str, str] = {}
    for item in listed:
        submission_of[item.id] = item.id
        if isinstance(item.participant_id, str):
            submission_of.setdefault(item.participant_id, item.id)
    strangers = [r for r in recipients if r not in submission_of]
    if strangers:
        raise InvalidRequestError(
            f"{', '.join(strangers[:5])} {'is' if len(strangers) == 1 else 'are'} neither a "
            f"submission nor a participant of study {study_id}; check the keys of amounts",
            field="amounts",
        )
    resolved = {r: submission_of[r] for r in recipients}
    seen: dict[str, str] = {}
    for recipient, submission in resolved.items():
        if submission in seen:
            raise InvalidRequestError(
                f"{seen[submission]} and {recipient} name the same submission ({submission}); "
                "give each participant once",
                field="amounts",
            )
        seen[submission] = recipient
    return resolved


def pay_flow(
    ledger: BonusLedger,
    account: Account,
    study_id: str,
    amounts: Mapping[str, Any],
    key: str,
    *,
    settle_timeout: float = SETTLE_TIMEOUT,
    wait: float = DEFAULT_WAIT,
) -> Flow[BonusReport]:
    """Pay `amounts` (major units) to recipients of `study_id`, exactly once under `key`."""
    check_id("study_id", study_id)
    if not isinstance(key, str) or not key.strip():
        raise InvalidRequestError("key must be a non-empty string naming this payment", field="key")
    major = _checked(amounts)
    minor = {recipient: _to_minor(amount) for recipient, amount in major.items()}
    scope = yield from scope_flow(account)

    recorded = ledger.get(key, scope)
    submissions: dict[str, str] = {}
    if recorded is None or recorded.state is not PaymentState.PAID:
        submissions = yield from resolve_recipients(study_id, list(minor))
    try:
        parts = ledger.begin(scope, key, study_id, minor, submissions=submissions)
    except KeyConflict:
        raise LedgerConflictError(key) from None
    if all(p.state is PaymentState.PAID for p in parts):
        return _report(key, study_id, parts, major, resumed=True, already_paid=True)
    resumed = recorded is not None

    owner = new_owner()
    done = []
    paid_by_others = True
    for part in parts:
        outcome = yield from _pay_part(ledger, part, owner, settle_timeout, wait)
        if outcome is None:  # another caller paid it while this one waited for its claim
            done.append(ledger.part(part.scope, part.key, part.number))
            continue
        finished, reconciled = outcome
        paid_by_others = False
        # A part confirmed by reconciliation finished what an earlier attempt sent.
        resumed = resumed or reconciled
        done.append(finished)
    if paid_by_others:
        # Every part was paid by a concurrent caller with the same key: this call sent nothing.
        return _report(key, study_id, done, major, resumed=True, already_paid=True)
    return _report(key, study_id, done, major, resumed=resumed)


def _pay_part(
    ledger: BonusLedger, part: Part, owner: str, settle_timeout: float, wait: float
) -> Flow[tuple[Part, bool] | None]:
    """Pay one part; also say whether it was confirmed by reconciliation. None: it was found
    paid (by another caller) once this one got its claim."""
    what = f"payment {part.key!r}" + (f" (part {part.number + 1})" if part.number else "")
    while True:
        claimed: Part = yield from wait_for(
            lambda: ledger.claim(part.scope, part.key, part.number, owner), what, ledger, wait
        )
        if claimed.state is PaymentState.PAID:
            return None
        try:
            finished = yield from _advance(ledger, claimed, owner, settle_timeout, wait)
        finally:
            ledger.unclaim(claimed, owner)
        if finished is not None:
            return finished
        # The claim ran out and another caller took it over: look again, from the ledger.


def _advance(
    ledger: BonusLedger, part: Part, owner: str, settle_timeout: float, wait: float
) -> Flow[tuple[Part, bool] | None]:
    """Take `part` (claimed by `owner`) as far as it goes, saying whether reconciliation
    confirmed it; None if the claim was lost."""
    if part.state in (PaymentState.PENDING, PaymentState.CREATING):
        if not ledger.move(
            part, owner, PaymentState.CREATING, from_states=[part.state]
        ):  # pragma: no cover - only when the lease ran out in between
            return None
        # The ledger keeps minor units; the CSV Prolific reads takes major units.
        create = create_batch_request(
            part.study_id,
            csv_bonuses({r: Decimal(a).scaleb(-2) for r, a in part.amounts.items()}),
        )
        try:
            batch: BonusBatch = yield from _locked_with_backoff(
                ledger, part, owner, wait, lambda: _send(create)
            )
        except _UNKNOWN_OUTCOME as exc:
            raise BonusPaymentError(
                part.key,
                f"Creating bonus batch {part.key!r} failed ({exc}); nothing was paid. Call "
                "bonuses.pay again with the same key to continue.",
            ) from exc
        except APIError:
            ledger.move(part, owner, PaymentState.PENDING, from_states=[PaymentState.CREATING])
            raise
        figures = (
            _minor_figure(batch.amount),
            _minor_figure(batch.fees),
            _minor_figure(batch.vat),
            _minor_figure(batch.total_amount),
        )
        if not ledger.move(
            part,
            owner,
            PaymentState.CREATED,
            from_states=[PaymentState.CREATING],
            batch_id=batch.id,
            figures=figures,
        ):
            return None  # someone else took over; this unpaid batch costs nothing
        part = ledger.part(part.scope, part.key, part.number)

    if part.state is PaymentState.CREATED:
        baselines = yield from _baseline(part)
        if not ledger.record_baseline(part, owner, baselines):
            return None
        assert part.batch_id is not None
        paid = yield from _send_pay(ledger, part, owner, wait)
        if paid is None:
            return None
        if paid:
            ledger.settle(part)
            return ledger.part(part.scope, part.key, part.number), False

    part = ledger.part(part.scope, part.key, part.number)
    assert part.state is PaymentState.PAYING
    unconfirmed = yield from _reconcile(ledger, part, owner, settle_timeout)
    if unconfirmed:
        raise PaymentInDoubtError(part.key, part.batch_id or "", unconfirmed, ledger.target)
    ledger.settle(part)
    return ledger.part(part.scope, part.key, part.number), True


def _send_pay(ledger: BonusLedger, part: Part, owner: str, wait: float) -> Flow[bool | None]:
    """Send the pay call at most once: True if Prolific accepted it, False if its outcome is
    unknown (reconcile), None if the claim was lost before sending."""
    assert part.batch_id is not None
    pay = pay_batch_request(part.batch_id)

    def attempt() -> Flow[bool | None]:
        # The one compare-and-set that makes the pay call exactly-once: only the caller that
        # moves CREATED to PAYING sends it.
        if not ledger.move(part, owner, PaymentState.PAYING, from_states=[PaymentState.CREATED]):
            return None
        try:
            yield pay
        except _UNKNOWN_OUTCOME:
            return False
        except APIError:
            # Prolific refused the call (a 4xx, a 429 included): it paid nothing, so the part
            # may be sent again.
            ledger.move(part, owner, PaymentState.CREATED, from_states=[PaymentState.PAYING])
            raise
        return True

    return (yield from _locked_with_backoff(ledger, part, owner, wait, attempt))


def _send(request: Request[T]) -> Flow[T]:
    result: T = yield request
    return result


def _locked_with_backoff(
    ledger: BonusLedger, part: Part, owner: str, wait: float, attempt: Callable[[], Flow[T]]
) -> Flow[T]:
    """Run `attempt` holding the account's money lock, again after a 429: bonus calls contend
    on the wallet, and a 429 is refused without acting, so it is safe to send again."""
    delay = FIRST_CHECK_DELAY
    for number in range(RATE_LIMIT_RETRIES + 1):
        yield from take_money_lock(ledger, part.scope, owner, wait)
        try:
            return (yield from attempt())
        except RateLimitError as exc:
            if number == RATE_LIMIT_RETRIES:
                raise
            delay = min(exc.retry_after or delay, MAX_CHECK_DELAY)
        finally:
            ledger.unlock_money(part.scope, owner)
        yield Sleep(delay)
        delay = min(delay * 2, MAX_CHECK_DELAY)
    raise AssertionError("unreachable")


def _paid_amounts(submission: Submission) -> list[int]:
    return [int(Decimal(str(p))) for p in (submission.bonus_payments or [])]


def _baseline(part: Part) -> Flow[dict[str, list[int]]]:
    """What each recipient's submission shows as paid before the pay call is sent."""
    baselines: dict[str, list[int]] = {}
    for recipient in part.amounts:
        submission_id = part.submissions.get(recipient)
        if submission_id is None:
            continue  # recorded by an older version: reconciled the old way
        for attempt in range(BASELINE_READS):
            try:
                submission: Submission = yield get_submission(submission_id)
                break
            except (*_UNKNOWN_OUTCOME, RateLimitError):
                # Nothing is sent yet, so a failed read costs only a retry; give up (and pay
                # nothing) if it keeps failing.
                if attempt == BASELINE_READS - 1:
                    raise
                yield Sleep(FIRST_CHECK_DELAY * (attempt + 1))
        baselines[recipient] = _paid_amounts(submission)
    return baselines


def _reconcile(
    ledger: BonusLedger, part: Part, owner: str, settle_timeout: float
) -> Flow[list[str]]:
    """Look for this part's payment on each recipient's submission; return those not
    confirmed. A recipient is confirmed only by more payments of its amount than the baseline
    held, beyond those this ledger sent to the same submission under other keys."""
    unknown = sorted(r for r in part.amounts if part.submissions.get(r) is None)
    need: dict[str, int] = {}
    for recipient, amount in part.amounts.items():
        submission_id = part.submissions.get(recipient)
        if submission_id is None:
            continue
        before, after = ledger.sent_around(part, submission_id, amount)
        base = part.baselines.get(recipient)
        seen_before = sum(1 for p in base if p == amount) if base is not None else 0
        need[recipient] = max(seen_before, before) + 1 + after
    pending = sorted(need)
    backoff = Backoff(settle_timeout, first=FIRST_CHECK_DELAY, most=MAX_CHECK_DELAY)
    yield from backoff.start()
    while True:
        ledger.renew(part, owner)
        still: list[str] = []
        for recipient in pending:
            submission_id = part.submissions[recipient]
            assert submission_id is not None
            try:
                submission: Submission = yield get_submission(submission_id)
            except (*_UNKNOWN_OUTCOME, RateLimitError):
                # A failed read proves nothing either way: look again next round, rather than
                # abandon the whole reconciliation over one transient error.
                still.append(recipient)
                continue
            amount = part.amounts[recipient]
            if sum(1 for p in _paid_amounts(submission) if p == amount) < need[recipient]:
                still.append(recipient)
        pending = still
        if not pending or not (
            yield from backoff.pause(
                "Bonus %r: payment not yet visible for %d recipient(s)", part.key, len(pending)
            )
        ):
            return sorted(pending + unknown)


def _minor_figure(value: Any) -> int:
    # Prolific reports batch figures in minor units, possibly with a fraction of a penny; the
    # ledger keeps hundredths of a minor unit so nothing is rounded away.
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return 0
    return int((Decimal(str(value)) * 100).to_integral_value())


def _report(
    key: str,
    study_id: str,
    parts: list[Part],
    major: dict[str, Decimal],
    *,
    resumed: bool,
    already_paid: bool = False,
) -> BonusReport:
    def figure(index: int) -> Decimal:
        return sum(
            (Decimal(p.figures[index]) / 100 for p in parts if p.figures is not None),
            Decimal(0),
        )

    batch_ids = tuple(p.batch_id for p in parts if p.batch_id)
    return BonusReport(
        key=key,
        study_id=study_id,
        batch_id=batch_ids[0] if batch_ids else "",
        amounts=major,
        amount_minor=figure(0),
        fees_minor=figure(1),
        vat_minor=figure(2),
        total_minor=figure(3),
        resumed=resumed,
        already_paid=already_paid,
        batch_ids=batch_ids,
    )
