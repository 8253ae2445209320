"""Everything the sandbox knows, behind one lock, and the hook that saves what changed."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

from .domain.accounts import Account, Accounts
from .domain.catalog import DEFAULT_CATALOG, Catalog, fingerprint
from .domain.clock import Clock
from .domain.dex import Dex, DexMarketState
from .domain.exchange import Exchange
from .domain.ledger import Ledger
from .domain.rows import Changes, Rows, meta
from .domain.wallet import Wallet
from .http.ratelimit import RateLimiter
from .store import Persistent, Store, StoreError

# Every engine that keeps something across restarts, by the attribute it is kept in.
PERSISTENT = (Accounts, Ledger, Exchange, Wallet, Dex)


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
        tables = {name: columns for kind in PERSISTENT for name, columns in kind.TABLES.items()}
        self.store = Store(db, tables) if db is not None else None
        self._fresh()
        if self.store is not None:
            try:
                self._load(self.store)
            except BaseException:
                self.store.close()
                raise

    def _fresh(self) -> None:
        self.clock = Clock()
        self.accounts = Accounts()
        self.ledger = Ledger()
        self.exchange = Exchange(self.clock, self.ledger, self.catalog)
        self.wallet = Wallet(self.clock, self.ledger, self.catalog.assets)
        self.wallet.settle_after = self.settle_withdrawals_after
        self.dex = Dex(self.clock)
        # The DEX lists the catalog's markets (it starts with the default catalog's).
        self.dex.markets = {m.id: DexMarketState(m) for m in self.catalog.dex_markets.values()}
        self.demo: Account | None = None

    def limit(self, key: str) -> None:
        """Count a request against ``key``'s bucket: SandboxError 429 beyond the rate limit."""
        self.limiter.take(key, self.rate_limit, self.rate_limit_epoch)

    def create_account(self) -> Account:
        return self.accounts.create(self.clock.now())

    def parts(self) -> tuple[Persistent, ...]:
        """What the store saves and restores: the engines, and this state's own meta."""
        return (self.accounts, self.ledger, self.exchange, self.wallet, self.dex, self)

    def commit(self) -> None:
        parts = self.parts()
        if self.store is not None:
            self.store.save(parts)
        for part in parts:
            part.forget_changes()

    def _load(self, store: Store) -> None:
        saved = store.meta()
        fp = self.catalog_fingerprint
        if saved.get("catalog", fp) != fp:
            raise StoreError(
                f"{store.path.name} was made with another catalog than {self.catalog.name!r}: "
                "start with the catalog it was made with, or with another --db"
            )
        if "catalog" not in saved:  # new (or older than catalogs): it is this catalog's now
            store.set_meta("catalog", fp)
        rows = store.load()
        for part in self.parts():
            part.restore(rows)

    # ---- this state's own rows (store.py): the clock's offset, the demo account, the catalog

    TABLES: ClassVar[dict[str, str]] = {}

    def changes(self) -> Changes:
        return {
            "meta": [
                ("clock_offset", repr(self.clock.offset)),
                ("demo", self.demo.api_key if self.demo else ""),
                ("catalog", self.catalog_fingerprint),
            ]
        }

    def forget_changes(self) -> None:
        pass

    def restore(self, rows: Rows) -> None:
        saved = meta(rows)
        self.clock.offset = float(saved.get("clock_offset", "0"))
        self.demo = self.accounts.by_key.get(saved.get("demo", ""))

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
