"""Every public AltMarket method, sync and async, against the sandbox exchange on loopback."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    InsufficientFundsError,
    InvalidInputError,
    InvalidOrderError,
    NotFoundError,
    Order,
    OrderStateUnknownError,
    OrderStatus,
    OrderType,
    SentOrder,
    SentWithdrawal,
    Side,
    TransferType,
)

from tests.wrapper.sandbox_support import Admin, both_shapes, require_sandbox

FUNDS = {"btc": "10", "eth": "100", "usdt": "1000000"}

require_sandbox()
sandbox_shapes = both_shapes()


@pytest.fixture
def account(admin: Admin) -> dict[str, str]:
    return admin.account(**FUNDS)


@pytest.fixture
def client(sandbox_url: str, account: dict[str, str]) -> Iterator[AltMarket]:
    with AltMarket(
        account["api_key"], account["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as exchange:
        exchange._transport.sleep = lambda delay: None
        yield exchange


@pytest.fixture
async def aclient(sandbox_url: str, account: dict[str, str]) -> AsyncIterator[AsyncAltMarket]:
    async def no_sleep(delay: float) -> None:
        return None

    async with AsyncAltMarket(
        account["api_key"], account["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as exchange:
        exchange._transport.sleep = no_sleep
        yield exchange


@pytest.fixture
def counterparty(sandbox_url: str, admin: Admin) -> Iterator[AltMarket]:
    other = admin.account(**FUNDS)
    with AltMarket(
        other["api_key"], other["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as exchange:
        yield exchange


# ----------------------------------------------------------------------------- sync


def test_assets_and_markets(client: AltMarket) -> None:
    assets = {asset.id: asset for asset in client.assets()}
    assert {"btc", "usdt"} <= set(assets)
    assert assets["btc"].scale == 8
    assert isinstance(assets["btc"].withdrawal_fee, Decimal)
    markets = client.markets()
    btc = markets["btc_usdt"]
    assert (btc.base_asset, btc.quote_asset) == ("btc", "usdt")
    assert btc.price_scale == 2 and btc.amount_scale == 6
    assert isinstance(btc.min_amount, Decimal)
    assert abs(client.clock_offset) < 5
    assert client.markets() is markets  # cached
    assert client.markets(refresh=True) is not markets


def test_balances(client: AltMarket) -> None:
    balances = client.balances()
    assert balances["btc"].total_balance == Decimal("10")
    assert balances["usdt"].available_balance == Decimal("1000000")
    assert balances["btc"].in_order == 0


def test_limit_order_open_cancel_history(client: AltMarket) -> None:
    order = client.limit_order("btc_usdt", "buy", "0.5", "20000.25")
    assert isinstance(order, Order)
    assert order.side == "buy"
    assert order.order_type is OrderType.LIMIT
    assert order.amount == Decimal("0.5") and order.price == Decimal("20000.25")
    assert [o.order_id for o in client.open_orders()] == [order.order_id]
    assert client.balances()["usdt"].in_order == Decimal("10000.125")
    cancelled = client.cancel_order(order.order_id)
    assert cancelled.order_id == order.order_id
    assert cancelled.status is OrderStatus.CANCELLED
    assert client.open_orders() == []
    history = list(client.order_history(market="btc_usdt", side="buy"))
    assert order.order_id in [o.order_id for o in history]
    hidden = list(client.order_history(hide_cancelled=True))
    assert order.order_id not in [o.order_id for o in hidden]
    with pytest.raises(InvalidOrderError) as again:
        client.cancel_order(order.order_id)
    assert again.value.code == "OrderNotOpen"
    with pytest.raises(NotFoundError):
        client.cancel_order("123456789")


def test_history_pages_lazily_with_every_filter(client: AltMarket) -> None:
    placed = [client.limit_order("btc_usdt", "buy", "0.01", str(100 + i)) for i in range(5)]
    client.limit_order("eth_btc", "sell", "1", "0.05")
    start = datetime.now(UTC) - timedelta(hours=1)
    end = datetime.now(UTC) + timedelta(hours=1)
    rows = list(
        client.order_history(
            market="btc_usdt",
            side="buy",
            start=start,
            end=end,
            ascending="price",
            per_page=2,
        )
    )
    assert [o.order_id for o in rows] == [o.order_id for o in placed]
    descending = list(client.order_history(market="btc_usdt", descending=["price"], per_page=3))
    assert [o.order_id for o in descending] == [o.order_id for o in reversed(placed)]
    assert len(list(client.order_history(per_page=1))) == 6
    iterator = client.order_history(per_page=2)
    assert next(iterator).order_id  # only the first page is fetched so far


def test_market_order_fills_and_trade_history(client: AltMarket, counterparty: AltMarket) -> None:
    resting = counterparty.limit_order("btc_usdt", "sell", "0.25", "30000.5")
    taken = client.market_order("btc_usdt", "buy", "0.25")
    assert taken.order_type is OrderType.MARKET
    trades = list(client.trade_history(market="btc_usdt"))
    assert len(trades) == 1
    trade = trades[0]
    assert trade.side == "buy"
    assert trade.amount == Decimal("0.25") and trade.execution_price == Decimal("30000.5")
    assert isinstance(trade.commission, Decimal)
    assert list(client.trade_history(side="sell")) == []
    their = list(counterparty.trade_history(per_page=1))
    assert [str(t.side) for t in their] == ["sell"]
    assert counterparty.open_orders() == []
    assert resting.order_id


def test_stop_orders_and_cancel_all(client: AltMarket) -> None:
    stop_limit = client.stop_limit_order("btc_usdt", "sell", "0.1", "25000", "26000")
    assert stop_limit.order_type is OrderType.STOP_LIMIT
    stop_market = client.stop_market_order("btc_usdt", "buy", "0.1", "90000")
    assert stop_market.order_type is OrderType.STOP_MARKET
    generic = client.create_order("eth_btc", "buy", "1", price="0.01", order_type="limit")
    assert generic.order_type is OrderType.LIMIT
    assert len(client.open_orders()) == 3
    assert client.cancel_all_orders() == 3
    assert client.open_orders() == []
    assert client.cancel_all_orders() == 0


def test_refusals_are_typed(client: AltMarket) -> None:
    with pytest.raises(InsufficientFundsError) as caught:
        client.limit_order("btc_usdt", "buy", "100", "1000000")
    assert caught.value.status == 400
    with pytest.raises(InvalidInputError) as refused:
        client.limit_order("btc_usdt", "buy", "0.1234567", "1")
    assert refused.value.argument == "amount"
    with pytest.raises(InvalidInputError):
        client.limit_order("NOPE-USDT", "buy", "1", "1")


def test_deposit_address_withdraw_transfers(client: AltMarket, admin: Admin) -> None:
    address = client.deposit_address("btc")
    assert address.address and address.asset == "btc"
    assert client.deposit_address("btc").address == address.address
    transfer = client.withdraw("btc", "0.01", "bc1qsandboxtarget")
    assert transfer.transfer_id
    assert transfer.type_ is TransferType.WITHDRAWAL
    assert transfer.amount == Decimal("0.01")
    again = client.withdraw("btc", "0.01", "bc1qsandboxtarget", transfer_id=transfer.transfer_id)
    assert again.transfer_id == transfer.transfer_id
    recent = client.transfers(count=10)
    assert [t.transfer_id for t in recent].count(transfer.transfer_id) == 1
    assert len(client.transfers(count=1)) == 1
    with pytest.raises(InvalidInputError) as refused:
        client.withdraw("btc", "0.000000001", "bc1q")
    assert refused.value.argument == "amount"


def test_withdrawal_whose_answer_is_lost_is_retried_once_by_its_key(
    client: AltMarket,
    admin: Admin,
    account: dict[str, str],
) -> None:
    before = admin.balance(account["api_key"], "btc")
    admin.fault("POST", "/altmarket/api/wallet/withdrawal", 503, when="after")
    transfer = client.withdraw("btc", "0.5", "bc1qlost", transfer_id="lost-answer-1")
    assert transfer.transfer_id == "lost-answer-1"
    withdrawals = [t for t in client.transfers() if t.transfer_id == "lost-answer-1"]
    assert len(withdrawals) == 1
    assert admin.balance(account["api_key"], "btc") == before - Decimal("0.5")


def test_withdrawal_fate_unknown_after_every_retry(
    client: AltMarket,
    admin: Admin,
) -> None:
    admin.fault("POST", "/altmarket/api/wallet/withdrawal", 503, when="after", times=3)
    key = uuid.uuid4().hex
    with pytest.raises(OrderStateUnknownError) as caught:
        client.withdraw("btc", "0.25", "bc1qunknown", transfer_id=key)
    assert isinstance(caught.value.sent, SentWithdrawal)
    assert caught.value.sent.transfer_id == key
    found = caught.value.lookup()
    assert found is not None and getattr(found, "transfer_id", None) == key


def test_order_whose_answer_is_lost_is_not_sent_again_and_can_be_looked_up(
    client: AltMarket,
    admin: Admin,
) -> None:
    admin.fault("POST", "/altmarket/api/order", 502, when="after")
    with pytest.raises(OrderStateUnknownError) as caught:
        client.limit_order("btc_usdt", "sell", "0.3", "45000")
    sent = caught.value.sent
    assert isinstance(sent, SentOrder)
    assert (sent.instrument, sent.side, sent.amount, sent.price) == (
        "btc_usdt",
        Side.SELL,
        Decimal("0.3"),
        Decimal("45000"),
    )
    assert len(client.open_orders()) == 1  # sent once, never twice
    found = caught.value.lookup()
    assert isinstance(found, Order)
    assert found.price == Decimal("45000") and found.side == "sell"


def test_order_refused_before_it_was_carried_out_is_an_api_error(
    client: AltMarket,
    admin: Admin,
) -> None:
    from tradespec import RateLimitError

    admin.fault("POST", "/altmarket/api/order", 429, retry_after="1")
    with pytest.raises(RateLimitError) as caught:
        client.limit_order("btc_usdt", "buy", "0.1", "100")
    assert caught.value.retry_after == 1.0
    assert client.open_orders() == []


def test_reads_are_retried_through_a_proxy_520_page(
    client: AltMarket,
    admin: Admin,
) -> None:
    admin.fault("GET", "/altmarket/api/wallet/balance", 520, body="<html>origin error</html>")
    assert client.balances()["btc"].total_balance == Decimal("10")


def test_a_skewed_platform_clock_is_learned(
    sandbox_url: str,
    account: dict[str, str],
    admin: Admin,
) -> None:
    admin.clock(30)
    probe = httpx.get(f"{sandbox_url}/_sandbox/health")
    date = probe.headers.get("Date")
    sandbox_now = datetime.now(UTC).timestamp() + 30
    from email.utils import parsedate_to_datetime

    if date is None or abs(parsedate_to_datetime(date).timestamp() - sandbox_now) > 3:
        pytest.skip("the sandbox's Date header does not follow its own (moved) clock")
    with AltMarket(
        account["api_key"], account["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as exchange:
        assert exchange.balances()["btc"].total_balance == Decimal("10")
        assert 25 < exchange.clock_offset < 35


def test_a_skewed_clock_is_learned_from_server_time(
    sandbox_url: str,
    account: dict[str, str],
    admin: Admin,
) -> None:
    with AltMarket(
        account["api_key"], account["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as exchange:
        exchange.markets()
        admin.clock(4.0)  # within the window: markets() still works and teaches the offset
        exchange.markets(refresh=True)
        admin.clock(8.0)  # would be out of the window without the learned offset
        assert exchange.balances()["btc"].total_balance == Decimal("10")


def test_with_options_and_injected_http_client(
    sandbox_url: str,
    account: dict[str, str],
) -> None:
    with httpx.Client() as http:
        exchange = AltMarket(
            account["api_key"],
            account["api_secret"],
            base_url=f"{sandbox_url}/altmarket",
            http_client=http,
        )
        with exchange:
            assert exchange.with_options(max_retries=0).balances()["btc"].total_balance == 10
        assert not http.is_closed


# ----------------------------------------------------------------------------- async


async def test_async_every_method(
    aclient: AsyncAltMarket,
    admin: Admin,
) -> None:
    assert {"btc", "usdt"} <= {a.id for a in await aclient.assets()}
    assert "btc_usdt" in await aclient.markets()
    assert (await aclient.balances())["btc"].total_balance == Decimal("10")
    limit = await aclient.limit_order("btc_usdt", "buy", "0.5", "20000")
    stop_limit = await aclient.stop_limit_order("btc_usdt", "sell", "0.1", "25000", "26000")
    stop_market = await aclient.stop_market_order("btc_usdt", "buy", "0.1", "90000")
    generic = await aclient.create_order("eth_btc", "buy", "1", order_type="limit", price="0.01")
    assert [o.order_type for o in (limit, stop_limit, stop_market, generic)] == [
        OrderType.LIMIT,
        OrderType.STOP_LIMIT,
        OrderType.STOP_MARKET,
        OrderType.LIMIT,
    ]
    assert len(await aclient.open_orders()) == 4
    cancelled = await aclient.cancel_order(limit.order_id)
    assert cancelled.status is OrderStatus.CANCELLED
    assert await aclient.cancel_all_orders() == 3
    history = [o async for o in aclient.order_history(per_page=2)]
    assert len(history) == 4
    filtered = [o async for o in aclient.order_history(market="eth_btc", hide_cancelled=False)]
    assert [o.order_id for o in filtered] == [generic.order_id]
    address = await aclient.deposit_address("usdt")
    assert address.address
    transfer = await aclient.withdraw("usdt", "12.5", "TUsdtTarget")
    assert transfer.amount == Decimal("12.5")
    assert transfer.transfer_id in [t.transfer_id for t in await aclient.transfers(count=5)]


async def test_async_market_order_and_trades(
    aclient: AsyncAltMarket, counterparty: AltMarket
) -> None:
    counterparty.limit_order("btc_usdt", "sell", "0.2", "31000")
    taken = await aclient.market_order("btc_usdt", "buy", "0.2")
    assert taken.side == "buy"
    trades = [t async for t in aclient.trade_history(market="btc_usdt", per_page=1)]
    assert [(t.amount, t.execution_price) for t in trades] == [(Decimal("0.2"), Decimal("31000"))]


async def test_async_order_fate_unknown_and_lookup(
    aclient: AsyncAltMarket,
    admin: Admin,
) -> None:
    admin.fault("POST", "/altmarket/api/order", 504, when="after")
    with pytest.raises(OrderStateUnknownError) as caught:
        await aclient.limit_order("btc_usdt", "buy", "0.2", "19000")
    found = await caught.value.alookup()
    assert isinstance(found, Order) and found.price == Decimal("19000")
    assert len(await aclient.open_orders()) == 1


def test_create_order_places_exactly_the_kind_it_is_told(client: AltMarket) -> None:
    with pytest.raises(TypeError):
        client.create_order("btc_usdt", "buy", "0.001")  # type: ignore[call-arg]
    with pytest.raises(InvalidInputError) as forgotten:
        client.create_order("btc_usdt", "buy", "0.001", order_type="limit")
    assert forgotten.value.argument == "price"
    with pytest.raises(InvalidInputError) as extra:
        client.create_order("btc_usdt", "buy", "0.001", order_type="market", price="100")
    assert extra.value.argument == "price"
    with pytest.raises(InvalidInputError) as stop:
        client.create_order("btc_usdt", "buy", "0.001", order_type="stop_limit", price="100")
    assert stop.value.argument == "stop_price"
    with pytest.raises(InvalidInputError) as kind:
        client.create_order("btc_usdt", "buy", "0.001", order_type="iceberg")  # type: ignore[arg-type]
    assert kind.value.argument == "order_type"
    assert client.open_orders() == []
    placed = client.create_order("btc_usdt", "buy", "0.001", order_type=OrderType.LIMIT, price="1")
    assert placed.order_type is OrderType.LIMIT and str(placed.order_type) == "limit"


def test_results_carry_every_spec_field_typed(client: AltMarket) -> None:
    order = client.limit_order("btc_usdt", "sell", "0.5", "40000")
    # Required in the spec: plain values, never None.
    assert isinstance(order.created_at, datetime) and order.created_at.tzinfo is not None
    assert isinstance(order.units_filled, Decimal) and isinstance(order.is_pending, bool)
    assert order.type_ == "sell" and order.status == "working"
    balance = client.balances()["btc"]
    assert balance.in_order == Decimal("0.5")
    assert balance.available_balance == balance.total_balance - balance.in_order


def test_answers_read_the_same_in_either_shape(
    client: AltMarket, counterparty: AltMarket, sandbox_shapes: str
) -> None:
    """The live platform's drifted shapes (integer enums, lowercase statuses, fields the document
    does not list, a wrong ``paging.total``, a market without ``fee``) read as the spec's."""
    live = sandbox_shapes == "live"
    order = client.limit_order("btc_usdt", "buy", "0.5", "20000")
    raw = client.request("GET", "/api/orders/open")[0]
    assert (raw["orderType"], raw["side"], raw["status"]) == (
        (0, 0, "working") if live else ("Limit", "Buy", "Working")
    )
    assert ("remaining" in raw) is live
    (read,) = client.open_orders()
    assert read.order_type is OrderType.LIMIT and read.side == "buy"
    assert read.status == "working" and read.status is OrderStatus.WORKING
    extra = read.additional_properties
    if live:
        assert set(extra) >= {"remaining", "requestedPrice", "executionPrice"}
        assert read.stop_price is None  # a limit order's stopPrice is left out
    else:
        assert extra == {}
    cancelled = client.cancel_order(order.order_id)
    assert cancelled.status == "cancelled"

    page = client.request("GET", "/api/order_history", params={"Page": 1, "PerPage": 10})
    assert (page["paging"]["total"] != len(page["data"])) is live
    assert [o.order_id for o in client.order_history(per_page=10)] == [order.order_id]

    counterparty.limit_order("btc_usdt", "sell", "0.1", "30000")
    client.market_order("btc_usdt", "buy", "0.1")
    raw_trade = client.request("GET", "/api/trade_history")["data"][0]
    assert raw_trade["side"] == (0 if live else "Buy")
    (trade,) = client.trade_history()
    assert trade.side == "buy"

    raw_pair = client.request("GET", "/api/markets")["pairs"]["btc_usdt"]
    assert ("fee" in raw_pair) is not live
    market = client.markets()["btc_usdt"]
    assert market.maker_fee == Decimal("0.001")
    if live:
        assert market.fee is None
