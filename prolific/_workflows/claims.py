"""What every money workflow shares: whose money it is (the scope), waiting for another payer's
claim, and the per-account lock that keeps money calls one after another.

All of it is I/O-free: the scope is learnt with a yielded request (once per client), and waiting
is a yielded :class:`~prolific._flow.Pause` of real time, since the other payer runs on real time
whatever clock this client has.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from prolific_api import operations as ops
from prolific_api.models.user import User

from .._base_client import Account
from .._constants import LOGGER_NAME
from .._flow import Flow, Pause
from .._ledger import BonusLedger, Held
from .._request import build
from ..errors import LedgerBusyError

__all__ = ["DEFAULT_WAIT", "Account", "scope_flow", "take_money_lock", "wait_for"]

logger = logging.getLogger(LOGGER_NAME)

#: How long a caller waits for another payer's claim or the money lock, in seconds.
DEFAULT_WAIT = 300.0
FIRST_POLL = 0.01
MAX_POLL = 0.25

T = TypeVar("T")


def scope_flow(account: Account) -> Flow[str]:
    """The ledger scope for this client: the same key on another account or base URL is
    another payment."""
    if account.account_id is None:
        me: User = yield build(ops.get_me)
        account.account_id = me.id
    return f"{account.origin.rstrip('/')}#{account.account_id}"


def wait_for(
    attempt: Callable[[], T | Held], what: str, ledger: BonusLedger, wait: float
) -> Flow[T]:
    """Call `attempt` until it stops answering :class:`Held`, pausing between tries, for at most
    `wait` seconds of pauses; then :class:`LedgerBusyError` naming the holder."""
    waited = 0.0
    pause = FIRST_POLL
    told = False
    while True:
        outcome = attempt()
        if not isinstance(outcome, Held):
            return outcome
        if waited >= wait:
            raise LedgerBusyError(ledger.target, what, outcome.holder, waited)
        if not told:
            logger.info("%s is held by %s; waiting for it", what, outcome.holder)
            told = True
        step = min(pause, wait - waited)
        yield Pause(step)
        waited += step
        pause = min(pause * 1.5, MAX_POLL)


def take_money_lock(ledger: BonusLedger, scope: str, owner: str, wait: float) -> Flow[bool]:
    """Wait for the account's money lock: Prolific does not support concurrent bonus requests,
    so workers sharing a ledger take turns. The caller releases it with ``unlock_money``."""

    def attempt() -> bool | Held:
        return ledger.lock_money(scope, owner) or True

    taken: bool = yield from wait_for(attempt, "the account's money lock", ledger, wait)
    return taken
