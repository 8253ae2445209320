"""Reading a server's JSON: nesting bounded before the decoder recurses, numbers in range.

The standard library's decoder recurses once per nested array or object, in C; a body of
100,000 ``[`` would end in a ``RecursionError`` (or, with a raised recursion limit, overflow the
C stack). :func:`check_depth` bounds the nesting at :data:`MAX_DEPTH` from the bytes alone, with
no recursion and in C-speed passes (``bytes.translate`` and ``bytes.replace``), before anything
is decoded: a few milliseconds for 10,000 orders, nothing for a small answer. What nests deeper
than a few levels is measured in one pass over its brackets, so a hostile body costs the check
time in proportion to its size, not to its size times its depth.

:func:`read_number` is what a decoder that reads numbers as ``Decimal`` makes of each: a
number beyond ``Decimal``'s range (an adjusted exponent past 999,999 either way, where every
arithmetic operation of the default context overflows) is returned as its text, which the
generated models then refuse with a ``ValueError`` naming the field (``read_money``), as they
refuse any other text.

The decoder is msgspec's, when it is installed (a declared dependency, on CPython): it decodes
twice as fast as the standard library's, and makes each ``Decimal`` with a C method,
``_IN_RANGE.create_decimal``, instead of a Python function per number (10,000 orders carry
50,000 of them, which cost more than the rest of the decoding). That context traps every signal,
so it either makes exactly the ``Decimal`` of the text (no rounding: the same digits and
exponent as ``Decimal(text)``), or raises for any number that might be out of range or has more
digits than it holds. msgspec reads JSON more strictly than the standard library (no ``NaN``, no
lone surrogate, no byte order mark), and wherever the two accept a text they make the same value
of it (duplicate keys: the last one wins, in both). So anything msgspec refuses, or any number the
context traps, is decoded again by the standard library as before, with :func:`read_number` for
the numbers: every answer is read, or refused, exactly as the standard library alone reads it.
"""

from __future__ import annotations

import decimal
import itertools
import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple

__all__ = ["MAX_DEPTH", "MAX_EXPONENT", "check_depth", "loads", "read_number"]

MAX_DEPTH = 512
"""The deepest nesting of arrays and objects read from a server (real answers nest < 10)."""
MAX_EXPONENT = 999_999
"""The largest adjusted exponent (either sign) of a number read: the default context's Emax."""

# What is left of a body for its structure: brackets and quotes (escapes taken out first).
_NOT_STRUCTURE = bytes(sorted(set(range(256)) - set(b'[]{}"')))
# Compiled by re on first use (and cached there), not when tradespec is imported.
_ESCAPE = rb"\\."
_STRING = rb'"[^"]*"'
_ONE_KIND = bytes.maketrans(b"{}", b"[]")
_STEP = {ord("["): 1, ord("]"): -1}


def check_depth(body: bytes, limit: int = MAX_DEPTH) -> None:
    """Raise ``ValueError`` if the JSON text ``body`` nests arrays and objects deeper than
    ``limit`` (counting brackets outside strings, never recursing)."""
    if len(body) <= 2 * limit:
        return  # not enough bytes to open more than ``limit`` levels
    if b"\\" in body:
        body = re.sub(_ESCAPE, b"", body, flags=re.S)  # an escaped quote ends no string
    kept = body.translate(None, _NOT_STRUCTURE)
    # A string without brackets is an adjacent pair of quotes here. When every quote is in such
    # a pair, no string had one, and the structure is what is left without the quotes (counted
    # and deleted in C, faster than replacing the pairs); else take strings out.
    # Objects nest as arrays do: both become brackets, so that a round below takes out one
    # level (taking ``[]`` and then ``{}`` out of one text would take ``{[]}`` in one round).
    if 2 * kept.count(b'""') == kept.count(b'"'):
        structure = kept.translate(_ONE_KIND, b'"')
    else:
        structure = re.sub(_STRING, b"", kept).translate(_ONE_KIND)
    # Each round takes out the innermost pairs, which takes one level off the deepest nesting
    # (exactly one for balanced brackets): a well-formed body is gone after depth rounds. A
    # round copies what is left, so only a few are run; a body deeper than that is measured.
    remaining = structure
    rounds = 0
    while remaining and rounds < min(limit, _ROUNDS):
        shorter = remaining.replace(b"[]", b"")
        if len(shorter) == len(remaining):
            break  # unbalanced (not JSON)
        remaining, rounds = shorter, rounds + 1
    if not remaining:
        return
    # The rounds took ``rounds`` levels off at most, and none if the brackets do not balance:
    # the decoder recurses at most as deep as the most brackets open at once.
    left = _deepest(remaining)
    if left + rounds <= limit:
        return
    if left > limit or _deepest(structure) > limit:
        raise ValueError(f"JSON nested deeper than {limit} levels")


