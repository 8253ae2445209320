"""Decimal helpers: every amount in the sandbox is a ``Decimal``, never a float."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_UP, Decimal, InvalidOperation

ZERO = Decimal(0)


class MoneyError(ValueError):
    """A value that is not a usable amount or price; the message says why."""


def to_decimal(value: object, what: str) -> Decimal:
    """A finite Decimal from a JSON value (number or string). Booleans are refused."""
    if isinstance(value, bool) or value is None:
        raise MoneyError(f"{what} must be a number")
    if isinstance(value, float):
        # A JSON double: its shortest repr is what the client meant.
        value = repr(value)
    try:
        result = Decimal(value) if isinstance(value, int | str | Decimal) else None
    except (InvalidOperation, ValueError):
        result = None
    if result is None or not result.is_finite():
        raise MoneyError(f"{what} must be a finite number")
    return result


def places(value: Decimal) -> int:
    """Decimal places written in ``value`` after dropping trailing zeros (1.50 -> 1)."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def check_scale(value: Decimal, scale: int, what: str) -> None:
    if places(value) > scale:
        raise MoneyError(f"{what} {fmt(value)} has more than {scale} decimal places")


def quantum(scale: int) -> Decimal:
    return Decimal(1).scaleb(-scale)


def round_down(value: Decimal, scale: int) -> Decimal:
    return value.quantize(quantum(scale), rounding=ROUND_DOWN)


def round_up(value: Decimal, scale: int) -> Decimal:
    return value.quantize(quantum(scale), rounding=ROUND_UP)


def round_even(value: Decimal, scale: int) -> Decimal:
    return value.quantize(quantum(scale), rounding=ROUND_HALF_EVEN)


def fmt(value: Decimal) -> str:
    """Plain notation without trailing zeros: ``1E+2`` is ``100``, ``0.50`` is ``0.5``."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text
