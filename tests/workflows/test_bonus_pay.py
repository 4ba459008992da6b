"""bonuses.pay: exactly once under a key, through lost responses, server errors and crashes.

Every assertion about money reads the sandbox's own ledger (what Prolific moved), never the
client's report alone.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from prolific._ledger import BonusLedger, Part, PaymentState
from prolific.errors import (
    BadRequestError,
    BonusPaymentError,
    InvalidRequestError,
    LedgerConflictError,
    PaymentInDoubtError,
)
from prolific.sandbox import Sandbox

from .helpers import Client, call, published


class Crash(BaseException):
    """The researcher's process dies (nothing in the SDK may catch this)."""


class CrashingLedger(BonusLedger):
    """A ledger whose process dies just before recording `crash_before`."""

    def __init__(self, path: Path, crash_before: PaymentState) -> None:
        super().__init__(path)
        self.crash_before = crash_before

    def move(self, part: Part, owner: str, to: PaymentState, **kwargs: Any) -> bool:
        if to is self.crash_before:
            raise Crash(f"killed before recording {to}")
        return super().move(part, owner, to, **kwargs)

    def settle(self, part: Part, frm: PaymentState = PaymentState.PAYING) -> None:
        if self.crash_before is PaymentState.PAID:
            raise Crash("killed before recording paid")
        super().settle(part, frm)


async def finished(sandbox: Sandbox, client: Client, n: int = 3) -> tuple[str, list[str]]:
    """A live study with `n` submissions awaiting review."""
    study_id = await published(client, total_available_places=n)
    subs = sandbox.participants.join(study_id, n, complete_after=30)
    sandbox.advance(30)
    return study_id, subs


def amounts_for(sandbox: Sandbox, subs: list[str]) -> dict[str, Decimal]:
    """1.25 to the first (by submission ID), 0.50 and 2.00 to the others (by participant ID)."""
    participants = [sandbox.submissions[s].participant_id for s in subs]
    return {subs[0]: Decimal("1.25"), participants[1]: Decimal("0.50"), participants[2]: Decimal(2)}


def bonuses(sandbox: Sandbox, recipient: str) -> list[int]:
    return [e.amount for e in sandbox.ledger.bonuses_for(recipient)]


def assert_paid_once(sandbox: Sandbox, amounts: dict[str, Decimal]) -> None:
    for recipient, amount in amounts.items():
        assert bonuses(sandbox, recipient) == [int(amount * 100)], recipient
    assert len(sandbox.ledger.of_kind("bonus")) == len(amounts)


async def test_happy_path_one_batch_created_and_paid(sandbox: Sandbox, client: Client) -> None:
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)

    report = await call(client.bonuses.pay, study_id, amounts, key="thank-you")

    assert sandbox.count_requests("create_bonus_payments") == 1
    assert sandbox.count_requests("pay_bonus_payments") == 1
    [batch] = sandbox.bonus_batches.values()
    assert batch.pay_requests == 1
    assert report.batch_id == batch.id
    assert (report.amount_minor, report.fees_minor, report.vat_minor, report.total_minor) == (
        batch.amount,
        batch.fees,
        batch.vat,
        batch.total_amount,
    )
    assert report.amount_minor == 375
    assert report.total_minor > report.amount_minor
    assert not report.resumed and not report.already_paid
    assert report.amounts == amounts
    assert_paid_once(sandbox, amounts)
    entry = sandbox.bonus_ledger.get("thank-you")
    assert entry is not None and entry.state is PaymentState.PAID


async def test_same_key_again_sends_nothing(sandbox: Sandbox, client: Client) -> None:
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    await call(client.bonuses.pay, study_id, amounts, key="thank-you")
    sent = len(sandbox.requests)

    again = await call(client.bonuses.pay, study_id, dict(amounts), key="thank-you")

    assert len(sandbox.requests) == sent
    assert again.already_paid and again.resumed
    assert again.total_minor == next(iter(sandbox.bonus_batches.values())).total_amount
    assert_paid_once(sandbox, amounts)


