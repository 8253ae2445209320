"""SQLite persistence (``--db FILE``): every account, balance, order, trade and transfer.

Write-through, not snapshots: each mutating request ends by writing the rows it changed in one
transaction (the engines keep sets of what they touched), before the answer is sent. So a request
that was answered is on disk, and a process killed between requests loses nothing. The journal is
in WAL mode with ``synchronous=NORMAL``: a committed transaction survives the process dying
(though not necessarily the machine losing power, which a sandbox need not survive).

Rows keep their objects as JSON (Decimals as strings, times in ISO 8601) beside the columns the
loader sorts by. On start, everything is loaded and the order books are rebuilt from the open
orders in time priority.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import types
import typing
from datetime import datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .accounts import Account
from .book import Side
from .dex import DexOrder, DexTrade, MintedOffer
from .exchange import Fill, Kind, Order, Transfer
from .ledger import AssetTotals, Balance

if TYPE_CHECKING:
    from .state import SandboxState

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (api_key TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS balances (
    account TEXT NOT NULL, asset TEXT NOT NULL, total TEXT NOT NULL, held TEXT NOT NULL,
    PRIMARY KEY (account, asset));
CREATE TABLE IF NOT EXISTS asset_totals (asset TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS orders (order_id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
    data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fills (seq INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS transfers (account TEXT NOT NULL, transfer_id TEXT NOT NULL,
    seq INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (account, transfer_id));
CREATE TABLE IF NOT EXISTS dex_offers (offer TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dex_orders (id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
    data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dex_trades (id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
    data TEXT NOT NULL);
"""
TABLES = (
    "meta",
    "accounts",
    "balances",
    "asset_totals",
    "orders",
    "fills",
    "transfers",
    "dex_offers",
    "dex_orders",
    "dex_trades",
)

T = TypeVar("T")


def encode(obj: Any) -> str:
    """A dataclass instance as JSON text."""
    row = {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    return json.dumps(row, separators=(",", ":"))


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def decode(cls: type[T], text: str) -> T:
    """The dataclass ``cls`` back from ``encode``'s JSON, each field by its declared type."""
    row = json.loads(text)
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: _typed(hints[k], v) for k, v in row.items() if k in names})


