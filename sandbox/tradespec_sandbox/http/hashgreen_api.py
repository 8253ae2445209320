"""Hashgreen's HTTP API, mounted at ``/hashgreen/api/v1``.

Every answer is the envelope ``{"code", "msg", "data"}``. Success is ``code`` 200 on the public
operations and 0 on the private ones, as in the documentation's examples; an error has a 4xx
status and the same number as its ``code``. Private operations take ``Authorization: Bearer
<token>``, the token ``POST /_sandbox/accounts`` gave.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from tradespec_sandbox_models import hashgreen as h

from ..domain.accounts import Account
from ..domain.book import Side
from ..domain.catalog import LISTED_AT, Currency, DexMarket
from ..domain.clock import iso_millis
from ..domain.dex import ASK, BID, DexMarketState, DexOrder, DexTrade, PostedOffer, read_posted
from ..domain.errors import SandboxError
from ..domain.money import ZERO, round_down, round_even
from ..state import SandboxState
from .endpoint import Call, Endpoint, anonymous, endpoint
from .web import json_response

# Who may call an operation: anyone, an account's token, or anyone with a token optional.
PUBLIC, PRIVATE, OPTIONAL = "public", "private", "optional"

PUBLIC_OK, PRIVATE_OK = 200, 0
Handler = Callable[[Request, Call[Account | None]], Response]


def _error(status: int, message: str) -> SandboxError:
    return SandboxError(status, str(status), message)


class HashgreenApi:
    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        market_id = frozenset({"market_id"})
        return [
            # list_markets declares no 400: a query there is ignored, even in strict mode.
            Route("/markets", self._serve(self.list_markets, params=None), methods=["GET"]),
            Route("/markets/{code}", self._serve(self.get_market), methods=["GET"]),
            Route("/trades/statistics", self._serve(self.statistics, market_id), methods=["GET"]),
            Route("/trades/book", self._serve(self.book, market_id), methods=["GET"]),
            Route("/trades/history", self._serve(self.trades, market_id), methods=["GET"]),
            Route(
                "/orders",
                self._serve(self.list_orders, market_id | {"status"}, auth=PRIVATE),
                methods=["GET"],
            ),
            Route(
                "/orders",
                self._serve(
                    self.create_order, auth=OPTIONAL, commit=True, prepare=self._read_offer
                ),
                methods=["POST"],
            ),
            Route(
                "/orders/{order_id}",
                self._serve(self.cancel_order, auth=PRIVATE, commit=True),
                methods=["DELETE"],
            ),
        ]

    def _serve(
        self,
        handler: Handler,
        params: frozenset[str] | None = frozenset(),
        *,
        auth: str = PUBLIC,
        commit: bool = False,
        prepare: Callable[[Request, bytes], Any] | None = None,
    ) -> Endpoint:
        def authenticate(request: Request, body: bytes) -> Call[Account | None]:
            call = anonymous(request, body)
            if auth != PUBLIC:
                call.account = self._authenticate(request, required=auth == PRIVATE)
                if call.account is not None:
                    call.limit_key = f"hashgreen:{call.account.api_key}"
            return call

        return endpoint(
            self.state,
            handler,
            authenticate=authenticate,
            params=params,
            commit=commit,
            prepare=prepare,
        )

    def _authenticate(self, request: Request, required: bool) -> Account | None:
        """The token's account; None when there is no token and none is ``required``.

        No ``Authorization`` header, or ``Bearer`` with nothing after it (as a PHP client sends
        it when its token is empty), is no token. A token that is given must be known.
        """
        header = request.headers.get("Authorization", "").strip()
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if not required and (not header or (scheme.lower() == "bearer" and not token)):
            return None
        if scheme.lower() != "bearer" or not token:
            raise _error(401, "a bearer token is required (Authorization: Bearer <token>)")
        account = self.state.accounts.by_token.get(token)
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

    def list_markets(self, request: Request, call: Call[Account | None]) -> Response:
        data = [market_model(s.market) for s in self.state.dex.markets.values()]
        return ok(h.MarketListResponse(code=h.ResponseCode(PUBLIC_OK), msg="ok", data=data))

    def get_market(self, request: Request, call: Call[Account | None]) -> Response:
        code = request.path_params["code"]
        state = self.state.dex.market(code)
        if state.market.code.upper() != code.upper():
            raise _error(404, f"market {code!r} not found (name a market by its code here)")
        model = market_model(state.market)
        return ok(h.MarketResponse(code=h.ResponseCode(PUBLIC_OK), msg="ok", data=model))

    def statistics(self, request: Request, call: Call[Account | None]) -> Response:
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

    def book(self, request: Request, call: Call[Account | None]) -> Response:
        state = self._market_param(request, required=True)
        assert state is not None
        market = state.market
        data = h.OrderBook(
            market_id=market.id,
            asks=book_rows(market, state.book.asks.depth()),
            bids=book_rows(market, state.book.bids.depth()),
        )
        return ok(h.OrderBookResponse(code=h.ResponseCode(PUBLIC_OK), msg="ok", data=data))

    def trades(self, request: Request, call: Call[Account | None]) -> Response:
        state = self._market_param(request, required=True)
        assert state is not None
        recent = list(reversed(state.trades[-100:]))
        data = [trade_model(state.market, t) for t in recent]
        return ok(h.TradeListResponse(code=h.ResponseCode(PUBLIC_OK), msg="ok", data=data))

    # ---- private ------------------------------------------------------------------------------

    def list_orders(self, request: Request, call: Call[Account | None]) -> Response:
        account = call.account
        assert account is not None
        market_id = call.one("market_id") or None
        if market_id is not None and market_id not in self.state.dex.markets:
            raise _error(400, f"unknown market_id {market_id!r}")
        status_text = call.one("status")
        status: int | None = None
        if status_text:
            try:
                status = h.OrderStatus(int(status_text)).value
            except ValueError:
                raise _error(400, "status must be an order status, 0 to 6") from None
        orders = self.state.dex.list_orders(account, market_id, status)
        data = [self.order_model(o) for o in orders]
        return ok(h.OrderListResponse(code=h.ResponseCode(PRIVATE_OK), msg="ok", data=data))

    def _read_offer(self, request: Request, body: bytes) -> PostedOffer | SandboxError:
        """The posted form's offer, checked and read: run in a worker thread, off the lock.

        A refusal is returned, not raised, so that it is answered after the token is checked.
        """
        content_type = request.headers.get("content-type", "")
        if not content_type.lower().startswith("application/x-www-form-urlencoded"):
            return _error(400, "post the offer form-encoded (application/x-www-form-urlencoded)")
        try:
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            return _error(400, "the form is not UTF-8")
        offers = form.get("offer")
        if not offers or not offers[-1].strip():
            return _error(400, "the form field offer is required")
        return read_posted(offers[-1], self.state.dex.minted)

    def create_order(self, request: Request, call: Call[Account | None]) -> Response:
        """Anyone may post an offer; posted without a token, the order is owned by no one."""
        posted = call.prepared
        if isinstance(posted, SandboxError):
            raise posted
        assert isinstance(posted, PostedOffer)
        order = self.state.dex.create_order(call.account, posted)
        data = self.order_model(order)
        return ok(h.OrderResponse(code=h.ResponseCode(PRIVATE_OK), msg="ok", data=data))

    def cancel_order(self, request: Request, call: Call[Account | None]) -> Response:
        assert call.account is not None
        order = self.state.dex.cancel(call.account, request.path_params["order_id"])
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
            # Saved before coins were read: a stand-in, stable for the offer.
            coin_ids=order.coin_ids or [hashlib.sha256(order.offer.encode()).hexdigest()],
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
