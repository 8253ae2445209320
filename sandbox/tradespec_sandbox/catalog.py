"""What the sandbox lists: AltMarket's assets and markets, Hashgreen's currencies and markets.

Scales are chosen so that every amount the engine computes is exact in the asset it lands in:
a market's ``priceScale + amountScale`` never exceeds its quote asset's ``scale``, so
``price * amount`` needs no rounding. Only fees are rounded (up, to the asset's scale).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

D = Decimal


@dataclass(frozen=True, slots=True)
class Asset:
    id: str
    name: str
    scale: int
    withdrawal_fee: Decimal
    confirmations: int


@dataclass(frozen=True, slots=True)
class Market:
    instrument: str
    base: str
    quote: str
    price_scale: int
    amount_scale: int
    min_price: Decimal
    max_price: Decimal
    min_amount: Decimal
    maker_fee: Decimal
    taker_fee: Decimal


ASSETS: dict[str, Asset] = {
    a.id: a
    for a in (
        Asset("BTC", "Bitcoin", 8, D("0.0005"), 2),
        Asset("ETH", "Ethereum", 8, D("0.005"), 12),
        Asset("USDT", "Tether USD", 8, D("1"), 12),
        Asset("XCH", "Chia", 8, D("0.0001"), 32),
    )
}

MARKETS: dict[str, Market] = {
    m.instrument: m
    for m in (
        Market(
            "BTC-USDT",
            "BTC",
            "USDT",
            2,
            6,
            D("0.01"),
            D("10000000"),
            D("0.00001"),
            D("0.001"),
            D("0.002"),
        ),
        Market(
            "ETH-BTC",
            "ETH",
            "BTC",
            5,
            3,
            D("0.00001"),
            D("1000"),
            D("0.001"),
            D("0.001"),
            D("0.002"),
        ),
        Market(
            "XCH-USDT", "XCH", "USDT", 3, 3, D("0.001"), D("1000000"), D("0.01"), D("0"), D("0.001")
        ),
    )
}


def object_id(seed: str) -> str:
    """A stable 24-hex id (the shape of Hashgreen's MongoDB ids) derived from ``seed``."""
    return hashlib.sha256(seed.encode()).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Currency:
    id: str
    code: str
    name: str
    type: int
    precision: int
    min_amount: Decimal
    total_supply: Decimal
    asset_id: str | None = None

    @property
    def multiplier(self) -> Decimal:
        return Decimal(1).scaleb(-self.precision)


@dataclass(frozen=True, slots=True)
class DexMarket:
    id: str
    code: str
    base: Currency
    quote: Currency
    price_precision: int
    base_amount_precision: int
    order_no: int


XCH = Currency(object_id("ccy:XCH"), "XCH", "Chia", 1, 12, D("0.001"), D("24101288"))
USDS = Currency(
    object_id("ccy:USDS"),
    "USDS",
    "Stably USD",
    2,
    3,
    D("0.1"),
    D("1000000000"),
    asset_id="6d95dae356e32a71db5ddcb42224754a02524c615c5fc35f568c2af04774e589",
)
SBX = Currency(
    object_id("ccy:SBX"),
    "SBX",
    "Spacebucks",
    2,
    3,
    D("1"),
    D("1000000000000"),
    asset_id="a628c1c2c6fcb74d53746157e438e108eab5c0bb3e5c80ff9b1910b3e4832913",
)

DEX_MARKETS: dict[str, DexMarket] = {
    m.id: m
    for m in (
        DexMarket(object_id("market:XCH-USDS"), "XCH-USDS", XCH, USDS, 2, 3, 1000),
        DexMarket(object_id("market:SBX-XCH"), "SBX-XCH", SBX, XCH, 10, 3, 1001),
    )
}
DEX_CURRENCIES = {c.code: c for c in (XCH, USDS, SBX)}

# When the listings were made: fixed, so answers do not change between runs.
LISTED_AT = datetime(2022, 2, 16, 21, 57, 1, 979000, tzinfo=UTC)
