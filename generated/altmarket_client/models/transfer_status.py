# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from enum import Enum

_API_VALUES: dict[str, str] = {
    "awaiting_confirmation": "AwaitingConfirmation",
    "unused_pending": "Unused_Pending",
    "completed": "Completed",
    "failed": "Failed",
    "unused_pending_cancellation": "Unused_PendingCancellation",
    "unused_canceled": "Unused_Canceled",
    "unused_completed_update": "Unused_CompletedUpdate",
    "unused_funds_locked": "Unused_FundsLocked",
    "unused_payment_system_error": "Unused_PaymentSystemError",
}


class TransferStatus(str, Enum):
    """
    A transfer's state.

    Members are strings of their lowercase names (``"awaiting_confirmation"``,
    ``"unused_pending"``, ``"completed"``, ``"failed"``, ``"unused_pending_cancellation"``,
    ``"unused_canceled"``, ``"unused_completed_update"``, ``"unused_funds_locked"``,
    ``"unused_payment_system_error"``) and compare equal to them; ``.value`` is the value as the
    API writes it. Reading also accepts any case or spelling, the position in this list (``0``
    is ``AWAITING_CONFIRMATION``), and common alternatives (``bid``/``ask``, ``canceled``); any
    other value is kept as an unknown member (``is_unknown``) whose ``.value`` is exactly what
    the server sent.
    """

    _value_: str
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    UNUSED_PENDING = "unused_pending"
    COMPLETED = "completed"
    FAILED = "failed"
    UNUSED_PENDING_CANCELLATION = "unused_pending_cancellation"
    UNUSED_CANCELED = "unused_canceled"
    UNUSED_COMPLETED_UPDATE = "unused_completed_update"
    UNUSED_FUNDS_LOCKED = "unused_funds_locked"
    UNUSED_PAYMENT_SYSTEM_ERROR = "unused_payment_system_error"

    def __new__(cls, text: str) -> TransferStatus:
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
    def _missing_(cls, value: object) -> TransferStatus:
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


_UNKNOWN_MEMBERS: dict[tuple[type, str], TransferStatus] = {}
_ALTERNATIVES = {"bid": "buy", "ask": "sell", "canceled": "cancelled"}


def _key(text: str) -> str:
    return text.strip().lower().replace("_", "").replace("-", "").replace(" ", "")


def _build_table() -> dict[object, TransferStatus]:
    table: dict[object, TransferStatus] = {}
    for position, member in enumerate(TransferStatus):
        table[position] = member
        table[_key(member.value)] = member
        table[_key(member._name_)] = member
    for alternative, meaning in _ALTERNATIVES.items():
        found = table.get(_key(meaning))
        if found is not None:
            table.setdefault(alternative, found)
    return table


_TABLE = _build_table()


def _lookup(value: object) -> TransferStatus | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return _TABLE.get(_key(value)) or _TABLE.get(value.strip())
    if isinstance(value, int):
        return _TABLE.get(value)
    return None
