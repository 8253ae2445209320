from enum import StrEnum


class TransferType(StrEnum):
    DEPOSIT = "Deposit"
    WITHDRAWAL = "Withdrawal"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    @property
    def is_unknown(self) -> bool:
        """True if the server sent a value that the OpenAPI document does not list."""
        return type(self)._member_map_.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> "TransferType":
        """Keep a value outside the documented enum instead of raising ValueError.

        Returns a pseudo-member named ``UNKNOWN_<value>`` whose ``.value`` is exactly what the server sent
        (same type, e.g. an int stays an int), cached so that equal values give the same object.
        """
        key = (type(value), repr(value))
        member = _UNKNOWN_MEMBERS.get(key)
        if member is None:
            member = str.__new__(cls, str(value))
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value  # type: ignore[assignment]
            member = _UNKNOWN_MEMBERS.setdefault(key, member)
        return member


_UNKNOWN_MEMBERS: dict[tuple[type, str], TransferType] = {}
