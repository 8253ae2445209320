"""The intent journal (``journal=PATH``): what was sent, written before it leaves, and what it
became, in SQLite (the standard library's ``sqlite3``), so that a process killed between sending
an order and reading its answer loses nothing: the next process with the same journal finds the
intent open and settles it (``exchange.unsettled()``, ``exchange.settle()``).

One file may hold several accounts: every row is keyed by exchange, base URL and a fingerprint
of the API key or token (a salted SHA-256, never the credential). One process at a time: the
file is opened in WAL mode with an exclusive lock, which a second process is refused, and which
the operating system releases when the process dies, however it dies. Each intent is committed
(``synchronous=FULL``: fsynced) before its request is built; each outcome when it is known;
and every order or transfer id the client returned or attributed, which keeps attribution
unique across restarts.

Schema (version 1)::

    meta(key TEXT PRIMARY KEY, value TEXT)            -- schema_version = 1
    intents(
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        exchange TEXT, base_url TEXT, key_fingerprint TEXT,
        kind TEXT,          -- altmarket.order | altmarket.withdrawal | hashgreen.offer
        sent TEXT,          -- what was sent, JSON (money as decimal strings, times ISO 8601)
        written_at REAL,    -- Unix seconds (this machine), before the request left
        state TEXT,         -- pending | unknown | placed | not_placed | not_sent | rejected
        order_id TEXT,      -- what it became ("order:<id>", "transfer:<transferId>")
        settled_at REAL)
    attributed(
        exchange TEXT, base_url TEXT, key_fingerprint TEXT,
        order_id TEXT, intent_id INTEGER, at REAL,
        PRIMARY KEY (exchange, base_url, key_fingerprint, order_id))

``pending`` is an intent whose answer had not come when the process stopped; it reads as
unknown on the next start.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import weakref
from typing import NamedTuple, cast

from tradespec.errors import InvalidInputError, TradespecError

logger = logging.getLogger("tradespec")

__all__ = ["SCHEMA_VERSION", "Journal", "JournalScope", "open_journal"]

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS intents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    exchange TEXT NOT NULL,
    base_url TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    kind TEXT NOT NULL,
    sent TEXT NOT NULL,
    written_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    order_id TEXT,
    settled_at REAL
);
CREATE INDEX IF NOT EXISTS intents_by_state
    ON intents (exchange, base_url, key_fingerprint, state);
CREATE TABLE IF NOT EXISTS attributed (
    exchange TEXT NOT NULL,
    base_url TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    order_id TEXT NOT NULL,
    intent_id INTEGER REFERENCES intents (id),
    at REAL NOT NULL,
    PRIMARY KEY (exchange, base_url, key_fingerprint, order_id)
);
"""

_OPEN_STATES = ("pending", "unknown")


