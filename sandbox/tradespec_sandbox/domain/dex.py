"""Hashgreen's engine: offers, orders made of them, matching, trades and statistics.

Hashgreen is non-custodial: an offer carries its own coins, so the DEX keeps no balances and
neither does the sandbox; AltMarket's ledger is not involved. An order is a current-format Chia
offer that gives one asset of a listed market for the other: one the sandbox minted
(``POST /_sandbox/hashgreen/offers``), posted once under the token it was minted for, or one a
Chia wallet made, posted once by anyone. The sandbox reads the wallet's offer (what it gives and
asks for) and books it at the price those amounts imply; it refuses an offer of Chia's first
format, which it cannot read, and an offer that is not one asset for another. The coins need not
exist on any chain: the sandbox checks no chain, no signature and no coin.
Orders cross by price-time priority like AltMarket's limit orders, at the resting order's price;
a partly taken order stays Active with what is left, and becomes Matched when nothing is.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar

from .accounts import Account
from .book import OrderBook, Side
from .catalog import DEX_MARKETS, Currency, DexMarket
from .clock import Clock
from .errors import SandboxError, refused
from .money import ZERO, MoneyError, check_scale, fmt, round_even, to_decimal
from .offers import (
    CAT_MOJOS,
    XCH_MOJOS,
    AssetAmount,
    OfferContents,
    OfferError,
    OldFormatOfferError,
    mint_offer,
    offer_coin_ids,
    parse_offer,
    read_offer,
)
from .rows import Changes, Rows, decode, encode

ACTIVE, MATCHED, CANCELLED = 2, 3, 6
# Bounds that keep amounts, prices and their products within Decimal's 28 digits.
MAX_PRICE = Decimal(10**9)
MAX_AMOUNT = Decimal(10**12)
BID, ASK = 1, 2
# A Chia coin's amount is an unsigned 64-bit number of mojos.
MAX_COIN_MOJOS = 2**64 - 1


@dataclass(slots=True)
class MintedOffer:
    """An offer the sandbox knows: minted for ``token``, or (``real``) a wallet's, posted by it."""

    offer: str
    token: str
    market_id: str
    side: Side
    price: Decimal
    amount: Decimal
    order_id: str | None = None
    real: bool = False
    coin_ids: list[str] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class DexOrder:
    id: str
    seq: int
    token: str
    user_id: str
    market_id: str
    side: Side
    price: Decimal
    amount: Decimal
    offer: str
    created_at: datetime
    updated_at: datetime
    filled: Decimal = ZERO
    status: int = ACTIVE
    # The coins the offer holds, read from its spend bundle (empty in rows saved before).
    coin_ids: list[str] = field(default_factory=list)

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.filled

    @property
    def owned(self) -> bool:
        """Posted with a token: listed and cancellable by its account (else owned by no one)."""
        return bool(self.token)


@dataclass(frozen=True, slots=True)
class PostedOffer:
    """An offer as posted, read outside the state lock (``read_posted``): its text, its
    compression version and, unless the sandbox minted it, what it trades; or why it is refused.
    """

    text: str
    version: int = 0
    contents: OfferContents | None = None
    error: SandboxError | None = None


def read_posted(text: str, minted: Container[str]) -> PostedOffer:
    """Check and read a posted offer; no state is changed, so it runs in any thread.

    ``minted`` is what the sandbox minted (read without the lock: an offer minted meanwhile is
    read again under it). Bounded: ``offers.MAX_OFFER_LENGTH`` characters, read in linear time.
    """
    text = text.strip().lower()
    try:
        envelope = parse_offer(text)
    except OfferError as exc:
        return PostedOffer(text, error=refused(400, f"invalid offer: {exc}"))
    if text in minted:
        return PostedOffer(text, envelope.version)
    try:
        contents = read_offer(text)
    except OldFormatOfferError as exc:
        return PostedOffer(
            text,
            envelope.version,
            error=refused(400, f"old-format offer (compression version {envelope.version}): {exc}"),
        )
    except OfferError as exc:
        return PostedOffer(text, envelope.version, error=refused(400, f"unreadable offer: {exc}"))
    return PostedOffer(text, envelope.version, contents)


@dataclass(slots=True)
class DexTrade:
    id: str
    seq: int
    market_id: str
    price: Decimal
    maker_side: int
    amount: Decimal
    ts: datetime
    maker_order: str
    taker_order: str


@dataclass(slots=True)
class DexMarketState:
    market: DexMarket
    book: OrderBook = field(default_factory=OrderBook)
    trades: list[DexTrade] = field(default_factory=list)


