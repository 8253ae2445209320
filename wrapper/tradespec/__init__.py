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

from typing import TYPE_CHECKING

from tradespec import errors
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

if TYPE_CHECKING:
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
    from tradespec._hashgreen_results import (
        BookLevel,
        BookSide,
        HashgreenCurrency,
        HashgreenMarket,
        HashgreenOrder,
        HashgreenTrade,
        MarketStatistics,
        OrderBook,
        SentOffer,
    )
    from tradespec._offers import OfferInfo, check_offer
    from tradespec._results import (
        Asset,
        Balance,
        DepositAddress,
        Market,
        Order,
        SentOrder,
        SentWithdrawal,
        Trade,
        Transfer,
    )

# Everything but the errors is imported on first use (PEP 562): the clients pull in httpx, attrs
# and the generated packages, which a program that only names an error, or only uses one of
# the two exchanges, should not pay for.
_LAZY = {
    "AltMarket": "_altmarket",
    "AsyncAltMarket": "_altmarket",
    "Hashgreen": "_hashgreen",
    "AsyncHashgreen": "_hashgreen",
    "AltMarketAuth": "_auth",
    "Clock": "_auth",
    "HashgreenOrderStatus": "_enums",
    "HashgreenStatus": "_enums",
    "MarketStatus": "_enums",
    "OrderStatus": "_enums",
    "OrderType": "_enums",
    "Side": "_enums",
    "TransferStatus": "_enums",
    "TransferType": "_enums",
    "OfferInfo": "_offers",
    "check_offer": "_offers",
    "Asset": "_results",
    "Balance": "_results",
    "BookLevel": "_hashgreen_results",
    "BookSide": "_hashgreen_results",
    "DepositAddress": "_results",
    "HashgreenCurrency": "_hashgreen_results",
    "HashgreenMarket": "_hashgreen_results",
    "HashgreenOrder": "_hashgreen_results",
    "HashgreenTrade": "_hashgreen_results",
    "Market": "_results",
    "MarketStatistics": "_hashgreen_results",
    "Order": "_results",
    "OrderBook": "_hashgreen_results",
    "SentOffer": "_hashgreen_results",
    "SentOrder": "_results",
    "SentWithdrawal": "_results",
    "Trade": "_results",
    "Transfer": "_results",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tradespec' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"tradespec.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
