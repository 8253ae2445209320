"""What settling takes as evidence, with answers a sandbox does not give: a Hashgreen order
list whose coin ids carry ``0x``, or lack them; an AltMarket history too long to prove an
order absent. Where absence proves nothing, an order stays unknown, never "not placed"."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from tradespec import (
    AltMarket,
    Hashgreen,
    HashgreenOrder,
    OrderNotPlacedError,
    OrderStateUnknownError,
)
from tradespec.hashgreen._settling import offer_coin_ids

from tests.wrapper.helpers import (
    FIXTURES,
    KEY,
    SECRET,
    TOKEN,
    envelope,
    hashgreen_order_json,
    markets_json,
    order_json,
)
from tests.wrapper.test_faults import BASE, Script

pytest.importorskip("chia_wallet_sdk")

OFFER = (FIXTURES / "chia-test-offer-v6.offer").read_text().strip()


def _dex(script: Script) -> Hashgreen:
    http = httpx.Client(transport=httpx.MockTransport(script))
    client = Hashgreen(TOKEN, base_url=BASE, http_client=http, settle_unknown=5)
    client._transport.sleep = lambda delay: None
    return client


def _orders(*orders: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json=envelope(list(orders), code=0))


def test_the_offers_coins_are_read_from_its_spend_bundle() -> None:
    coins = offer_coin_ids(OFFER)
    assert coins is not None and len(coins) == 6  # the placeholders of its payments left out
    assert all(len(coin) == 64 for coin in coins)
    assert offer_coin_ids("offer1notanoffer") is None


def test_an_order_holding_one_of_the_offers_coins_is_its_order() -> None:
    coin = sorted(offer_coin_ids(OFFER) or ())[0]
    script = Script()
    script.on("POST", "/orders", httpx.ReadTimeout("timed out while reading"))
    other = hashgreen_order_json("a" * 24, coin_ids=["0x" + "1" * 64])
    mine = hashgreen_order_json("b" * 24, coin_ids=["0x" + coin.upper()])
    script.on("GET", "/orders", _orders(other, mine))
    order = _dex(script).create_order(OFFER)
    assert isinstance(order, HashgreenOrder) and order.id == "b" * 24
    assert len(script.to("/orders")) == 2  # one post, one lookup: never posted again


def test_no_order_holding_its_coins_is_not_placed() -> None:
    script = Script()
    script.on("POST", "/orders", httpx.ReadTimeout("timed out while reading"))
    script.on("GET", "/orders", _orders(hashgreen_order_json("a" * 24, coin_ids=["0x" + "1" * 64])))
    with pytest.raises(OrderNotPlacedError):
        _dex(script).create_order(OFFER)


def test_an_order_list_without_coin_ids_proves_nothing() -> None:
    script = Script()
    script.on("POST", "/orders", httpx.ReadTimeout("timed out while reading"))
    bare = hashgreen_order_json("a" * 24)
    del bare["coin_ids"]
    script.on("GET", "/orders", _orders(bare))
    with pytest.raises(OrderStateUnknownError, match="coin_ids"):
        _dex(script).create_order(OFFER)


def test_a_full_page_of_history_proves_no_order_absent() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json()))
    script.on("POST", "/api/order", httpx.ReadTimeout("timed out while reading"))
    script.on("GET", "/api/orders/open", httpx.Response(200, json=[]))
    others = [order_json(str(n), amount=1, price=30000) for n in range(1000)]
    page = {"data": others, "paging": {"page": 1, "per_page": 1000, "total": 5000}}
    script.on("GET", "/api/order_history", httpx.Response(200, json=page))
    http = httpx.Client(transport=httpx.MockTransport(script))
    with AltMarket(KEY, SECRET, base_url=BASE, http_client=http, settle_unknown=5) as client:
        client._transport.sleep = lambda delay: None
        with pytest.raises(OrderStateUnknownError, match="whole page"):
            client.limit_order("btc_usdt", "buy", "0.5", "30000.25")
    assert len(script.to("/api/order")) == 1
