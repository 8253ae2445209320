"""Decoded JSON read without trust: a value narrowed to an object or an array of JSON.

``isinstance(value, dict)`` on a decoded body tells a type checker nothing about the keys and
values; JSON objects have string keys, and what their values are is for the caller to check, so
these return the precise view (``Mapping[str, object]``, ``Sequence[object]``) or None.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import cast

__all__ = ["json_array", "json_object"]


def json_object(value: object) -> Mapping[str, object] | None:
    """``value`` as a JSON object (a ``dict``), or None when it is anything else."""
    if isinstance(value, dict):
        return cast("dict[str, object]", value)
    return None


def json_array(value: object) -> Sequence[object] | None:
    """``value`` as a JSON array (a ``list``), or None when it is anything else."""
    if isinstance(value, list):
        return cast("list[object]", value)
    return None
