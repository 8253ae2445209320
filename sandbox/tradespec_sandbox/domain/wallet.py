"""AltMarket's wallet: deposits, withdrawals and their settlement, for the exchange's accounts.

A deposit completes at once. A withdrawal leaves the balance at once (so it can never be spent
twice), is idempotent by ``transferId`` per account, and waits AwaitingConfirmation until it is
settled: on request (``POST /_sandbox/withdrawals/complete``), or by itself ``settle_after``
seconds after it was made. Settled, it is Completed (its amount less the fee leaves the
exchange) or, when ``POST /_sandbox/withdrawals/fail-next`` asked, Failed (the whole amount
goes back). Every movement goes through the ledger (ledger.py).
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import ClassVar

from .accounts import Account
from .catalog import Asset
from .clock import Clock
from .errors import SandboxError
from .ledger import InsufficientFunds, Ledger
from .money import ZERO, MoneyError, check_scale
from .rows import Changes, Rows, decode, encode, meta

AWAITING, DONE, FAILED = "AwaitingConfirmation", "Completed", "Failed"
# Bounds that keep every amount within Decimal's 28 significant digits, so arithmetic stays
# exact: a deposit has at most 13 integer and 8 decimal digits.
MAX_DEPOSIT = Decimal(10**12)


@dataclass(slots=True)
class Transfer:
    seq: int
    account: str
    transfer_id: str
    kind: str  # "Deposit" or "Withdrawal"
    asset: str
    amount: Decimal
    fee: Decimal
    status: str
    created_at: datetime
    updated_at: datetime
    address: str = ""
    tx_id: str = ""
    error_code: str = ""
    error_details: str = ""
    fail_when_processed: bool = False


class Wallet:
    def __init__(self, clock: Clock, ledger: Ledger, assets: dict[str, Asset]) -> None:
        self.clock = clock
        self.ledger = ledger
        self.assets = assets
        self.counter = 0  # the last transfer's seq
        self.transfers: dict[tuple[str, str], Transfer] = {}
        self.transfers_by_account: dict[str, list[Transfer]] = {}
        self.pending: dict[tuple[str, str], Transfer] = {}  # withdrawals awaiting settlement
        self.settle_after: float | None = None  # seconds; None: only when /_sandbox says
        self.fail_next_withdrawal: set[str] = set()  # account keys, or "*" for anyone
        self.dirty_transfers: set[tuple[str, str]] = set()

    def asset(self, asset_id: str) -> str:
        if asset_id not in self.assets:
            raise SandboxError(404, "AssetNotFound", f"Unknown asset {asset_id!r}.")
        return asset_id

    def deposit(self, account: Account, asset_id: str, amount: Decimal) -> Transfer:
        asset = self.assets[self.asset(asset_id)]
        if amount <= 0:
            raise SandboxError(400, "InvalidAmount", "The amount must be positive.")
        if amount > MAX_DEPOSIT:
            raise SandboxError(400, "InvalidAmount", f"A deposit is at most {MAX_DEPOSIT:,}.")
        try:
            check_scale(amount, asset.scale, "amount")
        except MoneyError as exc:
            raise SandboxError(400, "InvalidAmount", str(exc)) from None
        self.ledger.deposit(account.api_key, asset.id, amount)
        self.counter += 1
        now = self.clock.now()
        transfer = Transfer(
            seq=self.counter,
            account=account.api_key,
            transfer_id=f"deposit-{self.counter}",
            kind="Deposit",
            asset=asset.id,
            amount=amount,
            fee=ZERO,
            status=DONE,
            created_at=now,
            updated_at=now,
            address=self.deposit_address(account, asset.id),
            tx_id=secrets.token_hex(32),
        )
        self._add_transfer(transfer)
        return transfer

    def deposit_address(self, account: Account, asset_id: str) -> str:
        self.asset(asset_id)
        return f"sandbox-{asset_id.lower()}-{account.user_id}"

    def withdraw(
        self,
        account: Account,
        asset_id: str,
        amount: Decimal,
        address: str,
        transfer_id: str | None,
    ) -> Transfer:
        """A new withdrawal, or the first one made with this ``transfer_id``."""
        if transfer_id is not None:
            first = self.transfers.get((account.api_key, transfer_id))
            if first is not None:
                return first
        asset = self.assets[self.asset(asset_id)]
        if amount <= 0:
            raise SandboxError(400, "InvalidAmount", "The amount must be positive.")
        try:
            check_scale(amount, asset.scale, "amount")
        except MoneyError as exc:
            raise SandboxError(400, "InvalidAmount", str(exc)) from None
        if amount <= asset.withdrawal_fee:
            raise SandboxError(
                400, "InvalidAmount", f"The amount must exceed the fee {asset.withdrawal_fee}."
            )
        try:
            self.ledger.withdraw(account.api_key, asset.id, amount)
        except InsufficientFunds as exc:
            raise SandboxError(400, "InsufficientFunds", f"Insufficient funds: {exc}") from None
        fail = bool(self.fail_next_withdrawal & {account.api_key, "*"})
        self.fail_next_withdrawal -= {account.api_key, "*"}
        self.counter += 1
        now = self.clock.now()
        transfer = Transfer(
            seq=self.counter,
            account=account.api_key,
            transfer_id=transfer_id or str(uuid.uuid4()),
            kind="Withdrawal",
            asset=asset.id,
            amount=amount,
            fee=asset.withdrawal_fee,
            status=AWAITING,
            created_at=now,
            updated_at=now,
            address=address,
            fail_when_processed=fail,
        )
        self._add_transfer(transfer)
        return transfer

    def _add_transfer(self, transfer: Transfer) -> None:
        key = (transfer.account, transfer.transfer_id)
        self.transfers[key] = transfer
        self.transfers_by_account.setdefault(transfer.account, []).append(transfer)
        if transfer.status == AWAITING:
            self.pending[key] = transfer
        self.dirty_transfers.add(key)

    def settle_due(self) -> None:
        """Settle the withdrawals older than ``settle_after`` seconds, if that is set."""
        if self.settle_after is not None and self.pending:
            self.process_withdrawals(before=self.clock.now() - timedelta(seconds=self.settle_after))

    def process_withdrawals(
        self, only: str | None = None, before: datetime | None = None
    ) -> list[Transfer]:
        """Complete pending withdrawals (or fail the ones marked to fail), oldest first.

        ``only`` settles just that transferId; ``before`` just those made before that time.
        """
        done: list[Transfer] = []
        for key, transfer in list(self.pending.items()):
            if only is not None and transfer.transfer_id != only:
                continue
            if before is not None and transfer.created_at > before:
                continue
            del self.pending[key]
            transfer.updated_at = self.clock.now()
            if transfer.fail_when_processed:
                transfer.status = FAILED
                transfer.error_code = "SandboxFailure"
                transfer.error_details = "Failed on request of the sandbox's test API."
                self.ledger.withdrawal_failed(transfer.account, transfer.asset, transfer.amount)
            else:
                transfer.status = DONE
                transfer.tx_id = secrets.token_hex(32)
                self.ledger.withdrawal_completed(transfer.asset, transfer.amount, transfer.fee)
            self.dirty_transfers.add(key)
            done.append(transfer)
        return done

    def account_transfers(self, account: Account) -> list[Transfer]:
        return self.transfers_by_account.get(account.api_key, [])

    # ---- persistence (store.py) -------------------------------------------------------------

    TABLES: ClassVar[dict[str, str]] = {
        "transfers": "account TEXT NOT NULL, transfer_id TEXT NOT NULL, seq INTEGER NOT NULL, "
        "data TEXT NOT NULL, PRIMARY KEY (account, transfer_id)",
    }

    def changes(self) -> Changes:
        return {
            "transfers": [
                (k[0], k[1], self.transfers[k].seq, encode(self.transfers[k]))
                for k in self.dirty_transfers
            ],
            "meta": [
                ("transfer_counter", str(self.counter)),
                ("fail_next_withdrawal", json.dumps(sorted(self.fail_next_withdrawal))),
            ],
        }

    def forget_changes(self) -> None:
        self.dirty_transfers.clear()

    def restore(self, rows: Rows) -> None:
        transfers = [decode(Transfer, data) for _, _, _, data in rows.get("transfers", ())]
        for transfer in sorted(transfers, key=lambda t: t.seq):
            self._add_transfer(transfer)
        saved = meta(rows)
        if "transfer_counter" in saved:
            self.counter = int(saved["transfer_counter"])
        elif "counters" in saved:  # saved when the exchange counted transfers too
            self.counter = int(json.loads(saved["counters"]).get("transfer", 0))
        self.fail_next_withdrawal = set(json.loads(saved.get("fail_next_withdrawal", "[]")))
