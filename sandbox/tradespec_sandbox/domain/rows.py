"""How the engines write their objects as database rows, and read them back (see store.py).

A row keeps its object as JSON (Decimals as strings, times in ISO 8601, enums by value) beside
the columns the store keys and sorts by. ``Changes`` is what an engine hands the store after a
request: per table, the rows to insert or replace.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")
Row = tuple[Any, ...]
Changes = Mapping[str, Sequence[Row]]
Rows = Mapping[str, Sequence[Row]]


def encode(obj: Any) -> str:
    """A dataclass instance as JSON text."""
    row = {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    return json.dumps(row, separators=(",", ":"))


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def decode(cls: type[T], text: str) -> T:
    """The dataclass ``cls`` back from ``encode``'s JSON, each field by its declared type.

    Fields the row lacks (saved before the field existed) take their defaults."""
    row = json.loads(text)
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: _typed(hints[k], v) for k, v in row.items() if k in names})


def _typed(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(hint, types.UnionType):
        hint = next(h for h in typing.get_args(hint) if h is not type(None))
    if hint is Decimal:
        return Decimal(value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    return value


def meta(rows: Rows) -> dict[str, str]:
    """The ``meta`` table's key-value rows, as a dict."""
    return {str(key): str(value) for key, value in rows.get("meta", ())}
