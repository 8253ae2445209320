"""The values tradespec returns: small frozen types with plain values.

Every field is a plain Python value: ``Decimal`` for money, ``datetime`` (UTC) for times, an enum
member or the server's own text for enumerations, and None where the server sent nothing (never
the generated code's ``Unset``). Each result keeps the generated model it was read from in
``raw``, for anything the server sent that has no field here (``raw.additional_properties``).
``raw`` takes no part in equality or ``repr``.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar, overload

import attrs

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
from tradespec._money import money_argument, require_places

if TYPE_CHECKING:
    from altmarket_client.models.asset import Asset as _AMAsset
    from altmarket_client.models.balance import Balance as _AMBalance
    from altmarket_client.models.deposit_address import DepositAddress as _AMDepositAddress
    from altmarket_client.models.market import Market as _AMMarket
    from altmarket_client.models.order import Order as _AMOrder
    from altmarket_client.models.trade import Trade as _AMTrade
    from altmarket_client.models.transfer import Transfer as _AMTransfer
    from hashgreen_client.models.currency import Currency as _HGCurrency
    from hashgreen_client.models.market import Market as _HGMarket
    from hashgreen_client.models.market_stat import MarketStat as _HGMarketStat
    from hashgreen_client.models.order import Order as _HGOrder
    from hashgreen_client.models.order_book import OrderBook as _HGOrderBook
    from hashgreen_client.models.trade import Trade as _HGTrade

__all__ = [
    "Asset",
    "Balance",
    "BookLevel",
    "BookSide",
    "DepositAddress",
    "HashgreenCurrency",
    "HashgreenMarket",
    "HashgreenOrder",
    "HashgreenTrade",
    "Market",
    "MarketStatistics",
    "Order",
    "OrderBook",
    "SentOffer",
    "SentOrder",
    "SentWithdrawal",
    "Trade",
    "Transfer",
]


# --------------------------------------------------------------------------- AltMarket

Number = float | int | Decimal | None
"""A number as an AltMarket answer carried it: a JSON double or integer (a decimal string is
read into a ``Decimal`` straight away), or None when absent."""


def _money(number: Number) -> Decimal | None:
    if number is None or isinstance(number, Decimal):
        return number
    if isinstance(number, float):
        return Decimal(repr(number))
    return Decimal(number)


@attrs.frozen(slots=True)
class Asset:
    """An asset AltMarket lists."""

    id: str
    name: str | None
    scale: int | None
    """Decimal places the asset is counted in (withdrawal amounts are checked against it)."""
    withdrawal_fee: Decimal | None
    can_deposit: bool | None
    can_withdraw: bool | None
    image_url: str | None
    raw: _AMAsset = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class Market:
    """An AltMarket market (trading pair): its limits, fees and decimal scales."""

    instrument: str
    """The market's name, for example ``BTC-USDT``."""
    base_asset: str | None
    quote_asset: str | None
    status: MarketStatus | str | None
    price_scale: int | None
    """Decimal places allowed in a price."""
    amount_scale: int | None
    """Decimal places allowed in an amount."""
    min_price: Decimal | None
    max_price: Decimal | None
    min_amount: Decimal | None
    fee: Decimal | None
    maker_fee: Decimal | None
    maker_fee_limit: Decimal | None
    taker_fee: Decimal | None
    taker_fee_limit: Decimal | None
    hidden: bool | None
    raw: _AMMarket = attrs.field(repr=False, eq=False, hash=False)

    def check_price(self, price: Decimal | int | str, argument: str = "price") -> Decimal:
        """``price`` as a ``Decimal`` if positive and within ``price_scale``; else refused."""
        value = money_argument(price, argument)
        require_places(value, self.price_scale, argument, f"{self.instrument} (priceScale)")
        return value

    def check_amount(self, amount: Decimal | int | str, argument: str = "amount") -> Decimal:
        """``amount`` as a ``Decimal`` if positive and within ``amount_scale``; else refused."""
        value = money_argument(amount, argument)
        require_places(value, self.amount_scale, argument, f"{self.instrument} (amountScale)")
        return value


