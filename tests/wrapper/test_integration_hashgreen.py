"""Every public Hashgreen method, sync and async, against the sandbox DEX on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from tradespec import (
    AsyncHashgreen,
    Hashgreen,
    HashgreenOrder,
    HashgreenOrderStatus,
    InvalidInputError,
    InvalidOrderError,
    NotFoundError,
    OrderStateUnknownError,
    SentOffer,
)

from tests.wrapper.helpers import FIXTURES
from tests.wrapper.sandbox_support import Admin, both_shapes, require_sandbox

require_sandbox()
sandbox_shapes = both_shapes()


@pytest.fixture
def trader(admin: Admin) -> dict[str, str]:
    return admin.account()


@pytest.fixture
def dex(sandbox_url: str, trader: dict[str, str]) -> Iterator[Hashgreen]:
    with Hashgreen(trader["token"], base_url=f"{sandbox_url}/hashgreen/api/v1") as client:
        client._transport.sleep = lambda delay: None
        yield client


@pytest.fixture
async def adex(sandbox_url: str, trader: dict[str, str]) -> AsyncIterator[AsyncHashgreen]:
    async def no_sleep(delay: float) -> None:
        return None

    async with AsyncHashgreen(
        trader["token"], base_url=f"{sandbox_url}/hashgreen/api/v1"
    ) as client:
        client._transport.sleep = no_sleep
        yield client


def test_markets_and_market_by_code_or_id(dex: Hashgreen, sandbox_url: str) -> None:
    markets = dex.markets()
    codes = {m.code for m in markets}
    assert "XCH-USDS" in codes
    xch = next(m for m in markets if m.code == "XCH-USDS")
    assert xch.price_precision == 2 and xch.base_amount_precision == 3
    assert xch.base_ccy.code == "XCH"
    assert dex.market("XCH-USDS") == xch
    assert dex.market(xch.id) == xch
    assert dex.market("xch-usds") == xch
    assert dex.market("XCH-USDS", refresh=True).id == xch.id
    with pytest.raises(NotFoundError):
        dex.market("NOPE-NOPE")


def test_orders_book_trades_statistics(
    dex: Hashgreen,
    admin: Admin,
    trader: dict[str, str],
    sandbox_url: str,
) -> None:
    bid_offer = admin.offer(trader["token"], "XCH-USDS", "buy", "60.50", "2")
    ask_offer = admin.offer(trader["token"], "XCH-USDS", "sell", "70.25", "1.5")
    bid = dex.create_order(bid_offer)
    ask = dex.create_order(ask_offer)
    assert isinstance(bid, HashgreenOrder)
    assert bid.side == "buy" and ask.side == "sell"
    assert bid.status is HashgreenOrderStatus.ACTIVE
    assert bid.price == Decimal("60.50")
    book = dex.order_book("XCH-USDS")
    assert book.best_bid == Decimal("60.50") and book.bids[0].price == book.best_bid
    assert book.best_ask == Decimal("70.25")
    assert book.spread == Decimal("9.75")
    assert book.mid == Decimal("65.375")
    assert book.asks[0].amount == Decimal("1.5")
    assert {o.id for o in dex.orders()} == {bid.id, ask.id}
    assert [o.id for o in dex.orders(market="XCH-USDS", status="active")] != []
    assert dex.orders(status=HashgreenOrderStatus.CANCELLED) == []

    taker = admin.account()
    with Hashgreen(taker["token"], base_url=f"{sandbox_url}/hashgreen/api/v1") as other:
        other.create_order(admin.offer(taker["token"], "XCH-USDS", "buy", "70.25", "1"))
    trades = dex.trades("XCH-USDS")
    assert [(t.price, t.base_amount_display, str(t.side)) for t in trades] == [
        (Decimal("70.25"), Decimal("1"), "sell")
    ]
    one = dex.statistics("XCH-USDS")
    assert one.code == "XCH-USDS"
    assert one.price == Decimal("70.25")
    every = dex.statistics()
    assert "XCH-USDS" in {s.code for s in every} or one.id in {s.id for s in every}

    cancelled = dex.cancel_order(bid.id)
    assert cancelled.status is HashgreenOrderStatus.CANCELLED
    assert dex.order_book("XCH-USDS").best_bid is None
    with pytest.raises(InvalidOrderError):
        dex.cancel_order(bid.id)


def test_offer_from_a_file_and_refusals(
    dex: Hashgreen,
    admin: Admin,
    trader: dict[str, str],
    tmp_path: Path,
) -> None:
    path = tmp_path / "order.offer"
    path.write_text(admin.offer(trader["token"], "XCH-USDS", "sell", "80", "0.5") + "\n")
    order = dex.create_order(path)
    assert order.price == Decimal("80")
    with pytest.raises(InvalidOrderError):
        dex.create_order(path)  # the same offer again: the DEX refuses it
    with pytest.raises(InvalidInputError, match="never as a str"):
        dex.create_order(str(path))  # a str is offer text: no file is opened for it
    assert len(dex.orders()) == 1
    with pytest.raises(InvalidInputError) as refused:
        dex.create_order("offer1qqqqqqqqqq")
    assert refused.value.argument == "offer"
    real = (FIXTURES / "chia-test-offer-v6.offer").read_text()
    with pytest.raises(InvalidOrderError):
        dex.create_order(real)  # well-formed, but not one the sandbox can fill


def test_private_operations_need_the_token(sandbox_url: str) -> None:
    with Hashgreen(base_url=f"{sandbox_url}/hashgreen/api/v1") as public:
        assert public.markets()
        with pytest.raises(InvalidInputError) as refused:
            public.orders()
        assert refused.value.argument == "token"
    from tradespec import AuthenticationError

    with (
        Hashgreen("wrong-token", base_url=f"{sandbox_url}/hashgreen/api/v1") as wrong,
        pytest.raises(AuthenticationError),
    ):
        wrong.orders()


def test_offer_whose_answer_is_lost_is_looked_up(
    dex: Hashgreen,
    admin: Admin,
    trader: dict[str, str],
) -> None:
    admin.fault("POST", "/hashgreen/api/v1/orders", 502, when="after")
    offer = admin.offer(trader["token"], "XCH-USDS", "buy", "55", "1")
    with pytest.raises(OrderStateUnknownError) as caught:
        dex.create_order(offer)
    assert isinstance(caught.value.sent, SentOffer)
    assert caught.value.sent.offer == offer
    found = caught.value.lookup()
    assert isinstance(found, HashgreenOrder) and found.price == Decimal("55")
    assert len(dex.orders()) == 1


async def test_async_every_method(
    adex: AsyncHashgreen,
    admin: Admin,
    trader: dict[str, str],
) -> None:
    markets = await adex.markets()
    xch = next(m for m in markets if m.code == "XCH-USDS")
    assert (await adex.market(xch.id)).code == "XCH-USDS"
    order = await adex.create_order(admin.offer(trader["token"], xch.id, "buy", "61", "1"))
    assert order.side == "buy"
    book = await adex.order_book(xch.id)
    assert book.best_bid == Decimal("61")
    assert book.best_ask is None and book.spread is None and book.mid is None
    assert [o.id for o in await adex.orders(market="XCH-USDS")] == [order.id]
    assert await adex.trades("XCH-USDS") == []
    stats = await adex.statistics("XCH-USDS")
    assert stats.code == "XCH-USDS"
    assert isinstance(await adex.statistics(), list)
    cancelled = await adex.cancel_order(order.id)
    assert cancelled.status is HashgreenOrderStatus.CANCELLED


async def test_async_lookup_after_a_lost_answer(
    adex: AsyncHashgreen,
    admin: Admin,
    trader: dict[str, str],
) -> None:
    admin.fault("POST", "/hashgreen/api/v1/orders", 504, when="after")
    with pytest.raises(OrderStateUnknownError) as caught:
        await adex.create_order(admin.offer(trader["token"], "XCH-USDS", "sell", "90", "1"))
    found = await caught.value.alookup()
    assert isinstance(found, HashgreenOrder) and found.side == "sell"


def test_an_offer_for_another_market_is_refused_before_sending(
    dex: Hashgreen, admin: Admin, trader: dict[str, str]
) -> None:
    pytest.importorskip("chia_wallet_sdk")
    offer = admin.offer(trader["token"], "SBX-XCH", "sell", "0.5", "10")
    with pytest.raises(InvalidInputError) as refused:
        dex.create_order(offer, market="XCH-USDS")
    assert refused.value.argument == "offer"
    assert dex.orders() == []
    placed = dex.create_order(offer, market="SBX-XCH")
    assert placed.price == Decimal("0.5")


def test_answers_read_the_same_in_either_shape(
    dex: Hashgreen, admin: Admin, trader: dict[str, str], sandbox_shapes: str
) -> None:
    """Hashgreen's live answers carry fields the document does not list (``trace_id``,
    ``is_hot``, ``tags``, ``icon_url``, ``fee_display``, ``expired_at``, ``is_buyer_maker``,
    a book's ``ts``): kept in ``additional_properties``, never in the way."""
    live = sandbox_shapes == "live"
    assert ("trace_id" in dex.request("GET", "/markets")) is live
    market = dex.market("XCH-USDS")
    assert ("is_hot" in market.additional_properties) is live
    order = dex.create_order(admin.offer(trader["token"], "XCH-USDS", "buy", "60", "1"))
    assert order.status is HashgreenOrderStatus.ACTIVE and order.side == "buy"
    assert ("fee_display" in order.additional_properties) is live
    (listed,) = dex.orders()
    assert listed.id == order.id and listed.price == Decimal("60")
    assert dex.order_book("XCH-USDS").best_bid == Decimal("60")
    assert dex.cancel_order(order.id).status == "cancelled"
