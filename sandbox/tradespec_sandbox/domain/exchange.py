"""AltMarket's engine: orders, matching, stops, fees and history (the wallet is wallet.py).

The fee and hold model (what the API docs leave open):

* Fees are charged in the asset an order receives: a buyer pays its fee in the base asset, a
  seller in the quote asset, at the market's maker or taker rate, rounded up to the asset's
  scale. Nothing needs to be held for fees.
* A buy limit (or stop-limit) order holds ``amount * price`` of the quote asset; each fill pays
  ``quantity * execution price`` out of it and frees ``quantity * (limit - execution price)``.
  A sell order of any kind holds its base amount.
* A market buy holds nothing: it is refused with ``InsufficientFunds`` unless the account can pay
  for every unit the book can fill. A stop-market buy holds ``amount * activationPrice`` while
  it waits; when it triggers it frees that and buys what the account can pay for.
* A market order fills what the book offers and cancels the rest (status ``Cancelled`` with
  ``unitsFilled`` > 0); one that finds nothing to fill is ``Rejected``.
* A stop order waits until the market's last trade price reaches its ``activationPrice`` (at or
  above for a buy, at or below for a sell), then runs as a limit or market order. A stop placed
  when the last price is already there triggers at once.
"""

from __future__ import annotations

import heapq
import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import ClassVar

from .accounts import Account
from .book import Entry, OrderBook, Side
from .catalog import DEFAULT_CATALOG, Catalog, Market
from .clock import Clock
from .errors import SandboxError
from .ledger import InsufficientFunds, Ledger
from .money import ZERO, MoneyError, check_scale, round_down, round_up
from .rows import Changes, Rows, decode, encode, meta


def invalid(message: str) -> SandboxError:
    return SandboxError(400, "InvalidOrder", message)


class Kind(Enum):
    LIMIT = "Limit"
    MARKET = "Market"
    STOP_LIMIT = "StopLimit"
    STOP_MARKET = "StopMarket"

    @property
    def is_limit(self) -> bool:
        return self in (Kind.LIMIT, Kind.STOP_LIMIT)

    @property
    def is_stop(self) -> bool:
        return self in (Kind.STOP_LIMIT, Kind.STOP_MARKET)


WORKING, COMPLETED, CANCELLED, REJECTED = "Working", "Completed", "Cancelled", "Rejected"

_ID_MULTIPLIER = 0x9E3779B97F4A7C15  # odd, so seq -> id is a bijection on 64 bits


def order_id_for(seq: int) -> str:
    """A 64-bit signed id spread over the whole range: many exceed 2^53, half are negative.

    Real platform ids are like that, and a client that reads them as floats breaks here.
    """
    value = (seq * _ID_MULTIPLIER) % (1 << 64)
    return str(value - (1 << 64) if value >= 1 << 63 else value)


@dataclass(slots=True, eq=False)
class Order:
    order_id: str
    seq: int
    account: str
    instrument: str
    side: Side
    kind: Kind
    amount: Decimal
    price: Decimal | None
    stop_price: Decimal | None
    created_at: datetime
    status: str = WORKING
    filled: Decimal = ZERO
    notional: Decimal = ZERO  # sum of quantity * execution price
    commission: Decimal = ZERO
    held: Decimal = ZERO
    triggered: bool = False

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.filled

    @property
    def is_open(self) -> bool:
        return self.status == WORKING

    @property
    def waiting_for_trigger(self) -> bool:
        return self.kind.is_stop and not self.triggered and self.is_open

    @property
    def total(self) -> Decimal:
        """The order's value in the quote asset: at its limit price, or what it traded for."""
        if self.price is not None and self.kind.is_limit:
            return self.amount * self.price
        return self.notional


@dataclass(slots=True)
class Fill:
    seq: int
    time: datetime
    instrument: str
    price: Decimal
    quantity: Decimal
    buy_order: str
    sell_order: str
    buyer: str
    seller: str
    buyer_fee: Decimal  # in the base asset
    seller_fee: Decimal  # in the quote asset
    taker_side: Side


@dataclass(slots=True)
class MarketState:
    market: Market
    book: OrderBook = field(default_factory=OrderBook)
    last_price: Decimal | None = None
    # Waiting stops: buys trigger at last >= activation (min-heap on activation), sells at
    # last <= activation (min-heap on -activation). Entries are (key, seq, order_id).
    buy_stops: list[tuple[Decimal, int, str]] = field(default_factory=list)
    sell_stops: list[tuple[Decimal, int, str]] = field(default_factory=list)


