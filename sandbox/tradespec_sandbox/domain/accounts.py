"""Sandbox accounts: one holds an AltMarket key pair and a Hashgreen token."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from .rows import Changes, Rows, decode, encode


@dataclass(slots=True)
class Account:
    api_key: str
    api_secret: str
    token: str
    user_id: str
    created_at: datetime


class Accounts:
    def __init__(self) -> None:
        self.by_key: dict[str, Account] = {}
        self.by_token: dict[str, Account] = {}
        self.dirty: set[str] = set()

    def create(self, now: datetime) -> Account:
        account = Account(
            api_key=secrets.token_hex(16),
            api_secret=secrets.token_hex(32),
            token=secrets.token_urlsafe(32),
            user_id=secrets.token_hex(12),
            created_at=now,
        )
        self.add(account)
        self.dirty.add(account.api_key)
        return account

    def add(self, account: Account) -> None:
        self.by_key[account.api_key] = account
        self.by_token[account.token] = account

    # ---- persistence (store.py) -------------------------------------------------------------

    TABLES: ClassVar[dict[str, str]] = {"accounts": "api_key TEXT PRIMARY KEY, data TEXT NOT NULL"}

    def changes(self) -> Changes:
        return {"accounts": [(k, encode(self.by_key[k])) for k in self.dirty]}

    def forget_changes(self) -> None:
        self.dirty.clear()

    def restore(self, rows: Rows) -> None:
        for _key, data in rows.get("accounts", ()):
            self.add(decode(Account, data))
