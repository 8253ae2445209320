"""What Hashgreen's two clients share: requests, answers, market resolution, offer checks.

Every answer is the envelope ``{code, msg, data}``: ``code`` 0 or 200 is success, and any other
code is an error even under HTTP 200 (an :class:`~tradespec._transport.EnvelopeError`, classified
by the engine like an HTTP status).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

# The generated modules an operation needs are imported when it is first used, as in
# _altmarket_core; only the order status enum (an argument) and the types are needed up front.
from hashgreen_client.models.order_status import OrderStatus as _HGOrderStatus
from hashgreen_client.types import UNSET, Unset

from tradespec._arguments import path_segment
from tradespec._enums import (
    HASHGREEN_ORDER_STATUS,
    HASHGREEN_ORDER_STATUS_CODES,
    HASHGREEN_SIDE,
    HASHGREEN_STATUS,
)
from tradespec._hashgreen_results import (
    BookSide,
    HashgreenCurrency,
    HashgreenMarket,
    HashgreenOrder,
    HashgreenTrade,
    MarketStatistics,
    OrderBook,
    SentOffer,
)
from tradespec._money import decimal_from_text
from tradespec._offers import read_offer
from tradespec._retry import Retry
from tradespec._transport import Call, EnvelopeError, Plan
from tradespec.errors import InvalidInputError

if TYPE_CHECKING:
    from hashgreen_client.models.currency import Currency as _HGCurrency
    from hashgreen_client.models.market import Market as _HGMarket
    from hashgreen_client.models.market_list_response import MarketListResponse
    from hashgreen_client.models.market_stat import MarketStat as _HGMarketStat
    from hashgreen_client.models.order import Order as _HGOrder
    from hashgreen_client.models.order_book import OrderBook as _HGOrderBook
    from hashgreen_client.models.statistics_response import StatisticsResponse
    from hashgreen_client.models.trade import Trade as _HGTrade

__all__ = ["DEFAULT_BASE_URL", "HashgreenCore", "decode_envelope", "describe_error"]

DEFAULT_BASE_URL = "https://hash.green/api/v1"
_SUCCESS_CODES = frozenset({0, 200})
# How long before the send a looked-up order may have been created (clocks differ).
_LOOKUP_TOLERANCE = timedelta(seconds=120)

T = TypeVar("T")
R = TypeVar("R")


# --------------------------------------------------------------------------- reading answers


def _opt(value: T | Unset) -> T | None:
    return None if isinstance(value, Unset) else value


def _text(value: object) -> str | None:
    if value is None or isinstance(value, Unset):
        return None
    return value if isinstance(value, str) else str(value)


def _int(value: object) -> int | None:
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, bool):
        raise ValueError(f"expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip():
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise ValueError(f"expected an integer, got {value!r}")


def _bool(value: object) -> bool | None:
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, bool):
        return value
    raise ValueError(f"expected a boolean, got {value!r}")


def _decimal(value: object) -> Any:
    return None if isinstance(value, Unset) else decimal_from_text(value)


def _utc(value: datetime | Unset | None) -> datetime | None:
    if value is None or isinstance(value, Unset):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _time_text(value: object) -> datetime | None:
    """Order times are strings in the spec (ISO 8601 in practice); unreadable ones are None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return _utc(datetime.fromisoformat(value))
    except ValueError:
        return None


def _code(value: object) -> object:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return value


def _success(code: object) -> bool:
    code = _code(code)
    return isinstance(code, int) and not isinstance(code, bool) and code in _SUCCESS_CODES


def describe_error(body: object) -> tuple[str | int | None, str | None]:
    """The code and message of an error envelope ``{code, msg, data}``."""
    if not isinstance(body, dict):
        return None, None
    from hashgreen_client.models.error_response import ErrorResponse as _HGErrorResponse

    parsed = _HGErrorResponse.from_dict(body)
    code = _code(parsed.code)
    return (code if isinstance(code, int | str) else None), _text(parsed.msg)


def _envelope_error(response: httpx.Response) -> EnvelopeError | None:
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict) or "code" not in body or _success(body["code"]):
        return None
    code = _code(body["code"])
    message = body.get("msg")
    return EnvelopeError(
        code if isinstance(code, int | str) else None,
        message if isinstance(message, str) else None,
        body,
    )


def decode_envelope(response: httpx.Response) -> Any:
    """A success answer's JSON, once its envelope's ``code`` says success."""
    body = json.loads(response.content)
    if isinstance(body, dict) and "code" in body and not _success(body["code"]):
        code = _code(body["code"])
        message = body.get("msg")
        raise EnvelopeError(
            code if isinstance(code, int | str) else None,
            message if isinstance(message, str) else None,
            body,
        )
    return body