_ROUNDS = 8
"""How many rounds :func:`check_depth` takes the innermost pairs out before it measures what is
left (real answers nest less deep: a round over a big answer is cheaper than the measure)."""


def _deepest(structure: bytes) -> int:
    """The most brackets open at once in a text of brackets (and quotes, which do not count)."""
    return max(
        itertools.accumulate(map(_STEP.__getitem__, structure.translate(None, b'"'))), default=0
    )


def read_number(text: str) -> Decimal | str:
    """A JSON number's text as ``Decimal``; beyond ``Decimal``'s range, the text itself."""
    try:
        number = Decimal(text)
    except ArithmeticError:  # an exponent too large to represent at all
        return text
    if -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT:
        return number
    return text


# Digits held exactly; a number with more is read by read_number (money has fewer than 40).
_PRECISION = 100
# Every number this context makes has an adjusted exponent in [Emin, Emax], all it needs for
# read_number's range; a zero's exponent is at least Etiny (Emin - prec + 1), so Emin is set to
# make Etiny read_number's bound too: a zero beyond it is clamped, a signal, and so trapped.
_IN_RANGE = decimal.Context(
    prec=_PRECISION,
    Emax=MAX_EXPONENT,
    Emin=-MAX_EXPONENT + _PRECISION - 1,
    traps=[
        decimal.Clamped,
        decimal.DivisionByZero,
        decimal.Inexact,
        decimal.InvalidOperation,
        decimal.Overflow,
        decimal.Rounded,
        decimal.Subnormal,
        decimal.Underflow,
    ],
)
_exact_in_range = _IN_RANGE.create_decimal


def loads(body: bytes | str, *, decimals: bool = False) -> Any:
    """``body`` decoded; ``decimals``: numbers with a fraction or exponent read as ``Decimal``.

    Raises ``ValueError`` for a body that is not JSON or nests deeper than :data:`MAX_DEPTH`.
    """
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    check_depth(raw)
    fast = _FAST or _fast_decoders()
    decode = fast.decimals if decimals else fast.plain
    if decode is not None:
        try:
            return decode(raw)
        except fast.refused:
            pass  # not JSON by msgspec's rules, or a number to read by read_number: see above
    if decimals:
        try:
            return json.loads(body, parse_float=_exact_in_range)
        except ArithmeticError:  # a number the context traps: maybe out of range
            return json.loads(body, parse_float=read_number)
    return json.loads(body)


class _Fast(NamedTuple):
    plain: Callable[[bytes], Any] | None
    decimals: Callable[[bytes], Any] | None
    refused: tuple[type[BaseException], ...]


_FAST: _Fast | None = None


def _fast_decoders() -> _Fast:
    """msgspec's decoders, made on the first answer read (msgspec is imported then, not with
    tradespec); none where it is not installed."""
    global _FAST
    try:
        import msgspec
    except ImportError:  # pragma: no cover - a declared dependency on CPython
        _FAST = _Fast(None, None, ())  # pyright: ignore[reportConstantRedefinition] (set once)
        return _FAST
    plain = msgspec.json.Decoder()
    exact = msgspec.json.Decoder(float_hook=_exact_in_range)
    refused = (msgspec.DecodeError, ArithmeticError, RecursionError)
    _FAST = _Fast(plain.decode, exact.decode, refused)  # pyright: ignore[reportConstantRedefinition]
    return _FAST
