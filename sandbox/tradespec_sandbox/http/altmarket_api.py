"""AltMarket's HTTP API, mounted at ``/altmarket``: signature checks, then the engine.

Every operation is private. A request is authenticated before anything else is looked at:

* ``Key`` names the account and ``Sign`` must be the uppercase hex HMAC-SHA512, under its
  secret, of ``?`` + the raw query string as received (GET, DELETE) or of the raw body bytes as
  received (POST). The raw bytes, never a re-encoding: a client that signs one thing and sends
  another must fail here as it would on the live platform.
* ``ts`` (query for GET/DELETE, JSON body for POST) must be ISO 8601 within 5 s of the sandbox
  clock; naive means UTC.

Any failure there answers 401 ``Unauthorized``. Then the input is validated (400, 404) and the
engine does the rest.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from tradespec_sandbox_models import altmarket as m

from ..domain.accounts import Account
from ..domain.book import Side
from ..domain.catalog import Asset, Market
from ..domain.clock import SKEW_LIMIT, parse_timestamp
from ..domain.errors import SandboxError, bad_request
from ..domain.exchange import Fill, Kind, Order
from ..domain.money import ZERO, fmt
from ..domain.wallet import Transfer
from ..state import SandboxState
from .endpoint import Call, Endpoint, endpoint
from .web import (
    json_response,
    parse_json,
    parse_model,
    printable,
    query_bool,
    query_int,
)

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 1000
DEFAULT_TRANSFER_COUNT = 100
MAX_AMOUNT = Decimal("1e12")
HISTORY_PARAMS = frozenset(
    {"Market", "Side", "StartDate", "EndDate", "AscOrder", "DescOrder", "Page", "PerPage"}
)

T = TypeVar("T")
Handler = Callable[[Request, Call[Account]], Response]


def unauthorized(message: str) -> SandboxError:
    return SandboxError(401, "Unauthorized", message)


class AltMarketApi:
    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        get, post, delete = ["GET"], ["POST"], ["DELETE"]
        history = HISTORY_PARAMS
        return [
            Route("/api/assets-info", self._serve(self.assets), methods=get),
            Route("/api/markets", self._serve(self.markets), methods=get),
            Route("/api/order", self._serve(self.create_order), methods=post),
            Route("/api/orders/open", self._serve(self.open_orders), methods=get),
            Route("/api/orders/{orderId}", self._serve(self.cancel_order), methods=delete),
            Route("/api/orders", self._serve(self.cancel_all), methods=delete),
            Route(
                "/api/order_history",
                self._serve(self.order_history, history | {"IsHideCanceled"}),
                methods=get,
            ),
            Route("/api/trade_history", self._serve(self.trade_history, history), methods=get),
            Route("/api/wallet/deposit", self._serve(self.deposit_address), methods=post),
            Route("/api/wallet/withdrawal", self._serve(self.withdraw), methods=post),
            Route(
                "/api/wallet/transfers",
                self._serve(self.transfers, frozenset({"count"})),
                methods=get,
            ),
            Route("/api/wallet/balance", self._serve(self.balances), methods=get),
        ]

    def _serve(self, handler: Handler, params: frozenset[str] = frozenset()) -> Endpoint:
        # A POST signs its body, and takes no query; GET and DELETE sign their query, ts in it.
        return endpoint(
            self.state,
            handler,
            authenticate=self._authenticate,
            params=params | {"ts"},
            before=self._settle_due,
        )

    def _settle_due(self) -> None:
        self.state.wallet.settle_due()

    # ---- authentication -----------------------------------------------------------------------

    def _authenticate(self, request: Request, body: bytes) -> Call[Account]:
        key = request.headers.get("Key")
        sign = request.headers.get("Sign")
        if not key or not sign:
            raise unauthorized("The Key and Sign headers are required.")
        account = self.state.accounts.by_key.get(key)
        if account is None:
            raise unauthorized("Unknown API key.")
        raw_query: bytes = request.scope.get("query_string", b"")
        signed_get = request.method in ("GET", "DELETE", "HEAD")
        payload = b"?" + raw_query if signed_get else body
        expected = hmac.digest(account.api_secret.encode(), payload, "sha512").hex().upper()
        if not hmac.compare_digest(expected.encode(), sign.encode("latin-1")):
            raise unauthorized("Invalid signature.")
        query = parse_qs(raw_query.decode("latin-1"), keep_blank_values=True)
        parsed_body: Any = None
        if signed_get:
            ts_values = query.get("ts")
            ts = ts_values[-1] if ts_values else None
        else:
            parsed_body = parse_json(body)
            if not isinstance(parsed_body, dict):
                raise bad_request("The body must be a JSON object.")
            ts = parsed_body.get("ts")
        self._check_ts(ts)
        if not signed_get:  # a POST's query is not signed, and not read
            if query and self.state.strict:
                raise bad_request("A POST takes no query parameters (strict mode).")
            query = {}
        return Call(account, query, body, parsed_body, limit_key=f"altmarket:{account.api_key}")

    def _check_ts(self, ts: object) -> None:
        if not isinstance(ts, str) or not ts:
            raise unauthorized("ts (the request's UTC time, ISO 8601) is required.")
        try:
            moment = parse_timestamp(ts)
        except ValueError:
            raise unauthorized(f"ts {ts!r} is not an ISO 8601 time.") from None
        if abs(moment - self.state.clock.now()) > SKEW_LIMIT:
            raise unauthorized("ts is more than 5 seconds away from the server's clock.")

    # ---- reference data -----------------------------------------------------------------------

    def assets(self, request: Request, call: Call[Account]) -> Response:
        data = [
            m.Asset(
                id=a.id,
                can_deposit=True,
                can_withdraw=True,
                image_url=f"https://sandbox.invalid/assets/{a.id.lower()}.png",
                asset_name=a.name,
                withdrawal_fee=a.withdrawal_fee,
                scale=a.scale,
            )
            for a in self.state.catalog.assets.values()
        ]
        return json_response(m.AssetList(data=data), numbers=True)

    def markets(self, request: Request, call: Call[Account]) -> Response:
        pairs = {
            name: m.Market(
                baseAsset=k.base,
                quoteAsset=k.quote,
                minPrice=k.min_price,
                maxPrice=k.max_price,
                minAmount=k.min_amount,
                hidden=0,
                fee=k.taker_fee,
                makerFee=k.maker_fee,
                makerFeeLimit=ZERO,
                takerFee=k.taker_fee,
                takerFeeLimit=ZERO,
                priceScale=k.price_scale,
                amountScale=k.amount_scale,
                status=m.MarketStatus.Open,
            )
            for name, k in self.state.catalog.markets.items()
        }
        info = m.MarketsInfo(
            serverTime=self.state.clock.ticks(),
            pairs=pairs,
            plaidPublicKey="",
            environment="sandbox",
        )
        return json_response(info, numbers=True)

    # ---- trading ------------------------------------------------------------------------------

    def create_order(self, request: Request, call: Call[Account]) -> Response:
        raw_order = call.body.get("order")
        if isinstance(raw_order, dict) and self.state.strict:
            for read_only in ("side", "orderType"):
                if read_only in raw_order:
                    raise bad_request(
                        f"order.{read_only} is read-only: the side goes in type, the kind in "
                        "isLimit and isStop.",
                        "InvalidOrder",
                    )
        order = parse_model(m.CreateOrderRequest, call.body, strict=self.state.strict).order
        if order.instrument is None:
            raise bad_request("order.instrument is required.", "InvalidOrder")
        if order.type is None:
            raise bad_request("order.type (buy or sell) is required.", "InvalidOrder")
        if order.amount is None:
            raise bad_request("order.amount is required.", "InvalidOrder")
        if abs(order.amount) > MAX_AMOUNT:
            raise bad_request("order.amount is too large.", "InvalidOrder")
        for value in (order.price, order.activationPrice):
            if value is not None and abs(value) > MAX_AMOUNT:
                raise bad_request("The price is too large.", "InvalidOrder")
        kind = {
            (True, False): Kind.LIMIT,
            (False, False): Kind.MARKET,
            (True, True): Kind.STOP_LIMIT,
            (False, True): Kind.STOP_MARKET,
        }[(bool(order.isLimit), bool(order.isStop))]
        side = Side.BUY if order.type is m.OrderDirection.buy else Side.SELL
        placed = self.state.exchange.place(
            call.account,
            order.instrument,
            side,
            kind,
            order.amount,
            order.price,
            order.activationPrice,
        )
        return json_response(m.OrderResponse(order=order_model(placed)), numbers=True)

    def cancel_order(self, request: Request, call: Call[Account]) -> Response:
        order_id = request.path_params["orderId"]
        if not _is_order_id(order_id):
            raise bad_request(f"{order_id!r} is not an order id (a 64-bit integer).")
        order = self.state.exchange.cancel(call.account, str(int(order_id)))
        return json_response(m.OrderResponse(order=order_model(order)), numbers=True)

    def cancel_all(self, request: Request, call: Call[Account]) -> Response:
        count = self.state.exchange.cancel_all(call.account)
        return json_response(m.CountResponse(data=count), numbers=True)

    def open_orders(self, request: Request, call: Call[Account]) -> Response:
        orders = self.state.exchange.open_orders(call.account)
        return json_response([order_model(o) for o in orders], numbers=True)

    # ---- history ------------------------------------------------------------------------------

    def order_history(self, request: Request, call: Call[Account]) -> Response:
        query = HistoryQuery(call, ORDER_SORT_KEYS, self.state.catalog.markets)
        hide_cancelled = query_bool(call.one("IsHideCanceled"), "IsHideCanceled")
        if call.one("IsHideCanceled") is not None:
            query.filters["IsHideCanceled"] = hide_cancelled
        rows = [
            o
            for o in self.state.exchange.account_orders(call.account)
            if query.keeps(o.instrument, o.side, o.created_at)
            and not (hide_cancelled and o.status == "Cancelled")
        ]
        rows = query.sort(rows, default=lambda o: o.seq)
        page, total = query.page(rows)
        body = m.OrderPage(
            filters=query.filters,
            paging=m.Paging(page=query.page_number, per_page=query.per_page, total=total),
            data=[order_model(o) for o in page],
        )
        return json_response(body, numbers=True)

    def trade_history(self, request: Request, call: Call[Account]) -> Response:
        query = HistoryQuery(call, TRADE_SORT_KEYS, self.state.catalog.markets)
        key = call.account.api_key
        rows = [
            row
            for fill in self.state.exchange.account_fills(call.account)
            for row in _trade_rows(fill, key)
            if query.keeps(row.fill.instrument, row.side, row.fill.time)
        ]
        rows = query.sort(rows, default=lambda r: (r.fill.seq, r.side is Side.SELL))
        page, total = query.page(rows)
        body = m.TradePage(
            filters=query.filters,
            paging=m.Paging(page=query.page_number, per_page=query.per_page, total=total),
            data=[trade_model(r) for r in page],
        )
        return json_response(body, numbers=True)

    # ---- wallet -------------------------------------------------------------------------------

    def deposit_address(self, request: Request, call: Call[Account]) -> Response:
        body = parse_model(m.DepositAddressRequest, call.body, strict=self.state.strict)
        address = self.state.wallet.deposit_address(call.account, body.assetId)
        result = m.DepositAddress(asset=body.assetId, paymentSystem="Blockchain", address=address)
        return json_response(result, numbers=True)

    def withdraw(self, request: Request, call: Call[Account]) -> Response:
        body = parse_model(m.WithdrawalRequest, call.body, strict=self.state.strict)
        if abs(body.amount) > MAX_AMOUNT:
            raise bad_request("amount is too large.", "InvalidAmount")
        transfer_id = None
        if body.transferId is not None:
            transfer_id = printable(body.transferId, "transferId", 100)
        address = printable(body.address, "address")
        transfer = self.state.wallet.withdraw(
            call.account, body.assetId, body.amount, address, transfer_id
        )
        return json_response(transfer_body(transfer, self.state.catalog.assets), numbers=True)

    def transfers(self, request: Request, call: Call[Account]) -> Response:
        count = min(query_int(call.one("count"), "count", DEFAULT_TRANSFER_COUNT), 1000)
        transfers = self.state.wallet.account_transfers(call.account)
        newest = sorted(transfers, key=lambda t: t.seq, reverse=True)[:count]
        assets = self.state.catalog.assets
        return json_response([transfer_body(t, assets) for t in newest], numbers=True)

    def balances(self, request: Request, call: Call[Account]) -> Response:
        rows = [
            m.Balance(
                asset=asset,
                totalBalance=b.total,
                inOrder=b.held,
                availableBalance=b.available,
            )
            for asset, b in self.state.ledger.account_balances(
                call.account.api_key, list(self.state.catalog.assets)
            )
        ]
        return json_response(rows, numbers=True)


# ---- answers ------------------------------------------------------------------------------------


def order_model(o: Order) -> m.Order:
    average = o.notional / o.filled if o.filled else ZERO
    price = o.price if o.price is not None else average  # a market order: its average price
    return m.Order(
        orderId=o.order_id,
        total=o.total,
        orderType=m.OrderType(o.kind.value),
        commission=o.commission,
        createdAt=o.created_at,
        unitsFilled=o.filled,
        isPending=o.waiting_for_trigger,
        status=m.OrderStatus(o.status),
        type=o.side.value,
        amount=o.amount,
        price=price,
        stopPrice=o.stop_price if o.stop_price is not None else ZERO,
        isLimit=o.kind.is_limit,
        instrument=o.instrument,
        side=m.OrderSide.Buy if o.side is Side.BUY else m.OrderSide.Sell,
    )


class TradeRow:
    """One account's view of a fill: its side and its fee."""

    __slots__ = ("commission", "fill", "side")

    def __init__(self, fill: Fill, side: Side, commission: Decimal) -> None:
        self.fill = fill
        self.side = side
        self.commission = commission


