"""The demo account the CLI prints, and a little resting liquidity so books are not empty."""

from __future__ import annotations

from decimal import Decimal

from .accounts import Account
from .book import Side
from .catalog import DEX_MARKETS
from .exchange import Kind
from .state import SandboxState

D = Decimal
DEMO_FUNDS = {"BTC": D(10), "ETH": D(100), "USDT": D(1_000_000), "XCH": D(10_000)}
MAKER_FUNDS = {"BTC": D(100), "ETH": D(1000), "USDT": D(10_000_000), "XCH": D(100_000)}
# (instrument, side, amount, price) resting on AltMarket.
MAKER_ORDERS = [
    ("BTC-USDT", Side.BUY, D("0.5"), D("29950.00")),
    ("BTC-USDT", Side.BUY, D("1.2"), D("29900.00")),
    ("BTC-USDT", Side.SELL, D("0.4"), D("30050.00")),
    ("BTC-USDT", Side.SELL, D("1.5"), D("30100.00")),
    ("ETH-BTC", Side.BUY, D("5"), D("0.06500")),
    ("ETH-BTC", Side.SELL, D("5"), D("0.06600")),
    ("XCH-USDT", Side.BUY, D("50"), D("29.500")),
    ("XCH-USDT", Side.SELL, D("50"), D("30.500")),
]
# (market code, side, amount, price) resting on Hashgreen.
MAKER_OFFERS = [
    ("XCH-USDS", "buy", "2.5", "29.50"),
    ("XCH-USDS", "sell", "1.000000000001", "30.25"),
    ("SBX-XCH", "buy", "100000", "0.0000001000"),
    ("SBX-XCH", "sell", "100000", "0.0000001200"),
]


def ensure_demo(state: SandboxState) -> Account:
    """The demo account, made and funded the first time (kept in the database with --db)."""
    with state.lock:
        if state.demo is not None:
            return state.demo
        demo = state.create_account()
        for asset, amount in DEMO_FUNDS.items():
            state.exchange.deposit(demo, asset, amount)
        maker = state.create_account()
        for asset, amount in MAKER_FUNDS.items():
            state.exchange.deposit(maker, asset, amount)
        for instrument, side, amount, price in MAKER_ORDERS:
            state.exchange.place(maker, instrument, side, Kind.LIMIT, amount, price, None)
        codes = {m.code: m.id for m in DEX_MARKETS.values()}
        for code, dex_side, dex_amount, dex_price in MAKER_OFFERS:
            offer = state.dex.mint(maker, codes[code], dex_side, dex_price, dex_amount)
            state.dex.create_order(maker, offer)
        state.demo = demo
        state.commit()
        return demo
