"""Hashgreen's hand-written types: the order book with named levels, and an offer as sent.

Everything else the DEX answers is a generated model (``hashgreen_client.models``), re-exported
by :mod:`tradespec.hashgreen`: it carries every field the spec declares.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import ClassVar, cast, overload

import attrs
from hashgreen_client import models  # models.OrderBook is imported when first named
from hashgreen_client.types import read_money

__all__ = ["BookLevel", "BookSide", "OrderBook", "SentOffer"]


def _shown(row: object) -> str:
    text = repr(row)
    return text if len(text) <= 300 else f"{text[:300]}..."


def _short(offer: str) -> str:
    return repr(offer if len(offer) <= 24 else f"{offer[:20]}...{offer[-4:]}")


@attrs.frozen(slots=True)
class SentOffer:
    """A Chia offer as it was posted to Hashgreen (kept by
    :class:`~tradespec.errors.OrderStateUnknownError`, found again by ``find_order``)."""

    offer: str = attrs.field(repr=_short)
    """The offer's text (``offer1...``)."""
    sent_at: datetime
    """When it was posted, on this machine's clock (UTC)."""


@attrs.frozen(slots=True)
class BookLevel:
    """One aggregated price level of a Hashgreen order book."""

    price: Decimal
    """The level's price, in the quote currency."""
    amount: Decimal
    """The base amount at this price."""
    total_amount: Decimal
    """The cumulative base amount up to this price."""
    base_display: Decimal
    """The base amount, as the DEX displays it."""
    quote_display: Decimal
    """The quote amount, as the DEX displays it."""


def _plain_rows(rows: Sequence[Sequence[str]]) -> bool:
    """Whether every row is a list of exactly five strings, what servers send, checked in C
    loops (a book has thousands of rows). False sends ``BookSide`` to its row by row check.

    ``list.__len__`` takes nothing but a list, and ``str.join`` nothing but strings: each raises
    ``TypeError`` for anything else, in two passes over the rows (a set of types per pass took
    three, each slower)."""
    try:
        if not set(map(_LENGTH, cast("list[list[str]]", rows))) <= _FIVE:
            return False
        "".join(map("".join, rows))
    except TypeError:
        return False
    return True


_FIVE = frozenset({5})
_LENGTH = cast("Callable[[list[str]], int]", list.__len__)  # pyright: ignore[reportUnknownMemberType]
"""``list.__len__``, typed for the rows it measures."""


class BookSide(Sequence[BookLevel]):
    """One side of an order book, best price first.

    Levels are read from the server's decimal strings when first accessed, and then kept: a book
    of ten thousand levels costs nothing for ``best_bid``, and nothing twice. A level whose
    cells are not finite decimals in ``Decimal``'s range (``"NaN"``, ``"abc"``) is a
    :class:`~tradespec.errors.ResponseError` when it is accessed, never a value to compute on.
    """

    __slots__ = ("_levels", "_rows")

    def __init__(self, rows: Sequence[Sequence[str]]) -> None:
        if not _plain_rows(rows):
            for row in rows:
                if (
                    # The rows come from the server: the annotation is what they should be.
                    not isinstance(row, (list, tuple))  # pyright: ignore[reportUnnecessaryIsInstance]
                    or len(row) < 5
                    or not all(isinstance(cell, str) for cell in row[:5])  # pyright: ignore[reportUnnecessaryIsInstance]
                ):
                    raise ValueError(f"a book row is five decimal strings, got {row!r}")
        self._rows = rows
        self._levels: list[BookLevel | None] = [None] * len(rows)

    def _level(self, index: int) -> BookLevel:
        level = self._levels[index]
        if level is None:
            row = self._rows[index]
            try:
                level = BookLevel(*map(read_money, row[:5]))
            except (TypeError, ValueError) as exc:
                from tradespec.errors import ResponseError  # errors names this module's types

                # Read lazily, so refused here rather than with the answer: a NaN, "abc" or
                # 1e999999999999 never reaches a caller or the arithmetic of spread and mid.
                raise ResponseError(
                    f"order book row {index}: {type(exc).__name__}: {exc}",
                    body=_shown(row),
                ) from None
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
        # Also for a side whose rows were refused (its __init__ raised): a traceback that
        # shows its frames' locals calls this.
        rows = getattr(self, "_rows", None)
        return "BookSide(refused rows)" if rows is None else f"BookSide({len(rows)} levels)"


@attrs.frozen(slots=True)
class OrderBook:
    """A Hashgreen order book: ``asks`` lowest price first, ``bids`` highest price first, each
    a sequence of :class:`BookLevel` (``book.bids[0]`` is the best bid).

    Built from the generated model, kept in ``raw``: any field the spec adds to the book is
    there, typed and documented.
    """

    market_id: str | None
    """The market's id."""
    asks: BookSide = attrs.field(hash=False)
    """The ask side, lowest price first."""
    bids: BookSide = attrs.field(hash=False)
    """The bid side, highest price first."""
    raw: models.OrderBook = attrs.field(repr=False, eq=False, hash=False)
    """The book as the generated model read it (its rows are the server's decimal strings)."""

    @classmethod
    def from_model(cls, model: models.OrderBook) -> OrderBook:
        """The book of a generated ``OrderBook`` (a row that is not five strings is a
        ``ValueError``)."""
        return cls(model.market_id, BookSide(model.asks), BookSide(model.bids), model)

    @property
    def best_bid(self) -> Decimal | None:
        """The highest bid price, None when there are no bids."""
        return self.bids[0].price if self.bids else None

    @property
    def best_ask(self) -> Decimal | None:
        """The lowest ask price, None when there are no asks."""
        return self.asks[0].price if self.asks else None

    @property
    def spread(self) -> Decimal | None:
        """Best ask minus best bid, None unless both sides have a level."""
        bid, ask = self.best_bid, self.best_ask
        if bid is None or ask is None:
            return None
        return ask - bid

    @property
    def mid(self) -> Decimal | None:
        """The midpoint of best bid and best ask, None unless both sides have a level."""
        bid, ask = self.best_bid, self.best_ask
        if bid is None or ask is None:
            return None
        return (ask + bid) / 2
