"""Bad arguments: an InvalidInputError naming the argument, and no request sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    InvalidInputError,
    TradespecError,
)
from tradespec._base_client import _plain_url

from tests.wrapper.helpers import KEY, SECRET, TOKEN, assets_json, markets_json
from tests.wrapper.scripted_server import ScriptedServer, canned

Case = tuple[str, Callable[[AltMarket], Any]]

# Refused before anything at all is sent, markets or not.
BEFORE_ANY_REQUEST: list[Case] = [
    ("instrument", lambda c: c.limit_order("", "buy", "1", "1")),
    ("instrument", lambda c: c.limit_order(42, "buy", "1", "1")),  # type: ignore[arg-type]
    ("side", lambda c: c.limit_order("btc_usdt", "bye", "1", "1")),  # type: ignore[arg-type]
    ("side", lambda c: c.limit_order("btc_usdt", 0, "1", "1")),  # type: ignore[arg-type]
    ("amount", lambda c: c.limit_order("btc_usdt", "buy", 0.5, "1")),  # type: ignore[arg-type]
    ("amount", lambda c: c.limit_order("btc_usdt", "buy", "nan", "1")),
    ("amount", lambda c: c.limit_order("btc_usdt", "buy", Decimal("Infinity"), "1")),
    ("amount", lambda c: c.limit_order("btc_usdt", "buy", "-1", "1")),
    ("amount", lambda c: c.limit_order("btc_usdt", "buy", 0, "1")),
    ("amount", lambda c: c.limit_order("btc_usdt", "buy", True, "1")),
    ("price", lambda c: c.limit_order("btc_usdt", "buy", "1", 30000.5)),  # type: ignore[arg-type]
    ("price", lambda c: c.limit_order("btc_usdt", "buy", "1", None)),  # type: ignore[arg-type]
    ("stop_price", lambda c: c.stop_market_order("btc_usdt", "buy", "1", "-5")),
    ("stop_price", lambda c: c.stop_limit_order("btc_usdt", "buy", "1", "5", None)),  # type: ignore[arg-type]
    (
        "price",
        lambda c: c.create_order("btc_usdt", "buy", "1", order_type="market", price="1"),
    ),
    (
        "order_type",
        lambda c: c.create_order("btc_usdt", "buy", "1", order_type="iceberg"),  # type: ignore[arg-type]
    ),
    ("order_id", lambda c: c.cancel_order(1.5)),  # type: ignore[arg-type]
    ("order_id", lambda c: c.cancel_order("12abc")),
    ("order_id", lambda c: c.cancel_order("")),
    ("order_id", lambda c: c.cancel_order("1" * 21)),
    ("per_page", lambda c: c.order_history(per_page=0)),
    ("per_page", lambda c: c.trade_history(per_page=True)),
    ("per_page", lambda c: c.order_history(per_page=10_000)),
    ("start", lambda c: c.order_history(start="2020-01-01")),  # type: ignore[arg-type]
    ("end", lambda c: c.trade_history(end=1600000000)),  # type: ignore[arg-type]
    ("side", lambda c: c.trade_history(side="long")),  # type: ignore[arg-type]
    ("market", lambda c: c.order_history(market="")),
    ("ascending", lambda c: c.order_history(ascending=[""])),
    (
        "descending",
        lambda c: c.order_history(descending=[]),
    ),
    ("hide_cancelled", lambda c: c.order_history(hide_cancelled="yes")),  # type: ignore[arg-type]
    ("count", lambda c: c.transfers(count=0)),
    ("count", lambda c: c.transfers(count=2.0)),  # type: ignore[arg-type]
    ("asset", lambda c: c.deposit_address("")),
    ("asset", lambda c: c.withdraw(" ", "1", "addr")),
    ("amount", lambda c: c.withdraw("btc", 0.01, "addr")),  # type: ignore[arg-type]
    ("address", lambda c: c.withdraw("btc", "0.01", "")),
    ("transfer_id", lambda c: c.withdraw("btc", "0.01", "addr", transfer_id="")),
    ("refresh", lambda c: c.markets(refresh="yes")),  # type: ignore[arg-type]
]

# Refused once the market's or asset's scales are known: only GET markets/assets-info is sent.
AFTER_SCALES: list[Case] = [
    ("amount", lambda c: c.limit_order("btc_usdt", "buy", "0.00001", "1")),
    ("price", lambda c: c.limit_order("btc_usdt", "buy", "1", "30000.125")),
    ("stop_price", lambda c: c.stop_limit_order("btc_usdt", "sell", "1", "1", "2.001")),
    ("stop_price", lambda c: c.stop_market_order("eth_btc", "sell", "1", "0.0000001")),
    ("amount", lambda c: c.market_order("eth_btc", "buy", "1.0001")),
    ("instrument", lambda c: c.market_order("DOGE-USDT", "buy", "1")),
    ("amount", lambda c: c.withdraw("usdt", "10.005", "addr")),
    ("asset", lambda c: c.withdraw("DOGE", "1", "addr")),
    ("amount", lambda c: c.limit_order("btc_usdt", "buy", "1234567890123.4567", "1")),
]


@pytest.mark.parametrize(("argument", "call"), BEFORE_ANY_REQUEST)
def test_refused_before_any_request(
    altmarket: AltMarket, server: ScriptedServer, argument: str, call: Callable[[AltMarket], Any]
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        result = call(altmarket)
        if hasattr(result, "__next__"):
            next(result)
    assert caught.value.argument == argument
    assert str(caught.value).startswith(f"{argument}: ")
    assert server.requests == []


@pytest.mark.parametrize(("argument", "call"), AFTER_SCALES)
def test_refused_against_the_market_scales(
    altmarket: AltMarket, server: ScriptedServer, argument: str, call: Callable[[AltMarket], Any]
) -> None:
    server.always("GET", "/api/markets", canned(json=markets_json()))
    server.always("GET", "/api/assets-info", canned(json=assets_json()))
    with pytest.raises(InvalidInputError) as caught:
        call(altmarket)
    assert caught.value.argument == argument
    assert {r.path for r in server.requests} <= {"/api/markets", "/api/assets-info"}
    assert all(r.method == "GET" for r in server.requests)


def test_scales_are_fetched_once_and_cached(altmarket: AltMarket, server: ScriptedServer) -> None:
    server.always("GET", "/api/markets", canned(json=markets_json()))
    for _ in range(3):
        with pytest.raises(InvalidInputError):
            altmarket.limit_order("btc_usdt", "buy", "0.00001", "1")
    assert len(server.to("/api/markets")) == 1
    # An unknown instrument refreshes once (it may be new) before being refused.
    with pytest.raises(InvalidInputError):
        altmarket.limit_order("NEW-USDT", "buy", "1", "1")
    assert len(server.to("/api/markets")) == 2


def test_history_arguments_are_checked_when_called_not_when_iterated(
    altmarket: AltMarket,
) -> None:
    with pytest.raises(InvalidInputError):
        altmarket.order_history(per_page=-1)  # no next() needed


async def test_async_refusals_send_nothing(server: ScriptedServer) -> None:
    async with AsyncAltMarket(KEY, SECRET, base_url=server.url) as client:
        with pytest.raises(InvalidInputError) as caught:
            await client.limit_order("btc_usdt", "buy", 0.1, "1")  # type: ignore[arg-type]
        assert caught.value.argument == "amount"
        with pytest.raises(InvalidInputError):
            client.trade_history(per_page=0)
    async with AsyncHashgreen(base_url=server.url) as dex:
        with pytest.raises(InvalidInputError) as refused:
            await dex.orders()
        assert refused.value.argument == "token"
    assert server.requests == []


HASHGREEN_CASES: list[tuple[str, Callable[[Hashgreen], Any]]] = [
    ("offer", lambda d: d.create_order("offer1notanoffer")),
    ("offer", lambda d: d.create_order(12345)),  # type: ignore[arg-type]
    ("offer", lambda d: d.create_order("/nonexistent/path/to.offer")),
    ("order_id", lambda d: d.cancel_order("")),
    ("order_id", lambda d: d.cancel_order(None)),  # type: ignore[arg-type]
    ("market", lambda d: d.order_book("")),
    ("market", lambda d: d.trades(None)),  # type: ignore[arg-type]
    ("status", lambda d: d.orders(status="open-ish")),
    ("status", lambda d: d.orders(status=42)),
    ("code", lambda d: d.market("")),
]


@pytest.mark.parametrize(("argument", "call"), HASHGREEN_CASES)
def test_hashgreen_refusals(
    hashgreen: Hashgreen,
    server: ScriptedServer,
    argument: str,
    call: Callable[[Hashgreen], Any],
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        call(hashgreen)
    assert caught.value.argument == argument
    assert server.requests == []


def test_hashgreen_without_token(server: ScriptedServer) -> None:
    with Hashgreen(base_url=server.url) as dex:
        for call in (dex.orders, lambda: dex.cancel_order("x")):
            with pytest.raises(InvalidInputError) as caught:
                call()
            assert caught.value.argument == "token"
        # Creating an order takes no token (the order is then owned by no one): a bad offer is
        # still refused before anything is sent.
        with pytest.raises(InvalidInputError) as caught:
            dex.create_order("x")
        assert caught.value.argument == "offer"
    assert server.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.5.6.7",
        "http://localhost:9000/altmarket",
        "http://[::1]:8000",
        "https://exchange.example.com",
        "https://exchange.example.com/",
    ],
)
def test_accepted_base_urls(url: str) -> None:
    with AltMarket(KEY, SECRET, base_url=url) as client:
        assert client.base_url == url.rstrip("/")


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("http://exchange.example.com", "refusing plain http"),
        ("http://10.0.0.1", "refusing plain http"),
        ("http://localhost.evil.com", "refusing plain http"),
        ("http://128.0.0.1", "refusing plain http"),
        ("ftp://exchange.example.com", "http(s) URL"),
        ("exchange.example.com", "http(s) URL"),
        ("https://user:pw@exchange.example.com", "credentials"),
        ("https://exchange.example.com/?a=1", "query"),
        ("", "http(s) URL"),
    ],
)
def test_refused_base_urls(url: str, needle: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        AltMarket(KEY, SECRET, base_url=url)
    assert caught.value.argument == "base_url"
    assert needle in str(caught.value)
    with pytest.raises(InvalidInputError):
        Hashgreen(TOKEN, base_url=url)


_URL_PARTS = st.sampled_from(
    ["http", "https", "HTTP", "://", ":", "/", "//", ".", "..", "a", "B", "0", "9", "-", "_", "~",
     "%20", " ", "@", "?", "#", "[", "]", "::1", "xn--", "é", "127.0.0.1", "localhost", "80",
     "443", "65535", "65536", "08000", "example.com", "x.y"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_URL_PARTS, max_size=12).map("".join))
def test_a_base_url_read_without_httpx_is_read_as_httpx_reads_it(url: str) -> None:
    # The URLs checked without importing httpx: each is exactly what httpx.URL makes of it.
    url = "https://" + url if not url.startswith("http") else url
    plain = _plain_url(url)
    if plain is None:
        return
    parsed = httpx.URL(url)
    assert (parsed.scheme, parsed.host, str(parsed)) == (*plain, url)


def test_allow_insecure_is_explicit() -> None:
    with AltMarket(KEY, SECRET, base_url="http://exchange.example.com", allow_insecure=True) as c:
        assert c.base_url == "http://exchange.example.com"


def test_credentials_from_arguments_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidInputError) as caught:
        AltMarket()
    assert caught.value.argument == "api_key"
    with pytest.raises(InvalidInputError) as caught:
        AltMarket(api_key="k")
    assert caught.value.argument == "api_secret"
    with pytest.raises(InvalidInputError):
        AltMarket(api_key="", api_secret="s")
    monkeypatch.setenv("ALTMARKET_API_KEY", "env-key")
    monkeypatch.setenv("ALTMARKET_API_SECRET", "env-secret")
    monkeypatch.setenv("HASHGREEN_TOKEN", "env-token")
    with AltMarket() as client:
        assert client.base_url == "https://exchange.alt.market"
    with Hashgreen() as dex:
        assert dex._helpers.missing_token is None
        assert dex.base_url == "https://hash.green/api/v1"


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": "10"}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"http_client": httpx.AsyncClient()}, "http_client"),
    ],
)
def test_refused_configuration(kwargs: dict[str, Any], argument: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        AltMarket(KEY, SECRET, **kwargs)
    assert caught.value.argument == argument


def test_with_options_checks_its_arguments(altmarket: AltMarket) -> None:
    with pytest.raises(InvalidInputError):
        altmarket.with_options(max_retries=-2)
    with pytest.raises(InvalidInputError):
        altmarket.with_options(timeout=-2)


def test_invalid_input_is_a_value_error_and_a_tradespec_error() -> None:
    assert issubclass(InvalidInputError, ValueError)
    assert issubclass(InvalidInputError, TradespecError)


def test_naive_datetimes_are_utc(altmarket: AltMarket, server: ScriptedServer) -> None:
    server.route("GET", "/api/trade_history", canned(json={"data": [], "paging": {}}))
    list(altmarket.trade_history(start=datetime(2020, 1, 2, 3, 4, 5)))
    assert server.requests[0].params["StartDate"] == "2020-01-02T03:04:05+00:00"


def test_a_hashgreen_client_without_a_token_says_so_once_in_one_way(
    server: ScriptedServer,
) -> None:
    """A helper and an exchange.api operation that need the token are refused with the same
    message, before anything is sent."""
    with Hashgreen(base_url=server.url) as dex:
        refused = []
        for call in (dex.orders, lambda: dex.api.orders.list_orders()):
            with pytest.raises(InvalidInputError) as caught:
                call()
            refused.append(str(caught.value))
    assert caught.value.argument == "token"
    assert refused == [
        "token: orders() needs the trader's token: pass token= or set HASHGREEN_TOKEN",
        "token: list_orders needs the trader's token: pass token= or set HASHGREEN_TOKEN",
    ]
    assert server.requests == []