def _trade_rows(fill: Fill, account: str) -> Iterable[TradeRow]:
    if fill.buyer == account:
        yield TradeRow(fill, Side.BUY, fill.buyer_fee)
    if fill.seller == account:
        yield TradeRow(fill, Side.SELL, fill.seller_fee)


def trade_model(row: TradeRow) -> m.Trade:
    return m.Trade(
        tradeSeq=row.fill.seq,
        tradeTime=row.fill.time,
        amount=row.fill.quantity,
        executionPrice=row.fill.price,
        instrument=row.fill.instrument,
        side=m.OrderSide.Buy if row.side is Side.BUY else m.OrderSide.Sell,
        commission=row.commission,
    )


def transfer_body(t: Transfer, assets: dict[str, Asset]) -> dict[str, Any]:
    """A Transfer as the spec has it: its ``amount`` and ``fee`` are decimal strings."""
    asset = assets[t.asset]
    done = t.status != "AwaitingConfirmation"
    model = m.Transfer(
        asset=t.asset,
        paymentSystem="Blockchain",
        transferId=t.transfer_id,
        type=m.TransferType(t.kind),
        status=m.TransferStatus(t.status),
        amount=t.amount,
        fee=t.fee,
        errorDetails=t.error_details,
        createdAt=t.created_at,
        updatedAt=t.updated_at,
        txId=t.tx_id,
        blockchainLink=f"https://sandbox.invalid/tx/{t.tx_id}" if t.tx_id else "",
        errorCode=t.error_code,
        confirmations=asset.confirmations if done else 0,
        confirmationsRequired=asset.confirmations,
        targetAddress=t.address,
    )
    body = model.model_dump(mode="python", exclude_none=True)
    body["amount"] = fmt(t.amount)
    body["fee"] = fmt(t.fee)
    return body


