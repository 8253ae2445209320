from enum import IntEnum


class Status(IntEnum):
    DISABLED = 1
    ENABLED = 2

    def __str__(self) -> str:
        return str(self.value)
