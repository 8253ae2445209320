"""The ledger invariant under random order flows (hypothesis), and once over HTTP.

For every asset: the sum over all accounts + fees collected + withdrawals in transit equals
deposits - withdrawals sent. Also: no balance or hold goes negative, no hold exceeds its
balance, what the ledger says is held equals what the open orders hold, no order fills more
than its amount, and the book is never left crossed.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from tradespec_sandbox.domain.book import Side
from tradespec_sandbox.domain.catalog import MARKETS
from tradespec_sandbox.domain.errors import SandboxError
from tradespec_sandbox.domain.exchange import Kind
from tradespec_sandbox.state import SandboxState

from .helpers import Admin, AltMarket

ACCOUNTS = 3
PRICES = [Decimal(p) for p in ("29990", "29995", "30000", "30005", "30010.5")]
AMOUNTS = [Decimal(a) for a in ("0.001", "0.01", "0.25", "0.5", "1", "1.333333")]

Op = tuple[str, int, Side, Kind, Decimal, Decimal, Decimal]
ops = st.tuples(
    st.sampled_from(["place", "place", "place", "cancel", "cancel_all", "withdraw", "settle"]),
    st.integers(0, ACCOUNTS - 1),
    st.sampled_from([Side.BUY, Side.SELL]),
    st.sampled_from([Kind.LIMIT, Kind.LIMIT, Kind.LIMIT, *Kind]),
    st.sampled_from(AMOUNTS),
    st.sampled_from(PRICES),
    st.sampled_from(PRICES),
)


def check(state: SandboxState) -> None:
    report = state.ledger.audit()
    assert all(row["balanced"] == "true" for row in report.values()), report
    held: defaultdict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for order in state.exchange.orders.values():
        market = MARKETS[order.instrument]
        asset = market.base if order.side is Side.SELL else market.quote
        if order.is_open:
            held[(order.account, asset)] += order.held
        else:
            assert order.held == 0, order
    for key, balance in state.ledger.balances.items():
        assert balance.held == held[key], (key, balance, held[key])
    for order in state.exchange.orders.values():
        assert 0 <= order.filled <= order.amount
        assert (order.status == "Completed") == (order.filled == order.amount)
    book = state.exchange.markets["btc_usdt"].book
    bid, ask = book.bids.best(), book.asks.best()
    assert bid is None or ask is None or bid.price < ask.price, "the book is crossed"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(st.lists(ops, min_size=10, max_size=80))
def test_random_order_flows_keep_the_ledger_balanced(flow: list[Op]) -> None:
    state = SandboxState()
    exchange = state.exchange
    accounts = [state.create_account() for _ in range(ACCOUNTS)]
    for account in accounts:
        state.wallet.deposit(account, "btc", Decimal("5"))
        state.wallet.deposit(account, "usdt", Decimal("150000"))
    for op, who, side, kind, amount, price, stop in flow:
        account = accounts[who]
        try:
            if op == "place":
                exchange.place(account, "btc_usdt", side, kind, amount, price, stop)
            elif op == "cancel":
                open_orders = exchange.open_orders(account)
                if open_orders:
                    exchange.cancel(account, open_orders[0].order_id)
            elif op == "cancel_all":
                exchange.cancel_all(account)
            elif op == "withdraw":
                if side is Side.SELL:
                    state.wallet.fail_next_withdrawal.add(account.api_key)
                state.wallet.withdraw(account, "btc", amount, "bc1q-test", None)
            else:
                state.wallet.process_withdrawals()
        except SandboxError as exc:
            assert exc.status == 400, exc.message
        check(state)
    event(f"fills: {min(len(exchange.fills), 10)}")


def test_the_ledger_balances_over_http(admin: Admin, trader: AltMarket, other: AltMarket) -> None:
    for i in range(20):
        side = "buy" if i % 2 else "sell"
        price = str(30000 + (i % 5))
        who = trader if i % 3 else other
        assert who.order("btc_usdt", side, "0.1", price=price).status_code == 200
    assert trader.order("btc_usdt", "buy", "0.05").status_code == 200
    assert trader.delete("/api/orders").status_code == 200
    withdrawal = {"assetId": "btc", "amount": 0.5, "address": "bc1q-http", "transferId": "lb-1"}
    assert other.post("/api/wallet/withdrawal", withdrawal).status_code == 200
    assert admin.ledger_balanced()
    admin.post("/withdrawals/complete")
    ledger = admin.get("/ledger")
    assert ledger["balanced"] is True
    assert Decimal(ledger["assets"]["btc"]["withdrawn"]) >= Decimal("0.4995")