@dataclass(slots=True)
class Counters:
    order: int = 0
    fill: int = 0


class Exchange:
    def __init__(self, clock: Clock, ledger: Ledger, catalog: Catalog = DEFAULT_CATALOG) -> None:
        self.clock = clock
        self.ledger = ledger
        self.assets = catalog.assets
        self.markets = {name: MarketState(m) for name, m in catalog.markets.items()}
        self.counters = Counters()
        self.orders: dict[str, Order] = {}
        self.orders_by_account: dict[str, list[Order]] = {}
        self.fills: list[Fill] = []
        self.fills_by_account: dict[str, list[Fill]] = {}
        # What changed since the store last saved (see changes()).
        self.dirty_orders: set[str] = set()
        self.new_fills: list[Fill] = []

    # ---- orders -----------------------------------------------------------------------------

    def place(
        self,
        account: Account,
        instrument: str,
        side: Side,
        kind: Kind,
        amount: Decimal,
        price: Decimal | None,
        stop_price: Decimal | None,
    ) -> Order:
        state = self.markets.get(instrument)
        if state is None:
            raise SandboxError(404, "MarketNotFound", f"Unknown instrument {instrument!r}.")
        market = state.market
        try:
            self._check_amount(market, amount)
            if kind.is_limit:
                if price is None:
                    raise invalid(f"A {kind.value} order needs a price.")
                self._check_price(market, price, "price")
            else:
                price = None  # a market order's price, if sent, means nothing
            if kind.is_stop:
                if stop_price is None:
                    raise invalid(f"A {kind.value} order needs an activationPrice.")
                self._check_price(market, stop_price, "activationPrice")
            else:
                stop_price = None
        except MoneyError as exc:
            raise invalid(str(exc)) from None

        order = self._new_order(account.api_key, instrument, side, kind, amount, price, stop_price)
        try:
            self._hold_for(order, state)
        except InsufficientFunds as exc:
            raise SandboxError(400, "InsufficientFunds", f"Insufficient funds: {exc}") from None
        self._record(order)
        if kind.is_stop:
            self._arm_stop(order, state)
        else:
            self._execute(order, state)
        self._run_stops(state)
        return order

    def _check_amount(self, market: Market, amount: Decimal) -> None:
        if amount <= 0:
            raise invalid("The amount must be positive.")
        check_scale(amount, market.amount_scale, "amount")
        if amount < market.min_amount:
            raise invalid(f"The amount is below the market's minimum {market.min_amount}.")

    def _check_price(self, market: Market, price: Decimal, what: str) -> None:
        if price <= 0:
            raise invalid(f"The {what} must be positive.")
        check_scale(price, market.price_scale, what)
        if not market.min_price <= price <= market.max_price:
            raise invalid(
                f"The {what} is outside the market's range {market.min_price} to "
                f"{market.max_price}."
            )

    def _new_order(
        self,
        account: str,
        instrument: str,
        side: Side,
        kind: Kind,
        amount: Decimal,
        price: Decimal | None,
        stop_price: Decimal | None,
    ) -> Order:
        self.counters.order += 1
        seq = self.counters.order
        return Order(
            order_id=order_id_for(seq),
            seq=seq,
            account=account,
            instrument=instrument,
            side=side,
            kind=kind,
            amount=amount,
            price=price,
            stop_price=stop_price,
            created_at=self.clock.now(),
        )

    def _record(self, order: Order) -> None:
        self.orders[order.order_id] = order
        self.orders_by_account.setdefault(order.account, []).append(order)
        self.dirty_orders.add(order.order_id)

    def _hold_for(self, order: Order, state: MarketState) -> None:
        market = state.market
        if order.side is Side.SELL:
            amount, asset = order.amount, market.base
        elif order.kind.is_limit:
            assert order.price is not None
            amount, asset = order.amount * order.price, market.quote
        elif order.kind is Kind.STOP_MARKET:
            assert order.stop_price is not None
            amount, asset = order.amount * order.stop_price, market.quote
        else:
            # A market buy: it must be able to pay for everything the book would fill now.
            cost = self._market_buy_cost(state, order.amount)
            available = self.ledger.balance(order.account, market.quote).available
            if cost > available:
                raise InsufficientFunds(f"{market.quote}: {cost} needed, {available} available")
            return
        self.ledger.hold(order.account, asset, amount)
        order.held = amount

    def _market_buy_cost(self, state: MarketState, amount: Decimal) -> Decimal:
        cost = ZERO
        left = amount
        for price, quantity in state.book.asks.depth():
            take = min(left, quantity)
            cost += take * price
            left -= take
            if not left:
                break
        return cost

    def _arm_stop(self, order: Order, state: MarketState) -> None:
        assert order.stop_price is not None
        if order.side is Side.BUY:
            heapq.heappush(state.buy_stops, (order.stop_price, order.seq, order.order_id))
        else:
            heapq.heappush(state.sell_stops, (-order.stop_price, order.seq, order.order_id))

    def _run_stops(self, state: MarketState) -> None:
        """Trigger every stop the last price has reached, and what their trades trigger."""
        while state.last_price is not None:
            due: list[tuple[int, str]] = []
            last = state.last_price
            while state.buy_stops and state.buy_stops[0][0] <= last:
                _, seq, order_id = heapq.heappop(state.buy_stops)
                due.append((seq, order_id))
            while state.sell_stops and -state.sell_stops[0][0] >= last:
                _, seq, order_id = heapq.heappop(state.sell_stops)
                due.append((seq, order_id))
            due = [d for d in due if self.orders[d[1]].waiting_for_trigger]
            if not due:
                return
            for _, order_id in sorted(due):
                order = self.orders[order_id]
                order.triggered = True
                self.dirty_orders.add(order_id)
                if order.kind is Kind.STOP_MARKET and order.side is Side.BUY:
                    # Its hold was a reservation at the stop price; it now buys what it can.
                    self.ledger.release(order.account, state.market.quote, order.held)
                    order.held = ZERO
                self._execute(order, state)

    def _execute(self, order: Order, state: MarketState) -> None:
        """Match ``order`` as the taker; rest a limit order's remainder, end a market order."""
        book = state.book
        market = state.market
        limit = order.price if order.kind.is_limit else None
        pays_from_balance = order.side is Side.BUY and not order.kind.is_limit
        while order.remaining > 0:
            maker_entry = book.best_against(order.side, limit)
            if maker_entry is None:
                break
            quantity = min(order.remaining, maker_entry.remaining)
            if pays_from_balance:
                available = self.ledger.balance(order.account, market.quote).available
                affordable = round_down(available / maker_entry.price, market.amount_scale)
                quantity = min(quantity, affordable)
                if quantity <= 0:
                    break
            self._trade(state, order, maker_entry, quantity)
        if order.remaining <= 0:
            order.status = COMPLETED
        elif order.kind.is_limit:
            book.add(order.order_id, order.side, _price(order), order.remaining)
        else:
            order.status = CANCELLED if order.filled else REJECTED
            self._release_hold(order, market)
        self.dirty_orders.add(order.order_id)

    def _trade(self, state: MarketState, taker: Order, entry: Entry, quantity: Decimal) -> None:
        market = state.market
        maker = self.orders[entry.order_id]
        price = entry.price
        state.book.fill(entry, quantity)
        buy, sell = (taker, maker) if taker.side is Side.BUY else (maker, taker)
        quote_amount = quantity * price
        buy_rate = market.taker_fee if buy is taker else market.maker_fee
        sell_rate = market.taker_fee if sell is taker else market.maker_fee
        buyer_fee = min(quantity, round_up(quantity * buy_rate, self.assets[market.base].scale))
        seller_fee = min(
            quote_amount, round_up(quote_amount * sell_rate, self.assets[market.quote].scale)
        )

        # The buyer pays quote, out of its hold when it has one (at its limit price).
        buy_hold = quantity * buy.price if buy.kind.is_limit and buy.price is not None else ZERO
        self.ledger.pay_from_hold(buy.account, market.quote, buy_hold, quote_amount)
        buy.held -= buy_hold
        self.ledger.pay_from_hold(sell.account, market.base, quantity, quantity)
        sell.held -= quantity
        self.ledger.receive(buy.account, market.base, quantity, buyer_fee)
        self.ledger.receive(sell.account, market.quote, quote_amount, seller_fee)

        for order, fee in ((buy, buyer_fee), (sell, seller_fee)):
            order.filled += quantity
            order.notional += quote_amount
            order.commission += fee
            self.dirty_orders.add(order.order_id)
        if maker.remaining <= 0:
            maker.status = COMPLETED

        self.counters.fill += 1
        fill = Fill(
            seq=self.counters.fill,
            time=self.clock.now(),
            instrument=market.instrument,
            price=price,
            quantity=quantity,
            buy_order=buy.order_id,
            sell_order=sell.order_id,
            buyer=buy.account,
            seller=sell.account,
            buyer_fee=buyer_fee,
            seller_fee=seller_fee,
            taker_side=taker.side,
        )
        self._add_fill(fill)
        self.new_fills.append(fill)
        state.last_price = price

    def _add_fill(self, fill: Fill) -> None:
        self.fills.append(fill)
        self.fills_by_account.setdefault(fill.buyer, []).append(fill)
        if fill.seller != fill.buyer:
            self.fills_by_account.setdefault(fill.seller, []).append(fill)

    def _release_hold(self, order: Order, market: Market) -> None:
        asset = market.base if order.side is Side.SELL else market.quote
        self.ledger.release(order.account, asset, order.held)
        order.held = ZERO

    def cancel(self, account: Account, order_id: str) -> Order:
        order = self.orders.get(order_id)
        if order is None or order.account != account.api_key:
            raise SandboxError(404, "OrderNotFound", f"No order {order_id}.")
        if not order.is_open:
            raise SandboxError(
                400, "OrderNotOpen", f"Order {order_id} is {order.status}, not Working."
            )
        self._cancel(order)
        return order

    def _cancel(self, order: Order) -> None:
        state = self.markets[order.instrument]
        state.book.cancel(order.order_id)  # a waiting stop is dropped lazily from its heap
        order.status = CANCELLED
        self._release_hold(order, state.market)
        self.dirty_orders.add(order.order_id)

    def cancel_all(self, account: Account) -> int:
        open_orders = self.open_orders(account)
        for order in open_orders:
            self._cancel(order)
        return len(open_orders)

    def open_orders(self, account: Account) -> list[Order]:
        return [o for o in self.orders_by_account.get(account.api_key, []) if o.is_open]

    def account_orders(self, account: Account) -> list[Order]:
        return self.orders_by_account.get(account.api_key, [])

    def account_fills(self, account: Account) -> list[Fill]:
        return self.fills_by_account.get(account.api_key, [])

    # ---- persistence (store.py) -------------------------------------------------------------

    TABLES: ClassVar[dict[str, str]] = {
        "orders": "order_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL",
        "fills": "seq INTEGER PRIMARY KEY, data TEXT NOT NULL",
    }

    def changes(self) -> Changes:
        """The rows of what changed since ``forget_changes``, and the id counters."""
        return {
            "orders": [(i, self.orders[i].seq, encode(self.orders[i])) for i in self.dirty_orders],
            "fills": [(f.seq, encode(f)) for f in self.new_fills],
            "meta": [("counters", encode(self.counters))],
        }

    def forget_changes(self) -> None:
        self.dirty_orders.clear()
        self.new_fills.clear()

    def restore(self, rows: Rows) -> None:
        """Everything back from the store's rows: the books rebuilt in time priority."""
        for order in sorted((decode(Order, d) for _, _, d in rows.get("orders", ())), key=_seq):
            self.restore_order(order)
        for fill in sorted((decode(Fill, d) for _, d in rows.get("fills", ())), key=_seq):
            self.restore_fill(fill)
        counters = meta(rows).get("counters")
        if counters is not None:
            saved = json.loads(counters)
            self.counters.order, self.counters.fill = saved["order"], saved["fill"]

    def restore_order(self, order: Order) -> None:
        """Put back an order loaded from the store; call in ``seq`` order."""
        self.orders[order.order_id] = order
        self.orders_by_account.setdefault(order.account, []).append(order)
        if not order.is_open:
            return
        state = self.markets[order.instrument]
        if order.waiting_for_trigger:
            self._arm_stop(order, state)
        elif order.kind.is_limit:
            state.book.add(order.order_id, order.side, _price(order), order.remaining)

    def restore_fill(self, fill: Fill) -> None:
        self._add_fill(fill)
        self.markets[fill.instrument].last_price = fill.price


def _seq(item: Order | Fill) -> int:
    return item.seq


def _price(order: Order) -> Decimal:
    assert order.price is not None
    return order.price
