from enum import IntEnum


class TradeSide(IntEnum):
    BID = 1
    ASK = 2

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    @property
    def is_unknown(self) -> bool:
        """True if the server sent a value that the OpenAPI document does not list."""
        return type(self)._member_map_.get(self._name_) is not self

    @classmethod
    def _missing_(cls, value: object) -> "TradeSide":
        """Keep a value outside the documented enum instead of raising ValueError.

        Returns a pseudo-member named ``UNKNOWN_<value>`` whose ``.value`` is exactly what the server sent
        (same type, e.g. a str stays a str), cached so that equal values give the same object. As an int,
        the pseudo-member equals the value if that is an int, and -1 otherwise.
        """
        key = (type(value), repr(value))
        member = _UNKNOWN_MEMBERS.get(key)
        if member is None:
            member = int.__new__(cls, value if isinstance(value, int) else -1)
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value  # type: ignore[assignment]
            member = _UNKNOWN_MEMBERS.setdefault(key, member)
        return member


_UNKNOWN_MEMBERS: dict[tuple[type, str], TradeSide] = {}