async def test_another_client_of_the_same_ledger_sees_the_payment(
    sandbox: Sandbox, client: Client, make: Callable[..., Client]
) -> None:
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    await call(client.bonuses.pay, study_id, amounts, key="thank-you")
    other = make(sandbox)  # a restarted script: the sandbox's clients share one ledger
    again = await call(other.bonuses.pay, study_id, amounts, key="thank-you")
    assert again.already_paid
    assert_paid_once(sandbox, amounts)


@pytest.mark.parametrize(
    ("amount", "word"),
    [
        (1.25, "not a float"),
        (Decimal("1.255"), "more than two decimal places"),
        (Decimal("-1.00"), "above 0"),
        (Decimal(0), "above 0"),
        ("abc", "decimal amount"),
        (True, "decimal amount"),
        (Decimal("NaN"), "decimal amount"),
    ],
)
async def test_bad_amounts_are_refused_before_sending(
    sandbox: Sandbox, client: Client, amount: Any, word: str
) -> None:
    study_id, subs = await finished(sandbox, client)
    sent = len(sandbox.requests)
    with pytest.raises(InvalidRequestError, match=word):
        await call(client.bonuses.pay, study_id, {subs[0]: amount}, key="bad")
    assert len(sandbox.requests) == sent
    assert sandbox.bonus_ledger.get("bad") is None
    assert not sandbox.bonus_batches


async def test_bad_recipients_and_keys_are_refused_before_sending(
    sandbox: Sandbox, client: Client
) -> None:
    study_id, subs = await finished(sandbox, client)
    sent = len(sandbox.requests)
    for amounts, key in [({}, "k"), ({"not-an-id": Decimal(1)}, "k"), ({subs[0]: Decimal(1)}, "")]:
        with pytest.raises(InvalidRequestError):
            await call(client.bonuses.pay, study_id, amounts, key=key)
    assert len(sandbox.requests) == sent


async def test_a_key_reused_for_other_amounts_is_refused(sandbox: Sandbox, client: Client) -> None:
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    await call(client.bonuses.pay, study_id, amounts, key="thank-you")
    sent = len(sandbox.requests)
    changed = {**amounts, subs[0]: Decimal("1.30")}
    with pytest.raises(LedgerConflictError) as caught:
        await call(client.bonuses.pay, study_id, changed, key="thank-you")
    assert "thank-you" in str(caught.value)
    with pytest.raises(LedgerConflictError):
        await call(client.bonuses.pay, study_id, {subs[0]: Decimal("1.25")}, key="thank-you")
    assert len(sandbox.requests) == sent
    assert_paid_once(sandbox, amounts)


async def test_lost_create_response_then_calling_again_pays_once(
    sandbox: Sandbox, client: Client
) -> None:
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    sandbox.faults.once("create_bonus_payments", "lost_response")

    with pytest.raises(BonusPaymentError) as caught:
        await call(client.bonuses.pay, study_id, amounts, key="thank-you")

    assert not isinstance(caught.value, PaymentInDoubtError)
    assert "nothing was paid" in str(caught.value)
    assert len(sandbox.bonus_batches) == 1  # created, never paid
    assert sandbox.ledger.of_kind("bonus") == []

    report = await call(client.bonuses.pay, study_id, amounts, key="thank-you")

    assert report.resumed
    assert sandbox.count_requests("pay_bonus_payments") == 1
    assert [b.pay_requests for b in sandbox.bonus_batches.values()] == [0, 1]
    assert_paid_once(sandbox, amounts)


async def test_rate_limited_create_and_pay_are_retried_on_the_sandbox_clock(
    sandbox: Sandbox, client: Client
) -> None:
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    sandbox.faults.once("create_bonus_payments", "429", retry_after=7)
    sandbox.faults.once("pay_bonus_payments", "429", retry_after=11)
    started = sandbox.clock.now()

    await call(client.bonuses.pay, study_id, amounts, key="thank-you")

    assert sandbox.clock.now() - started >= 18
    assert [b.pay_requests for b in sandbox.bonus_batches.values()] == [1]
    assert_paid_once(sandbox, amounts)