class Dex:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.markets = {m.id: DexMarketState(m) for m in DEX_MARKETS.values()}
        self.minted: dict[str, MintedOffer] = {}
        self.orders: dict[str, DexOrder] = {}
        self.orders_by_token: dict[str, list[DexOrder]] = {}
        self.seq = itertools.count(1)
        self.last_seq = 0
        self.dirty_offers: set[str] = set()
        self.dirty_orders: set[str] = set()
        self.new_trades: list[DexTrade] = []

    def _next_id(self, now: datetime) -> tuple[int, str]:
        """A 24-hex id shaped like a MongoDB ObjectId: 4 bytes of time, then a counter."""
        self.last_seq = next(self.seq)
        return self.last_seq, f"{int(now.timestamp()) & 0xFFFFFFFF:08x}{self.last_seq:016x}"

    def market(self, key: str) -> DexMarketState:
        """A market by its id or its code."""
        state = self.markets.get(key)
        if state is None:
            for candidate in self.markets.values():
                if candidate.market.code.upper() == key.upper():
                    return candidate
            raise refused(404, f"market {key!r} not found")
        return state

    # ---- offers and orders --------------------------------------------------------------------

    def mint(self, account: Account, market_key: str, side: str, price: Any, amount: Any) -> str:
        state = self.market(market_key)
        market = state.market
        parsed_side = _side(side)
        try:
            price_d = to_decimal(price, "price")
            amount_d = to_decimal(amount, "amount")
            if price_d <= 0 or amount_d <= 0:
                raise MoneyError("price and amount must be positive")
            if price_d > MAX_PRICE or amount_d > MAX_AMOUNT or price_d * amount_d > MAX_AMOUNT:
                raise MoneyError(
                    f"price is at most {MAX_PRICE:,}, amount and price * amount {MAX_AMOUNT:,}"
                )
            check_scale(price_d, market.price_precision, "price")
            check_scale(amount_d, market.base.precision, "amount")
        except MoneyError as exc:
            raise refused(400, str(exc)) from None
        if amount_d < market.base.min_amount:
            raise refused(400, f"amount is below the minimum {fmt(market.base.min_amount)}")
        base = AssetAmount(market.base.asset_id, _mojos(amount_d, market.base, "amount"))
        quote_total = round_even(price_d * amount_d, market.quote.precision)
        quote = AssetAmount(market.quote.asset_id, _mojos(quote_total, market.quote, "total"))
        if quote.mojos == 0:
            raise refused(400, f"price * amount is less than one mojo of {market.quote.code}")
        offered, requested = (base, quote) if parsed_side is Side.SELL else (quote, base)
        owner = hashlib.sha256(account.token.encode()).hexdigest()
        terms = {
            "market": market.code,
            "side": parsed_side.value,
            "price": fmt(price_d),
            "amount": fmt(amount_d),
            "owner": owner[:16],
        }
        offer = mint_offer(terms, offered, requested, maker_seed=f"maker:{owner}".encode())
        self.minted[offer] = MintedOffer(
            offer,
            account.token,
            market.id,
            parsed_side,
            price_d,
            amount_d,
            coin_ids=list(offer_coin_ids(offer)),
        )
        self.dirty_offers.add(offer)
        return offer

    def create_order(self, account: Account | None, posted: PostedOffer | str) -> DexOrder:
        """Book a posted offer. ``account`` None: posted with no token, the order is owned by
        no one (booked and matched, but listed by no ``GET /orders`` and never cancellable)."""
        if isinstance(posted, str):
            posted = read_posted(posted, self.minted)
        if posted.error is not None:
            raise posted.error
        offer = posted.text
        minted = self.minted.get(offer)
        if minted is None:
            if posted.contents is None:  # minted, then forgotten by a reset meanwhile
                posted = read_posted(offer, ())
                if posted.error is not None:
                    raise posted.error
            assert posted.contents is not None
            minted = self._read_wallet_offer(account, offer, posted.contents)
            self.minted[minted.offer] = minted
        if not minted.real and account is not None and minted.token != account.token:
            raise refused(400, "offer was minted for another trader's token")
        if minted.order_id is not None:
            raise refused(409, f"offer already posted as order {minted.order_id}")
        now = self.clock.now()
        seq, order_id = self._next_id(now)
        order = DexOrder(
            id=order_id,
            seq=seq,
            token=account.token if account is not None else "",
            user_id=account.user_id if account is not None else "",
            market_id=minted.market_id,
            side=minted.side,
            price=minted.price,
            amount=minted.amount,
            offer=minted.offer,
            created_at=now,
            updated_at=now,
            coin_ids=list(minted.coin_ids),
        )
        minted.order_id = order.id
        self.dirty_offers.add(minted.offer)
        self._record(order)
        self._match(order)
        return order

    def _read_wallet_offer(
        self, account: Account | None, offer: str, contents: OfferContents
    ) -> MintedOffer:
        """A wallet's offer read as an order on a listed market, or a 400 saying why not."""
        single = len(contents.offered) == len(contents.requested) == 1
        if not single or contents.offered_nfts or contents.requested_nfts:
            raise refused(
                400,
                f"unsupported offer: it {contents.describe()}; an order gives one asset "
                "(XCH or a CAT) for one other, the pair of a listed market",
            )
        gives, wants = contents.offered[0], contents.requested[0]
        for state in self.markets.values():
            market = state.market
            pair = (market.base.asset_id, market.quote.asset_id)
            if pair in ((gives.asset_id, wants.asset_id), (wants.asset_id, gives.asset_id)):
                break
        else:
            listed = ", ".join(
                f"{s.market.code} ({_asset_text(s.market.base)} for {_asset_text(s.market.quote)})"
                for s in self.markets.values()
            )
            raise refused(
                400, f"no market for this offer: it {contents.describe()}; markets: {listed}"
            )
        side = Side.SELL if gives.asset_id == market.base.asset_id else Side.BUY
        base, quote = (gives, wants) if side is Side.SELL else (wants, gives)
        amount = _units(base)
        total = _units(quote)
        exact = total / amount
        price = round_even(exact, market.price_precision)
        quote_mojos = price * amount * (XCH_MOJOS if quote.asset_id is None else CAT_MOJOS)
        if price <= 0 or abs(quote_mojos - quote.mojos) >= 1:
            raise refused(
                400,
                f"offer price {fmt(exact)} {market.quote.code} per {market.base.code} "
                f"(it {contents.describe()}) does not fit {market.code}, whose prices have "
                f"{market.price_precision} decimals",
            )
        if amount < market.base.min_amount:
            raise refused(
                400,
                f"offer amount {fmt(amount)} {market.base.code} is below the minimum "
                f"{fmt(market.base.min_amount)}",
            )
        if price > MAX_PRICE or amount > MAX_AMOUNT or price * amount > MAX_AMOUNT:
            raise refused(400, f"offer price {fmt(price)} or amount {fmt(amount)} is too large")
        token = account.token if account is not None else ""
        return MintedOffer(
            offer,
            token,
            market.id,
            side,
            price,
            amount,
            real=True,
            coin_ids=list(contents.coin_ids),
        )

    def _record(self, order: DexOrder) -> None:
        self.orders[order.id] = order
        if order.owned:
            self.orders_by_token.setdefault(order.token, []).append(order)
        self.dirty_orders.add(order.id)

    def _match(self, order: DexOrder) -> None:
        state = self.markets[order.market_id]
        book = state.book
        while order.remaining > 0:
            entry = book.best_against(order.side, order.price)
            if entry is None:
                break
            maker = self.orders[entry.order_id]
            quantity = min(order.remaining, entry.remaining)
            book.fill(entry, quantity)
            now = self.clock.now()
            seq, trade_id = self._next_id(now)
            trade = DexTrade(
                id=trade_id,
                seq=seq,
                market_id=order.market_id,
                price=entry.price,
                maker_side=BID if maker.side is Side.BUY else ASK,
                amount=quantity,
                ts=now,
                maker_order=maker.id,
                taker_order=order.id,
            )
            state.trades.append(trade)
            self.new_trades.append(trade)
            for side_order in (maker, order):
                side_order.filled += quantity
                side_order.updated_at = now
                if side_order.remaining <= 0:
                    side_order.status = MATCHED
                self.dirty_orders.add(side_order.id)
        if order.remaining > 0:
            book.add(order.id, order.side, order.price, order.remaining)

    def cancel(self, account: Account, order_id: str) -> DexOrder:
        order = self.orders.get(order_id)
        if order is None or not order.owned or order.token != account.token:
            raise refused(404, f"order {order_id!r} not found")
        if order.status != ACTIVE:
            raise refused(409, f"order {order_id} is not active (status {order.status})")
        self.markets[order.market_id].book.cancel(order.id)
        order.status = CANCELLED
        order.updated_at = self.clock.now()
        self.dirty_orders.add(order.id)
        return order

    def list_orders(
        self, account: Account, market_id: str | None, status: int | None
    ) -> list[DexOrder]:
        orders = self.orders_by_token.get(account.token, [])
        return [
            o
            for o in reversed(orders)
            if (market_id is None or o.market_id == market_id)
            and (status is None or o.status == status)
        ]

    # ---- public data --------------------------------------------------------------------------

    def statistics(self, state: DexMarketState) -> dict[str, Decimal | datetime | None]:
        """Last price, high, low, volume and change over the last 24 hours."""
        now = self.clock.now()
        since = now - timedelta(hours=24)
        recent: list[DexTrade] = []
        for trade in reversed(state.trades):
            if trade.ts < since:
                break
            recent.append(trade)
        last = state.trades[-1].price if state.trades else ZERO
        if recent:
            first = recent[-1].price
            high = max(t.price for t in recent)
            low = min(t.price for t in recent)
            volume = sum((t.amount for t in recent), ZERO)
            quote_volume = sum((t.amount * t.price for t in recent), ZERO)
            changed = (last - first) / first * 100
        else:
            high = low = last
            volume = quote_volume = changed = ZERO
        return {
            "price": last,
            "high": high,
            "low": low,
            "base_volume": volume,
            "quote_volume": quote_volume,
            "changed": changed,
            "updated_at": state.trades[-1].ts if state.trades else now,
        }

    # ---- persistence (store.py) -------------------------------------------------------------

    TABLES: ClassVar[dict[str, str]] = {
        "dex_offers": "offer TEXT PRIMARY KEY, data TEXT NOT NULL",
        "dex_orders": "id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL",
        "dex_trades": "id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL",
    }

    def changes(self) -> Changes:
        return {
            "dex_offers": [(o, encode(self.minted[o])) for o in self.dirty_offers],
            "dex_orders": [
                (i, self.orders[i].seq, encode(self.orders[i])) for i in self.dirty_orders
            ],
            "dex_trades": [(t.id, t.seq, encode(t)) for t in self.new_trades],
        }

    def forget_changes(self) -> None:
        self.dirty_offers.clear()
        self.dirty_orders.clear()
        self.new_trades.clear()

    def restore(self, rows: Rows) -> None:
        """Everything back from the store's rows: the books rebuilt in time priority."""
        for _offer, data in rows.get("dex_offers", ()):
            minted = decode(MintedOffer, data)
            self.minted[minted.offer] = minted
        orders = sorted(
            (decode(DexOrder, d) for _, _, d in rows.get("dex_orders", ())), key=lambda o: o.seq
        )
        for order in orders:
            self.orders[order.id] = order
            if order.owned:
                self.orders_by_token.setdefault(order.token, []).append(order)
            if order.status == ACTIVE:
                state = self.markets[order.market_id]
                state.book.add(order.id, order.side, order.price, order.remaining)
        trades = sorted(
            (decode(DexTrade, d) for _, _, d in rows.get("dex_trades", ())), key=lambda t: t.seq
        )
        for trade in trades:
            self.markets[trade.market_id].trades.append(trade)
        top = max([o.seq for o in orders] + [t.seq for t in trades] + [0])
        self.seq = itertools.count(top + 1)
        self.last_seq = top


