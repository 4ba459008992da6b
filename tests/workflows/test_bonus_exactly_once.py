"""What issue #12 found broken in bonuses.pay, each judged from the sandbox's own money ledger:
a lost pay confirmed from another key's bonus, keys not scoped by account, one batch for any
number of recipients, concurrent callers, and money calls that overlap."""

from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from prolific._ledger import BonusLedger, new_owner
from prolific.errors import InvalidRequestError, LedgerBusyError, PaymentInDoubtError
from prolific.sandbox import Sandbox, example_study

from .helpers import Client, call, published
from .test_bonus_pay import bonuses, finished


async def test_a_lost_pay_is_never_confirmed_by_another_keys_bonus(
    sandbox: Sandbox, client: Client
) -> None:
    study_id, subs = await finished(sandbox, client, 1)
    participant = sandbox.submissions[subs[0]].participant_id
    # Key A pays the participant (by participant ID) 1.00 ...
    await call(client.bonuses.pay, study_id, {participant: Decimal("1.00")}, key="A")
    # ... key B pays the same person's submission 1.00, and B's pay call never reaches Prolific.
    sandbox.faults.once("pay_bonus_payments", "reset")
    with pytest.raises(PaymentInDoubtError) as caught:
        await call(
            client.bonuses.pay, study_id, {subs[0]: Decimal("1.00")}, key="B", settle_timeout=10
        )
    assert caught.value.recipients == [subs[0]]
    assert bonuses(sandbox, subs[0]) == [100]  # A's only


async def test_a_lost_pay_that_acted_is_confirmed_next_to_another_keys_bonus(
    sandbox: Sandbox, client: Client
) -> None:
    study_id, subs = await finished(sandbox, client, 1)
    participant = sandbox.submissions[subs[0]].participant_id
    await call(client.bonuses.pay, study_id, {participant: Decimal("1.00")}, key="A")
    sandbox.faults.once("pay_bonus_payments", "lost_response")
    report = await call(client.bonuses.pay, study_id, {subs[0]: Decimal("1.00")}, key="B")
    assert report.resumed and not report.already_paid
    assert sandbox.count_requests("pay_bonus_payments") == 2
    assert len(sandbox.ledger.of_kind("bonus")) == 2


async def test_a_participant_and_their_submission_in_one_payment_are_refused(
    sandbox: Sandbox, client: Client
) -> None:
    study_id, subs = await finished(sandbox, client, 1)
    participant = sandbox.submissions[subs[0]].participant_id
    sent = sandbox.count_requests("create_bonus_payments")
    with pytest.raises(InvalidRequestError, match="same submission"):
        await call(
            client.bonuses.pay,
            study_id,
            {participant: Decimal("1.00"), subs[0]: Decimal("1.00")},
            key="twice",
        )
    with pytest.raises(InvalidRequestError, match="neither a submission nor a participant"):
        await call(client.bonuses.pay, study_id, {"f" * 24: Decimal("1.00")}, key="stranger")
    assert sandbox.count_requests("create_bonus_payments") == sent


async def test_the_same_key_on_another_account_is_another_payment(
    kind: str, tmp_path: Path
) -> None:
    from .helpers import close, make_client

    path = tmp_path / "shared.sqlite3"
    reports = []
    for seed in (1, 2):  # two accounts, one ledger file
        sandbox = Sandbox(seed=seed)
        client = make_client(sandbox, kind)
        study_id, subs = await finished(sandbox, client, 1)
        reports.append(
            await call(
                client.bonuses.pay, study_id, {subs[0]: Decimal("1.00")}, key="k", ledger=path
            )
        )
        assert bonuses(sandbox, subs[0]) == [100]
        await close(client)
    assert [r.already_paid for r in reports] == [False, False]


async def test_many_recipients_are_paid_in_batches_of_at_most_200(
    sandbox: Sandbox, client: Client
) -> None:
    sandbox.top_up(10_000_000)
    study_id = await published(client, total_available_places=450)
    subs = sandbox.participants.join(study_id, 450, complete_after=10)
    sandbox.advance(10)
    amounts = dict.fromkeys(subs, Decimal("0.10"))

    report = await call(client.bonuses.pay, study_id, amounts, key="everyone")

    batches = [sandbox.bonus_batches[b] for b in report.batch_ids]
    assert sorted(len(b.lines) for b in batches) == [50, 200, 200]
    assert all(b.pay_requests == 1 for b in batches)
    assert all(bonuses(sandbox, s) == [10] for s in subs)
    assert report.amount_minor == sum(b.amount for b in batches)


