"""AltMarket over HTTP: orders, history filters and paging, wallet, and bad input (never a 500)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from .helpers import Admin, AltMarket, sign, timestamp


def error_of(response: httpx.Response, status: int) -> dict[str, str]:
    assert response.status_code == status, response.text
    [error] = response.json()["errors"]
    assert set(error) == {"code", "message"}
    return dict(error)


def balances(client: AltMarket) -> dict[str, dict[str, Any]]:
    return {row["asset"]: row for row in client.get("/api/wallet/balance").json()}


def test_numbers_are_json_numbers_and_exact(trader: AltMarket) -> None:
    raw = trader.post(
        "/api/order",
        {"order": {"instrument": "btc_usdt", "type": "sell", "amount": 0.123456,
                   "price": 30000.25, "isLimit": True, "isStop": False}},
    ).text  # fmt: skip
    order = json.loads(raw, parse_float=Decimal)["order"]
    assert order["amount"] == Decimal("0.123456") and order["price"] == Decimal("30000.25")
    assert '"amount":0.123456' in raw
    assert isinstance(json.loads(raw)["order"]["total"], float)
    assert json.loads(raw)["order"]["orderId"].lstrip("-").isdigit()


def test_trading_round_trip(trader: AltMarket, other: AltMarket) -> None:
    sell = trader.placed("eth_btc", "sell", "2", price="0.06123")
    assert (sell["status"], sell["orderType"], sell["side"]) == ("Working", "Limit", "Sell")
    assert balances(trader)["eth"]["inOrder"] == 2
    buy = other.placed("eth_btc", "buy", "0.5", price="0.07")
    assert buy["status"] == "Completed" and buy["unitsFilled"] == 0.5
    open_ids = [o["orderId"] for o in trader.get("/api/orders/open").json()]
    assert sell["orderId"] in open_ids
    cancelled = trader.delete(f"/api/orders/{sell['orderId']}").json()["order"]
    assert cancelled["status"] == "Cancelled" and cancelled["unitsFilled"] == 0.5
    assert balances(trader)["eth"]["inOrder"] == 0
    error_of(trader.delete(f"/api/orders/{sell['orderId']}"), 400)
    error_of(trader.delete("/api/orders/9223372036854775807"), 404)
    error_of(trader.delete("/api/orders/not-a-number"), 400)


def test_stop_order_over_http(admin: Admin, trader: AltMarket) -> None:
    admin.deposit(trader.key, "xch", "1")
    stop = trader.placed("xch_usdt", "sell", "1", stop="1.000")
    assert (stop["orderType"], stop["isPending"], stop["stopPrice"]) == ("StopMarket", True, 1)
    stop_limit = trader.placed("xch_usdt", "buy", "1", price="99.000", stop="98.5")
    assert stop_limit["orderType"] == "StopLimit" and stop_limit["isLimit"] is True
    assert trader.delete("/api/orders").json() == {"data": 2}


def test_order_history_filters_and_paging(admin: Admin, trader: AltMarket) -> None:
    placed = [trader.placed("btc_usdt", "buy", "0.01", price=str(100 + i)) for i in range(7)]
    placed.append(trader.placed("eth_btc", "sell", "1", price="0.5"))
    trader.delete(f"/api/orders/{placed[0]['orderId']}")

    def page(*params: tuple[str, Any]) -> dict[str, Any]:
        response = trader.get("/api/order_history", list(params))
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    everything = page()
    assert everything["paging"] == {"page": 1, "per_page": 50, "total": 8}
    assert [o["orderId"] for o in everything["data"]] == [o["orderId"] for o in placed[::-1]]
    first = page(("PerPage", 3))
    second = page(("PerPage", 3), ("Page", 2))
    last = page(("PerPage", 3), ("Page", 3))
    beyond = page(("PerPage", 3), ("Page", 4))
    assert [len(p["data"]) for p in (first, second, last, beyond)] == [3, 3, 2, 0]
    assert first["paging"] == {"page": 1, "per_page": 3, "total": 8}
    assert page(("Market", "eth_btc"))["paging"]["total"] == 1
    assert page(("Side", "Sell"))["data"][0]["instrument"] == "eth_btc"
    assert page(("IsHideCanceled", "true"))["paging"]["total"] == 7
    by_price = page(("Market", "btc_usdt"), ("AscOrder", "price"))["data"]
    assert [o["price"] for o in by_price] == [100 + i for i in range(7)]
    by_price = page(("Market", "btc_usdt"), ("DescOrder", "price"))["data"]
    assert by_price[0]["price"] == 106
    two_keys = page(("AscOrder", "instrument"), ("DescOrder", "price"))["data"]
    assert [o["instrument"] for o in two_keys][:2] == ["btc_usdt", "btc_usdt"]
    assert two_keys[0]["price"] == 106 and two_keys[-1]["instrument"] == "eth_btc"
    echoed = page(("Market", "eth_btc"), ("Side", "Sell"), ("AscOrder", "price"))["filters"]
    assert echoed == {"Market": "eth_btc", "Side": "Sell", "AscOrder": ["price"]}
    future = page(("StartDate", "2100-01-01T00:00:00Z"))
    assert future["data"] == [] and future["paging"]["total"] == 0
    past = page(("EndDate", "2000-01-01T00:00:00"))
    assert past["paging"]["total"] == 0
    window = page(("StartDate", placed[0]["createdAt"]), ("EndDate", placed[3]["createdAt"]))
    assert window["paging"]["total"] == 3
    assert page(("PerPage", 5000))["paging"]["per_page"] == 1000
    trader.delete("/api/orders")


@pytest.mark.parametrize(
    "params",
    [
        [("Page", "0")],
        [("PerPage", "-1")],
        [("Page", "x")],
        [("Side", "sideways")],
        [("Market", "NOPE-USDT")],
        [("StartDate", "yesterday")],
        [("AscOrder", "colour")],
        [("IsHideCanceled", "maybe")],
        [("Market", "")],
    ],
)
def test_bad_history_queries(trader: AltMarket, params: list[tuple[str, str]]) -> None:
    assert error_of(trader.get("/api/order_history", params), 400)["message"]


def test_trade_history(admin: Admin, trader: AltMarket, other: AltMarket) -> None:
    admin.deposit(other.key, "xch", "10")
    other.placed("xch_usdt", "sell", "3", price="0.123")
    for _ in range(3):
        trader.placed("xch_usdt", "buy", "1", price="0.123")
    history = trader.get("/api/trade_history", [("Market", "xch_usdt")]).json()
    assert history["paging"]["total"] == 3
    row = history["data"][0]
    assert (row["side"], row["amount"], row["executionPrice"]) == ("Buy", 1, 0.123)
    assert row["commission"] == 0.001  # taker, 0.1% of 1 XCH
    seqs = [r["tradeSeq"] for r in history["data"]]
    assert seqs == sorted(seqs, reverse=True)
    ascending = trader.get("/api/trade_history", [("AscOrder", "tradeSeq")]).json()["data"]
    assert [r["tradeSeq"] for r in ascending][-3:] == sorted(seqs)
    maker = other.get("/api/trade_history", [("Side", "Sell"), ("PerPage", 2)]).json()
    assert maker["paging"] == {"page": 1, "per_page": 2, "total": 3}
    assert maker["data"][0]["commission"] == 0  # xch_usdt has no maker fee


def test_withdrawals_and_transfers(admin: Admin, trader: AltMarket) -> None:
    request = {"assetId": "btc", "amount": 1.5, "address": "bc1q-out", "transferId": "abc-1"}
    first = trader.post("/api/wallet/withdrawal", request).json()
    assert (first["status"], first["amount"], first["fee"]) == (
        "AwaitingConfirmation",
        "1.5",
        "0.0005",
    )
    again = trader.post("/api/wallet/withdrawal", {**request, "amount": 2}).json()
    assert again == first
    assert balances(trader)["btc"]["totalBalance"] == 8.5
    error_of(trader.post("/api/wallet/withdrawal", {**request, "transferId": None}), 400)
    no_id = {k: v for k, v in request.items() if k != "transferId"}
    made = trader.post("/api/wallet/withdrawal", no_id).json()
    assert made["transferId"] and made["transferId"] != "abc-1"
    admin.post("/withdrawals/fail-next", {"api_key": trader.key})
    doomed = trader.post("/api/wallet/withdrawal", {**request, "transferId": "abc-2"}).json()
    settled = admin.post("/withdrawals/complete", {})
    statuses = {t["transferId"]: t["status"] for t in settled}
    assert statuses["abc-1"] == "Completed" and statuses[doomed["transferId"]] == "Failed"
    assert balances(trader)["btc"]["totalBalance"] == 7
    transfers = trader.get("/api/wallet/transfers").json()
    assert [t["type"] for t in transfers][-1] == "Deposit"
    mine = {t["transferId"]: t for t in transfers}
    assert mine["abc-1"]["status"] == "Completed" and mine["abc-1"]["txId"]
    assert mine["abc-2"]["status"] == "Failed" and mine["abc-2"]["errorCode"]
    assert len(trader.get("/api/wallet/transfers", [("count", 2)]).json()) == 2
    assert admin.ledger_balanced()


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"assetId": "btc", "amount": 100, "address": "a"}, 400, "InsufficientFunds"),
        ({"assetId": "btc", "amount": 0.0001, "address": "a"}, 400, "InvalidAmount"),
        ({"assetId": "btc", "amount": -1, "address": "a"}, 400, "InvalidAmount"),
        ({"assetId": "btc", "amount": 0.000000001, "address": "a"}, 400, "InvalidAmount"),
        ({"assetId": "DOGE", "amount": 1, "address": "a"}, 404, "AssetNotFound"),
        ({"assetId": "btc", "amount": "1", "address": "a"}, 400, "BadRequest"),
        ({"assetId": "btc", "amount": 1, "address": "a\nb"}, 400, "BadRequest"),
        ({"assetId": "btc", "amount": 1}, 400, "BadRequest"),
    ],
)
def test_refused_withdrawals(
    trader: AltMarket, body: dict[str, Any], status: int, code: str
) -> None:
    assert error_of(trader.post("/api/wallet/withdrawal", body), status)["code"] == code


def test_deposit_address_is_stable(trader: AltMarket) -> None:
    first = trader.post("/api/wallet/deposit", {"assetId": "xch"}).json()
    assert (
        first["address"] == trader.post("/api/wallet/deposit", {"assetId": "xch"}).json()["address"]
    )
    assert first["asset"] == "xch"
    error_of(trader.post("/api/wallet/deposit", {"assetId": "NOPE"}), 404)


LIMIT: dict[str, Any] = {
    "instrument": "btc_usdt", "type": "buy", "amount": 1, "price": 1, "isLimit": True
}  # fmt: skip
MARKET: dict[str, Any] = {"instrument": "btc_usdt", "type": "buy", "amount": 1}


@pytest.mark.parametrize(
    ("order", "status", "code"),
    [
        ({**LIMIT, "amount": 1000, "price": 30000}, 400, "InsufficientFunds"),
        ({**LIMIT, "instrument": "NOPE-USDT"}, 404, "MarketNotFound"),
        ({**LIMIT, "amount": 0}, 400, "InvalidOrder"),
        ({**LIMIT, "amount": -1}, 400, "InvalidOrder"),
        ({**LIMIT, "price": 1.001}, 400, "InvalidOrder"),
        ({**LIMIT, "price": -5}, 400, "InvalidOrder"),
        ({k: v for k, v in LIMIT.items() if k != "price"}, 400, "InvalidOrder"),
        ({**MARKET, "isStop": True}, 400, "InvalidOrder"),
        ({**MARKET, "type": "hold"}, 400, "BadRequest"),
        ({**MARKET, "amount": "1"}, 400, "BadRequest"),
        ({**MARKET, "isLimit": "yes"}, 400, "BadRequest"),
        ({**MARKET, "amount": 1e300}, 400, "InvalidOrder"),
        ({"type": "buy", "amount": 1}, 400, "InvalidOrder"),
    ],
)
def test_refused_orders(trader: AltMarket, order: dict[str, Any], status: int, code: str) -> None:
    assert error_of(trader.post("/api/order", {"order": order}), status)["code"] == code


@pytest.mark.parametrize(
    "raw",
    [b"", b"{", b"[]", b'"order"', b'{"order": [1], "ts": "%s"}', b'{"order": NaN}', b"\xff\xfe"],
)
def test_malformed_bodies_are_400(trader: AltMarket, http: httpx.Client, raw: bytes) -> None:
    if b"%s" in raw:
        raw = raw.replace(b"%s", timestamp().encode())
    headers = {"Key": trader.key, "Sign": sign(trader.secret, raw)}
    response = http.post(f"{trader.url}/api/order", content=raw, headers=headers)
    error_of(response, 400)


def test_unknown_paths_and_methods(trader: AltMarket, http: httpx.Client) -> None:
    assert error_of(http.get(f"{trader.url}/api/nothing-here"), 404)["code"] == "NotFound"
    response = http.put(f"{trader.url}/api/order?ts={timestamp()}")
    assert error_of(response, 405)["code"] == "MethodNotAllowed"
    assert "POST" in response.headers["allow"]


def test_an_operation_the_sandbox_does_not_serve_is_a_501_naming_it() -> None:
    from starlette.routing import Route
    from tradespec_sandbox.http.unserved import unserved_routes

    served = [Route("/api/assets-info", lambda request: None, methods=["GET"])]
    routes = unserved_routes(served, "altmarket_client")
    paths = {route.path for route in routes}
    assert "/api/assets-info" not in paths
    assert "/api/orders/{orderId}" in paths and "/api/wallet/balance" in paths
