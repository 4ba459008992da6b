"""What the property-based tests found in the client, each kept as a plain regression test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from prolific import InvalidRequestError
from prolific._validation import check_major_amount


@pytest.mark.parametrize(
    "amount",
    [
        # More digits than the decimal context: quantize() raised decimal.InvalidOperation.
        Decimal("1234567890123456789012345678.123"),
        # Fits a Decimal, but as a JSON number (a double) the pennies were silently lost.
        Decimal("12345678901234567.89"),
        "99999999999999999.99",
    ],
)
def test_a_major_amount_too_large_to_keep_its_pennies_is_refused(amount: object) -> None:
    with pytest.raises(InvalidRequestError, match="at most") as info:
        check_major_amount("amount", amount)
    assert info.value.field == "amount"


def test_the_largest_exact_major_amount_is_accepted() -> None:
    assert check_major_amount("amount", Decimal("90071992547409.91")) == Decimal(
        "90071992547409.91"
    )
