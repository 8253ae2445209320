from enum import StrEnum


class TransferStatus(StrEnum):
    AWAITINGCONFIRMATION = "AwaitingConfirmation"
    COMPLETED = "Completed"
    FAILED = "Failed"
    UNUSED_CANCELED = "Unused_Canceled"
    UNUSED_COMPLETEDUPDATE = "Unused_CompletedUpdate"
    UNUSED_FUNDSLOCKED = "Unused_FundsLocked"
    UNUSED_PAYMENTSYSTEMERROR = "Unused_PaymentSystemError"
    UNUSED_PENDING = "Unused_Pending"
    UNUSED_PENDINGCANCELLATION = "Unused_PendingCancellation"

    def __str__(self) -> str:
        return str(self.value)
