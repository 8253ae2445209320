"""A user's tests of a trading bot, written with nothing but the tradespec sandbox's fixtures.

Nothing here starts a server, makes an account or funds it: the pytest plugin installed with
tradespec does (``pip install "tradespec[sandbox]"``). The module's marker gives each test a
sandbox of its own listing the live platform's names (``btc``, ``usdt``, ``btc_usdt``), so the
same bot runs unchanged against the platform.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from tradespec import AltMarket, AsyncAltMarket, AsyncHashgreen, Hashgreen
from tradespec.errors import RateLimitError
from tradespec_sandbox import SandboxServer
from tradespec_sandbox.testing import SandboxAccount, SandboxAdmin

pytestmark = pytest.mark.sandbox(catalog="live")


def test_a_resting_order_holds_funds_until_it_is_cancelled(
    sandbox_altmarket: AltMarket, sandbox_admin: SandboxAdmin, sandbox_account: SandboxAccount
) -> None:
    order = sandbox_altmarket.limit_order("btc_usdt", "buy", "0.5", "20000")
    assert [o.order_id for o in sandbox_altmarket.open_orders()] == [order.order_id]
    assert sandbox_altmarket.balances()["usdt"].in_order == Decimal("10000")
    sandbox_altmarket.cancel_order(order.order_id)
    assert sandbox_altmarket.open_orders() == []
    usdt = sandbox_admin.balances(sandbox_account.api_key)["usdt"]
    assert usdt["available"] == Decimal("1000000")


@pytest.mark.sandbox(funds={"btc": "1"})
def test_the_account_holds_what_the_marker_funds(
    sandbox_account: SandboxAccount, sandbox_altmarket: AltMarket
) -> None:
    assert sandbox_account.funds == {"btc": Decimal(1)}
    balances = sandbox_altmarket.balances()
    assert set(balances) == {"btc", "eth", "usdt", "usd", "xch"}
    assert balances["btc"].in_order == 0


def test_two_traders_cross_on_btc_usd(
    sandbox_server: SandboxServer, sandbox_admin: SandboxAdmin, sandbox_altmarket: AltMarket
) -> None:
    seller_account = sandbox_admin.account({"btc": "1"})
    with AltMarket(
        seller_account.api_key, seller_account.api_secret, base_url=sandbox_server.altmarket_url
    ) as seller:
        seller.limit_order("btc_usd", "sell", "0.5", "30000")
        sandbox_altmarket.limit_order("btc_usd", "buy", "0.5", "30000")
        assert sandbox_altmarket.open_orders() == seller.open_orders() == []
        assert [t.amount for t in seller.trade_history()] == [Decimal("0.5")]
        assert [t.amount for t in sandbox_altmarket.trade_history()] == [Decimal("0.5")]
    assert sandbox_admin.ledger_balanced()


def test_a_minted_offer_becomes_an_order(sandbox_hashgreen: Hashgreen, sandbox_offer: str) -> None:
    order = sandbox_hashgreen.create_order(sandbox_offer)
    assert order.market_id == "61dc1d387d9b5a6756c0d0a2"  # XCH-USDS, as the document has it
    assert order.price == Decimal("29.50")
    assert [o.id for o in sandbox_hashgreen.orders()] == [order.id]
    assert sandbox_hashgreen.order_book("XCH-USDS").bids[0].price == Decimal("29.50")


@pytest.mark.asyncio
async def test_the_async_clients_share_the_account(
    async_sandbox_altmarket: AsyncAltMarket,
    async_sandbox_hashgreen: AsyncHashgreen,
    sandbox_offer: str,
) -> None:
    assert "btc_usd" in await async_sandbox_altmarket.markets()
    order = await async_sandbox_altmarket.limit_order("eth_btc", "sell", "1", "0.07")
    assert order.instrument == "eth_btc"
    posted = await async_sandbox_hashgreen.create_order(sandbox_offer)
    assert [o.id for o in await async_sandbox_hashgreen.orders()] == [posted.id]


@pytest.mark.sandbox(live_shapes=True)
def test_the_bot_reads_answers_shaped_as_the_live_platform_sends_them(
    sandbox_altmarket: AltMarket, sandbox_hashgreen: Hashgreen, sandbox_offer: str
) -> None:
    order = sandbox_altmarket.limit_order("btc_usdt", "sell", "0.1", "40000")
    cancelled = sandbox_altmarket.cancel_order(order.order_id)
    (listed,) = list(sandbox_altmarket.order_history())
    assert listed.order_id == cancelled.order_id == order.order_id
    assert str(listed.status).lower() == "cancelled"
    assert sandbox_altmarket.markets()["btc_usdt"].taker_fee == Decimal("0.002")
    assert sandbox_hashgreen.create_order(sandbox_offer).price == Decimal("29.50")


@pytest.mark.sandbox(rate_limit=2)
def test_the_bot_meets_the_rate_limit(sandbox_altmarket: AltMarket) -> None:
    impatient = sandbox_altmarket.with_options(max_retries=0)
    with pytest.raises(RateLimitError) as caught:
        for _ in range(3):  # the third read in the same second is one too many
            impatient.balances()
    assert caught.value.retry_after is not None and caught.value.retry_after >= 1
    # A client that retries waits as it is told, and every read gets through.
    with ThreadPoolExecutor(max_workers=4) as threads:
        patient = sandbox_altmarket.with_options(max_retries=8)
        results = list(threads.map(lambda _: patient.balances()["btc"].in_order, range(4)))
    assert results == [Decimal(0)] * 4