@attrs.frozen(slots=True)
class Balance:
    """The account's balance in one asset."""

    asset: str
    total: Decimal | None
    in_order: Decimal | None
    """Held by open orders."""
    available: Decimal | None
    raw: _AMBalance = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class Order:
    """An AltMarket order as the platform reports it. ``order_id`` is a string: 64-bit, signed.

    The money fields (``amount``, ``price``, ``stop_price``, ``filled``, ``total``,
    ``commission``) are read into ``Decimal`` on first access and then kept: histories run to
    thousands of orders, most of whose fields are never looked at. ``numbers`` holds them as
    the server sent them (already checked to be numbers), in that order.
    """

    order_id: str
    instrument: str | None
    side: Side | str | None
    order_type: OrderType | str | None
    status: OrderStatus | str | None
    is_pending: bool | None
    is_limit: bool | None
    created_at: datetime | None
    numbers: tuple[Number, Number, Number, Number, Number, Number] = attrs.field(repr=False)
    raw: _AMOrder = attrs.field(repr=False, eq=False, hash=False)

    @functools.cached_property
    def amount(self) -> Decimal | None:
        """The amount of the base asset."""
        return _money(self.numbers[0])

    @functools.cached_property
    def price(self) -> Decimal | None:
        """The limit price."""
        return _money(self.numbers[1])

    @functools.cached_property
    def stop_price(self) -> Decimal | None:
        """The stop (activation) price."""
        return _money(self.numbers[2])

    @functools.cached_property
    def filled(self) -> Decimal | None:
        """The amount filled so far (``unitsFilled``)."""
        return _money(self.numbers[3])

    @functools.cached_property
    def total(self) -> Decimal | None:
        """The order's value in the quote asset."""
        return _money(self.numbers[4])

    @functools.cached_property
    def commission(self) -> Decimal | None:
        """Fees paid so far."""
        return _money(self.numbers[5])

    def __repr__(self) -> str:
        return (
            f"Order(order_id={self.order_id!r}, instrument={self.instrument!r}, "
            f"side={self.side!r}, order_type={self.order_type!r}, status={self.status!r}, "
            f"amount={self.amount!r}, price={self.price!r}, stop_price={self.stop_price!r}, "
            f"filled={self.filled!r}, total={self.total!r}, commission={self.commission!r}, "
            f"is_pending={self.is_pending!r}, is_limit={self.is_limit!r}, "
            f"created_at={self.created_at!r})"
        )


@attrs.frozen(slots=True)
class Trade:
    """A fill of one of the account's AltMarket orders.

    ``amount``, ``price`` and ``commission`` are read into ``Decimal`` on first access and then
    kept, as for :class:`Order`; ``numbers`` holds them as the server sent them.
    """

    seq: int | None
    """The trade's sequence number (``tradeSeq``)."""
    time: datetime | None
    instrument: str | None
    side: Side | str | None
    numbers: tuple[Number, Number, Number] = attrs.field(repr=False)
    raw: _AMTrade = attrs.field(repr=False, eq=False, hash=False)

    @functools.cached_property
    def amount(self) -> Decimal | None:
        """The amount of the base asset traded."""
        return _money(self.numbers[0])

    @functools.cached_property
    def price(self) -> Decimal | None:
        """The execution price."""
        return _money(self.numbers[1])

    @functools.cached_property
    def commission(self) -> Decimal | None:
        """The fee this fill cost."""
        return _money(self.numbers[2])

    def __repr__(self) -> str:
        return (
            f"Trade(seq={self.seq!r}, time={self.time!r}, instrument={self.instrument!r}, "
            f"side={self.side!r}, amount={self.amount!r}, price={self.price!r}, "
            f"commission={self.commission!r})"
        )


@attrs.frozen(slots=True)
class Transfer:
    """An AltMarket deposit or withdrawal."""

    transfer_id: str | None
    asset: str | None
    type: TransferType | str | None
    status: TransferStatus | str | None
    amount: Decimal | None
    fee: Decimal | None
    address: str | None
    """The target address (``targetAddress``)."""
    tx_id: str | None
    blockchain_link: str | None
    payment_system: str | None
    confirmations: int | None
    confirmations_required: int | None
    error_code: str | None
    error_details: str | None
    created_at: datetime | None
    updated_at: datetime | None
    raw: _AMTransfer = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class DepositAddress:
    """Where to deposit an asset; ``error`` says why there is no address, if so."""

    asset: str | None
    address: str | None
    payment_system: str | None
    error: str | None
    raw: _AMDepositAddress = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class SentOrder:
    """An AltMarket order as sent (kept by :class:`~tradespec.errors.OrderStateUnknownError`)."""

    instrument: str
    side: Side
    order_type: OrderType
    amount: Decimal
    price: Decimal | None
    stop_price: Decimal | None
    sent_at: datetime
    """When it was sent, on the platform's clock as tradespec knows it (UTC)."""


