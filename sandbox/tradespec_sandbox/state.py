"""Everything the sandbox knows, behind one lock, and the hook that saves what changed."""

from __future__ import annotations

import threading
from pathlib import Path

from .accounts import Account, Accounts
from .clock import Clock
from .dex import Dex
from .exchange import Exchange
from .ledger import Ledger
from .store import Store


class SandboxState:
    """The accounts, both exchanges and the clock.

    Requests are served one at a time under ``lock`` (matching is fast; a lock is simpler and
    safer than finer locking), and each mutating request ends with ``commit()``, which writes
    what it changed to the SQLite store when there is one.
    """

    def __init__(
        self, db: Path | str | None = None, settle_withdrawals_after: float | None = None
    ) -> None:
        self.lock = threading.RLock()
        self.settle_withdrawals_after = settle_withdrawals_after
        self.store = Store(db) if db is not None else None
        self._fresh()
        if self.store is not None:
            self.store.load(self)

    def _fresh(self) -> None:
        self.clock = Clock()
        self.accounts = Accounts()
        self.ledger = Ledger()
        self.exchange = Exchange(self.clock, self.ledger)
        self.exchange.settle_after = self.settle_withdrawals_after
        self.dex = Dex(self.clock)
        self.demo: Account | None = None

    def create_account(self) -> Account:
        return self.accounts.create(self.clock.now())

    def commit(self) -> None:
        if self.store is not None:
            self.store.save(self)
        self._forget_changes()

    def _forget_changes(self) -> None:
        self.accounts.dirty.clear()
        self.ledger.dirty_balances.clear()
        self.ledger.dirty_totals.clear()
        self.exchange.dirty_orders.clear()
        self.exchange.new_fills.clear()
        self.exchange.dirty_transfers.clear()
        self.dex.dirty_offers.clear()
        self.dex.dirty_orders.clear()
        self.dex.new_trades.clear()

    def reset(self) -> None:
        """Forget everything: accounts, orders, trades, transfers, the clock's offset."""
        self._fresh()
        if self.store is not None:
            self.store.clear()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
