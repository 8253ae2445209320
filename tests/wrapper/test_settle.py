"""Orders of unknown fate settled by the client (``settle_unknown=``), against the sandbox on
loopback: answers lost after the exchange acted (fault ``"when": "after"``) or refusals hidden
before it acted (``"before"``), one order or a burst of identical ones, sync and async, on both
exchanges. Nothing is ever sent twice, and no order is attributed to two intents."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from altmarket_client.models.create_order_request import CreateOrderRequest
from altmarket_client.models.new_order import NewOrder
from altmarket_client.models.order_direction import OrderDirection
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    HashgreenOrder,
    InvalidInputError,
    Order,
    OrderNotPlacedError,
    OrderStateUnknownError,
    SentOffer,
    SentOrder,
    Transfer,
)

from tests.wrapper.sandbox_support import Admin, require_sandbox

require_sandbox()

FUNDS = {"btc": "10", "eth": "100", "usdt": "1000000"}
ORDER_PATH = "/altmarket/api/order"
OFFER_PATH = "/hashgreen/api/v1/orders"
WINDOW = 10.0
Result = Any


@pytest.fixture
def account(admin: Admin) -> dict[str, str]:
    return admin.account(**FUNDS)


@pytest.fixture
def exchange(sandbox_url: str, account: dict[str, str]) -> Iterator[AltMarket]:
    with AltMarket(
        account["api_key"],
        account["api_secret"],
        base_url=f"{sandbox_url}/altmarket",
        settle_unknown=WINDOW,
    ) as client:
        yield client


def _hashgreen(sandbox_url: str, token: str | None, **options: Any) -> Hashgreen:
    return Hashgreen(token, base_url=f"{sandbox_url}/hashgreen/api/v1", **options)


def _orders_of(sandbox_url: str, account: dict[str, str]) -> list[Order]:
    """What the exchange holds, asked by a client of its own (which settles nothing)."""
    with AltMarket(
        account["api_key"], account["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as plain:
        return list(plain.order_history())


def _burst(calls: list[Callable[[], Any]]) -> list[Result]:
    """Run ``calls`` at once in threads: each one's result, or the exception it raised."""
    results: list[Result] = [None] * len(calls)
    start = threading.Barrier(len(calls))

    def run(index: int) -> None:
        start.wait(30)
        try:
            results[index] = calls[index]()
        except Exception as exc:
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not any(thread.is_alive() for thread in threads)
    return results


# ----------------------------------------------------------------------------- AltMarket


def test_a_lost_answer_to_a_placed_order_returns_the_order(
    exchange: AltMarket, admin: Admin, sandbox_url: str, account: dict[str, str]
) -> None:
    exchange.markets()
    admin.fault("POST", ORDER_PATH, 503, when="after")
    order = exchange.limit_order("btc_usdt", "buy", "0.5", "30000.25")
    held = _orders_of(sandbox_url, account)
    assert [o.order_id for o in held] == [order.order_id]
    assert order.amount == Decimal("0.5") and order.price == Decimal("30000.25")
    assert exchange.unsettled() == []


def test_a_hidden_refusal_raises_order_not_placed_after_the_window(
    exchange: AltMarket, admin: Admin, sandbox_url: str, account: dict[str, str]
) -> None:
    exchange.markets()
    exchange._transport.sleep = lambda delay: None  # the window passes without waiting it out
    admin.fault("POST", ORDER_PATH, 503, when="before")
    with pytest.raises(OrderNotPlacedError) as caught:
        exchange.limit_order("btc_usdt", "sell", "0.25", "45000")
    error = caught.value
    assert (error.outcome, error.retry_safe) == ("not_found", False)
    assert isinstance(error.sent, SentOrder) and error.sent.price == Decimal("45000")
    assert error.window == WINDOW
    assert _orders_of(sandbox_url, account) == []
    assert exchange.unsettled() == []