@attrs.frozen(slots=True)
class SentWithdrawal:
    """An AltMarket withdrawal as it was sent; ``transfer_id`` finds it again."""

    asset: str
    amount: Decimal
    address: str
    transfer_id: str
    sent_at: datetime


def _short(offer: str) -> str:
    return repr(offer if len(offer) <= 24 else f"{offer[:20]}...{offer[-4:]}")


@attrs.frozen(slots=True)
class SentOffer:
    """A Chia offer as it was posted to Hashgreen."""

    offer: str = attrs.field(repr=_short)
    sent_at: datetime


# --------------------------------------------------------------------------- Hashgreen


@attrs.frozen(slots=True)
class HashgreenCurrency:
    """A token Hashgreen lists (``XCH``, or a CAT with its ``asset_id``)."""

    id: str | None
    code: str | None
    name: str | None
    asset_id: str | None
    type: int | None
    status: HashgreenStatus | str | None
    multiplier: Decimal | None
    """From mojo to whole token (``1E-12`` for XCH)."""
    precision: int | None
    min_amount: Decimal | None
    max_supply: Decimal | None
    total_supply: Decimal | None
    circulating_supply: Decimal | None
    description: str | None
    icon_url: str | None
    links: Mapping[str, str]
    launch_at: datetime | None
    created_at: datetime | None
    updated_at: datetime | None
    raw: _HGCurrency = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class HashgreenMarket:
    """A Hashgreen market. Named by ``code`` (``XCH-USDS``) or ``id`` in tradespec's methods."""

    id: str
    code: str | None
    base: HashgreenCurrency | None
    quote: HashgreenCurrency | None
    status: HashgreenStatus | str | None
    price_precision: int | None
    base_amount_precision: int | None
    is_fiat: bool | None
    is_new: bool | None
    order_no: int | None
    info_ccy_name: str | None
    created_at: datetime | None
    updated_at: datetime | None
    raw: _HGMarket = attrs.field(repr=False, eq=False, hash=False)

    def check_price(self, price: Decimal | int | str, argument: str = "price") -> Decimal:
        """``price`` as a ``Decimal`` if positive and within ``price_precision``; else refused."""
        value = money_argument(price, argument)
        require_places(value, self.price_precision, argument, f"{self.code} (price_precision)")
        return value

    def check_amount(self, amount: Decimal | int | str, argument: str = "amount") -> Decimal:
        """``amount`` as a ``Decimal`` if positive and within ``base_amount_precision``."""
        value = money_argument(amount, argument)
        require_places(
            value, self.base_amount_precision, argument, f"{self.code} (base_amount_precision)"
        )
        return value


@attrs.frozen(slots=True)
class MarketStatistics:
    """A Hashgreen market's last 24 hours."""

    market_id: str | None
    code: str | None
    price: Decimal | None
    usd: Decimal | None
    high: Decimal | None
    low: Decimal | None
    base_volume: Decimal | None
    usd_volume: Decimal | None
    changed: Decimal | None
    """Price change over the period, in percent."""
    fully_diluted_market_cap: Decimal | None
    updated_at: datetime | None
    raw: _HGMarketStat = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class BookLevel:
    """One aggregated price level of a Hashgreen order book."""

    price: Decimal
    amount: Decimal
    """The base amount at this price."""
    total_amount: Decimal
    """The cumulative base amount up to this price."""
    base_display: Decimal
    quote_display: Decimal


def _plain_rows(rows: Sequence[Sequence[str]]) -> bool:
    """Whether every row is a list of exactly five strings, what servers send, checked in C
    loops (a book has thousands of rows). False sends ``BookSide`` to its row by row check."""
    return (
        _types(rows) <= _LIST
        and set(map(len, rows)) <= _FIVE
        and _types(itertools.chain.from_iterable(rows)) <= _STR
    )