def _currency(model: _HGCurrency | Unset) -> HashgreenCurrency | None:
    if isinstance(model, Unset):
        return None
    links = _opt(model.links)
    return HashgreenCurrency(
        id=_text(model.id),
        code=_text(model.code),
        name=_text(model.name),
        asset_id=_text(model.asset_id),
        type=_int(model.type_),
        status=HASHGREEN_STATUS(_opt(model.status)),
        multiplier=_decimal(model.multiplier),
        precision=_int(model.precision),
        min_amount=_decimal(model.min_amount_display),
        max_supply=_decimal(model.max_supply_display),
        total_supply=_decimal(model.total_supply_display),
        circulating_supply=_decimal(model.circulating_supply_display),
        description=_text(model.description),
        icon_url=_text(model.icon_url),
        links=dict(links.additional_properties) if links is not None else {},
        launch_at=_utc(model.launch_at),
        created_at=_utc(model.created_at),
        updated_at=_utc(model.updated_at),
        raw=model,
    )


def _market(model: _HGMarket) -> HashgreenMarket:
    market_id = _text(model.id)
    if market_id is None:
        raise ValueError("a market without an id")
    return HashgreenMarket(
        id=market_id,
        code=_text(model.code),
        base=_currency(model.base_ccy),
        quote=_currency(model.quote_ccy),
        status=HASHGREEN_STATUS(_opt(model.status)),
        price_precision=_int(model.price_precision),
        base_amount_precision=_int(model.base_amount_precision),
        is_fiat=_bool(model.is_fiat),
        is_new=_bool(model.is_new),
        order_no=_int(model.order_no),
        info_ccy_name=_text(model.info_ccy_name),
        created_at=_utc(model.created_at),
        updated_at=_utc(model.updated_at),
        raw=model,
    )


def _statistics(model: _HGMarketStat) -> MarketStatistics:
    return MarketStatistics(
        market_id=_text(model.id),
        code=_text(model.code),
        price=_decimal(model.price),
        usd=_decimal(model.usd),
        high=_decimal(model.high),
        low=_decimal(model.low),
        base_volume=_decimal(model.base_volume),
        usd_volume=_decimal(model.usd_volume),
        changed=_decimal(model.changed),
        fully_diluted_market_cap=_decimal(model.fully_diluted_market_cap),
        updated_at=_utc(model.updated_at),
        raw=model,
    )


def _book(model: _HGOrderBook) -> OrderBook:
    return OrderBook(
        market_id=_text(model.market_id),
        asks=BookSide(_opt(model.asks) or []),
        bids=BookSide(_opt(model.bids) or []),
        raw=model,
    )


def _trade(model: _HGTrade) -> HashgreenTrade:
    return HashgreenTrade(
        id=_text(model.id),
        market_id=_text(model.market_id),
        price=_decimal(model.price),
        amount=_decimal(model.base_amount_display),
        maker_side=HASHGREEN_SIDE(_opt(model.side)),
        time=_utc(model.ts),
        raw=model,
    )


def _order(model: _HGOrder) -> HashgreenOrder:
    order_id = _text(model.id)
    if order_id is None:
        raise ValueError("an order without an id")
    coin_ids = _opt(model.coin_ids) or []
    return HashgreenOrder(
        id=order_id,
        market_id=_text(model.market_id),
        side=HASHGREEN_SIDE(_opt(model.side)),
        status=HASHGREEN_ORDER_STATUS(_opt(model.status)),
        price=_decimal(model.price),
        base_amount=_decimal(model.base_amount_display),
        quote_amount=_decimal(model.quote_amount_display),
        coin_ids=tuple(str(coin) for coin in coin_ids),
        confirmed_height=_int(model.confirmed_height_at),
        progress=_text(model.progress),
        created_at=_time_text(_opt(model.created_at)),
        updated_at=_time_text(_opt(model.updated_at)),
        raw=model,
    )


def _data(parsed: Any) -> Any:
    data = _opt(parsed.data)
    if data is None:
        raise ValueError("the envelope carries no data")
    return data


# --------------------------------------------------------------------------- arguments


def _name(value: object, argument: str) -> str:
    # Market codes and order ids travel in the URL path: they must stay one segment.
    return path_segment(value, argument)


def _status_filter(value: object) -> _HGOrderStatus | Unset:
    if value is None:
        return UNSET
    if isinstance(value, int) and not isinstance(value, bool):
        member = HASHGREEN_ORDER_STATUS(value)
        if isinstance(member, str) and member not in HASHGREEN_ORDER_STATUS_CODES:
            raise InvalidInputError("status", f"unknown order status code {value!r}")
    else:
        member = HASHGREEN_ORDER_STATUS.argument(value, "status")
    return _HGOrderStatus(HASHGREEN_ORDER_STATUS_CODES[member])  # type: ignore[index]