def _mojos(value: Decimal, currency: Currency, what: str) -> int:
    """``value`` whole units of ``currency`` in mojos (10**12 per XCH, 1000 per CAT unit)."""
    per_unit = XCH_MOJOS if currency.asset_id is None else CAT_MOJOS
    mojos = value * per_unit
    if mojos != mojos.to_integral_value():
        raise refused(400, f"{what} {fmt(value)} {currency.code} is not a whole number of mojos")
    if mojos > MAX_COIN_MOJOS:
        raise refused(
            400,
            f"{what} {fmt(value)} {currency.code} is more than a Chia coin can hold "
            f"({MAX_COIN_MOJOS:,} mojos)",
        )
    return int(mojos)


def _units(amount: AssetAmount) -> Decimal:
    per_unit = XCH_MOJOS if amount.asset_id is None else CAT_MOJOS
    return Decimal(amount.mojos) / per_unit


def _asset_text(currency: Currency) -> str:
    return "XCH" if currency.asset_id is None else f"CAT {currency.asset_id}"


def _side(text: str) -> Side:
    value = str(text).strip().lower()
    if value in ("buy", "bid", "1"):
        return Side.BUY
    if value in ("sell", "ask", "2"):
        return Side.SELL
    raise refused(400, f"side must be buy or sell, not {text!r}")
