"""The AltMarket Exchange API v1 client: :class:`AltMarket`, :class:`AsyncAltMarket`, and the
models they answer with.

The models (``Order``, ``Market``, ``Balance``...) and enumerations are the ones generated from
``specs/altmarket.yaml`` (``altmarket_client.models``), re-exported here: every field the spec
declares, money as ``Decimal``, an absent optional field as None.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from altmarket_client.models import (
        Asset,
        Balance,
        DepositAddress,
        Market,
        MarketStatus,
        Order,
        OrderSide,
        OrderStatus,
        OrderType,
        Trade,
        Transfer,
        TransferStatus,
        TransferType,
    )

    from tradespec._enums import SideName
    from tradespec.altmarket._client import AltMarket, AsyncAltMarket
    from tradespec.altmarket._helpers import OrderTypeName
    from tradespec.altmarket._types import SentOrder, SentWithdrawal

__all__ = [
    "AltMarket",
    "Asset",
    "AsyncAltMarket",
    "Balance",
    "DepositAddress",
    "Market",
    "MarketStatus",
    "Order",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "OrderTypeName",
    "SentOrder",
    "SentWithdrawal",
    "SideName",
    "Trade",
    "Transfer",
    "TransferStatus",
    "TransferType",
]

_FROM = {
    "AltMarket": "tradespec.altmarket._client",
    "AsyncAltMarket": "tradespec.altmarket._client",
    "OrderTypeName": "tradespec.altmarket._helpers",
    "SideName": "tradespec._enums",
    "SentOrder": "tradespec.altmarket._types",
    "SentWithdrawal": "tradespec.altmarket._types",
}


def __getattr__(name: str) -> object:
    # Imported on first use (PEP 562), so that naming one class does not build every model.
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_FROM.get(name, "altmarket_client.models")), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
