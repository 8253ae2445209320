# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""A client library for accessing Hashgreen DEX Trading API: the models of its spec (``models``), each
operation as a typed request value and the reader of its answer (``api``, run by tradespec's
clients as ``exchange.api``), and what they share (``types``, ``errors``).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import api, errors, models, operations, types

__all__ = ("api", "errors", "models", "operations", "types")


def __getattr__(name: str) -> object:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