# ---- history queries ----------------------------------------------------------------------------

SortKey = Callable[[Any], Any]

ORDER_SORT_KEYS: dict[str, SortKey] = {
    "orderid": lambda o: int(o.order_id),
    "createdat": lambda o: (o.created_at, o.seq),
    "price": lambda o: o.price or ZERO,
    "stopprice": lambda o: o.stop_price or ZERO,
    "amount": lambda o: o.amount,
    "total": lambda o: o.total,
    "unitsfilled": lambda o: o.filled,
    "commission": lambda o: o.commission,
    "status": lambda o: o.status,
    "instrument": lambda o: o.instrument,
    "side": lambda o: o.side.value,
    "type": lambda o: o.side.value,
    "ordertype": lambda o: o.kind.value,
    "islimit": lambda o: o.kind.is_limit,
}
TRADE_SORT_KEYS: dict[str, SortKey] = {
    "tradeseq": lambda r: r.fill.seq,
    "tradetime": lambda r: (r.fill.time, r.fill.seq),
    "amount": lambda r: r.fill.quantity,
    "executionprice": lambda r: r.fill.price,
    "instrument": lambda r: r.fill.instrument,
    "side": lambda r: r.side.value,
    "commission": lambda r: r.commission,
}


class HistoryQuery:
    """The filters, sort order and paging of a history request, validated."""

    def __init__(
        self, call: Call[Account], sort_keys: dict[str, SortKey], markets: dict[str, Market]
    ) -> None:
        self.filters: dict[str, Any] = {}
        market = call.one("Market")
        if market:
            if market not in markets:
                raise SandboxError(400, "MarketNotFound", f"Unknown market {market!r}.")
            self.filters["Market"] = market
        self.market = market or None
        side = call.one("Side")
        self.side: Side | None = None
        if side:
            self.side = _parse_side(side)
            self.filters["Side"] = side
        self.start = self._date(call, "StartDate")
        self.end = self._date(call, "EndDate")
        self.sort_keys = sort_keys
        self.asc = self._fields(call, "AscOrder")
        self.desc = self._fields(call, "DescOrder")
        self.page_number = query_int(call.one("Page"), "Page", 1)
        requested = query_int(call.one("PerPage"), "PerPage", DEFAULT_PER_PAGE)
        self.per_page = min(requested, MAX_PER_PAGE)

    def _date(self, call: Call[Account], name: str) -> datetime | None:
        value = call.one(name)
        if not value:
            return None
        try:
            moment = parse_timestamp(value)
        except ValueError:
            raise bad_request(f"{name} must be an ISO 8601 time.") from None
        self.filters[name] = value
        return moment

    def _fields(self, call: Call[Account], name: str) -> list[str]:
        fields = [f for f in call.query.get(name, []) if f]
        for field in fields:
            if field.lower() not in self.sort_keys:
                known = ", ".join(sorted(self.sort_keys))
                raise bad_request(f"{name}: cannot sort by {field!r} (one of {known}).")
        if fields:
            self.filters[name] = fields
        return [f.lower() for f in fields]

    def keeps(self, instrument: str, side: Side, moment: datetime) -> bool:
        return (
            (self.market is None or instrument == self.market)
            and (self.side is None or side is self.side)
            and (self.start is None or moment >= self.start)
            and (self.end is None or moment < self.end)
        )

    def sort(self, rows: list[T], default: Callable[[T], Any]) -> list[T]:
        """Newest first unless told otherwise; AscOrder fields rank before DescOrder fields."""
        rows = sorted(rows, key=default, reverse=True)
        for field, reverse in reversed(
            [(f, False) for f in self.asc] + [(f, True) for f in self.desc]
        ):
            rows.sort(key=self.sort_keys[field], reverse=reverse)
        return rows

    def page(self, rows: list[T]) -> tuple[list[T], int]:
        start = (self.page_number - 1) * self.per_page
        return rows[start : start + self.per_page], len(rows)


def _parse_side(text: str) -> Side:
    if text == "Buy":
        return Side.BUY
    if text == "Sell":
        return Side.SELL
    raise bad_request(f"Side must be Buy or Sell, not {text!r}.")


def _is_order_id(text: str) -> bool:
    digits = text[1:] if text.startswith("-") else text
    return 0 < len(digits) <= 20 and digits.isascii() and digits.isdigit()
