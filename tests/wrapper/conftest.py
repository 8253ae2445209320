"""Fixtures for the wrapper's tests: a scripted server, clients pointed at it, fake sleeps."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from tradespec import AltMarket, AsyncAltMarket, AsyncHashgreen, Hashgreen

from tests.wrapper.helpers import KEY, SECRET, TOKEN
from tests.wrapper.sandbox_support import Admin, require_sandbox
from tests.wrapper.scripted_server import ScriptedServer


@pytest.fixture(autouse=True)
def _no_credentials_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ALTMARKET_API_KEY", "ALTMARKET_API_SECRET", "HASHGREEN_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as scripted:
        yield scripted


@pytest.fixture
def sleeps() -> list[float]:
    """The delays clients created by the fixtures below slept (they never really sleep)."""
    return []


def _fake_async_sleep(sleeps: list[float]) -> Any:
    async def sleep(delay: float) -> None:
        sleeps.append(delay)

    return sleep


@pytest.fixture
def altmarket(server: ScriptedServer, sleeps: list[float]) -> Iterator[AltMarket]:
    with AltMarket(KEY, SECRET, base_url=server.url, max_retries=2) as client:
        client._transport.sleep = sleeps.append
        yield client


@pytest.fixture
async def async_altmarket(
    server: ScriptedServer, sleeps: list[float]
) -> AsyncIterator[AsyncAltMarket]:
    async with AsyncAltMarket(KEY, SECRET, base_url=server.url, max_retries=2) as client:
        client._transport.sleep = _fake_async_sleep(sleeps)
        yield client


@pytest.fixture
def hashgreen(server: ScriptedServer, sleeps: list[float]) -> Iterator[Hashgreen]:
    with Hashgreen(TOKEN, base_url=server.url, max_retries=2) as client:
        client._transport.sleep = sleeps.append
        yield client


@pytest.fixture
async def async_hashgreen(
    server: ScriptedServer, sleeps: list[float]
) -> AsyncIterator[AsyncHashgreen]:
    async with AsyncHashgreen(TOKEN, base_url=server.url, max_retries=2) as client:
        client._transport.sleep = _fake_async_sleep(sleeps)
        yield client


@pytest.fixture(scope="module")
def sandbox_shapes() -> str:
    """How the sandbox answers: ``"spec"`` (the documents' shapes) or ``"live"`` (the live
    platforms' drifted ones, ``--live-shapes``). A module overrides it with a parametrized fixture
    to run its tests in both (see :func:`tests.wrapper.sandbox_support.both_shapes`)."""
    return "spec"


@pytest.fixture(scope="module")
def sandbox_url(sandbox_shapes: str) -> Iterator[str]:
    """A sandbox exchange on loopback, one per test module and shapes (skips when it is not
    installed)."""
    with require_sandbox()(live_shapes=sandbox_shapes == "live") as running:
        yield str(running.url)


@pytest.fixture
def admin(sandbox_url: str) -> Iterator[Admin]:
    """The sandbox's admin API, on an exchange reset for this test."""
    helper = Admin(sandbox_url)
    helper.reset()
    try:
        yield helper
    finally:
        helper.clear_faults()
        helper.clock(0)
        helper.close()
