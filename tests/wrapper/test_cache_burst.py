"""The caches (AltMarket's markets and assets, Hashgreen's market list) are filled by one request
for a burst of concurrent cold callers, on threads (sync) and tasks (async), against the sandbox."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from tradespec import AltMarket, AsyncAltMarket, AsyncHashgreen, Hashgreen

from tests.wrapper.sandbox_support import Admin, require_sandbox

require_sandbox()

BURST = 100


class Paths:
    """Counts the requests an httpx client sends, by method and path."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()
        self._lock = threading.Lock()

    def sync_hook(self, request: httpx.Request) -> None:
        with self._lock:
            self.seen[f"{request.method} {request.url.path}"] += 1

    async def async_hook(self, request: httpx.Request) -> None:
        self.sync_hook(request)


@pytest.fixture
def account(admin: Admin) -> dict[str, str]:
    return admin.account(usdt="1000000", btc="10")


@pytest.fixture
def paths() -> Iterator[Paths]:
    yield Paths()


def test_sync_burst_fetches_the_markets_once(
    sandbox_url: str, account: dict[str, str], paths: Paths
) -> None:
    limits = httpx.Limits(max_connections=BURST)
    with (
        httpx.Client(event_hooks={"request": [paths.sync_hook]}, limits=limits) as http,
        AltMarket(
            account["api_key"],
            account["api_secret"],
            base_url=f"{sandbox_url}/altmarket",
            http_client=http,
        ) as exchange,
        ThreadPoolExecutor(max_workers=32) as pool,
    ):
        placed = list(
            pool.map(
                lambda i: exchange.limit_order("btc_usdt", "buy", "0.001", "100"), range(BURST)
            )
        )
        assert len({order.order_id for order in placed}) == BURST
        assets = list(pool.map(lambda i: exchange.assets(), range(BURST)))
    assert paths.seen["GET /altmarket/api/markets"] == 1
    assert paths.seen["GET /altmarket/api/assets-info"] == 1
    assert paths.seen["POST /altmarket/api/order"] == BURST
    assert all(found == assets[0] for found in assets)


async def test_async_burst_fetches_the_markets_once(
    sandbox_url: str, account: dict[str, str], paths: Paths
) -> None:
    limits = httpx.Limits(max_connections=BURST)
    async with (
        httpx.AsyncClient(event_hooks={"request": [paths.async_hook]}, limits=limits) as http,
        AsyncAltMarket(
            account["api_key"],
            account["api_secret"],
            base_url=f"{sandbox_url}/altmarket",
            http_client=http,
        ) as exchange,
    ):
        placed = await asyncio.gather(
            *(exchange.limit_order("btc_usdt", "buy", "0.001", "100") for _ in range(BURST))
        )
        assert len({order.order_id for order in placed}) == BURST
        await asyncio.gather(*(exchange.withdraw("btc", "0.001", "bc1qburst") for _ in range(10)))
    assert paths.seen["GET /altmarket/api/markets"] == 1
    assert paths.seen["GET /altmarket/api/assets-info"] == 1


def test_sync_hashgreen_burst_fetches_the_market_list_once(sandbox_url: str, paths: Paths) -> None:
    with (
        httpx.Client(event_hooks={"request": [paths.sync_hook]}) as http,
        Hashgreen(base_url=f"{sandbox_url}/hashgreen/api/v1", http_client=http) as dex,
        ThreadPoolExecutor(max_workers=32) as pool,
    ):
        books = list(pool.map(lambda i: dex.order_book("XCH-USDS"), range(BURST)))
    assert len(books) == BURST
    assert paths.seen["GET /hashgreen/api/v1/markets"] == 1
    assert paths.seen["GET /hashgreen/api/v1/trades/book"] == BURST


async def test_async_hashgreen_burst_fetches_the_market_list_once(
    sandbox_url: str, paths: Paths
) -> None:
    limits = httpx.Limits(max_connections=BURST)
    async with (
        httpx.AsyncClient(event_hooks={"request": [paths.async_hook]}, limits=limits) as http,
        AsyncHashgreen(base_url=f"{sandbox_url}/hashgreen/api/v1", http_client=http) as dex,
    ):
        books = await asyncio.gather(*(dex.order_book("XCH-USDS") for _ in range(BURST)))
    assert len(books) == BURST
    assert paths.seen["GET /hashgreen/api/v1/markets"] == 1


async def test_a_failed_fetch_lets_the_waiters_try_again(sandbox_url: str, admin: Admin) -> None:
    admin.fault("GET", "/hashgreen/api/v1/markets", 404)
    async with AsyncHashgreen(base_url=f"{sandbox_url}/hashgreen/api/v1") as dex:
        results = await asyncio.gather(
            *(dex.order_book("XCH-USDS") for _ in range(5)), return_exceptions=True
        )
    failures = [r for r in results if isinstance(r, BaseException)]
    assert len(failures) == 1  # the one fetch that met the fault; the others fetched again
    assert len(results) - len(failures) == 4
