"""The Hashgreen DEX Trading API v1 client: :class:`Hashgreen`, :class:`AsyncHashgreen`, and the
models they answer with.

The models (``Market``, ``Order``, ``Trade``, ``MarketStat``...) and enumerations are the ones
generated from ``specs/hashgreen.yaml`` (``hashgreen_client.models``), re-exported here: every
field the spec declares, decimal strings as ``Decimal``, an absent optional field as None. The
order book is tradespec's own :class:`OrderBook`, whose levels have named fields.
"""

from typing import TYPE_CHECKING

from tradespec._lazy import lazy_exports

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

_getattr, _dir = lazy_exports(
    globals(),
    {
        "AsyncHashgreen": ("tradespec.hashgreen._client", "AsyncHashgreen"),
        "BookLevel": ("tradespec.hashgreen._types", "BookLevel"),
        "BookSide": ("tradespec.hashgreen._types", "BookSide"),
        "Currency": ("hashgreen_client.models", "Currency"),
        "Hashgreen": ("tradespec.hashgreen._client", "Hashgreen"),
        "Market": ("hashgreen_client.models", "Market"),
        "MarketStat": ("hashgreen_client.models", "MarketStat"),
        "Order": ("hashgreen_client.models", "Order"),
        "OrderBook": ("tradespec.hashgreen._types", "OrderBook"),
        "OrderSide": ("hashgreen_client.models", "OrderSide"),
        "OrderStatus": ("hashgreen_client.models", "OrderStatus"),
        "SentOffer": ("tradespec.hashgreen._types", "SentOffer"),
        "Status": ("hashgreen_client.models", "Status"),
        "Trade": ("hashgreen_client.models", "Trade"),
        "TradeSide": ("hashgreen_client.models", "TradeSide"),
    },
)


def __getattr__(name: str) -> object:
    return _getattr(name)


def __dir__() -> list[str]:
    return _dir()
