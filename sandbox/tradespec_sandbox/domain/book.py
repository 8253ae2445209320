"""A price-time priority order book, shared by both exchanges' matching.

Each side keeps its price levels in a dict (price -> FIFO queue) and the prices in a sorted list,
best first, so finding the best order is O(1) and adding an order is O(log levels) plus a list
insert only when a new level opens. Cancelling is O(1): the entry is marked dead and dropped when
it reaches the front of its queue.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from .money import ZERO


class Side(Enum):
    BUY = "buy"
    SELL = "sell"

    @property
    def opposite(self) -> Side:
        return Side.SELL if self is Side.BUY else Side.BUY


@dataclass(slots=True, eq=False)
class Entry:
    """One resting order: its id, price and what is left of it."""

    order_id: str
    side: Side
    price: Decimal
    remaining: Decimal
    live: bool = True


@dataclass(slots=True)
class Level:
    price: Decimal
    queue: deque[Entry] = field(default_factory=deque)
    quantity: Decimal = ZERO
    live: int = 0


class BookSide:
    def __init__(self, side: Side) -> None:
        self.side = side
        self.levels: dict[Decimal, Level] = {}
        # Sort keys, best first: bids by -price, asks by price.
        self._keys: list[Decimal] = []

    def _key(self, price: Decimal) -> Decimal:
        return -price if self.side is Side.BUY else price

    def add(self, entry: Entry) -> None:
        level = self.levels.get(entry.price)
        if level is None:
            level = self.levels[entry.price] = Level(entry.price)
            bisect.insort(self._keys, self._key(entry.price))
        level.queue.append(entry)
        level.quantity += entry.remaining
        level.live += 1

    def best(self) -> Entry | None:
        """The order first in line on this side, or None."""
        while self._keys:
            level = self.levels[self._price_of(self._keys[0])]
            while level.queue and not level.queue[0].live:
                level.queue.popleft()
            if level.queue:
                return level.queue[0]
            self._drop_level(level)  # pragma: no cover - levels are dropped when emptied
        return None

    def _price_of(self, key: Decimal) -> Decimal:
        return -key if self.side is Side.BUY else key

    def _drop_level(self, level: Level) -> None:
        del self.levels[level.price]
        key = self._key(level.price)
        index = bisect.bisect_left(self._keys, key)
        del self._keys[index]

    def reduce(self, entry: Entry, quantity: Decimal) -> None:
        """Take ``quantity`` off a live entry; it leaves the book when nothing is left."""
        level = self.levels[entry.price]
        entry.remaining -= quantity
        level.quantity -= quantity
        if entry.remaining <= 0:
            self._kill(entry, level)

    def remove(self, entry: Entry) -> None:
        if entry.live:
            level = self.levels[entry.price]
            level.quantity -= entry.remaining
            self._kill(entry, level)

    def _kill(self, entry: Entry, level: Level) -> None:
        entry.live = False
        level.live -= 1
        if level.live == 0:
            self._drop_level(level)

    def depth(self) -> Iterator[tuple[Decimal, Decimal]]:
        """(price, quantity) per level, best first."""
        for key in self._keys:
            level = self.levels[self._price_of(key)]
            yield level.price, level.quantity


class OrderBook:
    def __init__(self) -> None:
        self.bids = BookSide(Side.BUY)
        self.asks = BookSide(Side.SELL)
        self.entries: dict[str, Entry] = {}

    def side(self, side: Side) -> BookSide:
        return self.bids if side is Side.BUY else self.asks

    def add(self, order_id: str, side: Side, price: Decimal, quantity: Decimal) -> Entry:
        entry = Entry(order_id, side, price, quantity)
        self.entries[order_id] = entry
        self.side(side).add(entry)
        return entry

    def best_against(self, side: Side, limit: Decimal | None) -> Entry | None:
        """The best resting order an incoming ``side`` order at ``limit`` would trade with."""
        best = self.side(side.opposite).best()
        if best is None or limit is None:
            return best
        crosses = best.price <= limit if side is Side.BUY else best.price >= limit
        return best if crosses else None

    def fill(self, entry: Entry, quantity: Decimal) -> None:
        self.side(entry.side).reduce(entry, quantity)
        if not entry.live:
            del self.entries[entry.order_id]

    def cancel(self, order_id: str) -> Entry | None:
        entry = self.entries.pop(order_id, None)
        if entry is not None:
            self.side(entry.side).remove(entry)
        return entry
