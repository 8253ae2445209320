"""check_offer_trades: an offer compared with a Hashgreen market before it is sent.

Offers are minted by the sandbox over loopback HTTP, and the markets read from its public API, as
a client would read them; a few offers the sandbox would not mint (a price off by 1,000 from a
mojo mistake) are built with the Chia wallet SDK as a wallet builds them.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from tradespec import InvalidInputError, OfferInfo, check_offer
from tradespec.hashgreen._offers import OfferAmount, OfferTrade, check_offer_trades

from tests.wrapper.sandbox_support import Admin

pytest.importorskip("chia_wallet_sdk")
offers: Any = pytest.importorskip("tradespec_sandbox.domain.offers")
USDS = "6d95dae356e32a71db5ddcb42224754a02524c615c5fc35f568c2af04774e589"
SBX = "a628c1c2c6fcb74d53746157e438e108eab5c0bb3e5c80ff9b1910b3e4832913"


@pytest.fixture
def markets(sandbox_url: str) -> Iterator[dict[str, dict[str, Any]]]:
    """The sandbox's Hashgreen markets by code, from ``GET /markets``."""
    with httpx.Client(base_url=f"{sandbox_url}/hashgreen/api/v1", timeout=10) as http:
        response = http.get("/markets")
        response.raise_for_status()
        yield {market["code"]: market for market in response.json()["data"]}


def against(info: OfferInfo, market: dict[str, Any], **extra: Any) -> OfferTrade | None:
    """check_offer_trades with a market as ``GET /markets`` answers it."""
    return check_offer_trades(
        info,
        base_asset_id=market["base_ccy"].get("asset_id"),
        quote_asset_id=market["quote_ccy"].get("asset_id"),
        price_precision=market["price_precision"],
        base_amount_precision=market["base_amount_precision"],
        market=market["code"],
        **extra,
    )


def wallet_offer(offered: tuple[str | None, int], requested: tuple[str | None, int]) -> OfferInfo:
    text = offers.build_offer(
        offers.AssetAmount(*offered), offers.AssetAmount(*requested), maker_seed=b"wallet"
    )
    return check_offer(text)


def test_minted_offers_fit_their_markets(admin: Admin, markets: dict[str, dict[str, Any]]) -> None:
    token = admin.account()["token"]
    sell = check_offer(admin.offer(token, "XCH-USDS", "sell", "30.25", "1.5"))
    assert sell.status == "read"
    assert sell.offered == (OfferAmount(None, 1_500_000_000_000),)
    assert sell.requested == (OfferAmount(USDS, 45_375),)
    trade = against(sell, markets["XCH-USDS"])
    assert trade == OfferTrade("sell", Decimal("1.5"), Decimal("45.375"), Decimal("30.25"))
    buy = check_offer(admin.offer(token, "SBX-XCH", "buy", "0.0000012345", "10"))
    trade = against(buy, markets["SBX-XCH"], reference_price=Decimal("0.000001"))
    assert trade is not None
    assert (trade.side, trade.base_amount) == ("buy", Decimal(10))
    assert trade.price == Decimal("0.0000012345")
    # A quote amount rounded to the mojo still gives the price it was made at.
    odd = check_offer(admin.offer(token, "XCH-USDS", "buy", "30.25", "1.001"))
    assert odd.offered == (OfferAmount(USDS, 30_280),)
    trade = against(odd, markets["XCH-USDS"])
    assert trade is not None and trade.price == Decimal("30.25")


def test_a_mismatched_pair_is_refused(admin: Admin, markets: dict[str, dict[str, Any]]) -> None:
    token = admin.account()["token"]
    sbx = check_offer(admin.offer(token, "SBX-XCH", "sell", "0.000002", "100"))
    with pytest.raises(InvalidInputError) as caught:
        against(sbx, markets["XCH-USDS"])
    message = str(caught.value)
    assert caught.value.argument == "offer"
    assert "an offer of 100 CAT a628c1c2... for 0.0002 XCH" in message
    assert "XCH-USDS trades XCH (base) for CAT 6d95dae3... (quote)" in message


def test_a_price_off_by_a_thousand_is_refused(markets: dict[str, dict[str, Any]]) -> None:
    xch_usds = markets["XCH-USDS"]
    # Meant: 1 XCH for 30.25 USDS (30,250 mojos). Written: 30.25 mojos, rounded to 30.
    too_low = wallet_offer((None, 10**12), (USDS, 30))
    assert against(too_low, xch_usds) is not None  # 0.03 is a price XCH-USDS can take...
    with pytest.raises(InvalidInputError, match=r"0\.03, 1/1,008 of the reference price 30\.25"):
        against(too_low, xch_usds, reference_price=Decimal("30.25"))  # ...but not near 30.25
    # Written: 30.25 USDS for 0.001 XCH (10**9 mojos, not 10**12): a price of 30,250.
    too_high = wallet_offer((None, 10**9), (USDS, 30_250))
    with pytest.raises(InvalidInputError, match="30250, 1,000 times the reference price"):
        against(too_high, xch_usds, reference_price=Decimal("30.25"))
    # Meant 30.25 USDS per XCH, but the XCH side was counted as if it had 9 decimals: 1,000 XCH.
    off_grid = wallet_offer((None, 1000 * 10**12), (USDS, 30_250))
    with pytest.raises(InvalidInputError, match=r"0\.03025 CAT 6d95dae3\.\.\. per XCH") as caught:
        against(off_grid, xch_usds)
    assert "off by a factor of 1,000" in str(caught.value)
    assert "an offer of 1000 XCH for 30.25 CAT 6d95dae3..." in str(caught.value)


def test_what_is_not_one_asset_for_another(markets: dict[str, dict[str, Any]]) -> None:
    base = OfferInfo(text="offer1x", version=6, payload_size=1, status="read", note="")
    xch_usds = markets["XCH-USDS"]
    nft = OfferInfo(
        text="offer1x",
        version=6,
        payload_size=1,
        status="read",
        offered=(OfferAmount(None, 10**12),),
        requested_nfts=("ab" * 32,),
        note="",
    )
    for info in (base, nft):
        with pytest.raises(InvalidInputError, match="an order gives one asset for one other"):
            against(info, xch_usds)
    unread = OfferInfo(text="offer1x", version=2, payload_size=1, status="old_format")
    assert against(unread, xch_usds) is None
    amount = OfferInfo(
        text="offer1x",
        version=6,
        payload_size=1,
        status="read",
        offered=(OfferAmount(None, 1_000_100_000_000),),
        requested=(OfferAmount(USDS, 30_253),),
        note="",
    )
    with pytest.raises(InvalidInputError, match="more decimals than the 3"):
        against(amount, xch_usds)
    # XCH may be spelled None, "" or "XCH" by a market's currency.
    sell = amount.requested[0]
    fits = OfferInfo("offer1x", 6, 1, "read", (OfferAmount(None, 10**12),), (sell,), note="")
    for spelling in (None, "", "XCH", "xch"):
        trade = check_offer_trades(
            fits, base_asset_id=spelling, quote_asset_id="0x" + USDS.upper(), price_precision=3
        )
        assert trade == OfferTrade("sell", Decimal(1), Decimal("30.253"), Decimal("30.253"))
    with pytest.raises(ValueError, match="same asset"):
        check_offer_trades(fits, base_asset_id=USDS, quote_asset_id=USDS)
