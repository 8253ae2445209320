"""Hashgreen's HTTP API, mounted at ``/hashgreen/api/v1``.

Every answer is the envelope ``{"code", "msg", "data"}``. Success is ``code`` 200 on the public
operations and 0 on the private ones, as in the documentation's examples; an error has a 4xx
status and the same number as its ``code``. Private operations take ``Authorization: Bearer
<token>``, the token ``POST /_sandbox/accounts`` gave.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from tradespec_sandbox_models import hashgreen as h

from .accounts import Account
from .book import Side
from .catalog import LISTED_AT, Currency, DexMarket
from .clock import iso_millis
from .dex import ASK, BID, DexError, DexMarketState, DexOrder, DexTrade
from .money import ZERO, round_down, round_even
from .state import SandboxState
from .web import HASHGREEN_PREFIX, ApiError, error_response, internal_error, json_response

PUBLIC_OK, PRIVATE_OK = 200, 0
Handler = Callable[[Request], Awaitable[Response]]


def _error(status: int, message: str) -> ApiError:
    return ApiError(status, str(status), message)


class HashgreenApi:
    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        return [
            # list_markets declares no 400: a query there is ignored, not refused.
            Route("/markets", self._wrap(self.list_markets, params=None), methods=["GET"]),
            Route("/markets/{code}", self._wrap(self.get_market), methods=["GET"]),
            Route(
                "/trades/statistics",
                self._wrap(self.statistics, params=frozenset({"market_id"})),
                methods=["GET"],
            ),
            Route(
                "/trades/book",
                self._wrap(self.book, params=frozenset({"market_id"})),
                methods=["GET"],
            ),
            Route(
                "/trades/history",
                self._wrap(self.trades, params=frozenset({"market_id"})),
                methods=["GET"],
            ),
            Route(
                "/orders",
                self._wrap(
                    self.list_orders, private=True, params=frozenset({"market_id", "status"})
                ),
                methods=["GET"],
            ),
            Route(
                "/orders",
                self._wrap(self.create_order, private=True, mutates=True),
                methods=["POST"],
            ),
            Route(
                "/orders/{order_id}",
                self._wrap(self.cancel_order, private=True, mutates=True),
                methods=["DELETE"],
            ),
        ]

    def _wrap(
        self,
        handler: Callable[[Request, Account | None, bytes], Response],
        private: bool = False,
        mutates: bool = False,
        params: frozenset[str] | None = frozenset(),
    ) -> Handler:
        allowed = params

        async def endpoint(request: Request) -> Response:
            try:
                body = await request.body()
                with self.state.lock:
                    account = self._authenticate(request) if private else None
                    query = parse_qs(request.url.query, keep_blank_values=True)
                    unknown = sorted(set(query) - allowed) if allowed is not None else []
                    if unknown:
                        raise _error(400, f"unknown query parameter(s): {', '.join(unknown)}")
                    try:
                        return handler(request, account, body)
                    finally:
                        if mutates:
                            self.state.commit()
            except DexError as exc:
                return error_response(HASHGREEN_PREFIX, _error(exc.status, exc.message))
            except ApiError as exc:
                return error_response(HASHGREEN_PREFIX, exc)
            except Exception as exc:  # a bug: answer it, keep the connection and the server
                return error_response(HASHGREEN_PREFIX, internal_error(exc))

        return endpoint

    def _authenticate(self, request: Request) -> Account:
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _error(401, "a bearer token is required (Authorization: Bearer <token>)")
        account = self.state.accounts.by_token.get(token.strip())
        if account is None:
            raise _error(401, "unknown token")
        return account

    def _market_param(self, request: Request, required: bool) -> DexMarketState | None:
        market_id = request.query_params.get("market_id", "")
        if not market_id:
            if required:
                raise _error(400, "market_id is required")
            return None
        return self.state.dex.market(market_id)

    # ---- public -------------------------------------------------------------------------------

    def list_markets(self, request: Request, account: Account | None, body: bytes) -> Response:
        data = [market_model(s.market) for s in self.state.dex.markets.values()]
        return ok(h.MarketListResponse(code=h.ResponseCode(PUBLIC_OK), msg="ok", data=data))

    def get_market(self, request: Request, account: Account | None, body: bytes) -> Response:
        code = request.path_params["code"]
        state = self.state.dex.market(code)
        if state.market.code.upper() != code.upper():
            raise _error(404, f"market {code!r} not found (name a market by its code here)")
        model = market_model(state.market)
        return ok(h.MarketResponse(code=h.ResponseCode(PUBLIC_OK), msg="ok", data=model))

    def statistics(self, request: Request, account: Account | None, body: bytes) -> Response:
        state = self._market_param(request, required=False)
        data: h.MarketStat | list[h.MarketStat]
        if state is not None:
            data = self._stat(state, with_code=True)
        else:
            data = [self._stat(s, with_code=True) for s in self.state.dex.markets.values()]
        return ok(h.StatisticsResponse(code=h.ResponseCode(PUBLIC_OK), msg="ok", data=data))

    def _stat(self, state: DexMarketState, with_code: bool) -> h.MarketStat:
        market = state.market
        stats = self.state.dex.statistics(state)
        usd_rate = self._usd_rate(market)
        price = _dec(stats["price"])
        quote_volume = _dec(stats["quote_volume"])
        updated = stats["updated_at"]
        assert updated is not None and not isinstance(updated, Decimal)
        return h.MarketStat(
            id=market.id,
            code=market.code if with_code else None,
            price=round_even(price, market.price_precision),
            usd=round_even(price * usd_rate, 2),
            high=round_even(_dec(stats["high"]), market.price_precision),
            low=round_even(_dec(stats["low"]), market.price_precision),
            base_volume=round_down(_dec(stats["base_volume"]), market.base_amount_precision),
            usd_volume=round_even(quote_volume * usd_rate, 2),
            changed=round_even(_dec(stats["changed"]), 2),
            fully_diluted_market_cap=round_even(price * usd_rate * market.base.total_supply, 0),
            updated_at=updated,
        )

    def _usd_rate(self, market: DexMarket) -> Decimal:
        """USD per unit of the market's quote currency: 1 for USDS, XCH's last USDS price."""
        if market.quote.code == "USDS":
            return Decimal(1)
        for state in self.state.dex.markets.values():
            if state.market.base.code == market.quote.code and state.market.quote.code == "USDS":
                last = self.state.dex.statistics(state)["price"]
                return _dec(last)
        return ZERO

    def book(self, request: Request, account: Account | None, body: bytes) -> Response:
        state = self._market_param(request, required=True)
        assert state is not None
        market = state.market
        data = h.OrderBook(
            market_id=market.id,
            asks=book_rows(market, state.book.asks.depth()),
            bids=book_rows(market, state.book.bids.depth()),
        )
        return ok(h.OrderBookResponse(code=h.ResponseCode(PUBLIC_OK), msg="ok", data=data))

    def trades(self, request: Request, account: Account | None, body: bytes) -> Response:
        state = self._market_param(request, required=True)
        assert state is not None
        recent = list(reversed(state.trades[-100:]))
        data = [trade_model(state.market, t) for t in recent]
        return ok(h.TradeListResponse(code=h.ResponseCode(PUBLIC_OK), msg="ok", data=data))

    # ---- private ------------------------------------------------------------------------------

    def list_orders(self, request: Request, account: Account | None, body: bytes) -> Response:
        assert account is not None
        market_id = request.query_params.get("market_id") or None
        if market_id is not None and market_id not in self.state.dex.markets:
            raise _error(400, f"unknown market_id {market_id!r}")
        status_text = request.query_params.get("status")
        status: int | None = None
        if status_text:
            try:
                status = h.OrderStatus(int(status_text)).value
            except ValueError:
                raise _error(400, "status must be an order status, 0 to 6") from None
        orders = self.state.dex.list_orders(account, market_id, status)
        data = [self.order_model(o) for o in orders]
        return ok(h.OrderListResponse(code=h.ResponseCode(PRIVATE_OK), msg="ok", data=data))

    def create_order(self, request: Request, account: Account | None, body: bytes) -> Response:
        assert account is not None
        content_type = request.headers.get("content-type", "")
        if not content_type.lower().startswith("application/x-www-form-urlencoded"):
            raise _error(400, "post the offer form-encoded (application/x-www-form-urlencoded)")
        try:
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            raise _error(400, "the form is not UTF-8") from None
        offers = form.get("offer")
        if not offers or not offers[-1].strip():
            raise _error(400, "the form field offer is required")
        order = self.state.dex.create_order(account, offers[-1])
        data = self.order_model(order)
        return ok(h.OrderResponse(code=h.ResponseCode(PRIVATE_OK), msg="ok", data=data))

    def cancel_order(self, request: Request, account: Account | None, body: bytes) -> Response:
        assert account is not None
        order = self.state.dex.cancel(account, request.path_params["order_id"])
        data = self.order_model(order)
        return ok(h.OrderResponse(code=h.ResponseCode(PRIVATE_OK), msg="ok", data=data))

    def order_model(self, order: DexOrder) -> h.Order:
        market = self.state.dex.markets[order.market_id].market
        return h.Order(
            id=order.id,
            user_id=order.user_id,
            market_id=order.market_id,
            price=order.price.quantize(_q(market.price_precision)),
            base_amount_display=order.amount.quantize(_q(market.base.precision)),
            quote_amount_display=round_even(order.amount * order.price, market.quote.precision),
            coin_ids=order.coin_ids,
            confirmed_height_at=0,
            progress="0",
            side=h.OrderSide(BID if order.side is Side.BUY else ASK),
            status=h.OrderStatus(order.status),
            created_at=iso_millis(order.created_at),
            updated_at=iso_millis(order.updated_at),
        )


def ok(model: Any) -> Response:
    return json_response(model, numbers=False)


def _q(places: int) -> Decimal:
    return Decimal(1).scaleb(-places)


def _dec(value: object) -> Decimal:
    assert isinstance(value, Decimal)
    return value


def currency_model(c: Currency) -> h.Currency:
    return h.Currency(
        id=c.id,
        asset_id=c.asset_id,
        code=c.code,
        name=c.name,
        type=c.type,
        status=h.Status.ENABLED,
        multiplier=c.multiplier,
        precision=c.precision,
        min_amount_display=c.min_amount,
        max_supply_display=ZERO,
        total_supply_display=c.total_supply,
        circulating_supply_display=c.total_supply,
        links={"website": "https://sandbox.invalid/"},
        launch_at=LISTED_AT,
        created_at=LISTED_AT,
        updated_at=LISTED_AT,
    )


def market_model(market: DexMarket) -> h.Market:
    return h.Market(
        id=market.id,
        base_ccy=currency_model(market.base),
        quote_ccy=currency_model(market.quote),
        code=market.code,
        status=h.Status.ENABLED,
        info_ccy_name="quote_ccy",
        is_new=False,
        is_fiat=market.quote.code == "USDS",
        price_precision=market.price_precision,
        base_amount_precision=market.base_amount_precision,
        order_no=market.order_no,
        created_at=LISTED_AT,
        updated_at=LISTED_AT,
    )


def book_rows(market: DexMarket, depth: Any) -> list[h.BookRow]:
    """``[price, base amount, cumulative base amount, base display, quote display]``."""
    rows: list[h.BookRow] = []
    cumulative = ZERO
    for price, quantity in depth:
        cumulative += quantity
        rows.append(
            h.BookRow(
                [
                    price.quantize(_q(market.price_precision)),
                    round_down(quantity, market.base_amount_precision),
                    round_down(cumulative, market.base_amount_precision),
                    quantity.quantize(_q(market.base.precision)),
                    round_even(quantity * price, market.quote.precision),
                ]
            )
        )
    return rows


def trade_model(market: DexMarket, trade: DexTrade) -> h.Trade:
    return h.Trade(
        id=trade.id,
        market_id=trade.market_id,
        price=trade.price.quantize(_q(market.price_precision)),
        side=h.TradeSide(trade.maker_side),
        base_amount_display=trade.amount.quantize(_q(market.base.precision)),
        ts=trade.ts,
    )