def test_without_settle_unknown_the_error_is_raised_and_settle_finds_it_later(
    sandbox_url: str, admin: Admin, account: dict[str, str]
) -> None:
    with AltMarket(
        account["api_key"], account["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as client:
        client.markets()
        admin.fault("POST", ORDER_PATH, 502, when="after")
        with pytest.raises(OrderStateUnknownError):
            client.market_order("btc_usdt", "buy", "0.001")
        (intent,) = client.unsettled()
        assert isinstance(intent.sent, SentOrder) and intent.sent.amount == Decimal("0.001")
        (settled,) = client.settle()
        assert settled.intent == intent and settled.found
        assert isinstance(settled.result, Order)
        assert [o.order_id for o in _orders_of(sandbox_url, account)] == [settled.result.order_id]
        assert client.unsettled() == []
        assert client.settle() == []


def test_an_order_sent_through_exchange_api_is_settled_too(
    exchange: AltMarket, admin: Admin
) -> None:
    admin.fault("POST", ORDER_PATH, 504, when="after")
    body = CreateOrderRequest(
        order=NewOrder(
            instrument="btc_usdt",
            type_=OrderDirection.SELL,
            amount=Decimal("0.3"),
            price=Decimal("41000"),
            is_limit=True,
            is_stop=False,
        )
    )
    answer = exchange.api.trading.create_order(body=body)
    assert answer.order.price == Decimal("41000") and answer.order.amount == Decimal("0.3")


def test_a_withdrawal_whose_every_answer_was_lost_is_found_by_its_key(
    exchange: AltMarket, admin: Admin
) -> None:
    exchange._transport.sleep = lambda delay: None
    exchange.assets()
    admin.fault("POST", "/altmarket/api/wallet/withdrawal", 503, when="after", times=3)
    transfer = exchange.withdraw("btc", "0.01", "bc1qexample", transfer_id="settle-me-1")
    assert isinstance(transfer, Transfer) and transfer.transfer_id == "settle-me-1"
    assert [t.transfer_id for t in exchange.transfers()].count("settle-me-1") == 1


def test_concurrent_identical_orders_with_lost_answers_are_each_attributed_once(
    exchange: AltMarket, admin: Admin, sandbox_url: str, account: dict[str, str]
) -> None:
    exchange.markets()
    burst = 4
    admin.fault("POST", ORDER_PATH, 503, when="after", times=burst)
    results = _burst([lambda: exchange.limit_order("btc_usdt", "buy", "0.1", "20000")] * burst)
    held = {o.order_id for o in _orders_of(sandbox_url, account)}
    assert len(held) == burst  # each sent once
    returned = [r.order_id for r in results if isinstance(r, Order)]
    assert len(returned) == len(set(returned))  # never attributed twice
    assert set(returned) <= held
    for result in results:  # an order not attributed stays unknown: it is never guessed
        assert isinstance(result, Order | OrderStateUnknownError), result
    assert len(returned) + len(exchange.unsettled()) == burst


def test_two_identical_intents_and_one_order_stay_unknown(
    exchange: AltMarket, admin: Admin, sandbox_url: str, account: dict[str, str]
) -> None:
    exchange.markets()
    exchange._transport.sleep = lambda delay: None
    # The first to arrive is placed and its answer lost; the second is refused unseen.
    admin.fault("POST", ORDER_PATH, 503, when="after")
    admin.fault("POST", ORDER_PATH, 503, when="before")
    first = exchange.with_options(settle_unknown=0)
    with pytest.raises(OrderStateUnknownError):
        first.limit_order("btc_usdt", "sell", "0.2", "50000")
    with pytest.raises(OrderStateUnknownError):
        first.limit_order("btc_usdt", "sell", "0.2", "50000")
    # Two intents, one candidate: settling cannot tell whose it is, so neither takes it.
    results = [s.result for s in exchange.settle()]
    assert len(results) == 2
    assert all(isinstance(r, OrderStateUnknownError) for r in results)
    assert len(_orders_of(sandbox_url, account)) == 1
    assert len(exchange.unsettled()) == 2


def test_an_id_already_returned_is_never_a_match(
    exchange: AltMarket, admin: Admin, sandbox_url: str, account: dict[str, str]
) -> None:
    exchange.markets()
    exchange._transport.sleep = lambda delay: None
    placed = exchange.limit_order("btc_usdt", "buy", "0.2", "21000")  # answered
    admin.fault("POST", ORDER_PATH, 503, when="before")  # refused, unseen
    with pytest.raises(OrderNotPlacedError):
        exchange.limit_order("btc_usdt", "buy", "0.2", "21000")  # the same fingerprint
    assert [o.order_id for o in _orders_of(sandbox_url, account)] == [placed.order_id]


def test_settle_unknown_is_checked_before_anything_is_sent() -> None:
    for bad in (-1, float("nan"), "10", True, 10_000):
        with pytest.raises(InvalidInputError, match="settle_unknown"):
            AltMarket("k", "s", base_url="http://127.0.0.1:9", settle_unknown=bad)  # type: ignore[arg-type]
    client = AltMarket("k", "s", base_url="http://127.0.0.1:9", settle_unknown=5)
    assert client.settle_unknown == 5.0
    assert client.with_options(settle_unknown=0).settle_unknown is None
    assert client.with_options(max_retries=0).settle_unknown == 5.0


async def test_async_concurrent_identical_orders_are_each_attributed_once(
    admin: Admin, sandbox_url: str, account: dict[str, str]
) -> None:
    async with AsyncAltMarket(
        account["api_key"],
        account["api_secret"],
        base_url=f"{sandbox_url}/altmarket",
        settle_unknown=WINDOW,
    ) as client:
        await client.markets()
        burst = 4
        admin.fault("POST", ORDER_PATH, 503, when="after", times=burst)
        results = await asyncio.gather(
            *(client.limit_order("btc_usdt", "sell", "0.1", "60000") for _ in range(burst)),
            return_exceptions=True,
        )
        held = {o.order_id for o in _orders_of(sandbox_url, account)}
        assert len(held) == burst
        returned = [r.order_id for r in results if isinstance(r, Order)]
        assert len(returned) == len(set(returned)) and set(returned) <= held
        for result in results:
            assert isinstance(result, Order | OrderStateUnknownError), result
        assert len(returned) + len(await client.unsettled()) == burst


async def test_async_hidden_refusal_and_settle(
    admin: Admin, sandbox_url: str, account: dict[str, str]
) -> None:
    async def no_sleep(delay: float) -> None:
        return None

    async with AsyncAltMarket(
        account["api_key"],
        account["api_secret"],
        base_url=f"{sandbox_url}/altmarket",
        settle_unknown=WINDOW,
    ) as client:
        client._transport.sleep = no_sleep
        await client.markets()
        admin.fault("POST", ORDER_PATH, 503, when="before")
        with pytest.raises(OrderNotPlacedError):
            await client.market_order("btc_usdt", "buy", "0.002")
        admin.fault("POST", ORDER_PATH, 503, when="after")
        off = client.with_options(settle_unknown=0)
        with pytest.raises(OrderStateUnknownError):
            await off.market_order("btc_usdt", "buy", "0.003")
        (settled,) = await client.settle()
        assert isinstance(settled.result, Order) and settled.result.amount == Decimal("0.003")


# ----------------------------------------------------------------------------- Hashgreen


def test_a_lost_offer_answer_returns_the_order_holding_its_coins(
    sandbox_url: str, admin: Admin
) -> None:
    trader = admin.account()
    with _hashgreen(sandbox_url, trader["token"], settle_unknown=WINDOW) as dex:
        offer = admin.offer(trader["token"], "XCH-USDS", "buy", "55", "1")
        admin.fault("POST", OFFER_PATH, 502, when="after")
        order = dex.create_order(offer)
        assert isinstance(order, HashgreenOrder)
        assert [o.id for o in dex.orders()] == [order.id]


def test_a_hidden_offer_refusal_raises_order_not_placed(sandbox_url: str, admin: Admin) -> None:
    trader = admin.account()
    with _hashgreen(sandbox_url, trader["token"], settle_unknown=WINDOW) as dex:
        dex._transport.sleep = lambda delay: None
        offer = admin.offer(trader["token"], "XCH-USDS", "sell", "70", "1")
        admin.fault("POST", OFFER_PATH, 502, when="before")
        with pytest.raises(OrderNotPlacedError) as caught:
            dex.create_order(offer)
        assert isinstance(caught.value.sent, SentOffer)
        assert dex.orders() == []


def test_concurrent_offers_with_lost_answers_each_get_their_own_order(
    sandbox_url: str, admin: Admin
) -> None:
    trader = admin.account()
    with _hashgreen(sandbox_url, trader["token"], settle_unknown=WINDOW) as dex:
        offers = [admin.offer(trader["token"], "XCH-USDS", "buy", "50", "1") for _ in range(4)]
        admin.fault("POST", OFFER_PATH, 502, when="after", times=len(offers))
        results = _burst([functools.partial(dex.create_order, offer) for offer in offers])
        assert all(isinstance(r, HashgreenOrder) for r in results), results
        ids = [r.id for r in results]
        assert len(set(ids)) == len(offers)
        held = {o.id: o for o in dex.orders()}
        assert set(held) == set(ids)


async def test_async_offers_with_lost_answers(sandbox_url: str, admin: Admin) -> None:
    trader = admin.account()
    async with AsyncHashgreen(
        trader["token"], base_url=f"{sandbox_url}/hashgreen/api/v1", settle_unknown=WINDOW
    ) as dex:
        offers = [admin.offer(trader["token"], "XCH-USDS", "sell", "90", "1") for _ in range(3)]
        admin.fault("POST", OFFER_PATH, 502, when="after", times=len(offers))
        results = await asyncio.gather(*(dex.create_order(o) for o in offers))
        assert len({r.id for r in results}) == len(offers)
        assert {o.id for o in await dex.orders()} == {r.id for r in results}


def test_hashgreen_without_a_token_cannot_settle(sandbox_url: str) -> None:
    with _hashgreen(sandbox_url, None, settle_unknown=WINDOW) as dex:
        assert dex.unsettled() == []
        assert dex.settle() == []
        reason = dex._settler.adapter.unsettleable(SentOffer(offer="offer1x", sent_at=_now()))
        assert reason is not None and "without a token" in reason


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_an_order_refused_for_its_ts_is_sent_once_more_with_the_platforms_clock(
    exchange: AltMarket, admin: Admin, sandbox_url: str, account: dict[str, str]
) -> None:
    import httpx

    admin.clock(30)  # the platform's clock runs 30 s ahead: every ts of ours is out of its window
    date = httpx.get(f"{sandbox_url}/_sandbox/health").headers.get("Date")
    from email.utils import parsedate_to_datetime

    if date is None or abs(parsedate_to_datetime(date).timestamp() - (_now().timestamp() + 30)) > 3:
        pytest.skip("the sandbox's Date header does not follow its own (moved) clock")
    body = CreateOrderRequest(
        order=NewOrder(
            instrument="btc_usdt",
            type_=OrderDirection.BUY,
            amount=Decimal("0.2"),
            price=Decimal("22000"),
            is_limit=True,
            is_stop=False,
        )
    )
    answer = exchange.api.trading.create_order(body=body)  # no markets() first: nothing learned
    assert answer.order.price == Decimal("22000")
    assert 25 < exchange.clock_offset < 35
    assert [o.order_id for o in _orders_of(sandbox_url, account)] == [answer.order.order_id]
