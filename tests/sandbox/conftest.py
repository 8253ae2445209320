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
    account = admin.account(btc="10", eth="100", usdt="1000000")
    return AltMarket(http, sandbox.url, account["api_key"], account["api_secret"])


@pytest.fixture
def other(admin: Admin, sandbox: SandboxServer, http: httpx.Client) -> AltMarket:
    account = admin.account(btc="10", eth="100", usdt="1000000")
    return AltMarket(http, sandbox.url, account["api_key"], account["api_secret"])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many schemathesis cases ran, per API, and the statuses they got."""
    from .test_conformance import CASES, STATUSES

    if not CASES:
        return
    per_api = {
        api: sum(n for label, n in CASES.items() if label.startswith(api))
        for api in ("altmarket", "hashgreen")
    }
    statuses = ", ".join(f"{status}: {n}" for status, n in sorted(STATUSES.items()))
    terminalreporter.write_sep("-", "schemathesis")
    terminalreporter.write_line(
        f"schemathesis: {sum(CASES.values())} cases over {len(CASES)} operations "
        f"(altmarket {per_api['altmarket']}, hashgreen {per_api['hashgreen']}); "
        f"statuses {statuses}"
    )
