from enum import IntEnum


class OrderSide(IntEnum):
    BID = 1
    ASK = 2

    def __str__(self) -> str:
        return str(self.value)
