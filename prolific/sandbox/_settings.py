"""``SandboxSettings``: every timing, price and choice the sandbox's rules depend on.

Each default follows what Prolific documents (see ``docs/sandbox-rules.md`` for the source of
each). Where Prolific's own sources disagree, the default follows the 2026 API description and
the setting names the other choice, so a test can pin whichever behaviour it relies on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Literal

DAY = 24 * 3600.0

AccountType = Literal["academic", "corporate"]
StopOutcome = Literal["COMPLETED", "AWAITING REVIEW"]
DemographicExportShape = Literal["csv", "json_rows", "download_url"]


@dataclass(frozen=True)
class FeeRule:
    """Prolific's service fee and the VAT on it, as fractions (``Decimal("0.3333")`` is 33.33%).

    The fee is charged on every reward and bonus; VAT applies to the fee only, never to what
    participants receive.
    """

    fee_rate: Decimal
    vat_rate: Decimal


#: Prolific's pricing page: 33.3% for academic and non-profit accounts, 42.8% for corporate
#: ones. The help centre: UK workspaces pay 20% VAT on the fee; workspaces outside the EU VAT
#: regime (USD ones, in the sandbox) pay none.
DEFAULT_FEES: Mapping[tuple[str, str], FeeRule] = MappingProxyType(
    {
        ("GBP", "academic"): FeeRule(Decimal("0.3333"), Decimal("0.20")),
        ("GBP", "corporate"): FeeRule(Decimal("0.428"), Decimal("0.20")),
        ("USD", "academic"): FeeRule(Decimal("0.3333"), Decimal("0")),
        ("USD", "corporate"): FeeRule(Decimal("0.428"), Decimal("0")),
    }
)

#: The help centre's floor for pay, in minor units per hour: £6.00 / $8.00.
DEFAULT_MINIMUM_HOURLY_REWARD: Mapping[str, int] = MappingProxyType({"GBP": 600, "USD": 800})


def _doubling_to_a_day() -> tuple[float, ...]:
    """Prolific's retry table: 1 minute, 2 minutes, doubling; the 11th retry about 24 hours
    after the first attempt. These are the longest waits; full jitter draws each below it."""
    delays = [60.0 * 2**n for n in range(10)]
    return (*delays, DAY - sum(delays))


#: The longest wait before each webhook retry (11 retries over 24 hours).
PROLIFIC_WEBHOOK_RETRY_DELAYS = _doubling_to_a_day()

#: Where the seeded PUBLISHING phase is drawn from, in whole seconds (inclusive).
PUBLISH_DELAY_RANGE = (2, 10)


@dataclass(frozen=True)
class SandboxSettings:
    """Timings, prices and choices a test may change (``sandbox.configure(...)``,
    ``dataclasses.replace`` or the constructor). Durations are sandbox seconds; money is in
    minor units (pence, cents)."""

    #: Seconds a study spends in PUBLISHING before it becomes ACTIVE. ``None``: a short phase
    #: drawn from the seed (``PUBLISH_DELAY_RANGE``), as live; ``0``: ACTIVE at once.
    publish_delay: float | None = None
    #: Seconds between an accepted bonus pay call and the money moving (0: at once).
    bonus_payment_delay: float = 0.0
    #: Seconds between an accepted bulk approval and the approvals (0: at once).
    bulk_approve_delay: float = 0.0
    #: Seconds a simulated participant takes to honour a return request (None: never).
    return_request_delay: float | None = 300.0
    #: Longest wait before each webhook retry after a failed delivery; one entry per retry.
    webhook_retry_delays: tuple[float, ...] = PROLIFIC_WEBHOOK_RETRY_DELAYS
    #: Full jitter: each retry waits a seeded random time up to its entry above. False: exactly.
    webhook_retry_jitter: bool = True
    #: When True, every study that becomes ACTIVE fills its places with simulated participants.
    autopilot: bool = False
    #: Seconds after submitting that an unreviewed (AWAITING REVIEW) submission is approved by
    #: Prolific on the researcher's behalf: 21 days. None: never.
    review_window: float | None = 21 * DAY
    #: Seconds a RESERVED place is held for a participant who has not started; then the place
    #: is released (the submission ends TIMED-OUT). Prolific: 10 minutes. None: forever.
    reserved_hold: float | None = 600.0
    #: The least a study may pay per hour, in minor units, by workspace currency.
    minimum_hourly_reward: Mapping[str, int] = field(
        default_factory=lambda: DEFAULT_MINIMUM_HOURLY_REWARD
    )
    #: The account's pricing tier, which picks the fee from ``fees``.
    account_type: AccountType = "academic"
    #: Fee and VAT by (workspace currency, account type).
    fees: Mapping[tuple[str, str], FeeRule] = field(default_factory=lambda: DEFAULT_FEES)
    #: What STOP does to a study whose submissions are not all reviewed. The 2026 API
    #: description: COMPLETED; the help centre: AWAITING REVIEW until they are.
    stop_with_unreviewed: StopOutcome = "COMPLETED"
    #: The status DELETE of a draft study answers: 200 in the 2026 description, 204 in older
    #: clients' experience.
    delete_study_status: int = 200
    #: Whether ``GET /submissions/`` refuses a call without ``study`` (400): the 2026
    #: description marks it required; older Prolific answered with the whole account.
    submissions_require_study: bool = True
    #: How a demographic export answers: CSV text (what Prolific's Go CLI reads), JSON rows,
    #: or a JSON object with a presigned ``url`` to download the CSV from. The 2026
    #: description only says "a JSON object"; the client reads all three.
    demographic_export_shape: DemographicExportShape = "csv"