class Journal:
    """One journal file, open in this process (see :func:`open_journal`)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lock = threading.Lock()
        """Held for each use of :attr:`db` (the clients of a process share the journal)."""
        try:
            connection = sqlite3.connect(
                path, timeout=1.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise InvalidInputError("journal", f"cannot open {path!r}: {exc}") from None
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("PRAGMA synchronous=FULL")
            connection.executescript(_SCHEMA)
            connection.execute("BEGIN IMMEDIATE")  # takes the exclusive lock now
            connection.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            connection.execute("COMMIT")
        except sqlite3.Error as exc:
            connection.close()
            problem = "is in use by another process" if "locked" in str(exc) else str(exc)
            raise InvalidInputError(
                "journal", f"{path!r} {problem} (one client process at a time)"
            ) from None
        self.db = connection
        """The open SQLite connection (exclusively locked by this process)."""
        self._finalizer = weakref.finalize(self, connection.close)

    def close(self) -> None:
        self._finalizer()

    def scope(self, exchange: str, base_url: str, fingerprint: str) -> JournalScope:
        return JournalScope(self, (exchange, base_url, fingerprint))


class JournalScope(NamedTuple):
    """The rows of one account (exchange, base URL, key fingerprint) in a journal."""

    journal: Journal
    account: tuple[str, str, str]

    def intent(self, kind: str, sent: str, written_at: float) -> int:
        """Write an intent down (committed before this returns); its id. When it cannot be
        written, the request is not sent: a TradespecError whose ``outcome`` is ``not_sent``."""
        journal = self.journal
        try:
            with journal.lock:
                cursor = journal.db.execute(
                    "INSERT INTO intents (exchange, base_url, key_fingerprint, kind, sent, "
                    "written_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (*self.account, kind, sent, written_at),
                )
                number = cursor.lastrowid
        except sqlite3.Error as exc:
            raise not_sent_error(journal.path, str(exc)) from None
        if number is None:  # pragma: no cover - sqlite3 sets it after an INSERT
            raise not_sent_error(journal.path, "no row id")
        return number

    def settle(self, intent_id: int, state: str, order_id: str | None) -> None:
        """Record an intent's outcome, and the id it became (attributed once). A failure to
        write is logged, not raised: the call's result is the caller's either way."""
        journal = self.journal
        now = time.time()
        with journal.lock:
            db = journal.db
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    db.execute(
                        "UPDATE intents SET state = ?, order_id = ?, settled_at = ? WHERE id = ?",
                        (state, order_id, now, intent_id),
                    )
                    if order_id is not None:
                        db.execute(
                            "INSERT OR IGNORE INTO attributed VALUES (?, ?, ?, ?, ?, ?)",
                            (*self.account, order_id, intent_id, now),
                        )
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                logger.warning(
                    "journal %r: intent %d is %s (%s) in memory, but could not be written: %s",
                    journal.path,
                    intent_id,
                    state,
                    order_id,
                    exc,
                )

    def attributed(self) -> set[str]:
        """Every id returned or attributed to an intent of this account."""
        with self.journal.lock:
            rows = self.journal.db.execute(
                "SELECT order_id FROM attributed WHERE exchange = ? AND base_url = ? "
                "AND key_fingerprint = ?",
                self.account,
            ).fetchall()
        return {row[0] for row in rows}

    def unsettled(self) -> list[tuple[int, str, str, float]]:
        """(id, kind, sent, written_at) of every intent left pending or unknown."""
        with self.journal.lock:
            rows = self.journal.db.execute(
                "SELECT id, kind, sent, written_at FROM intents WHERE exchange = ? AND "
                "base_url = ? AND key_fingerprint = ? AND state IN (?, ?) ORDER BY id",
                (*self.account, *_OPEN_STATES),
            ).fetchall()
        return [(int(r[0]), str(r[1]), str(r[2]), float(r[3])) for r in rows]


def not_sent_error(path: str, why: str) -> TradespecError:
    """The error of an intent the journal could not write down: its request is not sent."""
    from tradespec._outcome import not_sent

    return not_sent(
        TradespecError(f"the journal {path!r} cannot write the intent down ({why}); not sent")
    )


_JOURNALS: weakref.WeakValueDictionary[str, Journal] = weakref.WeakValueDictionary()
_JOURNALS_LOCK = threading.Lock()


def open_journal(path: object) -> Journal:
    """The journal at ``path`` (a ``str`` or ``os.PathLike``), shared by this process's clients."""
    if not isinstance(path, str | os.PathLike) or not os.fspath(path):
        raise InvalidInputError("journal", f"expected a file path, got {path!r}")
    # An os.PathLike may give bytes: refused below, as a path the journal cannot name.
    text = os.fspath(cast("str | os.PathLike[str] | os.PathLike[bytes]", path))
    if not isinstance(text, str):
        raise InvalidInputError("journal", f"expected a text path, got {path!r}")
    real = os.path.realpath(text)
    with _JOURNALS_LOCK:
        journal = _JOURNALS.get(real)
        if journal is None:
            journal = _JOURNALS[real] = Journal(real)
        return journal
