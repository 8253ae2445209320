# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api_error import ApiError
    from .asset import Asset
    from .asset_list import AssetList
    from .balance import Balance
    from .count_response import CountResponse
    from .create_order_request import CreateOrderRequest
    from .deposit_address import DepositAddress
    from .deposit_address_request import DepositAddressRequest
    from .error_response import ErrorResponse
    from .market import Market
    from .market_status import MarketStatus
    from .markets_info import MarketsInfo
    from .markets_info_pairs import MarketsInfoPairs
    from .new_order import NewOrder
    from .order import Order
    from .order_direction import OrderDirection
    from .order_page import OrderPage
    from .order_page_filters import OrderPageFilters
    from .order_response import OrderResponse
    from .order_side import OrderSide
    from .order_status import OrderStatus
    from .order_type import OrderType
    from .paging import Paging
    from .trade import Trade
    from .trade_page import TradePage
    from .trade_page_filters import TradePageFilters
    from .transfer import Transfer
    from .transfer_status import TransferStatus
    from .transfer_type import TransferType
    from .withdrawal_request import WithdrawalRequest

__all__ = (
    "ApiError",
    "Asset",
    "AssetList",
    "Balance",
    "CountResponse",
    "CreateOrderRequest",
    "DepositAddress",
    "DepositAddressRequest",
    "ErrorResponse",
    "Market",
    "MarketStatus",
    "MarketsInfo",
    "MarketsInfoPairs",
    "NewOrder",
    "Order",
    "OrderDirection",
    "OrderPage",
    "OrderPageFilters",
    "OrderResponse",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "Paging",
    "Trade",
    "TradePage",
    "TradePageFilters",
    "Transfer",
    "TransferStatus",
    "TransferType",
    "WithdrawalRequest",
)

_MODULES = {
    "ApiError": ".api_error",
    "Asset": ".asset",
    "AssetList": ".asset_list",
    "Balance": ".balance",
    "CountResponse": ".count_response",
    "CreateOrderRequest": ".create_order_request",
    "DepositAddress": ".deposit_address",
    "DepositAddressRequest": ".deposit_address_request",
    "ErrorResponse": ".error_response",
    "Market": ".market",
    "MarketStatus": ".market_status",
    "MarketsInfo": ".markets_info",
    "MarketsInfoPairs": ".markets_info_pairs",
    "NewOrder": ".new_order",
    "Order": ".order",
    "OrderDirection": ".order_direction",
    "OrderPage": ".order_page",
    "OrderPageFilters": ".order_page_filters",
    "OrderResponse": ".order_response",
    "OrderSide": ".order_side",
    "OrderStatus": ".order_status",
    "OrderType": ".order_type",
    "Paging": ".paging",
    "Trade": ".trade",
    "TradePage": ".trade_page",
    "TradePageFilters": ".trade_page_filters",
    "Transfer": ".transfer",
    "TransferStatus": ".transfer_status",
    "TransferType": ".transfer_type",
    "WithdrawalRequest": ".withdrawal_request",
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
