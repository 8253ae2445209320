"""Load: many async clients placing, matching and cancelling orders on the sandbox, then an audit
of everything they were told; and the same with ``--db``, killed mid-run and restarted.

The sandbox runs as users run it (``python -m tradespec_sandbox``) in its own process on
127.0.0.1. Each market has sellers and buyers. Every round, a seller sells ``amount`` at
``price`` and bids the same amount at ``under`` (below every ask, so it never fills) and cancels
that bid; a buyer buys ``amount`` at ``price``. Every order at ``price`` has the same amount, so
each trade fills one sell and one buy completely, and when the run ends every one has filled:
the counts of requests, orders and trades are the same on every run, whatever the interleaving.

The audit, through the public API and the sandbox's ledger:

* every order a client was told about is in its account's history exactly once, and nothing
  else is (lost: told, not there; doubled: there twice, or there untold);
* every trade is in both parties' histories (same amount, price and market; one buy, one sell);
* each account's balances equal its deposits, less its withdrawals, plus and minus its trades
  and their commissions, to the last unit, with nothing held; the sandbox's ledger balances,
  and its totals equal the sums over the accounts.

Both tests run on each async transport: the default (aiohttp) and a caller's
``httpx.AsyncClient`` (``http_client=``). The load run is full on the default and a quarter as
long on httpx (the same audit: its figures are the sum of both); the kill and restart is whole
on both. Requests are counted at the transport seam, whichever backend sends them.

Every loop is bounded by its round count; the kill happens once enough orders were acknowledged.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    Order,
    OrderStateUnknownError,
    Side,
    TradespecError,
    Transfer,
)
from tradespec._transports._aiohttp import AiohttpBackend
from tradespec._transports._httpx import AsyncHttpxBackend
from tradespec._transports.base import WireRequest, WireResponse
from tradespec.altmarket import SideName
from tradespec_sandbox import serve_in_thread

from tests.reliability import figures
from tests.reliability.sandbox_process import Admin, SandboxProcess

D = Decimal
DEPOSITS = {"btc": D("10"), "eth": D("100"), "usdt": D("100000"), "xch": D("1000")}
ALL_ASSETS = tuple(DEPOSITS)
UNIT = D("1e-8")  # the smallest scale of any asset


@dataclass(frozen=True)
class Book:
    instrument: str
    base: str
    quote: str
    price: Decimal
    under: Decimal
    amount: Decimal
    step: Decimal
    """The restart test's amounts differ by this much, so each order is recognisable."""


BOOKS = (
    Book("btc_usdt", "btc", "usdt", D("30000"), D("29000"), D("0.001"), D("0.000001")),
    Book("eth_btc", "eth", "btc", D("0.05"), D("0.04"), D("0.1"), D("0.001")),
    Book("xch_usdt", "xch", "usdt", D("30"), D("29"), D("1"), D("0.001")),
)
PAIRS_PER_BOOK = 4
ROUNDS = {"aiohttp": 400, "httpx": 100}
"""Rounds of the load run per transport: the whole run on the default, a shorter one on httpx."""
READ_EVERY = 10
TRANSPORTS = tuple(ROUNDS)


@dataclass
class Trader:
    """One account, one async client, and everything the client was told."""

    account: dict[str, str]
    book: Book
    seller: bool
    number: int
    client: AsyncAltMarket
    acknowledged: list[str] = field(default_factory=list)
    cancelled: set[str] = field(default_factory=set)
    withdrawals: dict[str, Decimal] = field(default_factory=dict)
    unknown: list[OrderStateUnknownError] = field(default_factory=list)
    unsure_cancels: set[str] = field(default_factory=set)
    found: list[str] = field(default_factory=list)
    """Orders whose fate was unknown, found by ``alookup()`` after the restart."""
    found_withdrawals: dict[str, Decimal] = field(default_factory=dict)


