"""The plugin's shared sandbox: one per session, reset and set up again before each test."""

from __future__ import annotations

import httpx
import pytest
from tradespec import AsyncHashgreen, Hashgreen
from tradespec_sandbox import SandboxServer
from tradespec_sandbox.testing import SandboxAccount, SandboxAdmin, SandboxAdminError

SEEN: dict[str, object] = {}


def test_one_sandbox_serves_the_session(
    sandbox_server: SandboxServer, sandbox_session_server: SandboxServer
) -> None:
    assert sandbox_server is sandbox_session_server
    SEEN["url"] = sandbox_server.url


def test_each_test_starts_on_a_reset_sandbox(
    sandbox_server: SandboxServer, sandbox_account: SandboxAccount
) -> None:
    assert SEEN.get("url", sandbox_server.url) == sandbox_server.url
    with sandbox_server.state.lock:
        keys = list(sandbox_server.state.accounts.by_key)
    assert keys == [sandbox_account.api_key]  # the accounts of earlier tests are gone
    funds = dict(sandbox_account.funds)
    assert set(funds) == set(sandbox_server.state.catalog.assets)


@pytest.mark.sandbox(live_shapes=True, rate_limit=50)
def test_a_marker_sets_up_the_shared_sandbox_for_one_test(sandbox_server: SandboxServer) -> None:
    settings = httpx.get(f"{sandbox_server.admin_url}/settings").json()
    assert settings == {"live_shapes": True, "rate_limit": 50, "strict": False}


def test_the_next_test_gets_the_defaults_back(sandbox_server: SandboxServer) -> None:
    settings = httpx.get(f"{sandbox_server.admin_url}/settings").json()
    assert settings == {"live_shapes": False, "rate_limit": None, "strict": False}


@pytest.mark.sandbox(fresh=True)
def test_a_test_can_have_a_sandbox_of_its_own(
    sandbox_server: SandboxServer, sandbox_admin: SandboxAdmin
) -> None:
    assert sandbox_server.url != SEEN.get("url")
    account = sandbox_admin.account({"btc": "2"})
    assert sandbox_admin.balances(account.api_key)["btc"]["available"] == 2


def test_the_admin_reports_refusals_in_one_line(sandbox_admin: SandboxAdmin) -> None:
    with pytest.raises(SandboxAdminError, match=r"^POST /_sandbox/accounts/nobody/deposits: 404 "):
        sandbox_admin.deposit("nobody", "btc", "1")


@pytest.mark.sandbox(liquidity=True)
def test_liquidity_rests_the_clis_orders_on_both_exchanges(
    sandbox_server: SandboxServer, sandbox_hashgreen: Hashgreen
) -> None:
    book = sandbox_hashgreen.order_book("XCH-USDS")
    assert book.best_bid is not None and book.best_ask is not None
    assert book.mid is not None and book.best_bid < book.mid < book.best_ask
    with sandbox_server.state.lock:
        resting = {o.instrument for o in sandbox_server.state.exchange.orders.values()}
    assert "btc_usdt" in resting


def test_without_it_the_books_start_empty(sandbox_hashgreen: Hashgreen) -> None:
    book = sandbox_hashgreen.order_book("XCH-USDS")
    assert book.mid is None and not book.bids and not book.asks


@pytest.mark.sandbox(liquidity=True, fresh=True)
async def test_an_async_test_of_its_own_sandbox_sees_a_mid(
    async_sandbox_hashgreen: AsyncHashgreen,
) -> None:
    book = await async_sandbox_hashgreen.order_book("XCH-USDS")
    assert book.mid is not None
