"""Contains all the data models used in inputs/outputs"""

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
