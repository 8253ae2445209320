from enum import StrEnum


class TransferType(StrEnum):
    DEPOSIT = "Deposit"
    WITHDRAWAL = "Withdrawal"

    def __str__(self) -> str:
        return str(self.value)
