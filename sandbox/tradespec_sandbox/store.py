"""SQLite persistence (``--db FILE``): what the engines hand it, written through.

The store knows no engine. Each engine (accounts, ledger, exchange, wallet, DEX) owns its
persistence through :class:`Persistent`: it names its tables (``TABLES``), hands the rows of
what changed since the last save (``changes()``, per table), forgets them once saved
(``forget_changes()``), and restores itself from the rows of its tables (``restore()``). The
``meta`` table holds key-value rows any of them may write (counters, the clock's offset).

Write-through, not snapshots: each mutating request ends by writing the rows it changed in one
transaction, before the answer is sent. So a request that was answered is on disk, and a process
killed between requests loses nothing. The journal is in WAL mode with ``synchronous=NORMAL``: a
committed transaction survives the process dying (though not necessarily the machine losing
power, which a sandbox need not survive). On start, every table is read and each engine
restores itself from its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar, Protocol

from .domain.rows import Changes, Row, Rows

META = "meta"


class Persistent(Protocol):
    """What the store needs of an engine."""

    TABLES: ClassVar[dict[str, str]]  # table name -> its columns, as CREATE TABLE takes them

    def changes(self) -> Changes: ...

    def forget_changes(self) -> None: ...

    def restore(self, rows: Rows) -> None: ...


class StoreError(Exception):
    """A database the sandbox cannot use as it is started; the message says why."""


class Store:
    def __init__(self, path: Path | str, tables: Mapping[str, str]) -> None:
        self.path = Path(path)
        self.tables = {META: "key TEXT PRIMARY KEY, value TEXT NOT NULL", **tables}
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        for name, columns in self.tables.items():
            self.db.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
        self._saved_meta: dict[Any, Any] = {}

    def close(self) -> None:
        self.db.close()

    def clear(self) -> None:
        self._saved_meta = {}
        with self._transaction():
            for table in self.tables:
                self.db.execute(f"DELETE FROM {table}")

    def _transaction(self) -> _Transaction:
        # isolation_level=None: we open and close transactions ourselves.
        return _Transaction(self.db)

    def save(self, parts: Iterable[Persistent]) -> None:
        """Write what ``parts`` changed, in one transaction; nothing if nothing did."""
        rows: dict[str, list[Row]] = {}
        for part in parts:
            for table, changed in part.changes().items():
                rows.setdefault(table, []).extend(changed)
        meta: dict[Any, Any] = dict(rows.pop(META, ()))
        if meta == self._saved_meta and not any(rows.values()):
            return
        with self._transaction():
            self.db.executemany(f"INSERT OR REPLACE INTO {META} VALUES (?, ?)", meta.items())
            for table, changed in rows.items():
                if changed:
                    marks = ", ".join("?" * len(changed[0]))
                    self.db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", changed)
        self._saved_meta = meta

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute(f"SELECT key, value FROM {META}").fetchall())

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction():
            self.db.execute(f"INSERT OR REPLACE INTO {META} VALUES (?, ?)", (key, value))

    def load(self) -> Rows:
        """Every table's rows (in insertion order: the engines sort what needs sorting)."""
        return {
            table: self.db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in self.tables
        }


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
