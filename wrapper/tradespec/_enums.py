"""The enumerations of results and arguments, and how server values map onto them.

Servers do not send what their documents say: the AltMarket platform sends ``"Buy"``, ``"buy"``
or the ordinal ``0``; Hashgreen sends integer codes. Every value is normalized to one lowercase
:class:`enum.StrEnum` member (``Side.BUY`` whatever the spelling), and a value that maps to no
member is kept as its text (``"7"``, ``"PartiallyFilled"``), never dropped and never a crash: a
result field is typed ``Side | str``. The generated model in ``raw`` keeps the exact value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Generic, TypeVar

from tradespec.errors import InvalidInputError

__all__ = [
    "HashgreenOrderStatus",
    "HashgreenStatus",
    "MarketStatus",
    "OrderStatus",
    "OrderType",
    "Side",
    "TransferStatus",
    "TransferType",
]


class Side(StrEnum):
    """The side of an order or a trade, on both exchanges (Hashgreen: bid is buy, ask is sell)."""

    BUY = "buy"
    SELL = "sell"


class OrderType(StrEnum):
    """The kind of an AltMarket order."""

    LIMIT = "limit"
    MARKET = "market"
    STOP_LIMIT = "stop_limit"
    STOP_MARKET = "stop_market"


class OrderStatus(StrEnum):
    """The state of an AltMarket order."""

    WORKING = "working"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    COMPLETED = "completed"


class MarketStatus(StrEnum):
    """Whether an AltMarket market trades."""

    OPEN = "open"
    HALTED = "halted"
    PAUSED = "paused"


class TransferType(StrEnum):
    """An AltMarket transfer's direction."""

    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"


class TransferStatus(StrEnum):
    """An AltMarket transfer's state (the platform's ``Unused_*`` values included)."""

    AWAITING_CONFIRMATION = "awaiting_confirmation"
    UNUSED_PENDING = "unused_pending"
    COMPLETED = "completed"
    FAILED = "failed"
    UNUSED_PENDING_CANCELLATION = "unused_pending_cancellation"
    UNUSED_CANCELED = "unused_canceled"
    UNUSED_COMPLETED_UPDATE = "unused_completed_update"
    UNUSED_FUNDS_LOCKED = "unused_funds_locked"
    UNUSED_PAYMENT_SYSTEM_ERROR = "unused_payment_system_error"


class HashgreenOrderStatus(StrEnum):
    """The state of a Hashgreen order (codes 0 to 6)."""

    UNSPECIFIED = "unspecified"
    INVALID = "invalid"
    ACTIVE = "active"
    MATCHED = "matched"
    CLEARING = "clearing"
    CLEARED = "cleared"
    CANCELLED = "cancelled"


class HashgreenStatus(StrEnum):
    """Whether a Hashgreen market or currency is enabled (codes 1 and 2)."""

    DISABLED = "disabled"
    ENABLED = "enabled"


E = TypeVar("E", bound=StrEnum)


def _key(text: str) -> str:
    return text.strip().lower().replace("_", "").replace("-", "").replace(" ", "")


class Normalizer(Generic[E]):
    """Maps any spelling, ordinal or code of an enumeration's values onto its members.

    ``codes`` are the integers the server uses (AltMarket: the ordinal in the platform's enum
    declaration order; Hashgreen: its documented codes); their decimal text maps too.
    """

    __slots__ = ("_enum", "_seen", "_table")

    def __init__(
        self,
        enum: type[E],
        codes: Mapping[int, E] | None = None,
        aliases: Mapping[str, E] | None = None,
    ) -> None:
        self._enum = enum
        table: dict[object, E] = {}
        for member in enum:
            table[_key(member.value)] = member
            table[_key(member.name)] = member
        for code, member in (codes or {}).items():
            table[code] = member
            table[str(code)] = member
        for alias, member in (aliases or {}).items():
            table[_key(alias)] = member
        self._table = table
        # Answers repeat a handful of raw values thousands of times: remember each one's result.
        self._seen: dict[tuple[type, object], E | str | None] = {}

    def __call__(self, raw: object) -> E | str | None:
        """The member ``raw`` means, its text when it means none, None when absent."""
        key = (type(raw), raw)
        try:
            return self._seen[key]
        except KeyError:
            result = self._normalize(raw)
            if len(self._seen) < 1024:
                self._seen[key] = result
            return result
        except TypeError:  # unhashable
            return self._normalize(raw)

    def _normalize(self, raw: object) -> E | str | None:
        if raw is None:
            return None
        # Generated enum members (and the generator's pseudo-members for unknown values) keep
        # what the server sent in ``.value``.
        value = getattr(raw, "value", raw)
        if value is None:
            return None
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, str):
            return self._table.get(_key(value), value)
        if isinstance(value, int):
            return self._table.get(value, str(value))
        return str(value)

    def table(self, values: Iterable[object]) -> dict[object, E | str]:
        """What each of ``values`` (a generated enum's members) means, for a dict lookup in place
        of a call where thousands of rows are read; look up misses with the call itself."""
        return {value: result for value in values if (result := self(value)) is not None}

    def argument(self, value: object, argument: str) -> E:
        """``value`` as a member, for an argument: a member or its name, any case; else refused."""
        if isinstance(value, str):
            member = self._table.get(_key(value))
            if member is not None:
                return member
        choices = ", ".join(repr(m.value) for m in self._enum)
        raise InvalidInputError(argument, f"expected one of {choices}, got {value!r}")

    @property
    def members(self) -> Iterable[E]:
        return iter(self._enum)


def _ordinals(enum: type[E]) -> dict[int, E]:
    return dict(enumerate(enum))


# AltMarket: the live platform sends enumerations as their ordinals in declaration order
# (Side Buy=0 Sell=1; OrderType Limit=0 Market=1 StopLimit=2 StopMarket=3; and so on).
SIDE = Normalizer(Side, _ordinals(Side), {"bid": Side.BUY, "ask": Side.SELL})
ORDER_TYPE = Normalizer(OrderType, _ordinals(OrderType))
ORDER_STATUS = Normalizer(OrderStatus, _ordinals(OrderStatus), {"canceled": OrderStatus.CANCELLED})
MARKET_STATUS = Normalizer(MarketStatus, _ordinals(MarketStatus))
TRANSFER_TYPE = Normalizer(TransferType, _ordinals(TransferType))
TRANSFER_STATUS = Normalizer(TransferStatus, _ordinals(TransferStatus))

# Hashgreen: documented integer codes.
HASHGREEN_SIDE = Normalizer(Side, {1: Side.BUY, 2: Side.SELL}, {"bid": Side.BUY, "ask": Side.SELL})
HASHGREEN_ORDER_STATUS = Normalizer(
    HashgreenOrderStatus,
    _ordinals(HashgreenOrderStatus),
    {"canceled": HashgreenOrderStatus.CANCELLED},
)
HASHGREEN_STATUS = Normalizer(
    HashgreenStatus, {1: HashgreenStatus.DISABLED, 2: HashgreenStatus.ENABLED}
)
HASHGREEN_ORDER_STATUS_CODES: dict[HashgreenOrderStatus, int] = {
    member: code for code, member in enumerate(HashgreenOrderStatus)
}
