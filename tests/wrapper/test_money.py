"""Money: Decimal in, Decimal out; doubles read as the decimal the server wrote."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tradespec import InvalidInputError
from tradespec._money import (
    decimal_from_double,
    decimal_from_text,
    decimal_places,
    money_argument,
    require_places,
    to_double,
)


@pytest.mark.parametrize(
    ("double", "expected"),
    [
        (0.1, "0.1"),
        (30000.25, "30000.25"),
        (1e-08, "1E-8"),
        (0.30000000000000004, "0.30000000000000004"),
        (123456789.12345679, "123456789.12345679"),
        (5e-324, "5E-324"),
        (1e21, "1E+21"),
        (0, "0"),
        (-2.5, "-2.5"),
        (2**60, "1152921504606846976"),
    ],
)
def test_doubles_become_the_shortest_round_tripping_decimal(double: float, expected: str) -> None:
    value = decimal_from_double(double)
    assert value == Decimal(expected)
    assert isinstance(value, Decimal)


def test_absent_stays_none_and_garbage_is_refused() -> None:
    assert decimal_from_double(None) is None
    assert decimal_from_text(None) is None
    assert decimal_from_text("") is None
    assert decimal_from_double("0.5") == Decimal("0.5")  # a server that quotes its numbers
    assert decimal_from_text("1E-12") == Decimal("1E-12")
    for bad in (True, [1], "abc", {"a": 1}):
        with pytest.raises(ValueError):
            decimal_from_double(bad)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("0.5"), "0.5"),
        (3, "3"),
        ("  12.50 ", "12.50"),
        ("1e-3", "0.001"),
        ("1_000", "1000"),
    ],
)
def test_accepted_arguments(value: object, expected: str) -> None:
    assert money_argument(value, "amount") == Decimal(expected)


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        (0.5, "floats are refused"),
        (True, "expected a Decimal, int or str"),
        (False, "expected a Decimal, int or str"),
        (None, "expected a Decimal, int or str"),
        ([1], "expected a Decimal, int or str"),
        ("abc", "not a decimal number"),
        ("", "not a decimal number"),
        (Decimal("NaN"), "finite"),
        (Decimal("sNaN"), "finite"),
        ("Infinity", "finite"),
        (Decimal("-Infinity"), "finite"),
        (0, "greater than zero"),
        ("-1", "greater than zero"),
        (Decimal("-0.0"), "greater than zero"),
    ],
)
def test_refused_arguments_name_the_argument(value: object, needle: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        money_argument(value, "stop_price")
    assert caught.value.argument == "stop_price"
    assert str(caught.value).startswith("stop_price: ")
    assert needle in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_float_refusal_suggests_the_decimal() -> None:
    with pytest.raises(InvalidInputError, match=r"Decimal\('0.1'\)"):
        money_argument(0.1, "price")


@pytest.mark.parametrize(
    ("value", "places"),
    [
        ("1", 0),
        ("1.50", 1),
        ("1.000", 0),
        ("0.00000001", 8),
        ("1E+3", 0),
        ("1.2E-3", 4),
        ("100", 0),
    ],
)
def test_decimal_places_ignore_trailing_zeros(value: str, places: int) -> None:
    assert decimal_places(Decimal(value)) == places


def test_require_places() -> None:
    require_places(Decimal("0.1200"), 2, "price", "btc_usdt (priceScale)")
    require_places(Decimal("5"), 0, "amount", "x")
    require_places(Decimal("1.123456789"), None, "amount", "x")  # no scale known: no limit
    with pytest.raises(InvalidInputError) as caught:
        require_places(Decimal("0.125"), 2, "price", "btc_usdt (priceScale)")
    assert str(caught.value) == (
        "price: 0.125 has 3 decimal places; btc_usdt (priceScale) allows at most 2"
    )


def test_to_double_refuses_what_a_double_cannot_carry() -> None:
    assert to_double(Decimal("30000.25"), "price") == 30000.25
    assert to_double(Decimal("0.1"), "amount") == 0.1
    with pytest.raises(InvalidInputError, match="cannot be sent exactly"):
        to_double(Decimal("1234567890.123456789"), "amount")
    with pytest.raises(InvalidInputError):
        to_double(Decimal("1E+400"), "amount")


@given(
    st.decimals(
        min_value=Decimal("0.00000001"),
        max_value=Decimal("9999999.99999999"),  # 15 significant digits: DBL_DIG
        allow_nan=False,
        allow_infinity=False,
        places=8,
    )
)
def test_every_decimal_with_few_digits_survives_the_double(value: Decimal) -> None:
    if value <= 0:
        return
    double = to_double(value, "amount")
    assert decimal_from_double(double) == value
