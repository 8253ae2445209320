from enum import StrEnum


class MarketStatus(StrEnum):
    HALTED = "Halted"
    OPEN = "Open"
    PAUSED = "Paused"

    def __str__(self) -> str:
        return str(self.value)
