from enum import StrEnum


class OrderStatus(StrEnum):
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    REJECTED = "Rejected"
    WORKING = "Working"

    def __str__(self) -> str:
        return str(self.value)
