"""tradespec: typed clients for the AltMarket and Hashgreen exchange APIs.

::

    from tradespec import AltMarket, Hashgreen

    with AltMarket() as exchange:  # ALTMARKET_API_KEY / ALTMARKET_API_SECRET
        order = exchange.limit_order("BTC-USDT", "buy", "0.5", "30000.25")

    with Hashgreen() as dex:
        print(dex.order_book("XCH-USDS").spread)

Money is ``decimal.Decimal`` in and out; every error is a :class:`tradespec.errors.TradespecError`.
The generated packages (``altmarket_client``, ``hashgreen_client``) stay importable, and every
result keeps the generated model it came from in ``raw``.
"""

from tradespec import errors
from tradespec._altmarket import AltMarket, AsyncAltMarket
from tradespec._auth import AltMarketAuth, Clock
from tradespec._enums import (
    HashgreenOrderStatus,
    HashgreenStatus,
    MarketStatus,
    OrderStatus,
    OrderType,
    Side,
    TransferStatus,
    TransferType,
)
from tradespec._hashgreen import AsyncHashgreen, Hashgreen
from tradespec._offers import OfferInfo, check_offer
from tradespec._results import (
    Asset,
    Balance,
    BookLevel,
    BookSide,
    DepositAddress,
    HashgreenCurrency,
    HashgreenMarket,
    HashgreenOrder,
    HashgreenTrade,
    Market,
    MarketStatistics,
    Order,
    OrderBook,
    SentOffer,
    SentOrder,
    SentWithdrawal,
    Trade,
    Transfer,
)
from tradespec.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    InsufficientFundsError,
    InvalidInputError,
    InvalidOrderError,
    NotFoundError,
    OrderStateUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseError,
    ServerError,
    TradespecError,
    TransportError,
)

__version__ = "0.1.0"

__all__ = [
    "APIError",
    "AltMarket",
    "AltMarketAuth",
    "Asset",
    "AsyncAltMarket",
    "AsyncHashgreen",
    "AuthenticationError",
    "BadRequestError",
    "Balance",
    "BookLevel",
    "BookSide",
    "Clock",
    "DepositAddress",
    "Hashgreen",
    "HashgreenCurrency",
    "HashgreenMarket",
    "HashgreenOrder",
    "HashgreenOrderStatus",
    "HashgreenStatus",
    "HashgreenTrade",
    "InsufficientFundsError",
    "InvalidInputError",
    "InvalidOrderError",
    "Market",
    "MarketStatistics",
    "MarketStatus",
    "NotFoundError",
    "OfferInfo",
    "Order",
    "OrderBook",
    "OrderStateUnknownError",
    "OrderStatus",
    "OrderType",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseError",
    "SentOffer",
    "SentOrder",
    "SentWithdrawal",
    "ServerError",
    "Side",
    "Trade",
    "TradespecError",
    "Transfer",
    "TransferStatus",
    "TransferType",
    "TransportError",
    "__version__",
    "check_offer",
    "errors",
]
