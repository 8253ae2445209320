"""Hashgreen's results: small frozen types with plain values, as described in ``_results``."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar, overload

import attrs

from tradespec._enums import HashgreenOrderStatus, HashgreenStatus, Side
from tradespec._money import money_argument, require_places

if TYPE_CHECKING:
    from hashgreen_client.models.currency import Currency as _HGCurrency
    from hashgreen_client.models.market import Market as _HGMarket
    from hashgreen_client.models.market_stat import MarketStat as _HGMarketStat
    from hashgreen_client.models.order import Order as _HGOrder
    from hashgreen_client.models.order_book import OrderBook as _HGOrderBook
    from hashgreen_client.models.trade import Trade as _HGTrade

__all__ = [
    "BookLevel",
    "BookSide",
    "HashgreenCurrency",
    "HashgreenMarket",
    "HashgreenOrder",
    "HashgreenTrade",
    "MarketStatistics",
    "OrderBook",
    "SentOffer",
]


def _short(offer: str) -> str:
    return repr(offer if len(offer) <= 24 else f"{offer[:20]}...{offer[-4:]}")


@attrs.frozen(slots=True)
class SentOffer:
    """A Chia offer as it was posted to Hashgreen."""

    offer: str = attrs.field(repr=_short)
    sent_at: datetime


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
