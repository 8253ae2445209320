"""tradespec: typed clients for the AltMarket and Hashgreen exchange APIs.

::

    from tradespec import AltMarket, Hashgreen

    with AltMarket() as exchange:  # ALTMARKET_API_KEY / ALTMARKET_API_SECRET
        order = exchange.limit_order("btc_usdt", "buy", "0.5", "30000.25")
        balances = exchange.api.wallet.get_balances()  # every spec operation, generated

    with Hashgreen() as dex:
        print(dex.order_book("XCH-USDS").spread)

Money is ``decimal.Decimal`` in and out; every error is a :class:`tradespec.errors.TradespecError`.
What the clients answer are the models generated from the specs (``altmarket_client.models``,
``hashgreen_client.models``, re-exported by :mod:`tradespec.altmarket` and
:mod:`tradespec.hashgreen`), and ``exchange.api`` holds every operation of each spec.
"""

from typing import TYPE_CHECKING

from tradespec import errors
from tradespec._lazy import lazy_exports
from tradespec.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    InsufficientFundsError,
    InvalidInputError,
    InvalidOrderError,
    NotFoundError,
    OrderNotPlacedError,
    OrderStateUnknownError,
    Outcome,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseError,
    ServerError,
    TradespecError,
    TransportError,
)

if TYPE_CHECKING:
    from altmarket_client.models import (
        Asset,
        Balance,
        DepositAddress,
        Market,
        MarketStatus,
        Order,
        OrderStatus,
        OrderType,
        Trade,
        Transfer,
        TransferStatus,
        TransferType,
    )
    from hashgreen_client.models import Currency as HashgreenCurrency
    from hashgreen_client.models import Market as HashgreenMarket
    from hashgreen_client.models import MarketStat as MarketStatistics
    from hashgreen_client.models import Order as HashgreenOrder
    from hashgreen_client.models import OrderStatus as HashgreenOrderStatus
    from hashgreen_client.models import Status as HashgreenStatus
    from hashgreen_client.models import Trade as HashgreenTrade

    from tradespec import altmarket, hashgreen
    from tradespec._enums import Side
    from tradespec._observe import RequestEvent, ResponseEvent
    from tradespec._raw import RawResponse
    from tradespec._sent import SentRequest
    from tradespec._settle import Intent, Settled
    from tradespec.altmarket import AltMarket, AsyncAltMarket, SentOrder, SentWithdrawal
    from tradespec.altmarket._auth import AltMarketAuth, Clock
    from tradespec.drift import DriftChange, DriftReport
    from tradespec.hashgreen._offers import OfferInfo, check_offer

    __version__: str

    from tradespec.hashgreen import (
        AsyncHashgreen,
        BookLevel,
        BookSide,
        Hashgreen,
        OrderBook,
        SentOffer,
    )

