"""Hashgreen's helpers, written once for both clients as plans over the generated operations.

Every answer is the envelope ``{code, msg, data}``: ``code`` 0 or 200 is success, and any other
code is an error even under HTTP 200 (:func:`decode_envelope` raises the
:class:`~tradespec.errors.APIError` that code names, classified like an HTTP status; the engine
adds the request it answers). The helpers return what is in ``data``: the generated models,
which carry every field the spec declares; a market is named by its code (``XCH-USDS``) or its
id.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from hashgreen_client.api import OPERATIONS as OPS
from hashgreen_client.models.order_status import OrderStatus

from tradespec import _json
from tradespec._arguments import flag, path_segment
from tradespec._cache import Cache
from tradespec._operations import MissingCredentials, Plan, cached, send
from tradespec._refusal import classify
from tradespec._shapes import json_object
from tradespec._typed import Flavor, register
from tradespec.errors import InvalidInputError, ResponseError
from tradespec.hashgreen._types import OrderBook, SentOffer

if TYPE_CHECKING:
    from hashgreen_client.models.market import Market
    from hashgreen_client.models.market_list_response import MarketListResponse
    from hashgreen_client.models.market_stat import MarketStat
    from hashgreen_client.models.order import Order
    from hashgreen_client.models.trade import Trade

__all__ = ["DEFAULT_BASE_URL", "HashgreenHelpers", "decode_envelope", "describe_error"]

DEFAULT_BASE_URL = "https://hash.green/api/v1"
_SUCCESS_CODES = frozenset({0, 200})
# How long before the send a looked-up order may have been created (clocks differ).
_CLOCK_TOLERANCE = timedelta(seconds=120)


# --------------------------------------------------------------------------- answers


def _code(value: object) -> object:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return value


def _success(code: object) -> bool:
    code = _code(code)
    return isinstance(code, int) and not isinstance(code, bool) and code in _SUCCESS_CODES


def decode_envelope(content: bytes) -> Any:
    """A success answer's JSON (from its body bytes), once its envelope's ``code`` says success.

    Any other code is a refusal, raised as the :class:`~tradespec.errors.APIError` of the HTTP
    status it names (a code outside 400 to 599 as a 400): a 401 is an ``AuthenticationError``,
    ``10023`` a ``BadRequestError``. The engine fills in the request it answers (method, path,
    the answer's own status, and an ``InvalidOrderError`` for an order's refusal).
    """
    decoded = _json.loads(content)
    body = json_object(decoded)
    if body is not None and "code" in body and not _success(body["code"]):
        code, message = describe_error(body)
        message = message or "no message"
        status = code if isinstance(code, int) and 400 <= code <= 599 else 400
        kind = classify(status, code, message)
        raise kind(message, status=200, code=code, body=body)
    return decoded


def _accepted(decoded: object) -> bool:
    """Whether a typed reading of an answer is a success: its envelope's ``code`` says so (any
    other, or none, is for :func:`decode_envelope` to judge)."""
    code = getattr(decoded, "code", None)
    return code is not None and _success(code)


register(decode_envelope, Flavor(decimals=False, accepts=_accepted))


def describe_error(body: object) -> tuple[str | int | None, str | None]:
    """The code and message of an error envelope ``{code, msg, data}``."""
    envelope = json_object(body)
    if envelope is None:
        return None, None
    code = _code(envelope.get("code"))
    message = envelope.get("msg")
    return (
        code if isinstance(code, int | str) and not isinstance(code, bool) else None,
        message if isinstance(message, str) else None,
    )


def _created(order: Order) -> datetime | None:
    """An order's creation time (a string in the spec, ISO 8601 in practice), if readable."""
    try:
        moment = datetime.fromisoformat(order.created_at)
    except (TypeError, ValueError):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class MarketIndex(NamedTuple):
    """The market list, and each market by id and by upper-case code."""

    markets: tuple[Market, ...]
    by_id: dict[str, Market]
    by_code: dict[str, Market]

    @classmethod
    def of(cls, markets: tuple[Market, ...]) -> MarketIndex:
        return cls(
            markets,
            {market.id: market for market in markets},
            {market.code.upper(): market for market in markets},
        )

    def find(self, name: str) -> Market | None:
        return self.by_id.get(name) or self.by_code.get(name.upper())


def _status_filter(value: object) -> OrderStatus | None:
    if value is None:
        return None
    if isinstance(value, str | int) and not isinstance(value, bool):
        member = OrderStatus(value)  # type: ignore[arg-type]  # names and codes both
        if not member.is_unknown:
            return member
    choices = ", ".join(repr(str(member)) for member in OrderStatus)
    raise InvalidInputError("status", f"expected one of {choices} or its code, got {value!r}")


# --------------------------------------------------------------------------- the helpers


