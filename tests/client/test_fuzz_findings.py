"""What the property-based tests found in the client, each kept as a plain regression test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import httpx
import pytest

from prolific import APIError, InvalidRequestError, Prolific
from prolific._validation import check_major_amount

from .helpers import STUDY_ID, TOKEN


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


def test_an_all_digit_token_echoed_into_a_json_number_is_redacted() -> None:
    # Found by the redaction property: "1" + token parsed as a JSON number, and the number
    # (with the token's digits) was kept in the error's body.
    token = "0" * 20
    transport = httpx.MockTransport(
        lambda request: httpx.Response(400, content=b"1" + token.encode())
    )
    client = Prolific(token=token, http_client=httpx.Client(transport=transport))
    with pytest.raises(APIError) as info:
        client.studies.get(STUDY_ID)
    assert token not in repr(vars(info.value))
    assert info.value.body == "1[redacted]"


@pytest.mark.parametrize(
    "when", ["yesterday", "2026-05-01T09:30:00", dt.datetime(2026, 5, 1), 20260501]
)
def test_messages_list_refuses_a_created_after_that_is_not_an_aware_date_time(when: object) -> None:
    client = Prolific(token=TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(_never)))
    with pytest.raises(InvalidRequestError) as info:
        client.messages.list(created_after=when)  # type: ignore[arg-type]
    assert info.value.field == "created_after"


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing should be sent, but {request.url} was")