def _typed(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(hint, types.UnionType):
        hint = next(h for h in typing.get_args(hint) if h is not type(None))
    if hint is Decimal:
        return Decimal(value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint in (Side, Kind):
        return hint(value)
    return value


class StoreError(Exception):
    """A database the sandbox cannot use as it is started; the message says why."""


class Store:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self._saved_meta: dict[str, str] = {}

    def close(self) -> None:
        self.db.close()

    def clear(self) -> None:
        self._saved_meta = {}
        with self._transaction():
            for table in TABLES:
                self.db.execute(f"DELETE FROM {table}")

    def _transaction(self) -> _Transaction:
        # isolation_level=None: we open and close transactions ourselves.
        return _Transaction(self.db)

    def save(self, state: SandboxState) -> None:
        """Write what changed since the last save, in one transaction; nothing if nothing did."""
        exchange, dex, ledger = state.exchange, state.dex, state.ledger
        meta = {
            "counters": encode(exchange.counters),
            "clock_offset": repr(state.clock.offset),
            "fail_next_withdrawal": json.dumps(sorted(exchange.fail_next_withdrawal)),
            "demo": state.demo.api_key if state.demo else "",
            "catalog": state.catalog_fingerprint,
        }
        changed = (
            state.accounts.dirty,
            ledger.dirty_balances,
            ledger.dirty_totals,
            exchange.dirty_orders,
            exchange.new_fills,
            exchange.dirty_transfers,
            dex.dirty_offers,
            dex.dirty_orders,
            dex.new_trades,
        )
        if meta == self._saved_meta and not any(changed):
            return
        with self._transaction():
            db = self.db
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
            db.executemany(
                "INSERT OR REPLACE INTO accounts VALUES (?, ?)",
                [(k, encode(state.accounts.by_key[k])) for k in state.accounts.dirty],
            )
            db.executemany(
                "INSERT OR REPLACE INTO balances VALUES (?, ?, ?, ?)",
                [
                    (account, asset, str(b.total), str(b.held))
                    for (account, asset) in ledger.dirty_balances
                    for b in [ledger.balance(account, asset)]
                ],
            )
            db.executemany(
                "INSERT OR REPLACE INTO asset_totals VALUES (?, ?)",
                [(asset, encode(ledger.totals[asset])) for asset in ledger.dirty_totals],
            )
            db.executemany(
                "INSERT OR REPLACE INTO orders VALUES (?, ?, ?)",
                [
                    (i, exchange.orders[i].seq, encode(exchange.orders[i]))
                    for i in exchange.dirty_orders
                ],
            )
            db.executemany(
                "INSERT OR REPLACE INTO fills VALUES (?, ?)",
                [(f.seq, encode(f)) for f in exchange.new_fills],
            )
            db.executemany(
                "INSERT OR REPLACE INTO transfers VALUES (?, ?, ?, ?)",
                [
                    (k[0], k[1], exchange.transfers[k].seq, encode(exchange.transfers[k]))
                    for k in exchange.dirty_transfers
                ],
            )
            db.executemany(
                "INSERT OR REPLACE INTO dex_offers VALUES (?, ?)",
                [(o, encode(dex.minted[o])) for o in dex.dirty_offers],
            )
            db.executemany(
                "INSERT OR REPLACE INTO dex_orders VALUES (?, ?, ?)",
                [(i, dex.orders[i].seq, encode(dex.orders[i])) for i in dex.dirty_orders],
            )
            db.executemany(
                "INSERT OR REPLACE INTO dex_trades VALUES (?, ?, ?)",
                [(t.id, t.seq, encode(t)) for t in dex.new_trades],
            )
        self._saved_meta = meta

    def load(self, state: SandboxState) -> None:
        db = self.db
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        fp = state.catalog_fingerprint
        if meta.get("catalog", fp) != fp:
            raise StoreError(
                f"{self.path.name} was made with another catalog than {state.catalog.name!r}: "
                "start with the catalog it was made with, or with another --db"
            )
        if "catalog" not in meta:  # new (or older than catalogs): it is this catalog's now
            with self._transaction():
                db.execute("INSERT OR REPLACE INTO meta VALUES ('catalog', ?)", (fp,))
        for (data,) in db.execute("SELECT data FROM accounts"):
            state.accounts.add(decode(Account, data))
        for account, asset, total, held in db.execute("SELECT * FROM balances"):
            state.ledger.balances[(account, asset)] = Balance(Decimal(total), Decimal(held))
        for asset, data in db.execute("SELECT asset, data FROM asset_totals"):
            state.ledger.totals[asset] = decode(AssetTotals, data)
        exchange = state.exchange
        for (data,) in db.execute("SELECT data FROM orders ORDER BY seq"):
            exchange.restore_order(decode(Order, data))
        for (data,) in db.execute("SELECT data FROM fills ORDER BY seq"):
            exchange.restore_fill(decode(Fill, data))
        for (data,) in db.execute("SELECT data FROM transfers ORDER BY seq"):
            exchange.restore_transfer(decode(Transfer, data))
        state.dex.restore(
            [decode(MintedOffer, d) for (d,) in db.execute("SELECT data FROM dex_offers")],
            [decode(DexOrder, d) for (d,) in db.execute("SELECT data FROM dex_orders")],
            [decode(DexTrade, d) for (d,) in db.execute("SELECT data FROM dex_trades")],
        )
        if "counters" in meta:
            counters = json.loads(meta["counters"])
            exchange.counters.order = counters["order"]
            exchange.counters.fill = counters["fill"]
            exchange.counters.transfer = counters["transfer"]
        state.clock.offset = float(meta.get("clock_offset", "0"))
        exchange.fail_next_withdrawal = set(json.loads(meta.get("fail_next_withdrawal", "[]")))
        state.demo = state.accounts.by_key.get(meta.get("demo", ""))


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