@pytest.mark.parametrize("delay", [0, 45])
async def test_lost_pay_response_is_reconciled_not_paid_again(
    sandbox: Sandbox, client: Client, delay: float
) -> None:
    sandbox.configure(bonus_payment_delay=delay)
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    sandbox.faults.once("pay_bonus_payments", "lost_response")
    started = sandbox.clock.now()

    report = await call(client.bonuses.pay, study_id, amounts, key="thank-you")

    assert report.resumed
    assert sandbox.clock.now() - started >= delay
    assert sandbox.count_requests("pay_bonus_payments") == 1
    [batch] = sandbox.bonus_batches.values()
    assert batch.pay_requests == 1
    assert_paid_once(sandbox, amounts)
    entry = sandbox.bonus_ledger.get("thank-you")
    assert entry is not None and entry.state is PaymentState.PAID


async def test_a_payment_slower_than_the_settle_time_is_in_doubt_then_settles(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.configure(bonus_payment_delay=600)
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    sandbox.faults.once("pay_bonus_payments", "lost_response")

    with pytest.raises(PaymentInDoubtError) as caught:
        await call(client.bonuses.pay, study_id, amounts, key="thank-you", settle_timeout=60)
    assert sorted(caught.value.recipients) == sorted(amounts)
    assert sandbox.ledger.of_kind("bonus") == []  # not landed yet

    sandbox.advance(600)
    report = await call(client.bonuses.pay, study_id, amounts, key="thank-you", settle_timeout=60)

    assert report.resumed and not report.already_paid
    assert sandbox.count_requests("pay_bonus_payments") == 1
    assert_paid_once(sandbox, amounts)


async def test_pay_whose_effect_never_shows_is_in_doubt_and_never_sent_again(
    sandbox: Sandbox, client: Client
) -> None:
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    sandbox.faults.once("pay_bonus_payments", "5xx", status=500)  # refused without paying

    with pytest.raises(PaymentInDoubtError) as caught:
        await call(client.bonuses.pay, study_id, amounts, key="thank-you")

    error = caught.value
    [batch] = sandbox.bonus_batches.values()
    assert error.batch_id == batch.id
    assert error.key == "thank-you"
    assert sorted(error.recipients) == sorted(amounts)
    for recipient in amounts:
        assert recipient in str(error)
    assert batch.pay_requests == 0
    assert sandbox.count_requests("pay_bonus_payments") == 1

    sandbox.advance(3600)
    with pytest.raises(PaymentInDoubtError):
        await call(client.bonuses.pay, study_id, amounts, key="thank-you")
    assert sandbox.count_requests("pay_bonus_payments") == 1  # not sent blindly again
    assert sandbox.ledger.of_kind("bonus") == []

    # The documented way out: a human checks Prolific, releases the key, and pays again.
    sandbox.bonus_ledger.release("thank-you")
    report = await call(client.bonuses.pay, study_id, amounts, key="thank-you")
    assert report.batch_id != batch.id
    assert sandbox.count_requests("pay_bonus_payments") == 2
    assert_paid_once(sandbox, amounts)


async def test_a_refused_pay_can_simply_be_called_again(sandbox: Sandbox, client: Client) -> None:
    # A 4xx means Prolific refused and paid nothing (here: not enough funds).
    study_id, subs = await finished(sandbox, client)
    amounts = {subs[0]: Decimal(900)}
    with pytest.raises(BadRequestError) as caught:
        await call(client.bonuses.pay, study_id, amounts, key="big")
    assert "funds" in str(caught.value)
    assert sandbox.ledger.of_kind("bonus") == []
    sandbox.top_up(200_000)
    report = await call(client.bonuses.pay, study_id, amounts, key="big")
    assert report.resumed
    assert sandbox.count_requests("create_bonus_payments") == 1
    assert_paid_once(sandbox, amounts)


async def test_crash_between_creating_and_paying_resumes_and_pays_once(
    sandbox: Sandbox, client: Client, make: Callable[..., Client], tmp_path: Path
) -> None:
    path = tmp_path / "bonus-ledger.sqlite3"
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    dying = CrashingLedger(path, crash_before=PaymentState.PAYING)

    with pytest.raises(Crash):
        await call(client.bonuses.pay, study_id, amounts, key="thank-you", ledger=dying)
    dying.close()
    assert len(sandbox.bonus_batches) == 1
    assert sandbox.count_requests("pay_bonus_payments") == 0

    # A new process: a new client and a new ledger object on the same file.
    restarted = make(sandbox)
    ledger = BonusLedger(path)
    entry = ledger.get("thank-you")
    assert entry is not None and entry.state is PaymentState.CREATED
    report = await call(restarted.bonuses.pay, study_id, amounts, key="thank-you", ledger=ledger)

    assert report.resumed
    assert sandbox.count_requests("create_bonus_payments") == 1  # the recorded batch is reused
    [batch] = sandbox.bonus_batches.values()
    assert (report.batch_id, batch.pay_requests) == (batch.id, 1)
    assert_paid_once(sandbox, amounts)


async def test_crash_between_paying_and_the_reply_reconciles_without_paying_again(
    sandbox: Sandbox, client: Client, make: Callable[..., Client], tmp_path: Path
) -> None:
    path = tmp_path / "bonus-ledger.sqlite3"
    sandbox.configure(bonus_payment_delay=20)
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    dying = CrashingLedger(path, crash_before=PaymentState.PAID)

    with pytest.raises(Crash):
        await call(client.bonuses.pay, study_id, amounts, key="thank-you", ledger=dying)
    dying.close()
    [batch] = sandbox.bonus_batches.values()
    assert batch.pay_requests == 1  # Prolific accepted the pay call...
    entry = BonusLedger(path).get("thank-you")
    assert entry is not None and entry.state is PaymentState.PAYING  # ...the ledger cannot know

    restarted = make(sandbox)
    report = await call(restarted.bonuses.pay, study_id, amounts, key="thank-you", ledger=path)

    assert report.resumed
    assert sandbox.count_requests("pay_bonus_payments") == 1
    assert batch.pay_requests == 1
    assert_paid_once(sandbox, amounts)
    settled = BonusLedger(path).get("thank-you")
    assert settled is not None and settled.state is PaymentState.PAID


async def test_raw_pay_batch_twice_really_pays_twice(sandbox: Sandbox, client: Client) -> None:
    # Why the ledger exists: the sandbox does not hide Prolific's non-idempotent pay call.
    study_id, subs = await finished(sandbox, client)
    batch = await call(client.bonuses.create_batch, study_id, {subs[0]: Decimal("1.00")})
    await call(client.bonuses.pay_batch, batch.id)
    await call(client.bonuses.pay_batch, batch.id)
    assert bonuses(sandbox, subs[0]) == [100, 100]
    assert sandbox.bonus_batches[batch.id].pay_requests == 2
    assert sandbox.submissions[subs[0]].bonus_payments == [100, 100]


async def test_an_earlier_bonus_of_the_same_amount_is_not_mistaken_for_this_one(
    sandbox: Sandbox, client: Client
) -> None:
    study_id, subs = await finished(sandbox, client)
    amounts = {subs[0]: Decimal("1.00")}
    await call(client.bonuses.pay, study_id, amounts, key="first")
    sandbox.faults.once("pay_bonus_payments", "5xx", status=500)
    with pytest.raises(PaymentInDoubtError):
        await call(client.bonuses.pay, study_id, amounts, key="second", settle_timeout=30)
    assert bonuses(sandbox, subs[0]) == [100]


async def test_reconciliation_shrugs_off_a_failed_read(sandbox: Sandbox, client: Client) -> None:
    sandbox.configure(bonus_payment_delay=10)
    study_id, subs = await finished(sandbox, client)
    amounts = amounts_for(sandbox, subs)
    sandbox.faults.once("pay_bonus_payments", "lost_response")
    sandbox.faults.add("get_submission", "5xx", status=500, times=2)  # not retried by the client

    report = await call(client.bonuses.pay, study_id, amounts, key="thank-you")

    assert report.resumed
    assert sandbox.count_requests("pay_bonus_payments") == 1
    assert_paid_once(sandbox, amounts)
