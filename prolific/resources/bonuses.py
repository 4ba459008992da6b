"""``client.bonuses``: the two raw steps of paying bonuses.

Step one creates a batch (nothing is paid); step two pays it. The pay call is NOT idempotent:
paying a batch twice pays twice, so the SDK never retries it. Prefer ``bonuses.pay``, which
records each step in a local ledger and is safe to call again after any failure.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from prolific_api.models.bonus_batch import BonusBatch

from .._base_client import AsyncResource, SyncResource, _BaseClient
from .._flow import Flow, blocking, run_async, run_sync
from .._workflows.bonus import pay_flow
from .._workflows.calls import create_batch_request, csv_bonuses, pay_batch_request
from ..types import BonusReport

if TYPE_CHECKING:
    from .._ledger import BonusLedger

__all__ = ["AsyncBonuses", "Bonuses", "csv_bonuses"]


def _pay(
    client: _BaseClient,
    study_id: str,
    amounts: Mapping[str, Decimal | int | str],
    key: str,
    ledger: BonusLedger | str | os.PathLike[str] | None,
    settle_timeout: float,
    wait: float,
) -> Flow[BonusReport]:
    book = client._bonus_ledger(ledger)
    return blocking(
        pay_flow(
            book, client._account, study_id, amounts, key, settle_timeout=settle_timeout, wait=wait
        )
    )


#: How long ``pay`` looks for a payment whose outcome was lost, in seconds.
SETTLE_TIMEOUT = 120.0
#: How long ``pay`` waits for another caller paying under the same key, in seconds.
WAIT = 300.0


class Bonuses(SyncResource):
    def create_batch(self, study_id: str, amounts: Mapping[str, Decimal | int | str]) -> BonusBatch:
        """Price a bonus batch (nothing is paid yet). ``amounts`` maps participant or submission
        IDs to ``Decimal`` major units; the batch's figures come back in minor units."""
        return self._client.request(create_batch_request(study_id, csv_bonuses(amounts)))

    def pay_batch(self, batch_id: str) -> None:
        """Pay a batch (asynchronously on Prolific's side). Never call twice for one batch."""
        return self._client.request(pay_batch_request(batch_id))

    def pay(
        self,
        study_id: str,
        amounts: Mapping[str, Decimal | int | str],
        key: str,
        *,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
        settle_timeout: float = SETTLE_TIMEOUT,
        wait: float = WAIT,
    ) -> BonusReport:
        """Pay bonuses exactly once under `key`: batches of at most 200 recipients, each
        created then paid.

        ``amounts`` maps participant or submission IDs of the study to ``Decimal`` major units
        (positive, at most two decimal places, at most 10,000; floats refused). Each step is
        claimed and recorded in the ledger before it is taken: ``ledger=`` a path (SQLite,
        shared by the processes of one machine), a ``postgresql://`` DSN (shared by every
        machine) or a ``BonusLedger``; by default ``$PROLIFIC_LEDGER`` or a per-user file.
        Calling ``pay`` again with the same key, at the same time or after a crash, timeout or
        lost response, finishes the payment and pays nobody twice: a second caller waits up to
        `wait` seconds for the first (then ``LedgerBusyError``). A pay call whose outcome is
        unknown is reconciled against each submission's ``bonus_payments`` for up to
        `settle_timeout` seconds; what cannot be confirmed raises ``PaymentInDoubtError``
        naming the recipients.
        """
        flow = _pay(self._client, study_id, amounts, key, ledger, settle_timeout, wait)
        return run_sync(self._client, flow)


class AsyncBonuses(AsyncResource):
    async def create_batch(
        self, study_id: str, amounts: Mapping[str, Decimal | int | str]
    ) -> BonusBatch:
        return await self._client.request(create_batch_request(study_id, csv_bonuses(amounts)))

    async def pay_batch(self, batch_id: str) -> None:
        return await self._client.request(pay_batch_request(batch_id))

    async def pay(
        self,
        study_id: str,
        amounts: Mapping[str, Decimal | int | str],
        key: str,
        *,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
        settle_timeout: float = SETTLE_TIMEOUT,
        wait: float = WAIT,
    ) -> BonusReport:
        """See ``Bonuses.pay``."""
        flow = _pay(self._client, study_id, amounts, key, ledger, settle_timeout, wait)
        return await run_async(self._client, flow)
