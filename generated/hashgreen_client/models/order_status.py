from enum import IntEnum


class OrderStatus(IntEnum):
    UNSPECIFIED = 0
    INVALID = 1
    ACTIVE = 2
    MATCHED = 3
    CLEARING = 4
    CLEARED = 5
    CANCELLED = 6

    def __str__(self) -> str:
        return str(self.value)
