# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .create_order_form import CreateOrderForm
    from .currency import Currency
    from .currency_links import CurrencyLinks
    from .error_response import ErrorResponse
    from .market import Market
    from .market_list_response import MarketListResponse
    from .market_response import MarketResponse
    from .market_stat import MarketStat
    from .order import Order
    from .order_book import OrderBook
    from .order_book_response import OrderBookResponse
    from .order_list_response import OrderListResponse
    from .order_response import OrderResponse
    from .order_side import OrderSide
    from .order_status import OrderStatus
    from .statistics_response import StatisticsResponse
    from .status import Status
    from .trade import Trade
    from .trade_list_response import TradeListResponse
    from .trade_side import TradeSide

__all__ = (
    "CreateOrderForm",
    "Currency",
    "CurrencyLinks",
    "ErrorResponse",
    "Market",
    "MarketListResponse",
    "MarketResponse",
    "MarketStat",
    "Order",
    "OrderBook",
    "OrderBookResponse",
    "OrderListResponse",
    "OrderResponse",
    "OrderSide",
    "OrderStatus",
    "StatisticsResponse",
    "Status",
    "Trade",
    "TradeListResponse",
    "TradeSide",
)

_MODULES = {
    "CreateOrderForm": ".create_order_form",
    "Currency": ".currency",
    "CurrencyLinks": ".currency_links",
    "ErrorResponse": ".error_response",
    "Market": ".market",
    "MarketListResponse": ".market_list_response",
    "MarketResponse": ".market_response",
    "MarketStat": ".market_stat",
    "Order": ".order",
    "OrderBook": ".order_book",
    "OrderBookResponse": ".order_book_response",
    "OrderListResponse": ".order_list_response",
    "OrderResponse": ".order_response",
    "OrderSide": ".order_side",
    "OrderStatus": ".order_status",
    "StatisticsResponse": ".statistics_response",
    "Status": ".status",
    "Trade": ".trade",
    "TradeListResponse": ".trade_list_response",
    "TradeSide": ".trade_side",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
