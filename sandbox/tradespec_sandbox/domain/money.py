"""Decimal helpers: every amount in the sandbox is a ``Decimal``, never a float."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_UP, Decimal, InvalidOperation

ZERO = Decimal(0)
# Bounds on any number the sandbox reads, far beyond any amount or price (the largest it books is
# 10**12, the finest scale 18 places; each field's own bound refuses more) and far inside what
# Decimal computes without overflow (an exponent of 999,999): ``1e999999999999999999`` is
# refused here with a 400 rather than failing in arithmetic.
MAX_DIGITS = 100
MAX_EXPONENT = 1000


class MoneyError(ValueError):
    """A value that is not a usable amount or price; the message says why."""


def bounded(value: Decimal, text: str | None = None) -> Decimal:
    """``value`` if it is within the bounds (digits, exponent), else MoneyError."""
    if value.is_finite():
        digits = len(value.as_tuple().digits)
        if digits > MAX_DIGITS or abs(value.adjusted()) > MAX_EXPONENT:
            shown = text if text is not None and len(text) <= 40 else f"{value:.6E}"
            raise MoneyError(
                f"{shown} is beyond {MAX_DIGITS} digits or an exponent of {MAX_EXPONENT}"
            )
    return value


def bounded_decimal(text: str) -> Decimal:
    """A JSON number with a fraction or exponent, read exactly, within the bounds."""
    if len(text) > 2 * MAX_DIGITS + MAX_EXPONENT:
        raise MoneyError(f"a number of {len(text)} characters is too long")
    try:
        value = Decimal(text)
    except InvalidOperation:  # an exponent beyond what Decimal can hold at all
        raise MoneyError(f"{text} is beyond an exponent of {MAX_EXPONENT}") from None
    return bounded(value, text)


def bounded_int(text: str) -> int:
    """A JSON integer within the bounds (before Python's 4,300-digit limit is reached)."""
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise MoneyError(f"an integer of {len(text)} digits is too long")
    return int(text)


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
    try:
        return bounded(result)
    except MoneyError as exc:
        raise MoneyError(f"{what}: {exc}") from None


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