class Counting:
    """Counts every request the clients hand to a backend (the transport seam's ``send``), per
    backend: the transport under test sends them all, and nothing goes around it.

    ``http`` is the ``http_client=`` the clients get: a shared ``httpx.AsyncClient`` for
    ``"httpx"``, None for the default (each client opens its own aiohttp session)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, transport: str) -> None:
        backends: dict[str, type[AiohttpBackend | AsyncHttpxBackend]] = {
            "aiohttp": AiohttpBackend,
            "httpx": AsyncHttpxBackend,
        }
        self.transport = transport
        self.sent = dict.fromkeys(backends, 0)
        self.http = httpx.AsyncClient() if transport == "httpx" else None
        for name, backend in backends.items():
            monkeypatch.setattr(backend, "send", self._counted(name, backend.send))

    def _counted(self, name: str, send: Any) -> Any:
        async def counted(backend: Any, request: WireRequest) -> WireResponse:
            self.sent[name] += 1
            response: WireResponse = await send(backend, request)
            return response

        return counted

    @property
    def requests(self) -> int:
        """Requests sent through the transport under test; the others must have sent none."""
        others = {name: n for name, n in self.sent.items() if name != self.transport and n}
        assert not others, f"requests went through {others}, not {self.transport}"
        return self.sent[self.transport]

    async def aclose(self, traders: list[Trader]) -> None:
        for trader in traders:
            await trader.client.aclose()
        if self.http is not None:
            await self.http.aclose()


def _traders(
    sandbox: SandboxProcess, admin: Admin, http: httpx.AsyncClient | None, books: tuple[Book, ...]
) -> list[Trader]:
    traders = []
    deposits = {asset: str(amount) for asset, amount in DEPOSITS.items()}
    for book in books:
        for number in range(2 * PAIRS_PER_BOOK):
            account = admin.account(deposits)
            client = AsyncAltMarket(
                account["api_key"],
                account["api_secret"],
                base_url=sandbox.altmarket_url,
                max_retries=0,
                timeout=60,
                http_client=http,
            )
            traders.append(Trader(account, book, number % 2 == 0, number, client))
    return traders


async def _reads(trader: Trader, round_number: int) -> None:
    if round_number % READ_EVERY == 0:
        await trader.client.balances()
        await trader.client.open_orders()


async def _trade(trader: Trader, rounds: int) -> None:
    """The load run's worker: bounded by ``rounds``; any error fails the test."""
    book, client = trader.book, trader.client
    for round_number in range(rounds):
        if trader.seller:
            sold = await client.limit_order(book.instrument, "sell", book.amount, book.price)
            trader.acknowledged.append(sold.order_id)
            bid = await client.limit_order(book.instrument, "buy", book.amount, book.under)
            trader.acknowledged.append(bid.order_id)
            await client.cancel_order(bid.order_id)
            trader.cancelled.add(bid.order_id)
        else:
            bought = await client.limit_order(book.instrument, "buy", book.amount, book.price)
            trader.acknowledged.append(bought.order_id)
        await _reads(trader, round_number)


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_many_async_clients_lose_and_double_nothing(
    transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rounds = ROUNDS[transport]
    with SandboxProcess() as sandbox:
        admin = sandbox.admin()
        counting = Counting(monkeypatch, transport)
        traders = _traders(sandbox, admin, counting.http, BOOKS)

        async def run() -> None:
            try:
                await asyncio.gather(*(_trade(trader, rounds) for trader in traders))
            finally:
                await counting.aclose(traders)

        asyncio.run(run())
        requests = counting.requests
        orders = sum(len(t.acknowledged) for t in traders)
        audit = Audit(sandbox.altmarket_url, admin, traders)
        admin.close()
    # The figures are the sums over the transports.
    figures.count("load.clients", len(traders))
    figures.count("load.requests", requests)
    figures.count("load.orders", orders)
    figures.count("load.trades", audit.trades)
    figures.count("load.lost", audit.lost)
    figures.count("load.doubled", audit.doubled)
    figures.count("load.ledger_difference", audit.ledger_units)
    assert audit.problems == []
    sellers = len(BOOKS) * PAIRS_PER_BOOK
    assert orders == sellers * rounds * 3
    assert audit.trades == sellers * rounds  # every sell met one buy
    # One request per call, nothing retried or sent twice: each round's orders and cancels,
    # a balances() and an open_orders() every READ_EVERY rounds, one markets() per client.
    reads = 2 * len(range(0, rounds, READ_EVERY)) * len(traders)
    assert requests == orders + sellers * rounds + reads + len(traders)
    assert (audit.lost, audit.doubled, audit.ledger_units) == (0, 0, 0)


# ---------------------------------------------------------------------------- kill and restart

RESTART_BOOKS = (BOOKS[0], BOOKS[2])
KILL_AFTER = 800
RESTART_ROUNDS = 400
WITHDRAW_EVERY = 10


async def _trade_until_killed(trader: Trader, counter: list[int]) -> None:
    """Trade (with withdrawals) until the sandbox is gone; remember what may have happened.

    Amounts differ from order to order, so ``alookup()`` can tell which one was lost."""
    book, client = trader.book, trader.client
    offset = 0 if trader.seller else RESTART_ROUNDS
    for round_number in range(RESTART_ROUNDS):
        step = trader.number * 2 * RESTART_ROUNDS + offset + round_number
        amount = book.amount + book.step * step
        try:
            side: SideName = "sell" if trader.seller else "buy"
            order = await client.limit_order(book.instrument, side, amount, book.price)
            _acknowledge(trader, order.order_id, counter)
            if not trader.seller:
                continue
            bid = await client.limit_order(book.instrument, "buy", amount, book.under)
            _acknowledge(trader, bid.order_id, counter)
            await client.cancel_order(bid.order_id)
            trader.cancelled.add(bid.order_id)
            if round_number % WITHDRAW_EVERY == 0:
                key = f"{trader.account['user_id']}-{round_number}"
                done = await client.withdraw("usdt", D("5"), "t-addr", transfer_id=key)
                assert done.transfer_id == key
                trader.withdrawals[key] = D("5")
        except OrderStateUnknownError as error:  # an order or a withdrawal, in flight
            trader.unknown.append(error)
            return
        except TradespecError:  # refused (never left), or a cancel whose answer was lost
            return


def _acknowledge(trader: Trader, order_id: str, counter: list[int]) -> None:
    trader.acknowledged.append(order_id)
    counter[0] += 1


def _kill_when(sandbox: SandboxProcess, counter: list[int]) -> threading.Thread:
    """SIGKILL the sandbox from another thread once ``KILL_AFTER`` orders were acknowledged,
    wherever the clients' event loop is: requests on the wire, answers half read."""

    def kill() -> None:
        deadline = time.monotonic() + 120
        while counter[0] < KILL_AFTER and time.monotonic() < deadline:
            time.sleep(0.001)
        sandbox.kill()

    thread = threading.Thread(target=kill, name="sandbox-killer", daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_nothing_acknowledged_is_lost_when_the_sandbox_is_killed_and_restarted(
    transport: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "sandbox.db"
    first = SandboxProcess(db)
    admin = first.admin()
    counting = Counting(monkeypatch, transport)
    traders = _traders(first, admin, counting.http, RESTART_BOOKS)
    admin.close()

    async def run() -> SandboxProcess:
        counter = [0]
        killer = _kill_when(first, counter)
        await asyncio.gather(*(_trade_until_killed(trader, counter) for trader in traders))
        killer.join(120)
        assert not killer.is_alive()
        second = SandboxProcess(db, port=first.port)  # the same address: old clients reconnect
        for trader in traders:
            for error in trader.unknown:
                found = await error.alookup()  # ask the restarted exchange what became of it
                if isinstance(found, Order):
                    trader.found.append(found.order_id)
                elif isinstance(found, Transfer) and found.transfer_id is not None:
                    trader.found_withdrawals[found.transfer_id] = D("5")
            await trader.client.cancel_all_orders()
        await counting.aclose(traders)
        assert counting.requests > KILL_AFTER
        return second

    second = asyncio.run(run())
    with second:
        admin = second.admin()
        audit = Audit(second.altmarket_url, admin, traders)
        admin.close()
    acknowledged = sum(len(t.acknowledged) + len(t.withdrawals) for t in traders)
    # The figures are the sums over the transports.
    figures.count("restart.acknowledged", acknowledged)
    figures.count("restart.in_flight", sum(len(t.unknown) for t in traders))
    figures.count("restart.found", sum(len(t.found) + len(t.found_withdrawals) for t in traders))
    figures.count("restart.lost", audit.lost)
    figures.count("restart.doubled", audit.doubled)
    figures.count("restart.ledger_difference", audit.ledger_units)
    assert audit.problems == []
    assert acknowledged >= KILL_AFTER
    assert (audit.lost, audit.doubled, audit.ledger_units) == (0, 0, 0)


# ---------------------------------------------------------------------------- the audit


class Audit:
    """Everything the traders were told, checked against the exchange (see the module doc)."""

    def __init__(self, url: str, admin: Admin, traders: list[Trader]) -> None:
        self.problems: list[str] = []
        self.lost = 0
        self.doubled = 0
        self.difference = D(0)
        owners: defaultdict[int, list[tuple[Trader, Any]]] = defaultdict(list)
        totals: defaultdict[str, Decimal] = defaultdict(Decimal)
        fees: defaultdict[str, Decimal] = defaultdict(Decimal)
        for trader in traders:
            with AltMarket(
                trader.account["api_key"], trader.account["api_secret"], base_url=url, timeout=60
            ) as client:
                trades = list(client.trade_history(per_page=1000))
                self._orders(trader, list(client.order_history(per_page=1000)), trades)
                self._withdrawals(trader, client.transfers(count=100_000))
                balances = client.balances()
            for trade in trades:
                owners[trade.trade_seq].append((trader, trade))
                book = trader.book
                fees[book.base if trade.side == Side.BUY else book.quote] += trade.commission or 0
            self._balances(trader, trades, balances)
            for asset in ALL_ASSETS:
                totals[asset] += (balances[asset].total_balance if asset in balances else None) or 0
        self.trades = len(owners)
        self._both_parties(owners)
        self._ledger(admin.ledger(), totals, fees, len(traders))
        self.ledger_units = int(self.difference / UNIT)

    def _problem(self, text: str) -> None:
        if len(self.problems) < 20:
            self.problems.append(text)

    def _orders(self, trader: Trader, history: list[Order], trades: list[Any]) -> None:
        seen = Counter(order.order_id for order in history)
        told = Counter(trader.acknowledged + trader.found)
        lost = [order_id for order_id in told if order_id not in seen]
        doubled = [order_id for order_id, n in seen.items() if n > 1 or order_id not in told]
        doubled += [order_id for order_id, n in told.items() if n > 1]  # one id, two orders
        self.lost += len(lost)
        self.doubled += len(doubled)
        if lost or doubled:
            self._problem(f"{trader.account['user_id']}: lost {lost[:3]}, doubled {doubled[:3]}")
        by_id = {order.order_id: order for order in history}
        for order_id in trader.cancelled:
            order = by_id.get(order_id)
            if order is not None and order.status != "cancelled":
                self._problem(f"{order_id} was cancelled, and is {order.status}")
        filled = sum((o.units_filled for o in history), D(0))
        traded = sum((t.amount for t in trades), D(0))
        if filled != traded:
            self._problem(f"{trader.account['user_id']}: filled {filled}, traded {traded}")

    def _withdrawals(self, trader: Trader, transfers: list[Transfer]) -> None:
        seen = Counter(t.transfer_id for t in transfers if t.type_ == "withdrawal")
        told = {**trader.withdrawals, **trader.found_withdrawals}
        lost = [key for key in told if key not in seen]
        doubled = [key for key, n in seen.items() if n > 1 or key not in told]
        self.lost += len(lost)
        self.doubled += len(doubled)
        if lost or doubled:
            self._problem(f"withdrawals lost {lost[:3]}, doubled {doubled[:3]}")

    def _balances(self, trader: Trader, trades: list[Any], balances: Any) -> None:
        expected = dict(DEPOSITS)
        book = trader.book
        for trade in trades:
            value = trade.amount * trade.execution_price
            if trade.side == Side.BUY:
                expected[book.base] += trade.amount - trade.commission
                expected[book.quote] -= value
            else:
                expected[book.base] -= trade.amount
                expected[book.quote] += value - trade.commission
        for amount in {**trader.withdrawals, **trader.found_withdrawals}.values():
            expected["usdt"] -= amount
        for asset in ALL_ASSETS:
            balance = balances.get(asset)
            total = balance.total_balance if balance is not None else D(0)
            held = balance.in_order if balance is not None else D(0)
            self.difference += abs(total - expected[asset]) + abs(held or D(0))
            if total != expected[asset] or held:
                self._problem(f"{asset}: {total} held {held}, expected {expected[asset]}")

    def _both_parties(self, owners: dict[int, list[tuple[Trader, Any]]]) -> None:
        for seq, sides in owners.items():
            kinds = sorted(
                (str(trade.side), trade.amount, trade.execution_price, trade.instrument)
                for _, trade in sides
            )
            if (
                len(sides) != 2
                or {side for side, *_ in kinds} != {Side.BUY, Side.SELL}
                or len({tuple(rest) for _, *rest in kinds}) != 1
            ):
                self._problem(f"trade {seq} is in {len(sides)} histories: {kinds}")
        if owners and sorted(owners) != list(range(1, max(owners) + 1)):
            self._problem("the trade sequence has gaps")

    def _ledger(
        self, ledger: Any, totals: dict[str, Decimal], fees: dict[str, Decimal], accounts: int
    ) -> None:
        if not ledger["balanced"]:
            self._problem(f"the ledger does not balance: {ledger}")
        for asset, row in ledger["assets"].items():
            inside = D(row["accounts"]) + D(row["fees"]) + D(row["in_transit"])
            outside = D(row["deposits"]) - D(row["withdrawn"])
            deposited = DEPOSITS.get(asset, D(0)) * accounts
            gaps = [
                inside - outside,
                D(row["accounts"]) - totals[asset],
                D(row["fees"]) - fees[asset],
                D(row["deposits"]) - deposited,
            ]
            self.difference += sum((abs(gap) for gap in gaps), D(0))
            if any(gaps):
                self._problem(
                    f"ledger {asset}: {row}, accounts {totals[asset]}, fees {fees[asset]}"
                )


def test_the_audit_counts_what_is_lost_doubled_or_off_the_ledger() -> None:
    """The audit's zeros mean something: it counts a made-up loss, a double and a ledger gap."""
    with serve_in_thread() as sandbox:
        admin = Admin(sandbox.url)
        account = admin.account({asset: str(amount) for asset, amount in DEPOSITS.items()})
        key, secret = account["api_key"], account["api_secret"]
        url = sandbox.altmarket_url
        with AltMarket(key, secret, base_url=url) as client:
            placed = client.limit_order("btc_usdt", "buy", "0.001", "29000")
            client.cancel_order(placed.order_id)
        trader = Trader(account, BOOKS[0], False, 0, AsyncAltMarket(key, secret, base_url=url))
        trader.acknowledged, trader.cancelled = [placed.order_id], {placed.order_id}
        clean = Audit(url, admin, [trader])
        assert (clean.problems, clean.lost, clean.doubled, clean.ledger_units) == ([], 0, 0, 0)
        trader.acknowledged = [placed.order_id, "1234567"]
        assert Audit(url, admin, [trader]).lost == 1
        trader.acknowledged = []
        assert Audit(url, admin, [trader]).doubled == 1
        trader.acknowledged, trader.withdrawals = [placed.order_id], {"never-made": D("5")}
        gap = Audit(url, admin, [trader])
        assert (gap.lost, gap.ledger_units) == (1, 5 * 10**8)
        admin.close()
