"""Messages a user can act on: money as they wrote it, a wrong base_url named as such, and a
connection failure naming the method they called and the host, in one line."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    InvalidInputError,
    NotFoundError,
    RequestTimeoutError,
    TransportError,
)

from tests.wrapper.sandbox_support import Admin, require_sandbox

require_sandbox()


@pytest.fixture
def account(admin: Admin) -> dict[str, str]:
    return admin.account(btc="10", usdt="100000")


@pytest.fixture
def exchange(sandbox_url: str, account: dict[str, str]) -> Iterator[AltMarket]:
    with AltMarket(
        account["api_key"], account["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as client:
        yield client


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("0.0000001", "0.0000001"),  # as written: Decimal would say 1E-7
        (" 0.00000010 ", "0.00000010"),
        ("1e-7", "1e-7"),  # text is echoed as the user wrote it, even in exponent form
        (Decimal("0.0000001"), "0.0000001"),  # str() of it is 1E-7
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("0.12345670"), "0.12345670"),
    ],
)
def test_an_amount_with_too_many_places_is_echoed_as_written_or_in_plain_notation(
    exchange: AltMarket, amount: str | Decimal, shown: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        exchange.limit_order("btc_usdt", "buy", amount, "30000")
    assert str(caught.value) == (
        f"amount: {shown} has 7 decimal places; btc_usdt (amountScale) allows at most 6"
    )


def test_a_price_and_a_withdrawal_are_echoed_the_same_way(exchange: AltMarket) -> None:
    with pytest.raises(InvalidInputError, match=r"^price: 30000\.001 has 3 decimal places"):
        exchange.limit_order("btc_usdt", "buy", "0.1", "30000.001")
    with pytest.raises(InvalidInputError, match=r"^stop_price: 0\.00000000001 has 11 decimal"):
        exchange.stop_market_order("btc_usdt", "sell", "0.1", Decimal("1E-11"))
    with pytest.raises(InvalidInputError, match=r"^amount: 0\.000000000001 has 12 decimal"):
        exchange.withdraw("btc", Decimal("1E-12"), "bc1qexample")
    with pytest.raises(
        InvalidInputError, match=r"^amount: must be greater than zero, got -0\.0001$"
    ):
        exchange.limit_order("btc_usdt", "buy", Decimal("-1E-4"), "30000")


def test_money_no_double_carries_is_refused_by_the_helpers_argument_as_written(
    exchange: AltMarket,
) -> None:
    # Few enough places for the market, too many digits for the double JSON carries.
    with pytest.raises(InvalidInputError) as caught:
        exchange.limit_order("btc_usdt", "buy", " 123456789012.123456 ", "30000")
    assert str(caught.value).startswith("amount: 123456789012.123456 cannot be sent exactly")
    with pytest.raises(InvalidInputError) as caught:
        exchange.limit_order("btc_usdt", "buy", "0.1", Decimal("12345678901234567E-1"))
    assert str(caught.value).startswith("price: 1234567890123456.7 cannot be sent exactly")
    with pytest.raises(InvalidInputError) as caught:
        exchange.stop_market_order("btc_usdt", "sell", "0.1", "1234567890123456.70")
    assert str(caught.value).startswith("stop_price: 1234567890123456.70 cannot be sent exactly")


def test_a_hashgreen_base_url_without_its_prefix_says_so(sandbox_url: str) -> None:
    with (
        Hashgreen(base_url=f"{sandbox_url}/hashgreen") as dex,
        pytest.raises(NotFoundError) as caught,
    ):
        dex.markets()
    message = str(caught.value)
    assert f"base_url {sandbox_url}/hashgreen does not end in /api/v1" in message
    assert "https://hash.green/api/v1" in message
    assert caught.value.status == 404


async def test_the_async_client_says_the_same(sandbox_url: str) -> None:
    async with AsyncHashgreen(base_url=f"{sandbox_url}/hashgreen/") as dex:
        with pytest.raises(NotFoundError, match="does not end in /api/v1"):
            await dex.order_book("XCH-USDS")


def test_a_404_the_api_explains_keeps_the_api_s_message(
    sandbox_url: str, account: dict[str, str]
) -> None:
    with (
        Hashgreen(account["token"], base_url=f"{sandbox_url}/hashgreen/api/v1") as dex,
        pytest.raises(NotFoundError) as caught,
    ):
        dex.cancel_order("999999")
    assert caught.value.message and "base_url" not in str(caught.value)


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


KEY, SECRET = "key-0a1b2c3d4e5f", "secret-9f8e7d6c5b4a"


@pytest.mark.parametrize("transport", ["default", "httpx"])
def test_connection_refused_names_the_method_called_and_the_host_in_one_line(
    transport: str,
) -> None:
    port = _closed_port()
    http = httpx.Client() if transport == "httpx" else None
    with (
        AltMarket(
            KEY, SECRET, base_url=f"http://127.0.0.1:{port}", max_retries=0, http_client=http
        ) as exchange,
        pytest.raises(TransportError) as caught,
    ):
        exchange.limit_order("btc_usdt", "buy", "0.01", "30000")
    error = caught.value
    assert str(error) == (
        f"limit_order: could not reach 127.0.0.1:{port}: Connection refused "
        "(sending GET /api/markets)"
    )
    assert type(error) is TransportError and (error.method, error.path) == ("GET", "/api/markets")
    # The engine's own error, with the library's whole text, is the cause; nothing below it.
    cause = error.__cause__
    assert isinstance(cause, TransportError) and "GET /api/markets" in str(cause)
    assert cause.__cause__ is None and cause.__context__ is None
    if http is not None:
        http.close()


async def test_the_async_clients_name_the_method_too() -> None:
    port = _closed_port()
    async with AsyncAltMarket(
        KEY, SECRET, base_url=f"http://127.0.0.1:{port}", max_retries=0
    ) as exchange:
        with pytest.raises(TransportError) as caught:
            await exchange.balances()
    message = str(caught.value)
    assert message.startswith(f"balances: could not reach 127.0.0.1:{port}: ")
    assert message.endswith("(sending GET /api/wallet/balance)") and "\n" not in message
    async with AsyncHashgreen(base_url=f"http://127.0.0.1:{port}/api/v1", max_retries=0) as dex:
        with pytest.raises(TransportError, match=r"^order_book: could not reach 127\.0\.0\.1:"):
            await dex.order_book("XCH-USDS")


def test_a_timeout_names_the_method_and_keeps_its_class(sandbox_url: str) -> None:
    # A listening socket that never answers: the read times out.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with (
            Hashgreen(
                base_url=f"http://127.0.0.1:{port}/api/v1", timeout=0.5, max_retries=0
            ) as dex,
            pytest.raises(RequestTimeoutError) as caught,
        ):
            dex.markets()
    assert str(caught.value).startswith(f"markets: 127.0.0.1:{port} timed out: ")
