"""Offers made by Chia wallets, posted to the sandbox over loopback HTTP: read, booked, matched.

The wallet-made pair offers here are built with the Chia wallet SDK by ``build_offer``, with no
record in the sandbox: the sandbox learns what they trade from the spend bundle alone.
"""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from tradespec_sandbox import SandboxServer
from tradespec_sandbox.domain.offers import AssetAmount, bech32m_encode, build_offer

from .helpers import Admin, Hashgreen

sdk: Any = pytest.importorskip("chia_wallet_sdk")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chia-offers"
USDS = "6d95dae356e32a71db5ddcb42224754a02524c615c5fc35f568c2af04774e589"
SBX = "a628c1c2c6fcb74d53746157e438e108eab5c0bb3e5c80ff9b1910b3e4832913"
XCH = 10**12


@pytest.fixture
def public(sandbox: SandboxServer, http: httpx.Client) -> Hashgreen:
    return Hashgreen(http, sandbox.url)


@pytest.fixture
def pair(admin: Admin, sandbox: SandboxServer, http: httpx.Client) -> tuple[Hashgreen, Hashgreen]:
    one, two = admin.account(), admin.account()
    return Hashgreen(http, sandbox.url, one["token"]), Hashgreen(http, sandbox.url, two["token"])


def ok_data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["msg"] == "ok"
    return body["data"]


