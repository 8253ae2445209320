"""The Hashgreen DEX Trading API v1 client: :class:`Hashgreen`, :class:`AsyncHashgreen`, and the
models they answer with.

The models (``Market``, ``Order``, ``Trade``, ``MarketStat``...) and enumerations are the ones
generated from ``specs/hashgreen.yaml`` (``hashgreen_client.models``), re-exported here: every
field the spec declares, decimal strings as ``Decimal``, an absent optional field as None. The
order book is tradespec's own :class:`OrderBook`, whose levels have named fields.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashgreen_client.models import (
        Currency,
        Market,
        MarketStat,
        Order,
        OrderSide,
        OrderStatus,
        Status,
        Trade,
        TradeSide,
    )

    from tradespec.hashgreen._client import AsyncHashgreen, Hashgreen
    from tradespec.hashgreen._types import BookLevel, BookSide, OrderBook, SentOffer

__all__ = [
    "AsyncHashgreen",
    "BookLevel",
    "BookSide",
    "Currency",
    "Hashgreen",
    "Market",
    "MarketStat",
    "Order",
    "OrderBook",
    "OrderSide",
    "OrderStatus",
    "SentOffer",
    "Status",
    "Trade",
    "TradeSide",
]

_FROM = {
    "AsyncHashgreen": "tradespec.hashgreen._client",
    "Hashgreen": "tradespec.hashgreen._client",
    "BookLevel": "tradespec.hashgreen._types",
    "BookSide": "tradespec.hashgreen._types",
    "OrderBook": "tradespec.hashgreen._types",
    "SentOffer": "tradespec.hashgreen._types",
}


def __getattr__(name: str) -> object:
    # Imported on first use (PEP 562), so that naming one class does not build every model.
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_FROM.get(name, "hashgreen_client.models")), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
