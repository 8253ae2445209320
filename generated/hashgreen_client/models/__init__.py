"""Contains all the data models used in inputs/outputs"""

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
