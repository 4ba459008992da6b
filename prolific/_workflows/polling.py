"""Waiting for something that changes on its own: a study going live, a submission becoming
approvable, an import finishing, a payment showing.

Every such wait reads, sleeps a little longer each time (a first delay doubling up to a
ceiling) and stops once its budget of seconds is spent; the sleep and the clock are yielded
steps, so a test's clock decides how long that really is.
"""

from __future__ import annotations

import logging

from .._constants import LOGGER_NAME
from .._flow import Flow, Now, Sleep
from ..errors import WaitTimeoutError

__all__ = ["Backoff"]

logger = logging.getLogger(LOGGER_NAME)


class Backoff:
    """The pauses between the reads of one wait, within `limit` seconds in all.

    The budget counts from :meth:`start`, or else from the first pause.
    """

    def __init__(self, limit: float, *, first: float, most: float) -> None:
        self.limit = limit
        self.delay = first
        self.most = most
        self.started: float | None = None
        #: Seconds since the start, as of the last pause.
        self.waited = 0.0

    def start(self) -> Flow[None]:
        self.started = yield Now()

    def pause(self, message: str, *args: object) -> Flow[bool]:
        """Log `message` (with `args`, %-style) and sleep until the next read; False, without
        sleeping, once the budget is spent."""
        now: float = yield Now()
        if self.started is None:
            self.started = now
        self.waited = now - self.started
        if self.waited >= self.limit:
            return False
        seconds = min(self.delay, self.limit - self.waited)
        logger.info(message + "; checking again in %.0fs", *args, seconds)
        yield Sleep(seconds)
        self.delay = min(self.delay * 2, self.most)
        return True

    def pause_or_give_up(self, subject: str, status: str, *, hint: str = "") -> Flow[None]:
        """:meth:`pause` after reading `subject` in `status` ("submission <id>", "ACTIVE");
        raises :class:`~prolific.errors.WaitTimeoutError` once the budget is spent."""
        if not (yield from self.pause("%s is %s", subject[:1].upper() + subject[1:], status)):
            raise WaitTimeoutError(subject, status, self.waited, hint=hint)
