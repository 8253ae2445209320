"""Fixtures: one sandbox per test session, served on loopback, and clients for it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from tradespec_sandbox import SandboxServer, serve_in_thread

from .helpers import Admin, AltMarket


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxServer]:
    with serve_in_thread() as server:
        yield server


@pytest.fixture(scope="session")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as client:
        yield client


@pytest.fixture
def admin(sandbox: SandboxServer, http: httpx.Client) -> Admin:
    return Admin(http, sandbox.url)


@pytest.fixture
def trader(admin: Admin, sandbox: SandboxServer, http: httpx.Client) -> AltMarket:
    """A fresh account with 10 BTC, 100 ETH and 1,000,000 USDT."""
    account = admin.account(BTC="10", ETH="100", USDT="1000000")
    return AltMarket(http, sandbox.url, account["api_key"], account["api_secret"])


@pytest.fixture
def other(admin: Admin, sandbox: SandboxServer, http: httpx.Client) -> AltMarket:
    account = admin.account(BTC="10", ETH="100", USDT="1000000")
    return AltMarket(http, sandbox.url, account["api_key"], account["api_secret"])
