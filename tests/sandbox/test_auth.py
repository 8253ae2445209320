"""AltMarket's signature and ``ts`` checks, over HTTP: every failure is a 401 in the shape."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest
from tradespec_sandbox import SandboxServer

from .helpers import Admin, AltMarket, sign, timestamp


def assert_unauthorized(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/json")
    [error] = response.json()["errors"]
    assert error["code"] == "Unauthorized" and error["message"]


@pytest.fixture
def clock(admin: Admin) -> Iterator[Admin]:
    yield admin
    admin.post("/clock", {"offset": 0})


def test_a_signed_request_passes(trader: AltMarket) -> None:
    assert trader.get("/api/wallet/balance").status_code == 200
    assert trader.post("/api/wallet/deposit", {"assetId": "btc"}).status_code == 200


def test_missing_headers(trader: AltMarket, http: httpx.Client) -> None:
    query = f"ts={timestamp()}"
    url = f"{trader.url}/api/wallet/balance?{query}"
    signature = sign(trader.secret, f"?{query}".encode())
    assert_unauthorized(http.get(url))
    assert_unauthorized(http.get(url, headers={"Key": trader.key}))
    assert_unauthorized(http.get(url, headers={"Sign": signature}))
    assert http.get(url, headers={"Key": trader.key, "Sign": signature}).status_code == 200


def test_wrong_key_or_signature(trader: AltMarket, other: AltMarket, http: httpx.Client) -> None:
    query = f"ts={timestamp()}"
    url = f"{trader.url}/api/wallet/balance?{query}"
    good = sign(trader.secret, f"?{query}".encode())
    assert_unauthorized(http.get(url, headers={"Key": "no-such-key", "Sign": good}))
    assert_unauthorized(http.get(url, headers={"Key": other.key, "Sign": good}))
    assert_unauthorized(http.get(url, headers={"Key": trader.key, "Sign": good.lower()}))
    assert_unauthorized(
        http.get(
            url,
            headers={"Key": trader.key, "Sign": good[:-1] + ("1" if good.endswith("0") else "0")},
        )
    )
    signed_without_mark = sign(trader.secret, query.encode())
    assert_unauthorized(http.get(url, headers={"Key": trader.key, "Sign": signed_without_mark}))


def test_the_raw_query_is_what_is_signed(trader: AltMarket, http: httpx.Client) -> None:
    """Signing one encoding and sending another fails, as on the live platform."""
    moment = timestamp()
    sent = f"ts={moment.replace(':', '%3A')}"
    signed_other_encoding = sign(trader.secret, f"?ts={moment}".encode())
    url = f"{trader.url}/api/wallet/balance?{sent}"
    assert_unauthorized(http.get(url, headers={"Key": trader.key, "Sign": signed_other_encoding}))
    right = sign(trader.secret, f"?{sent}".encode())
    assert http.get(url, headers={"Key": trader.key, "Sign": right}).status_code == 200


def test_the_raw_body_is_what_is_signed(trader: AltMarket, http: httpx.Client) -> None:
    body = {"assetId": "btc", "ts": timestamp()}
    compact = json.dumps(body, separators=(",", ":")).encode()
    default = json.dumps(body).encode()
    url = f"{trader.url}/api/wallet/deposit"
    headers = {"Key": trader.key, "Content-Type": "application/json"}
    wrong = {**headers, "Sign": sign(trader.secret, default)}
    assert_unauthorized(http.post(url, content=compact, headers=wrong))
    right = {**headers, "Sign": sign(trader.secret, compact)}
    assert http.post(url, content=compact, headers=right).status_code == 200


def test_ts_is_required(trader: AltMarket, http: httpx.Client) -> None:
    headers = {"Key": trader.key, "Sign": sign(trader.secret, b"?")}
    assert_unauthorized(http.get(f"{trader.url}/api/wallet/balance", headers=headers))
    raw = json.dumps({"assetId": "btc"}).encode()
    headers = {"Key": trader.key, "Sign": sign(trader.secret, raw)}
    assert_unauthorized(http.post(f"{trader.url}/api/wallet/deposit", content=raw, headers=headers))
    query = "ts=yesterday"
    headers = {"Key": trader.key, "Sign": sign(trader.secret, f"?{query}".encode())}
    assert_unauthorized(http.get(f"{trader.url}/api/wallet/balance?{query}", headers=headers))


@pytest.mark.parametrize("skew", [-6.0, 6.0, -3600.0])
def test_ts_outside_the_window(trader: AltMarket, skew: float) -> None:
    trader.skew = skew
    assert_unauthorized(trader.get("/api/wallet/balance"))
    assert_unauthorized(trader.post("/api/wallet/deposit", {"assetId": "btc"}))


@pytest.mark.parametrize("skew", [-4.0, 4.0])
def test_ts_inside_the_window(trader: AltMarket, skew: float) -> None:
    trader.skew = skew
    assert trader.get("/api/wallet/balance").status_code == 200


@pytest.mark.parametrize(
    "written",
    [
        lambda m: m.replace(tzinfo=None).isoformat(),  # naive: UTC
        lambda m: m.isoformat(),  # +00:00
        lambda m: m.replace(tzinfo=None).isoformat() + "Z",
        lambda m: m.astimezone(timezone(timedelta(hours=2))).isoformat(),
    ],
    ids=["naive", "offset", "zulu", "plus-two"],
)
def test_ts_forms(
    trader: AltMarket, http: httpx.Client, written: Callable[[datetime], str]
) -> None:
    moment = written(datetime.now(UTC))
    query = httpx.QueryParams({"ts": moment})
    headers = {"Key": trader.key, "Sign": sign(trader.secret, f"?{query}".encode())}
    response = http.get(f"{trader.url}/api/wallet/balance?{query}", headers=headers)
    assert response.status_code == 200, response.text


def test_moving_the_sandbox_clock_makes_a_client_look_skewed(
    trader: AltMarket, clock: Admin
) -> None:
    clock.post("/clock", {"offset": 30})
    assert_unauthorized(trader.get("/api/wallet/balance"))
    trader.skew = 30
    assert trader.get("/api/wallet/balance").status_code == 200
    clock.post("/clock", {"advance": -30})
    assert_unauthorized(trader.get("/api/wallet/balance"))


def test_server_time_is_dotnet_ticks(trader: AltMarket, clock: Admin) -> None:
    before = datetime.now(UTC)
    ticks = trader.get("/api/markets").json()["serverTime"]
    after = datetime.now(UTC)
    moment = datetime(1, 1, 1, tzinfo=UTC) + timedelta(microseconds=ticks // 10)
    assert before - timedelta(seconds=1) <= moment <= after + timedelta(seconds=1)
    clock.post("/clock", {"offset": 3600})
    trader.skew = 3600  # a client that learnt the offset from serverTime
    ticks_later = trader.get("/api/markets").json()["serverTime"]
    assert abs((ticks_later - ticks) / 10**7 - 3600) < 5


def test_unauthenticated_hashgreen_calls(sandbox: SandboxServer, http: httpx.Client) -> None:
    url = f"{sandbox.hashgreen_url}/orders"
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        response = http.get(url, headers=headers)
        assert response.status_code == 401
        body = response.json()
        assert body["code"] == 401 and body["msg"] and body["data"] is None
