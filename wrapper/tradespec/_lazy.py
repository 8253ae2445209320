"""Names a package exports without importing them until first used (PEP 562).

The clients pull in httpx, attrs and the generated packages, which a program that only names an
error, or only uses one of the two exchanges, should not pay for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["LazyModule", "lazy_exports"]


def lazy_exports(
    namespace: dict[str, Any], sources: Mapping[str, tuple[str, str | None]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for a package whose ``namespace`` (its ``globals()``)
    exports each name of ``sources`` from ``(module, attribute)``; a None attribute is the
    module itself. A name is imported once, then kept in the namespace."""
    package = namespace["__name__"]

    def __getattr__(name: str) -> object:
        found = sources.get(name)
        if found is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, attribute = found
        value: object = importlib.import_module(module)
        if attribute is not None:
            value = getattr(value, attribute)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(sources))

    return __getattr__, __dir__


class LazyModule:
    """A module's stand-in that imports it on the first attribute read: annotations name types
    through it (``httpx2.Client``), so ``typing.get_type_hints`` resolves them while importing
    the client imports neither an optional package nor a module only some clients use."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> object:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"
