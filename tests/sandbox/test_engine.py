"""AltMarket's matching engine, in-process: priority, fills, fees, holds, stops (unit tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tradespec_sandbox.domain.accounts import Account
from tradespec_sandbox.domain.book import Side
from tradespec_sandbox.domain.errors import SandboxError
from tradespec_sandbox.domain.exchange import Kind, Order, order_id_for
from tradespec_sandbox.state import SandboxState

D = Decimal
Z = Decimal(0)
BUY, SELL = Side.BUY, Side.SELL


@pytest.fixture
def state() -> SandboxState:
    return SandboxState()


def funded(state: SandboxState, **funds: str) -> Account:
    account = state.create_account()
    for asset, amount in funds.items():
        state.wallet.deposit(account, asset, D(amount))
    return account


def limit(state: SandboxState, who: Account, side: Side, amount: str, price: str) -> Order:
    return state.exchange.place(who, "btc_usdt", side, Kind.LIMIT, D(amount), D(price), None)


def market(state: SandboxState, who: Account, side: Side, amount: str) -> Order:
    return state.exchange.place(who, "btc_usdt", side, Kind.MARKET, D(amount), None, None)


def balance(state: SandboxState, who: Account, asset: str) -> tuple[Decimal, Decimal]:
    b = state.ledger.balance(who.api_key, asset)
    return b.total, b.held


def test_price_then_time_priority(state: SandboxState) -> None:
    seller = funded(state, btc="10")
    buyer = funded(state, usdt="1000000")
    first = limit(state, seller, SELL, "1", "30000")
    second = limit(state, seller, SELL, "1", "30000")
    better = limit(state, seller, SELL, "1", "29999")
    taker = limit(state, buyer, BUY, "2.5", "30000")
    assert [better.status, first.status, second.status] == ["Completed", "Completed", "Working"]
    assert second.filled == D("0.5")
    assert taker.status == "Completed" and taker.filled == D("2.5")
    assert taker.notional == D("29999") + D("30000") + D("15000")
    fills = state.exchange.account_fills(buyer)
    assert [f.price for f in fills] == [D("29999"), D("30000"), D("30000")]
    assert [f.sell_order for f in fills] == [better.order_id, first.order_id, second.order_id]


def test_maker_and_taker_fees_in_the_asset_received(state: SandboxState) -> None:
    seller = funded(state, btc="1")
    buyer = funded(state, usdt="100000")
    limit(state, seller, SELL, "1", "30000")  # maker, 0.1%, paid in USDT
    taker = limit(state, buyer, BUY, "1", "30000")  # taker, 0.2%, paid in BTC
    assert balance(state, buyer, "btc") == (D("0.998"), Z)
    assert balance(state, buyer, "usdt") == (D("70000"), Z)
    assert balance(state, seller, "usdt") == (D("29970"), Z)
    assert balance(state, seller, "btc") == (Z, Z)
    assert taker.commission == D("0.002")
    assert state.ledger.totals["btc"].fees == D("0.002")
    assert state.ledger.totals["usdt"].fees == D("30")
    assert state.ledger.is_balanced()


def test_buy_limit_holds_quote_and_frees_the_price_improvement(state: SandboxState) -> None:
    seller = funded(state, btc="1")
    buyer = funded(state, usdt="100000")
    order = limit(state, buyer, BUY, "2", "30000")
    assert balance(state, buyer, "usdt") == (D("100000"), D("60000"))
    limit(state, seller, SELL, "1", "29000")  # crosses at the resting buyer's 30000
    assert order.filled == 1
    assert balance(state, buyer, "usdt") == (D("70000"), D("30000"))
    state.exchange.cancel(buyer, order.order_id)
    assert balance(state, buyer, "usdt") == (D("70000"), Z)
    assert order.status == "Cancelled"

    resting = limit(state, funded(state, btc="1"), SELL, "1", "29000")
    taker = limit(state, buyer, BUY, "1", "30000")  # executes at the maker's 29000
    assert taker.notional == D("29000") and resting.status == "Completed"
    assert balance(state, buyer, "usdt") == (D("41000"), Z)


def test_sell_holds_base_and_cancel_all_releases(state: SandboxState) -> None:
    seller = funded(state, btc="3")
    limit(state, seller, SELL, "1", "31000")
    limit(state, seller, SELL, "1.5", "32000")
    assert balance(state, seller, "btc") == (D("3"), D("2.5"))
    assert state.exchange.cancel_all(seller) == 2
    assert balance(state, seller, "btc") == (D("3"), Z)
    assert state.exchange.open_orders(seller) == []


def test_insufficient_funds(state: SandboxState) -> None:
    buyer = funded(state, usdt="100")
    with pytest.raises(SandboxError) as caught:
        limit(state, buyer, BUY, "1", "30000")
    assert (caught.value.status, caught.value.code) == (400, "InsufficientFunds")
    assert balance(state, buyer, "usdt") == (D("100"), Z)
    assert state.exchange.account_orders(buyer) == []


@pytest.mark.parametrize(
    ("amount", "price", "message"),
    [
        ("0", "30000", "positive"),
        ("-1", "30000", "positive"),
        ("0.0000001", "30000", "decimal places"),
        ("0.000001", "30000", "minimum"),
        ("1", "30000.001", "decimal places"),
        ("1", "0", "positive"),
        ("1", "100000000", "range"),
    ],
)
def test_invalid_orders(state: SandboxState, amount: str, price: str, message: str) -> None:
    who = funded(state, usdt="1000000000", btc="10")
    with pytest.raises(SandboxError, match=message) as caught:
        limit(state, who, BUY, amount, price)
    assert (caught.value.status, caught.value.code) == (400, "InvalidOrder")


def test_unknown_market_and_order(state: SandboxState) -> None:
    who = funded(state, usdt="10")
    with pytest.raises(SandboxError) as caught:
        state.exchange.place(who, "DOGE-USDT", BUY, Kind.LIMIT, D(1), D(1), None)
    assert caught.value.status == 404
    with pytest.raises(SandboxError) as caught:
        state.exchange.cancel(who, "12345")
    assert (caught.value.status, caught.value.code) == (404, "OrderNotFound")


def test_someone_elses_order_is_not_found(state: SandboxState) -> None:
    owner = funded(state, btc="1")
    order = limit(state, owner, SELL, "1", "30000")
    with pytest.raises(SandboxError) as caught:
        state.exchange.cancel(funded(state), order.order_id)
    assert caught.value.status == 404


def test_market_orders(state: SandboxState) -> None:
    buyer = funded(state, usdt="1000000")
    empty = market(state, buyer, BUY, "1")
    assert (empty.status, empty.filled) == ("Rejected", Z)
    seller = funded(state, btc="1")
    limit(state, seller, SELL, "0.4", "30000")
    limit(state, seller, SELL, "0.1", "30100")
    partial = market(state, buyer, BUY, "1")
    assert (partial.status, partial.filled) == ("Cancelled", D("0.5"))
    assert partial.notional == D("12000") + D("3010")
    assert balance(state, buyer, "usdt") == (D("1000000") - D("15010"), Z)

    bidder = funded(state, usdt="100000")
    limit(state, bidder, BUY, "1", "29000")
    sell = market(state, funded(state, btc="2"), SELL, "2")
    assert (sell.status, sell.filled, sell.held) == ("Cancelled", D(1), Z)
    assert state.ledger.is_balanced()


def test_market_buy_needs_the_funds_for_what_it_would_fill(state: SandboxState) -> None:
    limit(state, funded(state, btc="1"), SELL, "1", "30000")
    poor = funded(state, usdt="29999")
    with pytest.raises(SandboxError, match="Insufficient"):
        market(state, poor, BUY, "1")
    ok = market(state, poor, BUY, "0.5")
    assert ok.status == "Completed"


def test_stop_orders_trigger_on_the_last_trade_price(state: SandboxState) -> None:
    maker = funded(state, btc="10", usdt="1000000")
    trader = funded(state, btc="1", usdt="100000")
    exchange = state.exchange
    stop_loss = exchange.place(trader, "btc_usdt", SELL, Kind.STOP_MARKET, D(1), None, D(29000))
    breakout = exchange.place(
        trader, "btc_usdt", BUY, Kind.STOP_LIMIT, D("0.5"), D(31500), D(31000)
    )
    assert stop_loss.waiting_for_trigger and breakout.waiting_for_trigger
    assert balance(state, trader, "btc") == (D(1), D(1))
    assert balance(state, trader, "usdt") == (D(100000), D(15750))

    limit(state, maker, BUY, "1", "28900")  # rests: the bid the stop-loss will hit
    limit(state, maker, SELL, "1", "29000")
    limit(state, maker, BUY, "0.1", "29000")  # trades at 29000: the stop-loss fires
    assert stop_loss.triggered and stop_loss.status == "Completed"
    assert exchange.fills[-1].price == D("28900") and stop_loss.filled == 1
    assert breakout.waiting_for_trigger

    limit(state, maker, SELL, "0.5", "31200")
    limit(state, maker, BUY, "0.1", "31000")  # no trade: the ask is at 29000 (0.9 left)
    limit(state, maker, BUY, "0.9", "29000")  # consumes the 29000 ask, last = 29000
    assert breakout.waiting_for_trigger
    limit(state, maker, BUY, "0.1", "31200")  # last = 31200 >= 31000: the stop-limit fires
    assert breakout.triggered and breakout.filled == D("0.4")
    assert breakout.status == "Working"  # 0.1 left resting at 31500
    assert balance(state, trader, "usdt")[1] == D("0.1") * D(31500)
    assert state.ledger.is_balanced()


def test_stop_already_reached_triggers_at_once(state: SandboxState) -> None:
    maker = funded(state, btc="10", usdt="1000000")
    limit(state, maker, SELL, "1", "30000")
    limit(state, maker, BUY, "0.1", "30000")  # last = 30000
    trader = funded(state, usdt="100000")
    order = state.exchange.place(trader, "btc_usdt", BUY, Kind.STOP_MARKET, D(1), None, D(29000))
    assert order.triggered and order.filled == D("0.9") and order.status == "Cancelled"
    assert balance(state, trader, "usdt") == (D(100000) - D("27000"), Z)


def test_cancelled_stop_never_fires(state: SandboxState) -> None:
    maker = funded(state, btc="10", usdt="1000000")
    trader = funded(state, btc="1")
    stop = state.exchange.place(trader, "btc_usdt", SELL, Kind.STOP_MARKET, D(1), None, D(30000))
    state.exchange.cancel(trader, stop.order_id)
    assert balance(state, trader, "btc") == (D(1), Z)
    limit(state, maker, SELL, "1", "30000")
    limit(state, maker, BUY, "1", "30000")
    assert stop.status == "Cancelled" and not stop.triggered


def test_withdrawals_move_through_their_states(state: SandboxState) -> None:
    who = funded(state, btc="2")
    wallet = state.wallet
    first = wallet.withdraw(who, "btc", D(1), "bc1q", "w-1")
    again = wallet.withdraw(who, "btc", D("0.3"), "elsewhere", "w-1")
    assert again is first
    assert balance(state, who, "btc") == (D(1), Z)
    assert state.ledger.totals["btc"].in_transit == 1
    wallet.fail_next_withdrawal.add(who.api_key)
    doomed = wallet.withdraw(who, "btc", D("0.5"), "bc1q", None)
    assert doomed.transfer_id and doomed.status == "AwaitingConfirmation"
    done = wallet.process_withdrawals()
    assert {t.transfer_id: t.status for t in done} == {
        "w-1": "Completed",
        doomed.transfer_id: "Failed",
    }
    assert balance(state, who, "btc") == (D(1), Z)
    assert state.ledger.totals["btc"].withdrawn == D("0.9995")
    assert state.ledger.totals["btc"].fees == D("0.0005")
    assert state.ledger.is_balanced()


def test_order_ids_are_64_bit_and_spread() -> None:
    ids = [int(order_id_for(seq)) for seq in range(1, 2000)]
    assert len(set(ids)) == len(ids)
    assert all(-(2**63) <= i < 2**63 for i in ids)
    assert any(i < 0 for i in ids) and any(i > 2**53 for i in ids)
