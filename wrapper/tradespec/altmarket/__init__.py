"""The AltMarket Exchange API v1 client: :class:`AltMarket`, :class:`AsyncAltMarket`, and the
models they answer with.

The models (``Order``, ``Market``, ``Balance``...) and enumerations are the ones generated from
``specs/altmarket.yaml`` (``altmarket_client.models``), re-exported here: every field the spec
declares, money as ``Decimal``, an absent optional field as None.
"""

from typing import TYPE_CHECKING

from tradespec._lazy import lazy_exports

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

_getattr, _dir = lazy_exports(
    globals(),
    {
        "AltMarket": ("tradespec.altmarket._client", "AltMarket"),
        "Asset": ("altmarket_client.models", "Asset"),
        "AsyncAltMarket": ("tradespec.altmarket._client", "AsyncAltMarket"),
        "Balance": ("altmarket_client.models", "Balance"),
        "DepositAddress": ("altmarket_client.models", "DepositAddress"),
        "Market": ("altmarket_client.models", "Market"),
        "MarketStatus": ("altmarket_client.models", "MarketStatus"),
        "Order": ("altmarket_client.models", "Order"),
        "OrderSide": ("altmarket_client.models", "OrderSide"),
        "OrderStatus": ("altmarket_client.models", "OrderStatus"),
        "OrderType": ("altmarket_client.models", "OrderType"),
        "OrderTypeName": ("tradespec.altmarket._helpers", "OrderTypeName"),
        "SentOrder": ("tradespec.altmarket._types", "SentOrder"),
        "SentWithdrawal": ("tradespec.altmarket._types", "SentWithdrawal"),
        "SideName": ("tradespec._enums", "SideName"),
        "Trade": ("altmarket_client.models", "Trade"),
        "Transfer": ("altmarket_client.models", "Transfer"),
        "TransferStatus": ("altmarket_client.models", "TransferStatus"),
        "TransferType": ("altmarket_client.models", "TransferType"),
    },
)


def __getattr__(name: str) -> object:
    return _getattr(name)


def __dir__() -> list[str]:
    return _dir()
