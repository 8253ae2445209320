"""AltMarket's engine: orders, matching, stops, fees, history, deposits and withdrawals.

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
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import Enum

from .accounts import Account
from .book import Entry, OrderBook, Side
from .catalog import DEFAULT_CATALOG, Catalog, Market
from .clock import Clock
from .errors import SandboxError
from .ledger import InsufficientFunds, Ledger
from .money import ZERO, MoneyError, check_scale, round_down, round_up


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
AWAITING, DONE, FAILED = "AwaitingConfirmation", "Completed", "Failed"

# Bounds that keep every amount within Decimal's 28 significant digits, so arithmetic stays
# exact: a deposit has at most 13 integer and 8 decimal digits.
MAX_DEPOSIT = Decimal(10**12)

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
class Transfer:
    seq: int
    account: str
    transfer_id: str
    kind: str  # "Deposit" or "Withdrawal"
    asset: str
    amount: Decimal
    fee: Decimal
    status: str
    created_at: datetime
    updated_at: datetime
    address: str = ""
    tx_id: str = ""
    error_code: str = ""
    error_details: str = ""
    fail_when_processed: bool = False


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
    transfer: int = 0


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
        self.transfers: dict[tuple[str, str], Transfer] = {}
        self.transfers_by_account: dict[str, list[Transfer]] = {}
        self.pending: dict[tuple[str, str], Transfer] = {}  # withdrawals awaiting settlement
        self.settle_after: float | None = None  # seconds; None: only when /_sandbox says
        self.fail_next_withdrawal: set[str] = set()  # account keys, or "*" for anyone
        self.dirty_orders: set[str] = set()
        self.new_fills: list[Fill] = []
        self.dirty_transfers: set[tuple[str, str]] = set()

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

    # ---- wallet -----------------------------------------------------------------------------

    def asset(self, asset_id: str) -> str:
        if asset_id not in self.assets:
            raise SandboxError(404, "AssetNotFound", f"Unknown asset {asset_id!r}.")
        return asset_id

    def deposit(self, account: Account, asset_id: str, amount: Decimal) -> Transfer:
        asset = self.assets[self.asset(asset_id)]
        if amount <= 0:
            raise SandboxError(400, "InvalidAmount", "The amount must be positive.")
        if amount > MAX_DEPOSIT:
            raise SandboxError(400, "InvalidAmount", f"A deposit is at most {MAX_DEPOSIT:,}.")
        try:
            check_scale(amount, asset.scale, "amount")
        except MoneyError as exc:
            raise SandboxError(400, "InvalidAmount", str(exc)) from None
        self.ledger.deposit(account.api_key, asset.id, amount)
        self.counters.transfer += 1
        now = self.clock.now()
        transfer = Transfer(
            seq=self.counters.transfer,
            account=account.api_key,
            transfer_id=f"deposit-{self.counters.transfer}",
            kind="Deposit",
            asset=asset.id,
            amount=amount,
            fee=ZERO,
            status=DONE,
            created_at=now,
            updated_at=now,
            address=self.deposit_address(account, asset.id),
            tx_id=secrets.token_hex(32),
        )
        self._add_transfer(transfer)
        return transfer

    def deposit_address(self, account: Account, asset_id: str) -> str:
        self.asset(asset_id)
        return f"sandbox-{asset_id.lower()}-{account.user_id}"

    def withdraw(
        self,
        account: Account,
        asset_id: str,
        amount: Decimal,
        address: str,
        transfer_id: str | None,
    ) -> Transfer:
        """A new withdrawal, or the first one made with this ``transfer_id``."""
        if transfer_id is not None:
            first = self.transfers.get((account.api_key, transfer_id))
            if first is not None:
                return first
        asset = self.assets[self.asset(asset_id)]
        if amount <= 0:
            raise SandboxError(400, "InvalidAmount", "The amount must be positive.")
        try:
            check_scale(amount, asset.scale, "amount")
        except MoneyError as exc:
            raise SandboxError(400, "InvalidAmount", str(exc)) from None
        if amount <= asset.withdrawal_fee:
            raise SandboxError(
                400, "InvalidAmount", f"The amount must exceed the fee {asset.withdrawal_fee}."
            )
        try:
            self.ledger.withdraw(account.api_key, asset.id, amount)
        except InsufficientFunds as exc:
            raise SandboxError(400, "InsufficientFunds", f"Insufficient funds: {exc}") from None
        fail = bool(self.fail_next_withdrawal & {account.api_key, "*"})
        self.fail_next_withdrawal -= {account.api_key, "*"}
        self.counters.transfer += 1
        now = self.clock.now()
        transfer = Transfer(
            seq=self.counters.transfer,
            account=account.api_key,
            transfer_id=transfer_id or str(uuid.uuid4()),
            kind="Withdrawal",
            asset=asset.id,
            amount=amount,
            fee=asset.withdrawal_fee,
            status=AWAITING,
            created_at=now,
            updated_at=now,
            address=address,
            fail_when_processed=fail,
        )
        self._add_transfer(transfer)
        return transfer

    def _add_transfer(self, transfer: Transfer) -> None:
        key = (transfer.account, transfer.transfer_id)
        self.transfers[key] = transfer
        self.transfers_by_account.setdefault(transfer.account, []).append(transfer)
        if transfer.status == AWAITING:
            self.pending[key] = transfer
        self.dirty_transfers.add(key)

    def settle_due(self) -> None:
        """Settle the withdrawals older than ``settle_after`` seconds, if that is set."""
        if self.settle_after is not None and self.pending:
            self.process_withdrawals(before=self.clock.now() - timedelta(seconds=self.settle_after))

    def process_withdrawals(
        self, only: str | None = None, before: datetime | None = None
    ) -> list[Transfer]:
        """Complete pending withdrawals (or fail the ones marked to fail), oldest first.

        ``only`` settles just that transferId; ``before`` just those made before that time.
        """
        done: list[Transfer] = []
        for key, transfer in list(self.pending.items()):
            if only is not None and transfer.transfer_id != only:
                continue
            if before is not None and transfer.created_at > before:
                continue
            del self.pending[key]
            transfer.updated_at = self.clock.now()
            if transfer.fail_when_processed:
                transfer.status = FAILED
                transfer.error_code = "SandboxFailure"
                transfer.error_details = "Failed on request of the sandbox's test API."
                self.ledger.withdrawal_failed(transfer.account, transfer.asset, transfer.amount)
            else:
                transfer.status = DONE
                transfer.tx_id = secrets.token_hex(32)
                self.ledger.withdrawal_completed(transfer.asset, transfer.amount, transfer.fee)
            self.dirty_transfers.add(key)
            done.append(transfer)
        return done

    def account_transfers(self, account: Account) -> list[Transfer]:
        return self.transfers_by_account.get(account.api_key, [])

    # ---- restoring (store.py) ---------------------------------------------------------------

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

    def restore_transfer(self, transfer: Transfer) -> None:
        self._add_transfer(transfer)


def _price(order: Order) -> Decimal:
    assert order.price is not None
    return order.price