class HashgreenHelpers:
    """What Hashgreen's two clients share: argument checks, caches and plans."""

    def __init__(self, missing_token: MissingCredentials | None) -> None:
        self.missing_token = missing_token
        """The client's error for a private call without its token (None: it has one)."""
        self.markets_cache: Cache[MarketIndex] = Cache()
        # Markets found by code outside the list (the server knew them; the list did not).
        self._extra: dict[str, Market] = {}

    def _private(self, operation: str = "orders") -> None:
        if self.missing_token is not None:
            raise self.missing_token(operation)

    def _index(self, refresh: bool = False) -> Plan[MarketIndex]:
        def convert(answer: MarketListResponse) -> MarketIndex:
            return MarketIndex.of(tuple(answer.data))

        operation = OPS.markets.list_markets()
        return (yield from cached(self.markets_cache, operation, convert, refresh))

    def markets(self, refresh: object = False) -> Plan[tuple[Market, ...]]:
        index = yield from self._index(flag(refresh, "refresh"))
        return index.markets

    def resolve(self, name: object, argument: str = "market") -> Plan[Market]:
        """The market named by code or id: from the cache, the market list, or the server."""
        key = path_segment(name, argument)
        index = yield from self._index()
        market = index.find(key) or self._extra.get(key.upper())
        if market is not None:
            return market
        # Not in the list: the server decides (an unknown code is its NotFoundError).
        return (yield from self._fetch_market(key))

    def _fetch_market(self, code: str) -> Plan[Market]:
        answer = yield from send(OPS.markets.get_market(code=code))
        market = answer.data
        self._extra[market.code.upper()] = self._extra[market.id.upper()] = market
        return market

    def market(self, code: object, refresh: object = False) -> Plan[Market]:
        if not flag(refresh, "refresh"):
            return (yield from self.resolve(code, "code"))
        key = path_segment(code, "code")
        index = self.markets_cache.value
        known = None if index is None else index.find(key)
        return (yield from self._fetch_market(known.code if known is not None else key))

    def statistics(self, market: object) -> Plan[MarketStat | list[MarketStat]]:
        if market is None:
            answer = yield from send(OPS.trades.get_statistics())
            data = answer.data
            return data if isinstance(data, list) else [data]
        resolved = yield from self.resolve(market)
        answer = yield from send(OPS.trades.get_statistics(market_id=resolved.id))
        data = answer.data
        if isinstance(data, list):
            # Tolerate a list: pick this market's row.
            rows = [row for row in data if row.id == resolved.id] or data
            if len(rows) != 1:
                raise InvalidInputError("market", f"the DEX has no statistics for {market!r}")
            return rows[0]
        return data

    def order_book(self, market: object) -> Plan[OrderBook]:
        resolved = yield from self.resolve(market)
        answer = yield from send(OPS.trades.get_order_book(market_id=resolved.id))
        try:
            return OrderBook.from_model(answer.data)
        except ValueError as exc:
            raise ResponseError(f"GET /trades/book: {exc}", status=200) from None

    def trades(self, market: object) -> Plan[list[Trade]]:
        resolved = yield from self.resolve(market)
        answer = yield from send(OPS.trades.get_trade_history(market_id=resolved.id))
        return answer.data

    def orders(self, market: object, status: object) -> Plan[list[Order]]:
        self._private("orders()")
        status_filter = _status_filter(status)
        market_id = None
        if market is not None:
            market_id = (yield from self.resolve(market)).id
        answer = yield from send(OPS.orders.list_orders(market_id=market_id, status=status_filter))
        return answer.data

    def create_order(self, offer: object, market: object) -> Plan[Order]:
        from hashgreen_client.models.create_order_form import CreateOrderForm

        # The offer reader (bech32m, its attrs classes) is imported by the first order.
        from tradespec.hashgreen._offers import check_offer_trades, read_offer

        # No token needed: posted without one, the order is owned by no one (the API lists it
        # in the book, never in orders(), and cancel_order() cannot cancel it).
        if not isinstance(offer, str | os.PathLike):
            raise InvalidInputError(
                "offer", f"expected an offer string or a path, got {type(offer).__name__}"
            )
        info = read_offer(cast("str | os.PathLike[str]", offer))
        if market is not None:
            resolved = yield from self.resolve(market)
            check_offer_trades(
                info,
                base_asset_id=resolved.base_ccy.asset_id,
                quote_asset_id=resolved.quote_ccy.asset_id,
                price_precision=resolved.price_precision,
                base_amount_precision=resolved.base_amount_precision,
                market=resolved.code,
            )
        sent = SentOffer(offer=info.text, sent_at=datetime.now(UTC))
        body = CreateOrderForm(offer=info.text)
        answer = yield from send(OPS.orders.create_order(body=body), sent)
        return answer.data

    def cancel_order(self, order_id: object) -> Plan[Order]:
        self._private("cancel_order()")
        key = path_segment(order_id, "order_id")
        answer = yield from send(OPS.orders.cancel_order(order_id=key))
        return answer.data

    def find_order(self, sent: object) -> Plan[Order | None]:
        """The order holding the offer's coins (by the ``coin_ids`` the API reports, when the
        ``chia`` extra reads the offer's); else the newest order created since shortly before
        ``sent``: the API does not echo offers, so time is then the only link (two offers
        posted at once cannot be told apart)."""
        from tradespec.hashgreen._settling import offer_coin_ids

        if not isinstance(sent, SentOffer):
            raise InvalidInputError("sent", f"expected a SentOffer, got {type(sent).__name__}")
        self._private("find_order()")
        answer = yield from send(OPS.orders.list_orders())
        coins = offer_coin_ids(sent.offer)
        if coins is not None and all(order.coin_ids is not None for order in answer.data):
            return next(
                (
                    order
                    for order in answer.data
                    if any(c.lower().removeprefix("0x") in coins for c in order.coin_ids or ())
                ),
                None,
            )
        since = sent.sent_at - _CLOCK_TOLERANCE
        recent = [
            (created, order)
            for order in answer.data
            if (created := _created(order)) is not None and created >= since
        ]
        if not recent:
            return None
        return max(recent, key=lambda pair: pair[0])[1]