def _types(values: Iterable[object]) -> set[type]:
    return set(map(type, values))


_LIST: frozenset[type] = frozenset({list})
_STR: frozenset[type] = frozenset({str})
_FIVE = frozenset({5})


class BookSide(Sequence[BookLevel]):
    """One side of an order book, best price first.

    Levels are read from the server's decimal strings when first accessed, and then kept: a book
    of ten thousand levels costs nothing for ``best_bid``, and nothing twice.
    """

    __slots__ = ("_levels", "_rows")

    def __init__(self, rows: Sequence[Sequence[str]]) -> None:
        if not _plain_rows(rows):
            for row in rows:
                if len(row) < 5 or not all(isinstance(cell, str) for cell in row[:5]):
                    raise ValueError(f"a book row is five decimal strings, got {row!r}")
        self._rows = rows
        self._levels: list[BookLevel | None] = [None] * len(rows)

    def _level(self, index: int) -> BookLevel:
        level = self._levels[index]
        if level is None:
            price, amount, total, base, quote = self._rows[index][:5]
            level = BookLevel(
                Decimal(price), Decimal(amount), Decimal(total), Decimal(base), Decimal(quote)
            )
            self._levels[index] = level
        return level

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> BookLevel: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[BookLevel]: ...
    def __getitem__(self, index: int | slice) -> BookLevel | Sequence[BookLevel]:
        if isinstance(index, slice):
            return [self._level(i) for i in range(*index.indices(len(self._rows)))]
        if index < 0:
            index += len(self._rows)
        if not 0 <= index < len(self._rows):
            raise IndexError("book level index out of range")
        return self._level(index)

    def __iter__(self) -> Iterator[BookLevel]:
        for index in range(len(self._rows)):
            yield self._level(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BookSide):
            return self._rows == other._rows
        return NotImplemented

    __hash__: ClassVar[None]  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"BookSide({len(self._rows)} levels)"


@attrs.frozen(slots=True)
class OrderBook:
    """A Hashgreen order book: ``asks`` lowest price first, ``bids`` highest price first."""

    market_id: str | None
    asks: BookSide = attrs.field(hash=False)
    bids: BookSide = attrs.field(hash=False)
    raw: _HGOrderBook = attrs.field(repr=False, eq=False, hash=False)

    @property
    def best_bid(self) -> BookLevel | None:
        """The highest bid, None when there are no bids."""
        return self.bids[0] if self.bids else None

    @property
    def best_ask(self) -> BookLevel | None:
        """The lowest ask, None when there are no asks."""
        return self.asks[0] if self.asks else None

    @property
    def spread(self) -> Decimal | None:
        """Best ask minus best bid, None unless both sides have a level."""
        bid, ask = self.best_bid, self.best_ask
        if bid is None or ask is None:
            return None
        return ask.price - bid.price

    @property
    def mid(self) -> Decimal | None:
        """The midpoint of best bid and best ask, None unless both sides have a level."""
        bid, ask = self.best_bid, self.best_ask
        if bid is None or ask is None:
            return None
        return (ask.price + bid.price) / 2


@attrs.frozen(slots=True)
class HashgreenTrade:
    """A trade on a Hashgreen market."""

    id: str | None
    market_id: str | None
    price: Decimal | None
    amount: Decimal | None
    """The base amount traded."""
    maker_side: Side | str | None
    """The side the maker was on (Hashgreen's trade ``side``: 1 bid, 2 ask)."""
    time: datetime | None
    raw: _HGTrade = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class HashgreenOrder:
    """One of the trader's Hashgreen orders (an offer posted to the DEX)."""

    id: str
    market_id: str | None
    side: Side | str | None
    status: HashgreenOrderStatus | str | None
    price: Decimal | None
    base_amount: Decimal | None
    quote_amount: Decimal | None
    coin_ids: tuple[str, ...]
    confirmed_height: int | None
    progress: str | None
    created_at: datetime | None
    updated_at: datetime | None
    raw: _HGOrder = attrs.field(repr=False, eq=False, hash=False)
