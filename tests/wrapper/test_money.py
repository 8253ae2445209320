"""Money: Decimal in, Decimal out; doubles read as the decimal the server wrote."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from altmarket_client.types import InvalidArgument, write_json
from hypothesis import given
from hypothesis import strategies as st
from tradespec import InvalidInputError
from tradespec._money import (
    decimal_from_double,
    decimal_from_text,
    decimal_places,
    money_argument,
    require_places,
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


def test_write_json_refuses_what_a_double_cannot_carry() -> None:
    assert write_json({"price": Decimal("30000.25")}) == b'{"price":30000.25}'
    assert write_json({"amount": Decimal("0.10")}) == b'{"amount":0.10}'
    assert write_json({"amount": Decimal("1E+2")}) == b'{"amount":100}'
    assert write_json({"amount": Decimal("1E-8")}) == b'{"amount":0.00000001}'
    for value in (Decimal("1234567890.123456789"), Decimal("1E+400"), Decimal("NaN")):
        with pytest.raises(InvalidArgument) as caught:
            write_json({"order": {"amount": value}})
        assert caught.value.argument == "amount"
    with pytest.raises(InvalidArgument, match="cannot be sent exactly"):
        write_json({"amount": Decimal("0.12345678901234567891")})


@given(
    st.decimals(
        min_value=Decimal("0.00000001"),
        max_value=Decimal("9999999.99999999"),  # 15 significant digits: DBL_DIG
        allow_nan=False,
        allow_infinity=False,
        places=8,
    )
)
def test_every_decimal_with_few_digits_goes_out_as_its_text(value: Decimal) -> None:
    written = write_json({"amount": value})
    assert written == b'{"amount":' + format(value, "f").encode() + b"}"
    # What a platform reading doubles reads is the decimal given.
    assert decimal_from_double(json.loads(written)["amount"]) == value


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_write_json_writes_what_json_dumps_writes_without_decimals(value: object) -> None:
    assert write_json(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )
    assert write_json(value, separators=(", ", ": "), ensure_ascii=True) == json.dumps(
        value
    ).encode("utf-8")
