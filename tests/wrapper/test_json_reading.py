"""The JSON reader (``tradespec._json.loads``) reads every body as the standard library does.

msgspec decodes first, the standard library again whatever msgspec refuses: the value, or the
refusal, must be the standard library's own (with ``read_number`` for the numbers) for any text,
well-formed or hostile.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tradespec._json import loads, read_number

# Pieces of JSON text, well-formed and not: numbers at and past Decimal's range, constants the
# standard library takes and msgspec does not, escapes, duplicate keys, bytes that are no UTF-8.
_PIECES = st.sampled_from(
    ["[", "]", "{", "}", ",", ":", " ", '"a"', '"b"', '"\\ud800"', '"\\u00e9"', '"\\/"', "\xe9",
     "0", "1", "-", ".", "e", "E", "+", "9" * 30, "1.5", "-0.0", "1e999999", "1e1000000",
     "0e-1000000", "1e-999999", "1e9999999999999999999", "NaN", "Infinity", "-Infinity",
     "true", "false", "null", '{"a": 1, "a": 2.5}', "\x00", "\x1f"]
)  # fmt: skip


def _standard(body: bytes, decimals: bool) -> tuple[str, str]:
    try:
        value = json.loads(body, parse_float=read_number) if decimals else json.loads(body)
    except ValueError as exc:
        return "refused", type(exc).__name__
    return "read", repr(value)


def _ours(body: bytes, decimals: bool) -> tuple[str, str]:
    try:
        value = loads(body, decimals=decimals)
    except ValueError as exc:
        return "refused", type(exc).__name__
    return "read", repr(value)


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(st.lists(_PIECES, max_size=14).map("".join).map(_encoded), st.binary(max_size=40)),
    st.booleans(),
)
def test_any_text_is_read_or_refused_as_the_standard_library_reads_it(
    body: bytes, decimals: bool
) -> None:
    assert _ours(body, decimals) == _standard(body, decimals)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[1.50, -0.0, 1E5]", [Decimal("1.50"), Decimal("-0.0"), Decimal("1E+5")]),
        ("[1e999999, 1e-999999]", [Decimal("1E+999999"), Decimal("1E-999999")]),
        # Beyond Decimal's range: the text, which the models refuse naming the field.
        ("[1e1000000, 2.5]", ["1e1000000", Decimal("2.5")]),
        ("[0e-1000000]", ["0e-1000000"]),
        ("[1e9999999999999999999]", ["1e9999999999999999999"]),
        ('{"a": 1, "a": 2.5}', {"a": Decimal("2.5")}),
    ],
)
def test_numbers_are_the_decimals_of_their_text_within_range(text: str, expected: object) -> None:
    assert loads(text.encode(), decimals=True) == expected


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", "\ufeff[1.5]", '"\\ud800"'])
def test_what_only_the_standard_library_takes_is_still_read_by_it(text: str) -> None:
    body = text.encode("utf-8", "surrogatepass")
    assert _ours(body, True) == _standard(body, True)
    assert _ours(body, True)[0] == "read"