# Everything but the errors is imported on first use (see _lazy). Each name: (module, name there).
_LAZY = {
    "altmarket": ("tradespec.altmarket", None),
    "hashgreen": ("tradespec.hashgreen", None),
    "AltMarket": ("tradespec.altmarket", "AltMarket"),
    "AsyncAltMarket": ("tradespec.altmarket", "AsyncAltMarket"),
    "SentOrder": ("tradespec.altmarket", "SentOrder"),
    "SentWithdrawal": ("tradespec.altmarket", "SentWithdrawal"),
    "Hashgreen": ("tradespec.hashgreen", "Hashgreen"),
    "AsyncHashgreen": ("tradespec.hashgreen", "AsyncHashgreen"),
    "BookLevel": ("tradespec.hashgreen", "BookLevel"),
    "BookSide": ("tradespec.hashgreen", "BookSide"),
    "OrderBook": ("tradespec.hashgreen", "OrderBook"),
    "SentOffer": ("tradespec.hashgreen", "SentOffer"),
    "AltMarketAuth": ("tradespec.altmarket._auth", "AltMarketAuth"),
    "Clock": ("tradespec.altmarket._signing", "Clock"),
    "Side": ("tradespec._enums", "Side"),
    "OfferInfo": ("tradespec.hashgreen._offers", "OfferInfo"),
    "check_offer": ("tradespec.hashgreen._offers", "check_offer"),
    "SentRequest": ("tradespec._sent", "SentRequest"),
    "Intent": ("tradespec._settle", "Intent"),
    "Settled": ("tradespec._settle", "Settled"),
    "DriftReport": ("tradespec.drift", "DriftReport"),
    "DriftChange": ("tradespec.drift", "DriftChange"),
    "RequestEvent": ("tradespec._observe", "RequestEvent"),
    "ResponseEvent": ("tradespec._observe", "ResponseEvent"),
    "RawResponse": ("tradespec._raw", "RawResponse"),
    # AltMarket's generated models and enumerations (also in tradespec.altmarket).
    "Asset": ("altmarket_client.models", "Asset"),
    "Balance": ("altmarket_client.models", "Balance"),
    "DepositAddress": ("altmarket_client.models", "DepositAddress"),
    "Market": ("altmarket_client.models", "Market"),
    "MarketStatus": ("altmarket_client.models", "MarketStatus"),
    "Order": ("altmarket_client.models", "Order"),
    "OrderStatus": ("altmarket_client.models", "OrderStatus"),
    "OrderType": ("altmarket_client.models", "OrderType"),
    "Trade": ("altmarket_client.models", "Trade"),
    "Transfer": ("altmarket_client.models", "Transfer"),
    "TransferStatus": ("altmarket_client.models", "TransferStatus"),
    "TransferType": ("altmarket_client.models", "TransferType"),
    # Hashgreen's, under the names they had before tradespec.hashgreen (kept as aliases).
    "HashgreenCurrency": ("hashgreen_client.models", "Currency"),
    "HashgreenMarket": ("hashgreen_client.models", "Market"),
    "HashgreenOrder": ("hashgreen_client.models", "Order"),
    "HashgreenOrderStatus": ("hashgreen_client.models", "OrderStatus"),
    "HashgreenStatus": ("hashgreen_client.models", "Status"),
    "HashgreenTrade": ("hashgreen_client.models", "Trade"),
    "MarketStatistics": ("hashgreen_client.models", "MarketStat"),
}


_lazy_getattr, _lazy_dir = lazy_exports(globals(), _LAZY)


def __getattr__(name: str) -> object:
    if name == "__version__":
        # From the installed distribution's metadata, read on first use (importlib.metadata
        # costs more than the rest of `import tradespec`).
        from importlib.metadata import PackageNotFoundError, version

        try:
            found_version = version("tradespec")
        except PackageNotFoundError:  # run from a source tree that is not installed
            found_version = "0+unknown"
        globals()["__version__"] = found_version
        return found_version
    return _lazy_getattr(name)


def __dir__() -> list[str]:
    return _lazy_dir()


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
    "DriftChange",
    "DriftReport",
    "Hashgreen",
    "HashgreenCurrency",
    "HashgreenMarket",
    "HashgreenOrder",
    "HashgreenOrderStatus",
    "HashgreenStatus",
    "HashgreenTrade",
    "InsufficientFundsError",
    "Intent",
    "InvalidInputError",
    "InvalidOrderError",
    "Market",
    "MarketStatistics",
    "MarketStatus",
    "NotFoundError",
    "OfferInfo",
    "Order",
    "OrderBook",
    "OrderNotPlacedError",
    "OrderStateUnknownError",
    "OrderStatus",
    "OrderType",
    "Outcome",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestEvent",
    "RequestTimeoutError",
    "ResponseError",
    "ResponseEvent",
    "SentOffer",
    "SentOrder",
    "SentRequest",
    "SentWithdrawal",
    "ServerError",
    "Settled",
    "Side",
    "Trade",
    "TradespecError",
    "Transfer",
    "TransferStatus",
    "TransferType",
    "TransportError",
    "__version__",
    "altmarket",
    "check_offer",
    "errors",
    "hashgreen",
]
