"""Reading a server's JSON: nesting bounded before the decoder recurses, numbers in range.

The standard library's decoder recurses once per nested array or object, in C; a body of
100,000 ``[`` would end in a ``RecursionError`` (or, with a raised recursion limit, overflow the
C stack). :func:`check_depth` bounds the nesting at :data:`MAX_DEPTH` from the bytes alone, with
no recursion and in C-speed passes (``bytes.translate`` and ``bytes.replace``), before anything
is decoded: a few milliseconds for 10,000 orders, nothing for a small answer.

:func:`read_number` is the ``parse_float`` of a decoder that reads numbers as ``Decimal``: a
number beyond ``Decimal``'s range (an exponent past 999,999, where every arithmetic operation of
the default context overflows) is returned as its text, which the generated models then refuse
with a ``ValueError`` naming the field (``read_money``), as they refuse any other text.
"""

from __future__ import annotations

import itertools
import json
import re
from decimal import Decimal
from typing import Any

__all__ = ["MAX_DEPTH", "MAX_EXPONENT", "check_depth", "loads", "read_number"]

MAX_DEPTH = 512
"""The deepest nesting of arrays and objects read from a server (real answers nest < 10)."""
MAX_EXPONENT = 999_999
"""The largest adjusted exponent (either sign) of a number read: the default context's Emax."""

# What is left of a body for its structure: brackets and quotes (escapes taken out first).
_NOT_STRUCTURE = bytes(sorted(set(range(256)) - set(b'[]{}"')))
_ESCAPE = re.compile(rb"\\.", re.S)
_STRING = re.compile(rb'"[^"]*"')
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def check_depth(body: bytes, limit: int = MAX_DEPTH) -> None:
    """Raise ``ValueError`` if the JSON text ``body`` nests arrays and objects deeper than
    ``limit`` (counting brackets outside strings, never recursing)."""
    if len(body) <= 2 * limit:
        return  # not enough bytes to open more than ``limit`` levels
    if b"\\" in body:
        body = _ESCAPE.sub(b"", body)  # an escaped quote ends no string
    kept = body.translate(None, _NOT_STRUCTURE)
    # A string without brackets is an adjacent pair of quotes here. When none is left, each
    # string had none, and what remains is exactly the structure; else take strings out.
    structure = kept.replace(b'""', b"")
    if b'"' in structure:
        structure = _STRING.sub(b"", kept)
    # Each round takes out the innermost pairs: a well-formed body is gone after depth rounds.
    remaining = structure
    for _ in range(limit):
        if not remaining:
            return
        shorter = remaining.replace(b"[]", b"").replace(b"{}", b"")
        if len(shorter) == len(remaining):
            break  # unbalanced (not JSON): measure it
        remaining = shorter
    if not remaining:
        return
    # Deeper than ``limit``, or unbalanced: the decoder recurses at most as deep as the most
    # brackets open at once.
    deepest = max(itertools.accumulate(_STEP.get(byte, 0) for byte in structure))
    if deepest > limit:
        raise ValueError(f"JSON nested deeper than {limit} levels")


def read_number(text: str) -> Decimal | str:
    """A JSON number's text as ``Decimal``; beyond ``Decimal``'s range, the text itself."""
    try:
        number = Decimal(text)
    except ArithmeticError:  # an exponent too large to represent at all
        return text
    if -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT:
        return number
    return text


def loads(body: bytes | str, *, decimals: bool = False) -> Any:
    """``body`` decoded; ``decimals``: numbers with a fraction or exponent read as ``Decimal``.

    Raises ``ValueError`` for a body that is not JSON or nests deeper than :data:`MAX_DEPTH`.
    """
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    check_depth(raw)
    if decimals:
        return json.loads(body, parse_float=read_number)
    return json.loads(body)
