"""Bad input is refused before anything is sent, naming the field at fault."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

import pytest

from prolific import InvalidRequestError
from prolific._validation import (
    check_id,
    check_major_amount,
    check_money_minor,
    check_positive_int,
    check_rejection,
)

GOOD_ID = "5f1e2d3c4b5a69788796a5b4"
MESSAGE = "Your answers did not follow the instructions given on the first page of the study. " * 2


def test_good_id_passes() -> None:
    assert check_id("study_id", GOOD_ID) == GOOD_ID


@pytest.mark.parametrize(
    "value",
    [GOOD_ID.upper(), GOOD_ID[:-1], GOOD_ID + "0", "g" * 24, "", None, 123, f"{GOOD_ID[:-2]}/."],
)
def test_bad_ids(value: object) -> None:
    with pytest.raises(InvalidRequestError, match="study_id must be a Prolific ID") as info:
        check_id("study_id", value)
    assert info.value.field == "study_id"
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("value", [1, 5, 10_000])
def test_positive_ints_pass(value: int) -> None:
    assert check_positive_int("total_available_places", value) == value
    assert check_money_minor("reward", value) == value


@pytest.mark.parametrize("value", [0, -1, True, False, 1.0, 2.5, Decimal("3"), "3", None])
def test_bad_counts_and_minor_amounts(value: object) -> None:
    with pytest.raises(InvalidRequestError) as info:
        check_positive_int("total_available_places", value)
    assert info.value.field == "total_available_places"
    with pytest.raises(InvalidRequestError) as money:
        check_money_minor("reward", value)
    assert money.value.field == "reward"


def test_float_reward_explains_minor_units() -> None:
    with pytest.raises(InvalidRequestError, match=r"150 means 1\.50"):
        check_money_minor("reward", 1.5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("4.25"), Decimal("4.25")),
        (Decimal("4.250"), Decimal("4.250")),
        (4, Decimal(4)),
        ("0.01", Decimal("0.01")),
        (" 12.5 ", Decimal("12.5")),
    ],
)
def test_major_amounts_pass(value: object, expected: Decimal) -> None:
    assert check_major_amount("amount", value) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (4.25, "not a float"),
        (Decimal("4.255"), "more than two decimal places"),
        ("0.001", "more than two decimal places"),
        (Decimal("0"), "above 0"),
        (Decimal("-1"), "above 0"),
        (Decimal("NaN"), "decimal amount"),
        (Decimal("Infinity"), "decimal amount"),
        ("four", "decimal amount"),
        (True, "decimal amount"),
        (None, "decimal amount"),
    ],
)
def test_bad_major_amounts(value: object, words: str) -> None:
    with pytest.raises(InvalidRequestError, match=words) as info:
        check_major_amount("amount", value)
    assert info.value.field == "amount"


class Category(Enum):
    LOW_EFFORT = "LOW_EFFORT"


def test_good_rejection() -> None:
    assert check_rejection(MESSAGE, "NO_CODE") == (MESSAGE, "NO_CODE")
    assert check_rejection(MESSAGE, Category.LOW_EFFORT) == (MESSAGE, "LOW_EFFORT")


@pytest.mark.parametrize(
    ("message", "category", "field"),
    [
        ("Too short.", "NO_CODE", "message"),
        ("x" * 99, "NO_CODE", "message"),
        (None, "NO_CODE", "message"),
        (MESSAGE, "no_code", "rejection_category"),
        (MESSAGE, "BAD", "rejection_category"),
        (MESSAGE, None, "rejection_category"),
    ],
)
def test_bad_rejections(message: object, category: object, field: str) -> None:
    with pytest.raises(InvalidRequestError) as info:
        check_rejection(message, category)
    assert info.value.field == field


def test_rejection_message_of_exactly_100_characters_passes() -> None:
    assert check_rejection("x" * 100, "OTHER")[0] == "x" * 100
