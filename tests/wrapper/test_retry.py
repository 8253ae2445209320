"""The retry policy: what is retried when, how long it waits, and how often."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email.utils import format_datetime

import pytest
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    Hashgreen,
    InvalidOrderError,
    OrderStateUnknownError,
    RateLimitError,
    SentWithdrawal,
    ServerError,
    Transfer,
)
from tradespec._retry import RetryPolicy, parse_retry_after

from tests.wrapper.helpers import (
    assets_json,
    envelope,
    hashgreen_market_json,
    markets_json,
    order_json,
    transfer_json,
)
from tests.wrapper.scripted_server import ScriptedServer, canned

NOW = datetime(2026, 11, 21, 5, 32, 50, tzinfo=UTC)
HTTP_NOW = format_datetime(NOW, usegmt=True)


# ----------------------------------------------------------------------------- timing


@pytest.mark.parametrize(
    ("value", "date", "expected"),
    [
        ("5", None, 5.0),
        ("0", None, 0.0),
        (" 2.5 ", None, 2.5),
        ("-3", None, 0.0),
        (format_datetime(NOW + timedelta(seconds=7), usegmt=True), HTTP_NOW, 7.0),
        (format_datetime(NOW - timedelta(seconds=7), usegmt=True), HTTP_NOW, 0.0),
        ("soon", None, None),
        ("", None, None),
        (None, None, None),
        ("nan", None, None),
        ("inf", None, None),
    ],
)
def test_parse_retry_after(value: str | None, date: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, date, NOW.timestamp()) == expected


def test_retry_after_date_without_a_date_header_uses_the_local_clock() -> None:
    later = format_datetime(NOW + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, None, NOW.timestamp()) == 30.0
    assert parse_retry_after(later, "garbage", NOW.timestamp()) == 30.0


def test_backoff_is_jittered_exponential_and_capped() -> None:
    policy = RetryPolicy()
    for retry, (low, high) in enumerate([(0.25, 0.5), (0.5, 1.0), (1.0, 2.0), (2.0, 4.0)], 1):
        delays = [policy.backoff(retry) for _ in range(200)]
        assert all(low <= d <= high for d in delays)
        assert len(set(delays)) > 1
    assert all(4.0 <= policy.backoff(30) <= 8.0 for _ in range(50))


def test_retry_after_is_obeyed_up_to_its_cap() -> None:
    policy = RetryPolicy()
    assert policy.delay(1, 3.0) == 3.0
    assert policy.delay(1, 60.0) == 60.0
    assert policy.delay(1, 61.0) is None


# ----------------------------------------------------------------------------- reads


def test_5xx_and_520_are_retried_with_backoff(
    altmarket: AltMarket, server: ScriptedServer, sleeps: list[float]
) -> None:
    server.route(
        "GET",
        "/api/wallet/balance",
        canned(503, json={"errors": [{"code": "Unavailable", "message": "try later"}]}),
        canned(520, body="<html><body>Web server is returning an unknown error</body></html>"),
        canned(json=[]),
    )
    assert altmarket.balances() == {}
    assert len(server.requests) == 3
    assert len(sleeps) == 2
    assert 0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0


def test_retries_run_out(altmarket: AltMarket, server: ScriptedServer, sleeps: list[float]) -> None:
    server.always("GET", "/api/wallet/balance", canned(502, body="Bad Gateway"))
    with pytest.raises(ServerError) as caught:
        altmarket.balances()
    assert caught.value.status == 502
    assert caught.value.message == "Bad Gateway"
    assert len(server.requests) == 3  # max_retries=2
    assert len(sleeps) == 2


def test_429_waits_retry_after_seconds(
    altmarket: AltMarket, server: ScriptedServer, sleeps: list[float]
) -> None:
    server.route(
        "GET",
        "/api/assets-info",
        canned(429, json={"errors": [{"code": "TooManyRequests"}]}, headers={"Retry-After": "3"}),
        canned(json=assets_json()),
    )
    assert [a.id for a in altmarket.assets()] == ["btc", "usdt"]
    assert sleeps == [3.0]


def test_429_waits_until_an_http_date(
    altmarket: AltMarket, server: ScriptedServer, sleeps: list[float]
) -> None:
    later = format_datetime(NOW + timedelta(seconds=4), usegmt=True)
    server.route(
        "GET",
        "/api/markets",
        canned(429, body="slow down", headers={"Retry-After": later, "Date": HTTP_NOW}),
        canned(json=markets_json()),
    )
    assert "btc_usdt" in altmarket.markets()
    assert sleeps == [4.0]


def test_a_retry_after_beyond_the_cap_is_raised_not_waited(
    altmarket: AltMarket, server: ScriptedServer, sleeps: list[float]
) -> None:
    server.route(
        "GET",
        "/api/markets",
        canned(429, json={"errors": [{"message": "banned"}]}, headers={"Retry-After": "3600"}),
    )
    with pytest.raises(RateLimitError) as caught:
        altmarket.markets()
    assert caught.value.retry_after == 3600.0
    assert caught.value.status == 429
    assert sleeps == []
    assert len(server.requests) == 1


def test_4xx_is_not_retried(altmarket: AltMarket, server: ScriptedServer) -> None:
    server.route(
        "GET", "/api/wallet/balance", canned(400, json={"errors": [{"code": "BadRequest"}]})
    )
    with pytest.raises(Exception):  # noqa: B017 - the class is tested elsewhere
        altmarket.balances()
    assert len(server.requests) == 1


def test_max_retries_per_client_and_per_call(
    server: ScriptedServer, sleeps: list[float], altmarket: AltMarket
) -> None:
    server.always("GET", "/api/wallet/balance", canned(503, body="down"))
    with pytest.raises(ServerError):
        altmarket.with_options(max_retries=0).balances()
    assert len(server.requests) == 1
    with pytest.raises(ServerError):
        altmarket.with_options(max_retries=5).balances()
    assert len(server.requests) == 1 + 6
    assert altmarket.max_retries == 2
    with AltMarket("k", "s", base_url=server.url, max_retries=1) as once:
        once._transport.sleep = sleeps.append
        with pytest.raises(ServerError):
            once.balances()
    assert len(server.requests) == 7 + 2


def test_with_options_shares_the_cache(altmarket: AltMarket, server: ScriptedServer) -> None:
    server.route("GET", "/api/markets", canned(json=markets_json()))
    markets = altmarket.markets()
    assert altmarket.with_options(max_retries=0, timeout=1).markets() is markets
    assert len(server.requests) == 1


# ----------------------------------------------------------------------------- writes


def test_an_order_is_never_retried_on_5xx(
    altmarket: AltMarket, server: ScriptedServer, sleeps: list[float]
) -> None:
    server.always("GET", "/api/markets", canned(json=markets_json()))
    server.route("POST", "/api/order", canned(503, body="upstream timed out"))
    server.route(
        "GET", "/api/orders/open", canned(json=[order_json("77", side="Sell", price=45000)])
    )
    with pytest.raises(OrderStateUnknownError) as caught:
        altmarket.limit_order("btc_usdt", "sell", "0.5", "45000")
    assert len(server.to("/api/order")) == 1
    assert sleeps == []
    assert isinstance(caught.value.cause, ServerError)
    assert caught.value.cause.status == 503
    found = caught.value.lookup()
    assert found is not None and getattr(found, "order_id", None) == "77"


def test_an_order_refused_with_429_is_not_retried(
    altmarket: AltMarket, server: ScriptedServer, sleeps: list[float]
) -> None:
    server.always("GET", "/api/markets", canned(json=markets_json()))
    server.route("POST", "/api/order", canned(429, body="", headers={"Retry-After": "1"}))
    with pytest.raises(RateLimitError) as caught:
        altmarket.market_order("btc_usdt", "buy", "1")
    assert caught.value.retry_after == 1.0
    assert len(server.to("/api/order")) == 1
    assert sleeps == []


def test_an_order_refused_with_400_is_an_invalid_order(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    server.always("GET", "/api/markets", canned(json=markets_json()))
    server.route(
        "POST",
        "/api/order",
        canned(400, json={"errors": [{"code": "PriceOutOfRange", "message": "Price too low."}]}),
    )
    with pytest.raises(InvalidOrderError) as caught:
        altmarket.limit_order("btc_usdt", "buy", "1", "0.01")
    assert caught.value.code == "PriceOutOfRange"
    assert caught.value.message == "Price too low."


def test_a_withdrawal_is_retried_with_the_same_transfer_id(
    altmarket: AltMarket, server: ScriptedServer, sleeps: list[float]
) -> None:
    server.always("GET", "/api/assets-info", canned(json=assets_json()))
    server.route(
        "POST",
        "/api/wallet/withdrawal",
        canned(502, body="Bad Gateway"),
        lambda received: canned(json=transfer_json(received.json()["transferId"])),
    )
    transfer = altmarket.withdraw("btc", "0.01", "bc1qtarget")
    sent = server.to("/api/wallet/withdrawal")
    assert len(sent) == 2
    keys = {json.loads(r.body)["transferId"] for r in sent}
    assert len(keys) == 1
    assert transfer.transfer_id in keys
    assert len(transfer.transfer_id or "") == 32
    assert sent[0].json()["ts"] != sent[1].json()["ts"]  # signed afresh
    assert sent[0].header("Sign") != sent[1].header("Sign")


def test_a_withdrawal_whose_fate_stays_unknown(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    server.always("GET", "/api/assets-info", canned(json=assets_json()))
    server.always("POST", "/api/wallet/withdrawal", canned(504, body="Gateway Timeout"))
    server.route("GET", "/api/wallet/transfers", canned(json=[transfer_json("mine-1")]))
    with pytest.raises(OrderStateUnknownError) as caught:
        altmarket.withdraw("btc", "0.01", "bc1qtarget", transfer_id="mine-1")
    assert len(server.to("/api/wallet/withdrawal")) == 3
    sent = caught.value.sent
    assert isinstance(sent, SentWithdrawal) and sent.transfer_id == "mine-1"
    found = caught.value.lookup()
    assert isinstance(found, Transfer) and found.transfer_id == "mine-1"
    assert server.to("/api/wallet/transfers")[0].params["count"] == "100"


def test_a_withdrawal_refused_with_400_every_time_is_not_unknown(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    from tradespec import InsufficientFundsError

    server.always("GET", "/api/assets-info", canned(json=assets_json()))
    server.route(
        "POST",
        "/api/wallet/withdrawal",
        canned(
            400, json={"errors": [{"code": "InsufficientFunds", "message": "Insufficient funds."}]}
        ),
    )
    with pytest.raises(InsufficientFundsError):
        altmarket.withdraw("btc", "5", "bc1q")


def test_cancels_are_retried(altmarket: AltMarket, server: ScriptedServer) -> None:
    server.route(
        "DELETE",
        "/api/orders/5",
        canned(500, body="oops"),
        canned(json={"order": order_json("5", status="Cancelled")}),
    )
    assert altmarket.cancel_order(5).order_id == "5"
    server.route("DELETE", "/api/orders", canned(503, body=""), canned(json={"data": 4}))
    assert altmarket.cancel_all_orders() == 4


def test_hashgreen_offer_is_never_retried_and_cancel_is(
    hashgreen: Hashgreen, server: ScriptedServer
) -> None:
    from tests.wrapper.helpers import FIXTURES, hashgreen_order_json

    offer = (FIXTURES / "chia-test-offer-v6.offer").read_text().strip()
    server.route("POST", "/orders", canned(500, body="Internal Server Error"))
    with pytest.raises(OrderStateUnknownError):
        hashgreen.create_order(offer)
    assert len(server.to("/orders")) == 1
    assert server.to("/orders")[0].body == b"offer=" + offer.encode()
    server.route(
        "DELETE",
        "/orders/abc",
        canned(503, body="busy"),
        canned(json=envelope(hashgreen_order_json("abc", status=6), code=0)),
    )
    assert hashgreen.cancel_order("abc").id == "abc"
    server.route("GET", "/markets", canned(502), canned(json=envelope([hashgreen_market_json()])))
    assert hashgreen.markets()[0].code == "XCH-USDS"


async def test_async_retries_sleep_without_blocking(
    async_altmarket: AsyncAltMarket, server: ScriptedServer, sleeps: list[float]
) -> None:
    server.route(
        "GET",
        "/api/wallet/balance",
        canned(429, headers={"Retry-After": "2"}, body=""),
        canned(json=[{"asset": "btc", "totalBalance": 0.5, "inOrder": 0, "availableBalance": 0.5}]),
    )
    balances = await async_altmarket.balances()
    assert balances["btc"].total_balance == Decimal("0.5")
    assert sleeps == [2.0]
    server.always("GET", "/api/orders/open", canned(503, body=""))
    with pytest.raises(ServerError):
        await async_altmarket.with_options(max_retries=1).open_orders()
    assert len(server.to("/api/orders/open")) == 2
