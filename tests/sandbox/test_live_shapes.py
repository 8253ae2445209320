"""``live_shapes``: answers in the live platforms' drifted shapes, read over HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from tradespec_sandbox import SandboxServer, serve_in_thread
from tradespec_sandbox.domain.clock import DOTNET_EPOCH_TICKS

from .helpers import Admin, AltMarket, Hashgreen
from .test_persistence import running


@pytest.fixture(scope="module")
def live() -> Iterator[SandboxServer]:
    with serve_in_thread(catalog="live", live_shapes=True) as server:
        yield server


@pytest.fixture(autouse=True)
def _empty_books(live: SandboxServer, http: httpx.Client) -> None:
    """Each test starts on a reset sandbox: no orders left by the one before."""
    Admin(http, live.url).post("/reset")


@pytest.fixture
def pair(live: SandboxServer, http: httpx.Client) -> tuple[AltMarket, AltMarket, Admin]:
    admin = Admin(http, live.url)
    traders = []
    for _ in range(2):
        keys = admin.account(btc="10", usd="1000000")
        traders.append(AltMarket(http, live.url, keys["api_key"], keys["api_secret"]))
    return traders[0], traders[1], admin


def test_orders_have_numeric_enums_lowercase_statuses_and_undocumented_fields(
    pair: tuple[AltMarket, AltMarket, Admin],
) -> None:
    maker, taker, _ = pair
    resting = maker.placed("btc_usd", "sell", "0.5", "30000")
    assert (resting["orderType"], resting["side"], resting["type"]) == (0, 1, "sell")
    assert resting["status"] == "working"
    assert resting["remaining"] == 0.5
    assert (resting["requestedPrice"], resting["executionPrice"]) == (30000, 0)
    assert "stopPrice" not in resting  # not a stop order: live answers leave it out

    bought = taker.order("btc_usd", "buy", "0.2")  # a market order
    order = bought.json()["order"]
    assert (order["orderType"], order["side"], order["status"]) == (1, 0, "completed")
    assert (order["remaining"], order["requestedPrice"], order["executionPrice"]) == (0, 0, 30000)

    stop = maker.placed("btc_usd", "sell", "0.1", "20000", stop="21000")
    assert (stop["orderType"], stop["stopPrice"]) == (2, 21000)
    stop_market = maker.placed("btc_usd", "buy", "0.1", stop="40000")
    assert stop_market["orderType"] == 3

    cancelled = maker.delete(f"/api/orders/{stop['orderId']}").json()["order"]
    assert cancelled["status"] == "cancelled"
    open_orders = maker.get("/api/orders/open").json()
    by_id = {o["orderId"]: o for o in open_orders}
    partly = by_id[resting["orderId"]]
    assert partly["remaining"] == 0.3
    assert partly["executionPrice"] == 30000
    assert isinstance(partly["orderId"], str)  # still a string, never a number


def test_histories_have_a_paging_total_that_disagrees_with_the_data(
    pair: tuple[AltMarket, AltMarket, Admin],
) -> None:
    maker, taker, _ = pair
    for price in ("30000", "30001", "30002"):
        maker.placed("btc_usd", "sell", "0.1", price)
    taker.placed("btc_usd", "buy", "0.3", "30002")
    orders = maker.get("/api/order_history", [("PerPage", 2)]).json()
    assert len(orders["data"]) == 2
    assert orders["paging"]["total"] == 3 + 2  # one page more than there is
    assert {o["status"] for o in orders["data"]} == {"completed"}
    trades = taker.get("/api/trade_history").json()
    assert [t["side"] for t in trades["data"]] == [0, 0, 0]
    assert trades["paging"]["total"] == 3 + trades["paging"]["per_page"]


def test_markets_leave_out_the_fee_and_tell_the_time_in_ticks(
    pair: tuple[AltMarket, AltMarket, Admin],
) -> None:
    maker, _, _ = pair
    info = maker.get("/api/markets").json()
    assert all("fee" not in market and "takerFee" in market for market in info["pairs"].values())
    unix = (info["serverTime"] - DOTNET_EPOCH_TICKS) / 10**7
    assert abs(unix - time.time()) < 60


def test_errors_keep_their_shape(pair: tuple[AltMarket, AltMarket, Admin]) -> None:
    maker, _, _ = pair
    refused = maker.order("nope_usd", "buy", "1", "1")
    assert refused.status_code == 404
    assert refused.json()["errors"][0]["code"] == "MarketNotFound"


def test_hashgreen_answers_carry_fields_the_document_does_not_list(
    live: SandboxServer, http: httpx.Client
) -> None:
    keys = Admin(http, live.url).account()
    dex = Hashgreen(http, live.url, keys["token"])
    markets = dex.get("/markets").json()
    assert markets["trace_id"]
    market = markets["data"][0]
    assert market["id"] == "61dc1d387d9b5a6756c0d0a2"
    assert (market["is_hot"], market["tags"]) == (False, [])
    assert market["base_ccy"]["icon_url"].endswith("/xch.png")
    offer = Admin(http, live.url).offer(keys["token"], "XCH-USDS", "buy", "29.50", "1")
    posted = dex.post_offer(offer).json()
    assert posted["code"] == 0
    assert (posted["data"]["fee_display"], posted["data"]["expired_at"]) == ("0", None)
    listed = dex.get("/orders").json()["data"]
    assert listed[0]["fee_display"] == "0"
    book = dex.get("/trades/book", market_id=market["id"]).json()["data"]
    assert isinstance(book["ts"], int)
    assert book["bids"][0][0] == "29.50"  # decimals stay strings
    missing = dex.get("/markets/NOPE-XCH").json()
    assert missing == {"code": 404, "msg": missing["msg"], "data": None}


def test_live_shapes_can_be_turned_on_and_off_while_running(
    sandbox: SandboxServer, admin: Admin, trader: AltMarket
) -> None:
    def shape() -> dict[str, Any]:
        order: dict[str, Any] = trader.placed("btc_usdt", "buy", "0.01", "100")
        return order

    assert admin.get("/settings") == {"live_shapes": False, "rate_limit": None, "strict": False}
    assert shape()["orderType"] == "Limit"
    try:
        assert admin.post("/settings", {"live_shapes": True})["live_shapes"] is True
        live = shape()
        assert (live["orderType"], live["status"], live["remaining"]) == (0, "working", 0.01)
    finally:
        admin.post("/settings", {"live_shapes": False})
    clean = shape()
    assert clean["status"] == "Working"
    assert "remaining" not in clean


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"live_shapes": "yes"}, "live_shapes must be true or false"),
        ({"rate_limit": "fast"}, "rate_limit must be requests per second"),
        ({"rate_limit": -1}, "rate_limit must be requests per second"),
        ({"shapes": True}, "Unknown setting 'shapes'"),
    ],
)
def test_bad_settings_are_refused(
    sandbox: SandboxServer, http: httpx.Client, body: dict[str, Any], message: str
) -> None:
    response = http.post(f"{sandbox.admin_url}/settings", json=body)
    assert response.status_code == 400
    assert message in response.json()["errors"][0]["message"]


def test_execution_price_is_the_average_of_the_fills(
    pair: tuple[AltMarket, AltMarket, Admin],
) -> None:
    maker, taker, _ = pair
    maker.placed("btc_usd", "sell", "0.1", "30000")
    maker.placed("btc_usd", "sell", "0.2", "30003")
    order = taker.placed("btc_usd", "buy", "0.3", "30010")
    assert Decimal(str(order["executionPrice"])) == Decimal("30002")
    assert order["requestedPrice"] == 30010


def test_the_cli_serves_live_shapes_and_a_rate_limit() -> None:
    args = ("--live-shapes", "--rate-limit", "5", "--no-demo")
    with running(*args) as (_, base, lines), httpx.Client(timeout=10) as http:
        assert "  answers             in the live platforms' shapes (--live-shapes)" in lines
        assert "  rate limit          5 requests per second per account" in lines
        admin = Admin(http, base)
        assert admin.get("/settings") == {"live_shapes": True, "rate_limit": 5, "strict": False}
        keys = admin.account(btc="1")
        trader = AltMarket(http, base, keys["api_key"], keys["api_secret"])
        order = trader.placed("btc_usdt", "sell", "0.1", "40000")
        assert (order["orderType"], order["side"], order["status"]) == (0, 1, "working")
        statuses = [trader.get("/api/wallet/balance").status_code for _ in range(10)]
        assert 429 in statuses
