"""Hashgreen over HTTP: markets, statistics, the 5-column book, trades, orders made of offers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from tradespec_sandbox import SandboxServer

from .helpers import Admin, Hashgreen

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chia-offers"


@pytest.fixture
def public(sandbox: SandboxServer, http: httpx.Client) -> Hashgreen:
    return Hashgreen(http, sandbox.url)


@pytest.fixture
def pair(admin: Admin, sandbox: SandboxServer, http: httpx.Client) -> tuple[Hashgreen, Hashgreen]:
    """Two traders with their own tokens."""
    one, two = admin.account(), admin.account()
    return Hashgreen(http, sandbox.url, one["token"]), Hashgreen(http, sandbox.url, two["token"])


def ok_data(response: httpx.Response, code: int) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == code and body["msg"] == "ok"
    return body["data"]


def refused(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == status and body["data"] is None
    message: str = body["msg"]
    return message


def market_id(public: Hashgreen, code: str) -> str:
    found: str = ok_data(public.get(f"/markets/{code}"), 200)["id"]
    return found


def test_markets(public: Hashgreen) -> None:
    markets = ok_data(public.get("/markets"), 200)
    codes = [m["code"] for m in markets]
    assert "XCH-USDS" in codes and len(codes) >= 2
    xch_usds = next(m for m in markets if m["code"] == "XCH-USDS")
    assert len(xch_usds["id"]) == 24 and int(xch_usds["id"], 16) >= 0
    assert (xch_usds["price_precision"], xch_usds["base_amount_precision"]) == (2, 3)
    assert xch_usds["base_ccy"]["code"] == "XCH" and xch_usds["base_ccy"]["precision"] == 12
    assert Decimal(xch_usds["base_ccy"]["multiplier"]) == Decimal("1E-12")
    assert ok_data(public.get("/markets/XCH-USDS"), 200) == xch_usds
    refused(public.get("/markets/DOGE-USDS"), 404)
    refused(public.get(f"/markets/{xch_usds['id']}"), 404)  # a code here, not an id


def test_orders_from_offers_match_into_trades(
    admin: Admin, public: Hashgreen, pair: tuple[Hashgreen, Hashgreen]
) -> None:
    seller, buyer = pair
    market = market_id(public, "SBX-XCH")
    ask = admin.offer(seller.token or "", "SBX-XCH", "sell", "0.0000000250", "1000")
    ask_order = ok_data(seller.post_offer(ask), 0)
    assert (ask_order["side"], ask_order["status"], ask_order["price"]) == (2, 2, "0.0000000250")
    assert ask_order["base_amount_display"] == "1000.000"
    assert ask_order["quote_amount_display"] == "0.000025000000"
    book = ok_data(public.get("/trades/book", market_id=market), 200)
    assert ["0.0000000250", "1000.000", "1000.000", "1000.000", "0.000025000000"] in book["asks"]

    bid = admin.offer(buyer.token or "", market, "buy", "0.0000000300", "400")
    bid_order = ok_data(buyer.post_offer(bid), 0)
    assert bid_order["status"] == 3  # matched in full
    trades = ok_data(public.get("/trades/history", market_id=market), 200)
    newest = trades[0]
    assert (newest["price"], newest["side"]) == ("0.0000000250", 2)  # at the maker's ask
    assert Decimal(newest["base_amount_display"]) == 400
    mine = ok_data(seller.get("/orders", market_id=market), 0)
    assert mine[0]["id"] == ask_order["id"] and mine[0]["status"] == 2
    assert ok_data(seller.get("/orders", status=3), 0) == []
    cancelled = ok_data(seller.delete(f"/orders/{ask_order['id']}"), 0)
    assert cancelled["status"] == 6
    refused(seller.delete(f"/orders/{ask_order['id']}"), 409)
    refused(buyer.delete(f"/orders/{ask_order['id']}"), 404)
    refused(seller.post_offer(ask), 409)  # an offer is posted once
    stats = ok_data(public.get("/trades/statistics", market_id=market), 200)
    assert stats["id"] == market and stats["code"] == "SBX-XCH"
    assert Decimal(stats["base_volume"]) >= 400


def test_aggregated_book_rows(
    admin: Admin, public: Hashgreen, pair: tuple[Hashgreen, Hashgreen]
) -> None:
    maker, _ = pair
    market = market_id(public, "XCH-USDS")
    for price, amount in (("5.01", "0.008078817734"), ("5.01", "1"), ("4.99", "2.5")):
        ok_data(
            maker.post_offer(admin.offer(maker.token or "", "XCH-USDS", "buy", price, amount)), 0
        )
    bids = ok_data(public.get("/trades/book", market_id=market), 200)["bids"]
    prices = [Decimal(row[0]) for row in bids]
    assert prices == sorted(prices, reverse=True)
    row = next(r for r in bids if r[0] == "5.01")
    assert row[1] == "1.008" and row[3] == "1.008078817734" and row[4] == "5.050"
    assert all(len(r) == 5 for r in bids)
    cumulative = [Decimal(r[2]) for r in bids]
    assert cumulative == sorted(cumulative)


def test_statistics_for_every_market(public: Hashgreen) -> None:
    stats = ok_data(public.get("/trades/statistics"), 200)
    assert isinstance(stats, list) and {len(s["id"]) for s in stats} == {24}
    refused(public.get("/trades/statistics", market_id="000000000000000000000000"), 404)


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/trades/book", {}, 400),
        ("/trades/book", {"market_id": "nope"}, 404),
        ("/trades/history", {"market_id": "nope"}, 404),
        ("/orders", {"status": "9"}, 400),
        ("/orders", {"status": "active"}, 400),
        ("/orders", {"market_id": "nope"}, 400),
    ],
)
def test_bad_queries(
    pair: tuple[Hashgreen, Hashgreen], path: str, params: dict[str, str], status: int
) -> None:
    assert refused(pair[0].get(path, **params), status)


def test_offers_the_sandbox_did_not_mint(admin: Admin, pair: tuple[Hashgreen, Hashgreen]) -> None:
    trader, other = pair
    assert "invalid offer" in refused(trader.post_offer("offer1notanoffer"), 400)
    assert "invalid offer" in refused(trader.post_offer("bitcoin"), 400)
    assert "required" in refused(trader.post_offer(""), 400)
    messages = {
        path.name: refused(trader.post_offer(path.read_text()), 400)
        for path in sorted(FIXTURES.glob("*.offer"))
    }
    # v6 trades two CATs and NFTs for XCH, a CAT and NFTs: not one asset for another.
    assert messages["chia-test-offer-v6.offer"].startswith("unsupported offer")
    assert messages["hashgreen-cat1-offer-v2.offer"].startswith("old-format offer")
    theirs = admin.offer(other.token or "", "XCH-USDS", "sell", "100.00", "1")
    assert "another trader" in refused(trader.post_offer(theirs), 400)
    response = trader.http.post(
        f"{trader.url}/orders",
        json={"offer": theirs},
        headers={"Authorization": f"Bearer {trader.token}"},
    )
    assert "form-encoded" in refused(response, 400)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"market": "XCH-USDS", "side": "sell", "price": "1.001", "amount": "1"}, 400),
        ({"market": "XCH-USDS", "side": "sell", "price": "1", "amount": "0"}, 400),
        ({"market": "XCH-USDS", "side": "sell", "price": "-1", "amount": "1"}, 400),
        ({"market": "XCH-USDS", "side": "up", "price": "1", "amount": "1"}, 400),
        ({"market": "NOPE", "side": "sell", "price": "1", "amount": "1"}, 404),
        ({"market": "XCH-USDS", "side": "sell", "price": "1", "amount": "0.0000000000001"}, 400),
    ],
)
def test_minting_refuses_bad_terms(
    admin: Admin, pair: tuple[Hashgreen, Hashgreen], body: dict[str, str], status: int
) -> None:
    response = admin.http.post(
        f"{admin.url}/hashgreen/offers", json={"token": pair[0].token, **body}
    )
    assert response.status_code == status, response.text
    assert response.json()["errors"][0]["message"]


def test_unknown_path(public: Hashgreen) -> None:
    assert refused(public.get("/nothing"), 404)


def test_query_parameters(public: Hashgreen) -> None:
    # Unknown parameters are ignored, as the live API ignores them (--strict refuses them).
    market_id = ok_data(public.get("/markets"), 200)[0]["id"]
    assert isinstance(
        ok_data(public.get("/trades/history", market_id=market_id, limit="5"), 200), list
    )
    # list_markets declares no 400 in the spec: a stray parameter is ignored there.
    assert ok_data(public.get("/markets", page="2"), 200)


@pytest.mark.parametrize("field", ["price", "amount"])
def test_minting_refuses_huge_terms(
    admin: Admin, pair: tuple[Hashgreen, Hashgreen], field: str
) -> None:
    body = {
        "token": pair[0].token,
        "market": "XCH-USDS",
        "side": "buy",
        "price": "1",
        "amount": "1",
    }
    response = admin.http.post(f"{admin.url}/hashgreen/offers", json={**body, field: "1e300"})
    assert response.status_code == 400


def test_largest_offer_is_answered(
    admin: Admin, public: Hashgreen, pair: tuple[Hashgreen, Hashgreen]
) -> None:
    trader = pair[0]
    too_big = {"token": trader.token, "market": "SBX-XCH", "side": "sell",
               "price": "1000000", "amount": "1000000.5"}  # fmt: skip
    assert admin.http.post(f"{admin.url}/hashgreen/offers", json=too_big).status_code == 400
    # The largest total a Chia coin holds is 2**64 - 1 mojos: 18,446,744.073709551615 XCH.
    coin_too_small = {"token": trader.token, "market": "SBX-XCH", "side": "sell",
                      "price": "999999999.9999999999", "amount": "1"}  # fmt: skip
    assert admin.http.post(f"{admin.url}/hashgreen/offers", json=coin_too_small).status_code == 400
    offer = admin.offer(trader.token or "", "SBX-XCH", "sell", "18446744.0737095516", "1")
    assert ok_data(trader.post_offer(offer), 0)["quote_amount_display"] == "18446744.073709551600"
    market = market_id(public, "SBX-XCH")
    asks = ok_data(public.get("/trades/book", market_id=market), 200)["asks"]
    assert asks[-1][0] == "18446744.0737095516"
    trader.delete(f"/orders/{ok_data(trader.get('/orders', market_id=market), 0)[0]['id']}")
