"""The sandbox's money rules, each in one function.

Prolific's real fees depend on the account and change over time; the sandbox uses one fixed,
documented rule so that tests can predict every figure:

* **Service fee**: 33.33% of the rewards (or bonuses) paid, rounded half up to a whole minor
  unit (penny or cent).
* **VAT**: 20% of the service fee, rounded half up. Rewards themselves carry no VAT.
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

SERVICE_FEE_RATE = Decimal("0.3333")
#: The largest amount one line may carry (a 32-bit column); far larger amounts would overflow
#: the fee arithmetic's precision.
MAX_MINOR_UNITS = 2**31 - 1
VAT_RATE = Decimal("0.20")

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


def charge_for(amount: int) -> Charge:
    """The service fee and VAT on one payment of ``amount`` minor units."""
    fees = _half_up(Decimal(amount) * SERVICE_FEE_RATE)
    vat = _half_up(Decimal(fees) * VAT_RATE)
    return Charge(amount, fees, vat)


def study_cost(reward: int, places: int) -> Charge:
    """What ``places`` places at ``reward`` minor units each cost, fees and VAT included."""
    return charge_for(reward).times(places)


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


def split_balance(total: int) -> dict[str, int]:
    """Split a balance into the rewards it can fund and the fees and VAT those rewards need."""
    factor = 1 + SERVICE_FEE_RATE * (1 + VAT_RATE)
    rewards = int((Decimal(total) / factor).to_integral_value(rounding="ROUND_FLOOR"))
    fees = _half_up(Decimal(rewards) * SERVICE_FEE_RATE)
    return {"rewards": rewards, "fees": fees, "vat": total - rewards - fees}
