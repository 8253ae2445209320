"""Balances and the exchange's books of account.

Every change of a balance goes through this module, so one invariant holds after every request,
for every asset::

    sum of all accounts' totals + fees collected + withdrawals in transit
        == deposits - withdrawals sent

A withdrawal leaves the account at once (so it can never be spent twice) and sits "in transit"
until it completes (its amount less the fee leaves the exchange, the fee is collected) or fails
(the whole amount goes back to the account).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from .money import ZERO, fmt
from .rows import Changes, Rows, decode, encode


class InsufficientFunds(Exception):
    """The available balance does not cover the amount."""


@dataclass(slots=True)
class Balance:
    total: Decimal = ZERO
    held: Decimal = ZERO

    @property
    def available(self) -> Decimal:
        return self.total - self.held


@dataclass(slots=True)
class AssetTotals:
    deposits: Decimal = ZERO
    withdrawn: Decimal = ZERO
    fees: Decimal = ZERO
    in_transit: Decimal = ZERO


class Ledger:
    def __init__(self) -> None:
        self.balances: dict[tuple[str, str], Balance] = {}
        self.totals: defaultdict[str, AssetTotals] = defaultdict(AssetTotals)
        # What changed since the store last saved (see store.py).
        self.dirty_balances: set[tuple[str, str]] = set()
        self.dirty_totals: set[str] = set()

    def balance(self, account: str, asset: str) -> Balance:
        key = (account, asset)
        found = self.balances.get(key)
        if found is None:
            found = self.balances[key] = Balance()
        return found

    def _touch(self, account: str, asset: str) -> Balance:
        self.dirty_balances.add((account, asset))
        return self.balance(account, asset)

    def deposit(self, account: str, asset: str, amount: Decimal) -> None:
        self._touch(account, asset).total += amount
        self.totals[asset].deposits += amount
        self.dirty_totals.add(asset)

    def hold(self, account: str, asset: str, amount: Decimal) -> None:
        """Set ``amount`` aside for an order; InsufficientFunds if it is not available."""
        balance = self.balance(account, asset)
        if amount > balance.available:
            raise InsufficientFunds(
                f"{asset}: {fmt(amount)} needed, {fmt(balance.available)} available"
            )
        self._touch(account, asset).held += amount

    def release(self, account: str, asset: str, amount: Decimal) -> None:
        if amount:
            self._touch(account, asset).held -= amount

    def pay_from_hold(self, account: str, asset: str, held: Decimal, paid: Decimal) -> None:
        """An order spends ``paid`` out of ``held`` it had set aside; the rest is freed."""
        balance = self._touch(account, asset)
        balance.held -= held
        balance.total -= paid

    def receive(self, account: str, asset: str, amount: Decimal, fee: Decimal) -> None:
        """Credit ``amount`` less ``fee``; the fee is the exchange's."""
        self._touch(account, asset).total += amount - fee
        if fee:
            self.totals[asset].fees += fee
            self.dirty_totals.add(asset)

    def withdraw(self, account: str, asset: str, amount: Decimal) -> None:
        balance = self.balance(account, asset)
        if amount > balance.available:
            raise InsufficientFunds(
                f"{asset}: {fmt(amount)} needed, {fmt(balance.available)} available"
            )
        self._touch(account, asset).total -= amount
        self.totals[asset].in_transit += amount
        self.dirty_totals.add(asset)

    def withdrawal_completed(self, asset: str, amount: Decimal, fee: Decimal) -> None:
        totals = self.totals[asset]
        totals.in_transit -= amount
        totals.fees += fee
        totals.withdrawn += amount - fee
        self.dirty_totals.add(asset)

    def withdrawal_failed(self, account: str, asset: str, amount: Decimal) -> None:
        self._touch(account, asset).total += amount
        self.totals[asset].in_transit -= amount
        self.dirty_totals.add(asset)

    def account_balances(self, account: str, assets: list[str]) -> list[tuple[str, Balance]]:
        return [(asset, self.balances.get((account, asset), Balance())) for asset in assets]

    def audit(self) -> dict[str, dict[str, str]]:
        """Per asset: each side of the invariant, and whether it holds."""
        held_by_accounts: defaultdict[str, Decimal] = defaultdict(Decimal)
        negative: set[str] = set()
        for (_account, asset), balance in self.balances.items():
            held_by_accounts[asset] += balance.total
            if balance.total < 0 or balance.held < 0 or balance.held > balance.total:
                negative.add(asset)
        report: dict[str, dict[str, str]] = {}
        for asset in sorted(set(held_by_accounts) | set(self.totals)):
            totals = self.totals[asset]
            inside = held_by_accounts[asset] + totals.fees + totals.in_transit
            outside = totals.deposits - totals.withdrawn
            report[asset] = {
                "accounts": fmt(held_by_accounts[asset]),
                "fees": fmt(totals.fees),
                "in_transit": fmt(totals.in_transit),
                "deposits": fmt(totals.deposits),
                "withdrawn": fmt(totals.withdrawn),
                "balanced": "true" if inside == outside and asset not in negative else "false",
            }
        return report

    def is_balanced(self) -> bool:
        return all(row["balanced"] == "true" for row in self.audit().values())

    # ---- persistence (store.py) -------------------------------------------------------------

    TABLES: ClassVar[dict[str, str]] = {
        "balances": "account TEXT NOT NULL, asset TEXT NOT NULL, total TEXT NOT NULL, "
        "held TEXT NOT NULL, PRIMARY KEY (account, asset)",
        "asset_totals": "asset TEXT PRIMARY KEY, data TEXT NOT NULL",
    }

    def changes(self) -> Changes:
        return {
            "balances": [
                (account, asset, str(b.total), str(b.held))
                for (account, asset) in self.dirty_balances
                for b in [self.balance(account, asset)]
            ],
            "asset_totals": [(a, encode(self.totals[a])) for a in self.dirty_totals],
        }

    def forget_changes(self) -> None:
        self.dirty_balances.clear()
        self.dirty_totals.clear()

    def restore(self, rows: Rows) -> None:
        for account, asset, total, held in rows.get("balances", ()):
            self.balances[(account, asset)] = Balance(Decimal(total), Decimal(held))
        for asset, data in rows.get("asset_totals", ()):
            self.totals[asset] = decode(AssetTotals, data)
