"""Money: ``Decimal`` in and out.

Arguments accept ``Decimal``, ``int`` and ``str``; ``float`` is refused. A float is a binary
approximation (``0.1`` is 0.1000000000000000055...), and guessing the decimal a caller meant hides
their rounding bugs where they cost money; ``str(x)`` or ``Decimal(repr(x))`` is one explicit step
away when a float really is the source. ``bool`` is refused too (it is an ``int`` in Python).

AltMarket's JSON numbers are IEEE doubles; each becomes ``Decimal(repr(x))``, the shortest decimal
that round-trips the double, which is the decimal the server wrote. Going out, a ``Decimal`` is
written as its own decimal text by the generated ``write_json`` (the one writer of request
bodies), and refused when no double carries it exactly (more than ~15 significant digits), so
what is signed and sent is exactly what the caller asked for.

Strings are read in ASCII only (``Decimal`` would take ``"١٢"`` or full-width digits), and no
amount or price reaches 2**53: no market trades that much, and beyond it a double no longer
holds every integer.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from tradespec.errors import InvalidInputError

MAX_MONEY = Decimal(2**53)

__all__ = [
    "decimal_from_double",
    "decimal_from_text",
    "decimal_places",
    "money_argument",
    "require_places",
]


def money_argument(value: object, argument: str) -> Decimal:
    """``value`` as a finite, positive ``Decimal``; else :class:`InvalidInputError`."""
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, bool):
        raise InvalidInputError(argument, f"expected a Decimal, int or str amount, got {value!r}")
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        if not value.isascii():
            raise InvalidInputError(argument, f"not a decimal number in ASCII digits: {value!r}")
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise InvalidInputError(argument, f"not a decimal number: {value!r}") from None
    elif isinstance(value, float):
        raise InvalidInputError(
            argument,
            f"floats are refused as money ({value!r} is a binary approximation); "
            f"pass Decimal({str(value)!r}) or the string {str(value)!r}",
        )
    else:
        raise InvalidInputError(
            argument, f"expected a Decimal, int or str amount, got {type(value).__name__}"
        )
    if not number.is_finite():
        raise InvalidInputError(argument, f"must be a finite number, got {value!r}")
    if number <= 0:
        raise InvalidInputError(argument, f"must be greater than zero, got {value!r}")
    if number >= MAX_MONEY:
        raise InvalidInputError(argument, f"must be less than 2**53, got {number:.6g}")
    return number


def decimal_places(number: Decimal) -> int:
    """How many decimal places ``number`` needs (trailing zeros do not count)."""
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    if number == number.to_integral_value():
        return 0
    stripped = number.normalize().as_tuple().exponent
    assert isinstance(stripped, int)
    return max(0, -stripped)


def require_places(number: Decimal, allowed: int | None, argument: str, where: str) -> None:
    """Refuse ``number`` if it has more decimal places than ``allowed`` (None: no limit known)."""
    if allowed is None:
        return
    # Fast path: the written exponent already fits (the common case of a well-formed input).
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent <= allowed:
        return
    places = decimal_places(number)
    if places > allowed:
        raise InvalidInputError(
            argument,
            f"{number} has {places} decimal places; {where} allows at most {allowed}",
        )


def decimal_from_double(value: object) -> Decimal | None:
    """A JSON number (a double, or an int) as the ``Decimal`` the server wrote; None stays None.

    A string holding a number is read too (servers are inconsistent); anything else is a
    ``ValueError`` that the caller turns into a :class:`~tradespec.errors.ResponseError`.
    """
    if value is None:
        return None
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        return decimal_from_text(value)
    raise ValueError(f"expected a number, got {value!r}")


def decimal_from_text(value: object) -> Decimal | None:
    """A decimal string (Hashgreen's ``"69.00"``, ``"1E-12"``) as a ``Decimal``; None stays None."""
    if value is None:
        return None
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
    if isinstance(value, float | int) and not isinstance(value, bool):
        return decimal_from_double(value)
    raise ValueError(f"expected a decimal string, got {value!r}")