# --------------------------------------------------------------------------- the shared core


def _single(call: Call[T]) -> Plan[T]:
    result: T = yield call
    return result


class HashgreenCore:
    """Everything Hashgreen's two clients share: requests, answers, checks, caches, plans."""

    def __init__(self, has_token: bool) -> None:
        self.has_token = has_token
        from hashgreen_client.client import Client as _GeneratedClient

        self.generated = _GeneratedClient(base_url="")
        self.markets_cache: tuple[HashgreenMarket, ...] | None = None
        self._by_id: dict[str, HashgreenMarket] = {}
        self._by_code: dict[str, HashgreenMarket] = {}

    def _reader(
        self,
        parse_response: Callable[..., object],
        expected: type[Any],
        convert: Callable[[Any], R],
    ) -> Callable[[httpx.Response], R]:
        generated = self.generated

        def parse(response: httpx.Response) -> R:
            try:
                parsed = parse_response(client=generated, response=response)
            except Exception:
                # An error envelope under HTTP 200 has no data of the declared shape.
                error = _envelope_error(response)
                if error is not None:
                    raise error from None
                raise
            if not isinstance(parsed, expected):
                raise ValueError(f"expected {expected.__name__}, got {type(parsed).__name__}")
            if not _success(parsed.code):
                error = _envelope_error(response)
                raise error or EnvelopeError(_text(parsed.code), _text(parsed.msg), None)
            return convert(parsed)

        return parse

    def _private(self) -> None:
        if not self.has_token:
            raise InvalidInputError(
                "token", "orders need the trader's token: pass token= or set HASHGREEN_TOKEN"
            )

    def _remember(self, market: HashgreenMarket) -> HashgreenMarket:
        self._by_id[market.id] = market
        if market.code:
            self._by_code[market.code.upper()] = market
        return market

    def _cached(self, name: str) -> HashgreenMarket | None:
        return self._by_id.get(name) or self._by_code.get(name.upper())

    # ------------------------------------------------------------ calls

    def markets_call(self) -> Call[tuple[HashgreenMarket, ...]]:
        from hashgreen_client.api.markets import list_markets
        from hashgreen_client.models.market_list_response import MarketListResponse

        def convert(parsed: MarketListResponse) -> tuple[HashgreenMarket, ...]:
            return tuple(_market(model) for model in _opt(parsed.data) or [])

        return Call(
            "markets",
            list_markets._get_kwargs(),
            self._reader(list_markets._parse_response, MarketListResponse, convert),
            private=False,
        )

    def market_call(self, code: str) -> Call[HashgreenMarket]:
        from hashgreen_client.api.markets import get_market
        from hashgreen_client.models.market_response import MarketResponse

        return Call(
            "market",
            get_market._get_kwargs(code),
            self._reader(get_market._parse_response, MarketResponse, lambda p: _market(_data(p))),
            private=False,
        )

    # ------------------------------------------------------------ plans

    def markets(self, refresh: bool = False) -> Plan[tuple[HashgreenMarket, ...]]:
        if not isinstance(refresh, bool):
            raise InvalidInputError("refresh", f"expected a bool, got {refresh!r}")
        if self.markets_cache is None or refresh:
            markets: tuple[HashgreenMarket, ...] = yield self.markets_call()
            self._by_id.clear()
            self._by_code.clear()
            for market in markets:
                self._remember(market)
            self.markets_cache = markets
        return self.markets_cache

    def resolve(self, name: object, argument: str = "market") -> Plan[HashgreenMarket]:
        """The market named by code or id: from the cache, the market list, or the server."""
        key = _name(name, argument)
        market = self._cached(key)
        if market is not None:
            return market
        if self.markets_cache is None:
            yield from self.markets()
            market = self._cached(key)
            if market is not None:
                return market
        # Not in the list: the server decides (an unknown code is its NotFoundError).
        fetched: HashgreenMarket = yield self.market_call(key)
        return self._remember(fetched)

    def market(self, code: object, refresh: bool = False) -> Plan[HashgreenMarket]:
        if not isinstance(refresh, bool):
            raise InvalidInputError("refresh", f"expected a bool, got {refresh!r}")
        if not refresh:
            return (yield from self.resolve(code, "code"))
        key = _name(code, "code")
        known = self._cached(key)
        fetched: HashgreenMarket = yield self.market_call(
            known.code if known is not None and known.code else key
        )
        return self._remember(fetched)

    def statistics(self, market: object) -> Plan[Any]:
        from hashgreen_client.api.trades import get_statistics
        from hashgreen_client.models.statistics_response import StatisticsResponse

        if market is None:

            def every(parsed: StatisticsResponse) -> list[MarketStatistics]:
                data = _data(parsed)
                rows = data if isinstance(data, list) else [data]
                return [_statistics(row) for row in rows]

            return (
                yield Call(
                    "statistics",
                    get_statistics._get_kwargs(),
                    self._reader(get_statistics._parse_response, StatisticsResponse, every),
                    private=False,
                )
            )
        resolved = yield from self.resolve(market)

        def one(parsed: StatisticsResponse) -> MarketStatistics:
            data = _data(parsed)
            if isinstance(data, list):
                # Tolerate a list: pick this market's row.
                rows = [row for row in data if _opt(row.id) == resolved.id] or data
                if len(rows) != 1:
                    raise ValueError("expected one market's statistics")
                data = rows[0]
            return _statistics(data)

        return (
            yield Call(
                "statistics",
                get_statistics._get_kwargs(market_id=resolved.id),
                self._reader(get_statistics._parse_response, StatisticsResponse, one),
                private=False,
            )
        )

    def order_book(self, market: object) -> Plan[OrderBook]:
        from hashgreen_client.api.trades import get_order_book
        from hashgreen_client.models.order_book_response import OrderBookResponse

        resolved = yield from self.resolve(market)
        return (
            yield from _single(
                Call(
                    "order_book",
                    get_order_book._get_kwargs(market_id=resolved.id),
                    self._reader(
                        get_order_book._parse_response,
                        OrderBookResponse,
                        lambda p: _book(_data(p)),
                    ),
                    private=False,
                )
            )
        )

    def trades(self, market: object) -> Plan[list[HashgreenTrade]]:
        from hashgreen_client.api.trades import get_trade_history
        from hashgreen_client.models.trade_list_response import TradeListResponse

        resolved = yield from self.resolve(market)
        return (
            yield from _single(
                Call(
                    "trades",
                    get_trade_history._get_kwargs(market_id=resolved.id),
                    self._reader(
                        get_trade_history._parse_response,
                        TradeListResponse,
                        lambda p: [_trade(row) for row in _opt(p.data) or []],
                    ),
                    private=False,
                )
            )
        )

    def orders_call(
        self, market_id: str | Unset, status: _HGOrderStatus | Unset
    ) -> Call[list[HashgreenOrder]]:
        from hashgreen_client.api.orders import list_orders
        from hashgreen_client.models.order_list_response import OrderListResponse

        return Call(
            "orders",
            list_orders._get_kwargs(market_id=market_id, status=status),
            self._reader(
                list_orders._parse_response,
                OrderListResponse,
                lambda p: [_order(row) for row in _opt(p.data) or []],
            ),
        )

    def orders(self, market: object, status: object) -> Plan[list[HashgreenOrder]]:
        self._private()
        status_filter = _status_filter(status)
        market_id: str | Unset = UNSET
        if market is not None:
            market_id = (yield from self.resolve(market)).id
        return (yield from _single(self.orders_call(market_id, status_filter)))

    def create_order(self, offer: object) -> Plan[HashgreenOrder]:
        from hashgreen_client.api.orders import create_order
        from hashgreen_client.models.create_order_form import CreateOrderForm
        from hashgreen_client.models.order_response import OrderResponse

        self._private()
        info = read_offer(offer)  # type: ignore[arg-type]
        sent = SentOffer(offer=info.text, sent_at=datetime.now(UTC))
        return (
            yield from _single(
                Call(
                    "create_order",
                    create_order._get_kwargs(body=CreateOrderForm(offer=info.text)),
                    self._reader(
                        create_order._parse_response, OrderResponse, lambda p: _order(_data(p))
                    ),
                    retry=Retry.ONCE,
                    order=True,
                    sent=sent,
                    lookup=lambda: self.find_order(sent),
                )
            )
        )

    def cancel_order(self, order_id: object) -> Plan[HashgreenOrder]:
        from hashgreen_client.api.orders import cancel_order
        from hashgreen_client.models.order_response import OrderResponse

        self._private()
        key = _name(order_id, "order_id")
        return (
            yield from _single(
                Call(
                    "cancel_order",
                    cancel_order._get_kwargs(key),
                    self._reader(
                        cancel_order._parse_response, OrderResponse, lambda p: _order(_data(p))
                    ),
                    order=True,
                )
            )
        )

    def find_order(self, sent: SentOffer) -> Plan[HashgreenOrder | None]:
        """The newest order created since shortly before ``sent``: the API does not echo offers,
        so time is the only link (two offers posted at once cannot be told apart)."""
        orders: list[HashgreenOrder] = yield self.orders_call(UNSET, UNSET)
        since = sent.sent_at - _LOOKUP_TOLERANCE
        recent = [o for o in orders if o.created_at is not None and o.created_at >= since]
        if not recent:
            return None
        return max(recent, key=lambda o: o.created_at or since)
