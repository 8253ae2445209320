"""Everything the sandbox knows, behind one lock, and the hook that saves what changed."""

from __future__ import annotations

import threading
from pathlib import Path

from .accounts import Account, Accounts
from .catalog import DEFAULT_CATALOG, Catalog, fingerprint
from .clock import Clock
from .dex import Dex, DexMarketState
from .exchange import Exchange
from .ledger import Ledger
from .ratelimit import RateLimiter
from .store import Store


class SandboxState:
    """The accounts, both exchanges and the clock, and how the sandbox answers.

    Requests are served one at a time under ``lock`` (matching is fast; a lock is simpler and
    safer than finer locking), and each mutating request ends with ``commit()``, which writes
    what it changed to the SQLite store when there is one.

    ``catalog`` is what both exchanges list. ``live_shapes`` (answer in the live platform's
    drifted shapes, see live_shapes.py) and ``rate_limit`` (requests per second per account,
    None for no limit, see ratelimit.py) and ``strict`` (refuse query parameters and body
    fields an operation does not have, instead of ignoring them as the platform does) are
    settings: ``reset()`` keeps them, and
    ``POST /_sandbox/settings`` changes them while the sandbox runs.
    """

    def __init__(
        self,
        db: Path | str | None = None,
        settle_withdrawals_after: float | None = None,
        *,
        catalog: Catalog = DEFAULT_CATALOG,
        live_shapes: bool = False,
        rate_limit: float | None = None,
        strict: bool = False,
    ) -> None:
        self.lock = threading.RLock()
        self.settle_withdrawals_after = settle_withdrawals_after
        self.catalog = catalog
        self.catalog_fingerprint = fingerprint(catalog)
        self.live_shapes = live_shapes
        self.rate_limit = rate_limit
        self.strict = strict
        self.limiter = RateLimiter()
        # Bumped by reset() and by a change of settings: the rate limiter then starts afresh.
        self.rate_limit_epoch = 0
        self.store = Store(db) if db is not None else None
        self._fresh()
        if self.store is not None:
            try:
                self.store.load(self)
            except BaseException:
                self.store.close()
                raise

    def _fresh(self) -> None:
        self.clock = Clock()
        self.accounts = Accounts()
        self.ledger = Ledger()
        self.exchange = Exchange(self.clock, self.ledger, self.catalog)
        self.exchange.settle_after = self.settle_withdrawals_after
        self.dex = Dex(self.clock)
        # The DEX lists the catalog's markets (it starts with the default catalog's).
        self.dex.markets = {m.id: DexMarketState(m) for m in self.catalog.dex_markets.values()}
        self.demo: Account | None = None

    def limit(self, key: str) -> None:
        """Count a request against ``key``'s bucket: SandboxError 429 beyond the rate limit."""
        self.limiter.take(key, self.rate_limit, self.rate_limit_epoch)

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
        """Forget everything: accounts, orders, trades, transfers, the clock's offset, and
        what the rate limiter counted. The settings (live shapes, rate limit) stay."""
        self._fresh()
        self.rate_limit_epoch += 1
        if self.store is not None:
            self.store.clear()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
