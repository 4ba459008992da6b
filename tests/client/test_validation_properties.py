"""Properties of input validation: accepted values round-trip, refused values raise
``InvalidRequestError`` (never another exception), for IDs, money, dates and JSON bodies."""

from __future__ import annotations

import datetime as dt
import json
import math
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from prolific import InvalidRequestError
from prolific._json_body import JSON_MAX_INT, check_json_body
from prolific._payload import jsonable
from prolific._validation import (
    MAX_MAJOR_AMOUNT,
    check_datetime,
    check_id,
    check_major_amount,
    check_money_minor,
)

pytestmark = pytest.mark.fuzz

HEX = "0123456789abcdef"
ids = st.text(alphabet=HEX, min_size=24, max_size=24)
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.decimals(allow_nan=True),
    st.text(),
    st.binary(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=3),
)


@given(ids)
def test_a_prolific_id_is_accepted_unchanged(value: str) -> None:
    assert check_id("study_id", value) == value


@given(anything)
def test_anything_else_is_not_an_id(value: Any) -> None:
    assume(not (isinstance(value, str) and len(value) == 24 and set(value) <= set(HEX)))
    with pytest.raises(InvalidRequestError) as info:
        check_id("study_id", value)
    assert info.value.field == "study_id"


@given(st.integers(min_value=1, max_value=JSON_MAX_INT))
def test_minor_units_round_trip_through_a_json_body(amount: int) -> None:
    assert check_money_minor("reward", amount) == amount
    body = {"reward": amount}
    check_json_body(body)
    assert json.loads(json.dumps(body))["reward"] == amount


@given(anything)
def test_minor_units_refuse_everything_but_whole_numbers_above_zero(value: Any) -> None:
    assume(not (type(value) is int and value > 0))
    with pytest.raises(InvalidRequestError):
        check_money_minor("reward", value)


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000000"), places=2))
def test_major_amounts_with_two_places_reach_the_wire_exactly(amount: Decimal) -> None:
    checked = check_major_amount("amount", amount)
    wire = json.loads(json.dumps(jsonable({"amount": checked})))["amount"]
    assert Decimal(repr(wire)) == amount
    assert check_major_amount("amount", str(amount)) == amount


def is_amount(value: Decimal) -> bool:
    return (
        value.is_finite()
        and Decimal(0) < value <= MAX_MAJOR_AMOUNT
        and value == value.quantize(Decimal("0.01"))
    )


@given(
    st.one_of(
        st.decimals(allow_nan=True, allow_infinity=True),
        st.floats(),
        st.text(max_size=12),
        st.none(),
        st.booleans(),
    )
)
def test_major_amounts_refuse_floats_and_non_amounts(value: Any) -> None:
    if isinstance(value, Decimal | str):
        try:
            parsed = Decimal(value.strip() if isinstance(value, str) else value)
        except ArithmeticError:
            parsed = None
        assume(parsed is None or not is_amount(parsed))
    with pytest.raises(InvalidRequestError):
        check_major_amount("amount", value)


@given(st.decimals(min_value=MAX_MAJOR_AMOUNT, places=2, allow_nan=False, allow_infinity=False))
def test_major_amounts_too_large_for_exact_pennies_are_refused(value: Decimal) -> None:
    # A float with 17 significant digits drops the pennies; a huge Decimal made quantize()
    # raise decimal.InvalidOperation instead of a typed error.
    assume(value > MAX_MAJOR_AMOUNT)
    with pytest.raises(InvalidRequestError, match="at most"):
        check_major_amount("amount", value)


moments = st.datetimes(
    min_value=dt.datetime(1970, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=st.timezones()
)


@given(moments)
def test_aware_datetimes_round_trip_as_iso_text(moment: dt.datetime) -> None:
    assume(moment.utcoffset() is not None)
    wire = check_datetime("created_after", moment)
    # The same instant (compared in UTC: Python never calls a time in a DST gap or fold equal
    # to one in another zone).
    sent = dt.datetime.fromisoformat(wire)
    assert (
        sent.replace(tzinfo=None) - sent.utcoffset()
        == moment.replace(tzinfo=None) - moment.utcoffset()
    )
    assert check_datetime("created_after", wire) == wire


@given(st.datetimes())
def test_naive_datetimes_are_refused(moment: dt.datetime) -> None:
    with pytest.raises(InvalidRequestError, match="time zone"):
        check_datetime("created_after", moment)


@given(st.one_of(st.text(), st.integers(), st.floats(), st.dates(), st.none()))
def test_text_that_is_not_an_aware_date_time_is_refused(value: Any) -> None:
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
        assume(parsed is None or parsed.utcoffset() is None)
    with pytest.raises(InvalidRequestError) as info:
        check_datetime("created_after", value)
    assert info.value.field == "created_after"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-JSON_MAX_INT, max_value=JSON_MAX_INT)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
bad_leaves = st.one_of(
    st.sampled_from([math.nan, math.inf, -math.inf]),
    st.integers(min_value=JSON_MAX_INT + 1) | st.integers(max_value=-JSON_MAX_INT - 1),
    st.builds(object),
    st.sets(st.integers(), max_size=2),
    st.binary(max_size=3),
    st.text(max_size=3).map(lambda t: t + "\ud800"),
)


@given(json_values)
def test_every_json_value_is_accepted_and_encodes(value: Any) -> None:
    check_json_body(value)
    json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8")


@st.composite
def body_with_one_bad_leaf(draw: st.DrawFn) -> tuple[Any, str]:
    """A JSON object with one value JSON cannot carry somewhere inside, and its path."""
    keys = draw(st.lists(st.from_regex(r"k[a-z]{0,5}", fullmatch=True), min_size=1, max_size=4))
    bad = draw(bad_leaves)
    value: Any = bad
    path = ""
    for key in reversed(keys):
        if draw(st.booleans()):
            index = draw(st.integers(min_value=0, max_value=2))
            value = [*([0] * index), value]
            path = f"[{index}]{path}"
        value = {key: value, "ok": draw(json_values)}
        path = f".{key}{path}"
    return value, path.lstrip(".")


@given(body_with_one_bad_leaf())
def test_a_value_json_cannot_carry_is_refused_naming_its_path(case: tuple[Any, str]) -> None:
    body, path = case
    with pytest.raises(InvalidRequestError) as info:
        check_json_body(body)
    assert info.value.field == path
    assert path in str(info.value)
