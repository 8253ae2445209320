# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from enum import Enum

_API_VALUES: dict[str, str] = {
    "buy": "buy",
    "sell": "sell",
}


class OrderDirection(str, Enum):
    """
    The side of a new order, in a create request's `type`.

    Members are strings of their lowercase names (``"buy"``, ``"sell"``) and compare equal to
    them; ``.value`` is the value as the API writes it. Reading also accepts any case or
    spelling, the position in this list (``0`` is ``BUY``), and common alternatives
    (``bid``/``ask``, ``canceled``); any other value is kept as an unknown member
    (``is_unknown``) whose ``.value`` is exactly what the server sent.
    """

    _value_: str
    BUY = "buy"
    SELL = "sell"

    def __new__(cls, text: str) -> OrderDirection:
        member = str.__new__(cls, text)
        member._value_ = _API_VALUES[text]
        return member

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return str.__format__(self, spec)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    __hash__ = str.__hash__

    @property
    def is_unknown(self) -> bool:
        """True if the server sent a value that the OpenAPI document does not list."""
        return type(self)._member_map_.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> OrderDirection:
        """The member ``value`` means in another spelling, else a cached unknown pseudo-member
        named ``UNKNOWN_<value>`` whose ``.value`` is exactly ``value`` (same type)."""
        member = _lookup(value)
        if member is not None:
            return member
        key = (type(value), repr(value))
        member = _UNKNOWN_MEMBERS.get(key)
        if member is None:
            member = str.__new__(cls, str(value))
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value  # type: ignore[assignment]
            member = _UNKNOWN_MEMBERS.setdefault(key, member)
        return member


_UNKNOWN_MEMBERS: dict[tuple[type, str], OrderDirection] = {}
_ALTERNATIVES = {"bid": "buy", "ask": "sell", "canceled": "cancelled"}


def _key(text: str) -> str:
    return text.strip().lower().replace("_", "").replace("-", "").replace(" ", "")


def _build_table() -> dict[object, OrderDirection]:
    table: dict[object, OrderDirection] = {}
    for position, member in enumerate(OrderDirection):
        table[position] = member
        table[_key(member.value)] = member
        table[_key(member._name_)] = member
    for alternative, meaning in _ALTERNATIVES.items():
        found = table.get(_key(meaning))
        if found is not None:
            table.setdefault(alternative, found)
    return table


_TABLE = _build_table()


def _lookup(value: object) -> OrderDirection | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return _TABLE.get(_key(value)) or _TABLE.get(value.strip())
    if isinstance(value, int):
        return _TABLE.get(value)
    return None