def refused(response: httpx.Response, status: int = 400) -> str:
    """The message of a refusal in Hashgreen's envelope, ``{code, msg, data: null}``."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == status and body["data"] is None
    message: str = body["msg"]
    return message


def market_id(public: Hashgreen, code: str) -> str:
    found: str = ok_data(public.get(f"/markets/{code}"))["id"]
    return found


def wallet_offer(offered: AssetAmount, requested: AssetAmount) -> str:
    return build_offer(offered, requested, maker_seed=b"a wallet the sandbox never saw")


def test_minted_offers_decode_with_the_sdk(admin: Admin, pair: tuple[Hashgreen, Hashgreen]) -> None:
    trader = pair[0]
    cases = [
        ("XCH-USDS", "sell", "30.25", "1.5", (None, 1_500_000_000_000), (USDS, 45_375)),
        ("XCH-USDS", "buy", "30.25", "1.001", (USDS, 30_280), (None, 1_001_000_000_000)),
        ("SBX-XCH", "buy", "0.0000012345", "10", (None, 12_345_000), (SBX, 10_000)),
    ]
    for market, side, price, amount, gives, wants in cases:
        offer = admin.offer(trader.token or "", market, side, price, amount)
        read = sdk.Offer.from_spend_bundle(sdk.Clvm(), sdk.decode_offer(offer))
        offered, requested = read.offered_amounts(), read.requested_payments().amounts()
        for amounts, (asset, mojos) in ((offered, gives), (requested, wants)):
            got = amounts.xch() if asset is None else amounts.cat(bytes.fromhex(asset))
            assert got == mojos, (market, side)


def test_a_wallet_offer_is_booked_and_matched_by_a_minted_one(
    admin: Admin, public: Hashgreen, pair: tuple[Hashgreen, Hashgreen]
) -> None:
    maker, taker = pair
    market = market_id(public, "XCH-USDS")
    # 2 XCH for 61.5 USDS: an ask of 2 at 30.75.
    offer = wallet_offer(AssetAmount(None, 2 * XCH), AssetAmount(USDS, 61_500))
    order = ok_data(maker.post_offer(offer))
    assert (order["side"], order["status"], order["market_id"]) == (2, 2, market)
    assert (order["price"], order["base_amount_display"]) == ("30.75", "2.000000000000")
    book = ok_data(public.get("/trades/book", market_id=market))
    assert book["asks"][0][:2] == ["30.75", "2.000"]
    assert "already posted" in refused(maker.post_offer(offer), 409)
    assert "already posted" in refused(taker.post_offer(offer.upper()), 409)

    counter = admin.offer(taker.token or "", "XCH-USDS", "buy", "31", "0.5")
    taken = ok_data(taker.post_offer(counter))
    assert taken["status"] == 3  # matched at once, at the resting wallet offer's price
    trades = ok_data(public.get("/trades/history", market_id=market))
    assert (trades[0]["price"], trades[0]["base_amount_display"]) == ("30.75", "0.500000000000")
    mine = ok_data(maker.get("/orders", market_id=market))
    assert [(o["id"], o["status"]) for o in mine] == [(order["id"], 2)]  # 1.5 XCH left

    rest = admin.offer(taker.token or "", "XCH-USDS", "buy", "30.75", "1.5")
    assert ok_data(taker.post_offer(rest))["status"] == 3
    assert ok_data(maker.get("/orders", market_id=market))[0]["status"] == 3


def test_a_wallet_bid_takes_a_minted_ask(
    admin: Admin, public: Hashgreen, pair: tuple[Hashgreen, Hashgreen]
) -> None:
    seller, buyer = pair
    market = market_id(public, "SBX-XCH")
    ask = admin.offer(seller.token or "", "SBX-XCH", "sell", "0.000002", "100")
    ok_data(seller.post_offer(ask))
    # 0.0001 XCH for 50 SBX: a bid of 50 at 0.000002, from a wallet.
    bid = wallet_offer(AssetAmount(None, 100_000_000), AssetAmount(SBX, 50_000))
    order = ok_data(buyer.post_offer(bid))
    assert (order["side"], order["status"], order["price"]) == (1, 3, "0.0000020000")
    trades = ok_data(public.get("/trades/history", market_id=market))
    assert (trades[0]["price"], trades[0]["base_amount_display"]) == ("0.0000020000", "50.000")


def test_the_real_current_format_offer_is_read_and_refused_as_no_pair(
    pair: tuple[Hashgreen, Hashgreen],
) -> None:
    # Chia's test offer gives a CAT and an NFT for XCH, another CAT and two NFTs: no
    # Hashgreen order can hold it, and the refusal says what it trades.
    offer = (FIXTURES / "chia-test-offer-v6.offer").read_text()
    message = refused(pair[0].post_offer(offer))
    assert message.startswith("unsupported offer: it offers 100000 mojos of CAT 06e4136c")
    assert "requests 2000000000000 mojos of XCH + 100000 mojos of CAT 13a52e5e" in message
    assert message.count("NFT") == 3


def test_old_format_offers_are_refused_saying_why(pair: tuple[Hashgreen, Hashgreen]) -> None:
    old = [(FIXTURES / "hashgreen-cat1-offer-v2.offer").read_text()]
    old += (FIXTURES / "liquidity-provider-offers-v4.txt").read_text().split()[:3]
    for offer in old:
        message = refused(pair[0].post_offer(offer))
        assert message.startswith("old-format offer (compression version ")
        assert "settlement payments puzzle of Chia's first offer format" in message


def test_offers_the_sandbox_cannot_book(pair: tuple[Hashgreen, Hashgreen]) -> None:
    trader = pair[0]
    junk = bech32m_encode("offer", b"\x00\x06" + zlib.compress(b"not a spend bundle"))
    assert refused(trader.post_offer(junk)).startswith("unreadable offer: its data is not a Chia")
    no_market = wallet_offer(AssetAmount(USDS, 1000), AssetAmount(SBX, 1000))
    message = refused(trader.post_offer(no_market))
    assert message.startswith("no market for this offer: it offers 1000 mojos of CAT 6d95")
    assert "XCH-USDS (XCH for CAT 6d95" in message
    # 30.255 USDS for 1 XCH: a price with three decimals, where XCH-USDS takes two.
    off_grid = wallet_offer(AssetAmount(None, XCH), AssetAmount(USDS, 30_255))
    assert "30.255 USDS per XCH" in refused(trader.post_offer(off_grid))
    tiny = wallet_offer(AssetAmount(None, 1000), AssetAmount(USDS, 1))
    assert "below the minimum" in refused(trader.post_offer(tiny))


def test_minting_more_than_a_coin_holds(admin: Admin, pair: tuple[Hashgreen, Hashgreen]) -> None:
    body = {"token": pair[0].token, "market": "SBX-XCH", "side": "sell"}
    response = admin.http.post(
        f"{admin.url}/hashgreen/offers", json={**body, "price": "999999999", "amount": "1000"}
    )
    assert response.status_code == 400
    assert "more than a Chia coin can hold" in response.json()["errors"][0]["message"]


def _coin_id(coin: Any) -> str:
    """A Chia coin's id from its fields: sha256(parent, puzzle hash, amount as a CLVM int)."""
    amount = int(coin.amount)
    encoded = amount.to_bytes((amount.bit_length() + 8) // 8, "big", signed=True) if amount else b""
    preimage = bytes(coin.parent_coin_info) + bytes(coin.puzzle_hash) + encoded
    return hashlib.sha256(preimage).hexdigest()


def _existing_coins(offer: str) -> list[str]:
    """The coins an offer's bundle spends that it did not create itself, nor made up as the
    requested payments' placeholders (parent all zeros)."""
    spends = sdk.decode_offer(offer).coin_spends
    ids = {_coin_id(s.coin) for s in spends}
    return [
        _coin_id(s.coin)
        for s in spends
        if any(bytes(s.coin.parent_coin_info)) and bytes(s.coin.parent_coin_info).hex() not in ids
    ]


def test_orders_report_the_offers_real_coin_ids(
    admin: Admin, public: Hashgreen, pair: tuple[Hashgreen, Hashgreen]
) -> None:
    maker, taker = pair
    wallet = wallet_offer(AssetAmount(None, 3 * XCH), AssetAmount(USDS, 91_500))
    minted = admin.offer(taker.token or "", "XCH-USDS", "buy", "20", "0.5")
    minted_cat = admin.offer(taker.token or "", "SBX-XCH", "sell", "0.0000012345", "10")
    for poster, offer in ((maker, wallet), (taker, minted), (taker, minted_cat)):
        order = ok_data(poster.post_offer(offer))
        expected = _existing_coins(offer)
        assert expected and order["coin_ids"] == expected
        assert order["coin_ids"] != [hashlib.sha256(offer.encode()).hexdigest()]
        listed = {o["id"]: o for o in ok_data(poster.get("/orders"))}
        assert listed[order["id"]]["coin_ids"] == expected
