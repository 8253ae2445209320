"""The one enumeration tradespec defines itself: the side of an order, shared by both exchanges.

Every other enumeration is generated from the specs (``OrderType``, ``OrderStatus``,
``TransferStatus``, Hashgreen's ``OrderStatus``...): their members are strings of their lowercase
names (``"stop_limit"``), read from any spelling, ordinal or code a server sends, with unknown
values kept. A side is ``"buy"`` or ``"sell"`` on both exchanges (Hashgreen's bid is buy, its ask
is sell): :class:`Side` holds the two as constants, typed as the literals they are, so that
``order.side == Side.BUY`` type-checks against the generated side of either exchange.

:data:`DriftMode` is here too (not in :mod:`tradespec.drift`), so that the clients name it without
importing the drift bookkeeping before a client is made.
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["DriftMode", "Side", "SideName"]

DriftMode = Literal["collect", "log", "off"]
"""A client's ``drift=``: collect and log once per kind, only log, or check nothing."""

SideName = Literal["buy", "sell"]
"""A side: ``"buy"`` or ``"sell"`` (what an IDE offers for a ``side`` argument)."""


class Side:
    """The two sides, as constants: ``Side.BUY == "buy"``, ``Side.SELL == "sell"``.

    They equal the generated sides of both exchanges (``order.side == Side.SELL``) and are what a
    ``side`` argument takes, as are the plain strings.
    """

    __slots__ = ()

    BUY: Final = "buy"
    """Buy the base asset (a bid)."""
    SELL: Final = "sell"
    """Sell the base asset (an ask)."""