async def test_a_caller_waits_for_the_claim_and_sends_nothing_while_it_is_held(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    study_id, subs = await finished(sandbox, client, 1)
    ledger = BonusLedger(tmp_path / "l.sqlite3")
    await call(client.bonuses.pay, study_id, {subs[1 - 1]: Decimal("0.50")}, key="warm-up",
               ledger=ledger)  # fmt: skip
    [part] = ledger.begin(
        ledger.get("warm-up").scope,  # type: ignore[union-attr]
        "held",
        study_id,
        {subs[0]: 100},
        submissions={subs[0]: subs[0]},
    )
    other = "another-host/4242/abcd"
    ledger.claim(part.scope, "held", 0, other)
    sent = sandbox.count_requests("create_bonus_payments")
    with pytest.raises(LedgerBusyError) as caught:
        await call(
            client.bonuses.pay, study_id, {subs[0]: Decimal("1.00")}, key="held", ledger=ledger,
            wait=0.2,
        )  # fmt: skip
    assert caught.value.holder == other and other in str(caught.value)
    assert sandbox.count_requests("create_bonus_payments") == sent

    # The money lock too: another worker's money call in flight holds back this one's.
    ledger.unclaim(part, other)
    assert ledger.lock_money(part.scope, other) is None
    with pytest.raises(LedgerBusyError, match="money lock"):
        await call(client.bonuses.pay, study_id, {subs[0]: Decimal("1.00")}, key="held",
                   ledger=ledger, wait=0.2)  # fmt: skip
    assert sandbox.count_requests("create_bonus_payments") == sent
    ledger.unlock_money(part.scope, other)
    await call(client.bonuses.pay, study_id, {subs[0]: Decimal("1.00")}, key="held", ledger=ledger)
    assert bonuses(sandbox, subs[0]) == [50, 100]


def test_threads_paying_one_key_at_once_pay_once(tmp_path: Path) -> None:
    sandbox = Sandbox(seed=21)
    client = sandbox.client()
    study = client.studies.create_and_publish(**example_study(total_available_places=2), wait=60)
    subs = sandbox.participants.join(study.id, 2, complete_after=10)
    sandbox.advance(10)
    amounts = {subs[0]: Decimal("1.00"), subs[1]: Decimal("0.25")}
    path = tmp_path / "l.sqlite3"
    outcomes: list[bool] = []
    start = threading.Barrier(4)

    errors: list[BaseException] = []

    def pay() -> None:
        own = sandbox.client()  # each thread its own client and ledger object, one file
        start.wait()
        try:
            report = own.bonuses.pay(study.id, amounts, key="race", ledger=path)
            outcomes.append(report.already_paid)
        except BaseException as exc:  # a thread's exception would otherwise vanish
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=pay) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(outcomes) == 4
    # One thread paid; the three that waited for its claim say the payment was already made.
    assert sorted(outcomes) == [False, True, True, True]
    assert sandbox.count_requests("pay_bonus_payments") == 1
    assert bonuses(sandbox, subs[0]) == [100] and bonuses(sandbox, subs[1]) == [25]
    assert new_owner() != new_owner()
    client.close()


class OvertakenLedger(BonusLedger):
    """Just before this caller claims its part, another caller with the same key pays it."""

    def __init__(self, path: Path, other: Callable[[], object]) -> None:
        super().__init__(path)
        self.other: Callable[[], object] | None = other

    def claim(self, scope: str, key: str, number: int, owner: str) -> Any:
        if self.other is not None:
            other, self.other = self.other, None
            other()
        return super().claim(scope, key, number, owner)


async def test_a_caller_overtaken_by_another_with_the_same_key_reports_already_paid(
    sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    study_id, subs = await finished(sandbox, client, 1)
    amounts = {subs[0]: Decimal("1.00")}
    path = tmp_path / "l.sqlite3"
    others: list[Any] = []

    def other_caller() -> None:
        with sandbox.client() as own:
            others.append(own.bonuses.pay(study_id, amounts, key="k", ledger=path))

    report = await call(
        client.bonuses.pay, study_id, amounts, key="k", ledger=OvertakenLedger(path, other_caller)
    )

    assert not others[0].already_paid  # the other caller sent the payment
    assert report.already_paid and report.resumed  # this one sent nothing, and says so
    assert report.batch_id == others[0].batch_id
    assert bonuses(sandbox, subs[0]) == [100]
