"""The sandbox's money rules, each in one function.

Prolific's fees depend on the account: the sandbox takes them from a table in
:class:`~prolific.sandbox.SandboxSettings` (``fees``, by workspace currency and ``account_type``)
so that tests can predict every figure. The defaults:

* **Service fee**: 33.33% (academic) or 42.8% (corporate) of the rewards (or bonuses) paid,
  rounded half up to a whole minor unit (penny or cent).
* **VAT**: 20% of the service fee on GBP workspaces, none on USD ones, rounded half up.
  Rewards themselves carry no VAT.
* A charge is computed per line (per place, per bonus recipient) and summed, so a batch total is
  always the sum of what its recipients cost.
* **Custom screen-out minimum pay**: 10 pence (GBP) or 14 cents (USD) per minute the participant
  spent in the study (rounded up), and never less than one minute's worth. The recommended
  amount uses 15 pence or 20 cents per minute.

All amounts are integers in minor units except where an API field says otherwise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ._settings import DEFAULT_FEES, FeeRule, SandboxSettings

#: The rule for a GBP academic workspace: the sandbox's starting workspace.
DEFAULT_RULE = DEFAULT_FEES[("GBP", "academic")]
SERVICE_FEE_RATE = DEFAULT_RULE.fee_rate
VAT_RATE = DEFAULT_RULE.vat_rate
#: The largest amount one line may carry (a 32-bit column); far larger amounts would overflow
#: the fee arithmetic's precision.
MAX_MINOR_UNITS = 2**31 - 1

#: Minor units per minute in the study, by workspace currency.
SCREEN_OUT_MINIMUM_PER_MINUTE = {"GBP": 10, "USD": 14}
SCREEN_OUT_RECOMMENDED_PER_MINUTE = {"GBP": 15, "USD": 20}


@dataclass(frozen=True)
class Charge:
    """What moving ``amount`` to participants costs the workspace, in minor units."""

    amount: int
    fees: int
    vat: int

    @property
    def total(self) -> int:
        return self.amount + self.fees + self.vat

    def __add__(self, other: Charge) -> Charge:
        return Charge(self.amount + other.amount, self.fees + other.fees, self.vat + other.vat)

    def times(self, n: int) -> Charge:
        return Charge(self.amount * n, self.fees * n, self.vat * n)


ZERO = Charge(0, 0, 0)


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def fee_rule(settings: SandboxSettings, currency: str) -> FeeRule:
    """The fee and VAT a workspace in ``currency`` pays under ``settings``."""
    found = settings.fees.get((currency, settings.account_type))
    return found if found is not None else DEFAULT_RULE


def charge_for(amount: int, rule: FeeRule = DEFAULT_RULE) -> Charge:
    """The service fee and VAT on one payment of ``amount`` minor units."""
    fees = _half_up(Decimal(amount) * rule.fee_rate)
    vat = _half_up(Decimal(fees) * rule.vat_rate)
    return Charge(amount, fees, vat)


def study_cost(reward: int, places: int, rule: FeeRule = DEFAULT_RULE) -> Charge:
    """What ``places`` places at ``reward`` minor units each cost, fees and VAT included."""
    return charge_for(reward, rule).times(places)


def hourly_rate(reward: int, estimated_minutes: int) -> Decimal:
    """What a reward pays per hour of the estimated time, in minor units."""
    return Decimal(reward) * 60 / Decimal(estimated_minutes)


def minimum_reward(per_hour: int, estimated_minutes: int) -> int:
    """The smallest reward (minor units) paying at least ``per_hour`` for the estimate."""
    return math.ceil(Decimal(per_hour) * estimated_minutes / 60)


def to_minor_units(amount: Decimal) -> int:
    """Convert decimal major units (``Decimal("4.25")``) to minor units (425).

    Raises ``ValueError`` for more than two decimal places, as a penny cannot be split.
    """
    minor = amount * 100
    if minor != minor.to_integral_value():
        raise ValueError("at most two decimal places are allowed")
    if abs(minor) > MAX_MINOR_UNITS:
        raise ValueError(f"at most {MAX_MINOR_UNITS} minor units are allowed")
    return int(minor)


def screen_out_minimum(minutes: float, currency: str) -> int:
    """The least a custom screen-out may pay per submission, in minor units."""
    per_minute = SCREEN_OUT_MINIMUM_PER_MINUTE.get(currency, SCREEN_OUT_MINIMUM_PER_MINUTE["GBP"])
    return max(per_minute, math.ceil(minutes * per_minute))


def screen_out_recommended(minutes: float, currency: str) -> int:
    """The amount the sandbox recommends per screened-out submission, in minor units."""
    per_minute = SCREEN_OUT_RECOMMENDED_PER_MINUTE.get(
        currency, SCREEN_OUT_RECOMMENDED_PER_MINUTE["GBP"]
    )
    return max(screen_out_minimum(minutes, currency), math.ceil(minutes * per_minute))


def split_balance(total: int, rule: FeeRule = DEFAULT_RULE) -> dict[str, int]:
    """Split a balance into the rewards it can fund and the fees and VAT those rewards need."""
    factor = 1 + rule.fee_rate * (1 + rule.vat_rate)
    rewards = int((Decimal(total) / factor).to_integral_value(rounding="ROUND_FLOOR"))
    fees = _half_up(Decimal(rewards) * rule.fee_rate)
    return {"rewards": rewards, "fees": fees, "vat": total - rewards - fees}
