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
from typing import Any

from pydantic import BaseModel

from .clock import iso
from .money import fmt

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


def dumps(value: Any, *, decimals_as_numbers: bool) -> bytes:
    """``value`` (models, dicts, lists) as compact JSON bytes."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="python", exclude_none=True)
    elif isinstance(value, list):
        value = [
            v.model_dump(mode="python", exclude_none=True) if isinstance(v, BaseModel) else v
            for v in value
        ]
    text = json.dumps(_prepare(value, decimals_as_numbers), separators=(",", ":"))
    if decimals_as_numbers:
        text = _MARKED.sub(r"\1", text)
    return text.encode()
