"""Checks of the string arguments that name things, before anything is sent.

A name is refused, as an :class:`~tradespec.errors.InvalidInputError` naming the argument, when
it is not a string, is empty or blank, or holds characters it cannot hold:

* a **path segment** (a Hashgreen order id or market code, which travel in the URL path) must
  stay one segment: ``/``, ``\\``, ``?``, ``#``, ``%`` and control characters are refused, and
  so are ``.`` and ``..``, which no encoding keeps in place. Anything else is sent
  percent-encoded (by the generated ``quote_path_segment``).
* a **symbol** (an AltMarket instrument or asset: ``btc_usdt``, ``USDT``) is an ASCII letter or
  digit, then up to 63 ASCII letters, digits, ``-``, ``_`` and ``.``; anything else cannot be a
  market or an asset, so it is refused without asking the server (``..``, and a look-alike with
  a Unicode hyphen, U+2010, included).
* a **printable** value (a withdrawal address, a ``transfer_id``) is printable ASCII without
  spaces: a homoglyph in an address would send funds elsewhere.

Surrounding whitespace is stripped first, as before.
"""

from __future__ import annotations

import re

from tradespec._enums import SideName
from tradespec.errors import InvalidInputError

__all__ = [
    "flag",
    "order_id_argument",
    "path_segment",
    "positive_int",
    "printable",
    "side_argument",
    "symbol",
]

_SYMBOL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_PRINTABLE = re.compile(r"[\x21-\x7e]+")
_SEGMENT_FORBIDDEN = frozenset("/\\?#%")
_ORDER_ID_DIGITS = frozenset("0123456789")


def _text(value: object, argument: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(argument, f"expected a non-empty string, got {value!r}")
    return value.strip()


def path_segment(value: object, argument: str) -> str:
    """``value`` stripped, if it stays one URL path segment once percent-encoded."""
    text = _text(value, argument)
    if text in (".", ".."):
        raise InvalidInputError(argument, f"{text!r} cannot be sent as a path segment")
    bad = sorted({c for c in text if c in _SEGMENT_FORBIDDEN or not c.isprintable()})
    if bad:
        raise InvalidInputError(
            argument, f"{text!r} holds {''.join(bad)!r}, which would leave its path segment"
        )
    return text


def symbol(value: object, argument: str) -> str:
    """``value`` stripped, if it can name a market or an asset (see the module's docstring)."""
    text = _text(value, argument)
    if not _SYMBOL.fullmatch(text):
        raise InvalidInputError(
            argument,
            f"{text!r} is not a market or asset name (an ASCII letter or digit, then letters, "
            "digits, '-', '_', '.')",
        )
    return text


def printable(value: object, argument: str) -> str:
    """``value`` stripped, if it is printable ASCII without spaces."""
    text = _text(value, argument)
    if not _PRINTABLE.fullmatch(text):
        raise InvalidInputError(
            argument, f"{text!r} holds characters other than printable ASCII without spaces"
        )
    return text


def order_id_argument(value: object, argument: str = "order_id") -> str:
    """An AltMarket order id: a decimal string or an int, 64-bit signed; never a float."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise InvalidInputError(
            argument, f"expected the order id as a string (or int), got {type(value).__name__}"
        )
    digits = text[1:] if text.startswith("-") else text
    if not digits or len(digits) > 20 or not set(digits) <= _ORDER_ID_DIGITS:
        raise InvalidInputError(argument, f"expected a decimal order id, got {value!r}")
    if not -(2**63) <= int(text) < 2**64:
        raise InvalidInputError(argument, f"{text} is outside a 64-bit order id")
    return text


def positive_int(value: object, argument: str, maximum: int | None = None) -> int:
    """``value`` if it is an int from 1 to ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError(argument, f"expected a positive int, got {value!r}")
    if maximum is not None and value > maximum:
        raise InvalidInputError(argument, f"must be at most {maximum}, got {value}")
    return value


_SIDES: dict[str, SideName] = {"buy": "buy", "bid": "buy", "sell": "sell", "ask": "sell"}


def side_argument(value: object, argument: str) -> SideName:
    """``value`` (``"buy"``, ``"SELL"``, ``"bid"``, a generated side member) as ``"buy"`` or
    ``"sell"``; anything else is refused naming the argument."""
    if isinstance(value, str):
        side = _SIDES.get(value.strip().lower())
        if side is not None:
            return side
    raise InvalidInputError(argument, f"expected 'buy' or 'sell', got {value!r}")


def flag(value: object, argument: str) -> bool:
    """``value`` if it is a bool: ``"false"`` from a config file is truthy, ``0`` is not a flag."""
    if not isinstance(value, bool):
        raise InvalidInputError(argument, f"expected a bool, got {value!r}")
    return value
