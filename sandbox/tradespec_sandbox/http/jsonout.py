"""JSON answers built from the generated pydantic models, with money written deliberately.

pydantic writes a ``Decimal`` as a JSON string. Hashgreen wants exactly that (its amounts are
decimal strings), but written in plain notation at the precision the sandbox chose (``"69.00"``,
never ``"6.9E+1"``). AltMarket's spec says ``number/double``, so its amounts must be JSON
numbers: they are written as the Decimal's exact digits (``30000.25``), never through a float,
so the text on the wire is the exact value and a client reading it as a double gets the nearest
double, which for the sandbox's scales (at most 15 significant digits) round-trips.

The standard ``json`` module cannot write a Decimal as a bare number, so each Decimal is first
replaced by a marker string, and the markers are turned into bare numbers after encoding. Text
that reaches an answer from a request (addresses, transfer ids) is refused when it holds control
characters, so no request can forge a marker.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal
from enum import Enum
from json.encoder import encode_basestring_ascii as _quote  # json.dumps's own (C)
from typing import Any

from pydantic import BaseModel

from ..domain.clock import iso
from ..domain.money import fmt

_MARK = "\x00#"
_MARKED = re.compile(r'"\\u0000#(-?[0-9.]+)"')


def _prepare(value: Any, numbers: bool) -> Any:
    if isinstance(value, dict):
        return {k: _prepare(v, numbers) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_prepare(v, numbers) for v in value]
    if isinstance(value, Decimal):
        return _MARK + fmt(value) if numbers else format(value, "f")
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, Enum):
        return value.value
    return value


def _general(value: Any, numbers: bool, prepare: bool = True) -> str:
    """The general path: markers, ``json.dumps``, markers to numbers. Any value, slowly."""
    text = json.dumps(_prepare(value, numbers) if prepare else value, separators=(",", ":"))
    return _MARKED.sub(r"\1", text) if numbers else text


def _string(text: str, numbers: bool) -> str:
    quoted = _quote(text)
    # A marker can only come from a string holding NUL; rewrite it as the general path would.
    return _MARKED.sub(r"\1", quoted) if numbers and "\x00" in text else quoted


def _encode(value: Any, numbers: bool) -> str:
    """``_general(value, numbers)``, the same text, fast for the types answers are made of.

    Exact types only: anything else (subclasses, floats, non-string keys) takes the general
    path, so the output never differs from it.
    """
    kind = type(value)
    if kind is str:
        return _string(value, numbers)
    if kind is dict:
        items = []
        for key, item in value.items():
            if type(key) is not str:
                return _general(value, numbers)
            items.append(_string(key, numbers) + ":" + _encode(item, numbers))
        return "{" + ",".join(items) + "}"
    if kind is Decimal:
        if not numbers:
            return _quote(format(value, "f"))
        if value.is_finite():  # fmt writes it as -?[0-9.]+, which the marker's regex takes
            return fmt(value)
        return _quote(_MARK + fmt(value))
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is list or kind is tuple:
        return "[" + ",".join([_encode(item, numbers) for item in value]) + "]"
    if kind is datetime:
        return _quote(iso(value))
    if isinstance(value, Enum) and not isinstance(value, dict | list | tuple | Decimal | datetime):
        # _prepare takes the member's value as it is, unprepared.
        inner = value.value
        if type(inner) is str:
            return _string(inner, numbers)
        return _general(inner, numbers, prepare=False)
    return _general(value, numbers)


def dumps(value: Any, *, decimals_as_numbers: bool) -> bytes:
    """``value`` (models, dicts, lists) as compact JSON bytes."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="python", exclude_none=True)
    elif isinstance(value, list):
        value = [
            v.model_dump(mode="python", exclude_none=True) if isinstance(v, BaseModel) else v
            for v in value
        ]
    return _encode(value, decimals_as_numbers).encode()
