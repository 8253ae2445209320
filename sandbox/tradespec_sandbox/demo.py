"""The demo account the CLI prints, and a little resting liquidity so books are not empty.

Both follow the catalog: the demo account gets every asset the catalog lists, and the resting
orders below are placed on the markets it has. Assets and markets are matched by their base and
quote ids ignoring case, so ``btc_usdt`` (the default catalog) and ``btc_usdt`` (``live``) get
the same book. A catalog of other assets gets funds (``OTHER_FUNDS``) and no resting orders.
"""

from __future__ import annotations

from decimal import Decimal

from .domain.accounts import Account
from .domain.book import Side
from .domain.catalog import Catalog
from .domain.errors import SandboxError
from .domain.exchange import Kind
from .state import SandboxState

D = Decimal
# Per asset id, lowercase: what the demo account is given. The maker gets ten times as much.
DEMO_AMOUNTS = {"btc": D(10), "eth": D(100), "usdt": D(1_000_000), "usd": D(1_000_000)}
DEMO_AMOUNTS["xch"] = D(10_000)
OTHER_FUNDS = D(1000)
MAKER_MULTIPLE = 10
# (base, quote, side, amount, price) resting on AltMarket.
MAKER_ORDERS = [
    ("btc", "usdt", Side.BUY, D("0.5"), D("29950.00")),
    ("btc", "usdt", Side.BUY, D("1.2"), D("29900.00")),
    ("btc", "usdt", Side.SELL, D("0.4"), D("30050.00")),
    ("btc", "usdt", Side.SELL, D("1.5"), D("30100.00")),
    ("btc", "usd", Side.BUY, D("0.5"), D("29940.00")),
    ("btc", "usd", Side.SELL, D("0.5"), D("30040.00")),
    ("eth", "btc", Side.BUY, D("5"), D("0.06500")),
    ("eth", "btc", Side.SELL, D("5"), D("0.06600")),
    ("eth", "usdt", Side.BUY, D("5"), D("1980.00")),
    ("eth", "usdt", Side.SELL, D("5"), D("1990.00")),
    ("eth", "usd", Side.BUY, D("5"), D("1979.00")),
    ("eth", "usd", Side.SELL, D("5"), D("1989.00")),
    ("xch", "usdt", Side.BUY, D("50"), D("29.500")),
    ("xch", "usdt", Side.SELL, D("50"), D("30.500")),
]
# (market code, side, amount, price) resting on Hashgreen.
MAKER_OFFERS = [
    ("XCH-USDS", "buy", "2.5", "29.50"),
    ("XCH-USDS", "sell", "1.000000000001", "30.25"),
    ("SBX-XCH", "buy", "100000", "0.0000001000"),
    ("SBX-XCH", "sell", "100000", "0.0000001200"),
]


def demo_funds(catalog: Catalog) -> dict[str, Decimal]:
    """What the demo account holds of each asset of ``catalog``, by asset id."""
    return {asset: DEMO_AMOUNTS.get(asset.lower(), OTHER_FUNDS) for asset in catalog.assets}


def ensure_demo(state: SandboxState) -> Account:
    """The demo account, made and funded the first time (kept in the database with --db), and
    the resting liquidity of ``seed_liquidity``."""
    with state.lock:
        if state.demo is not None:
            return state.demo
        demo = state.create_account()
        for asset, amount in demo_funds(state.catalog).items():
            state.wallet.deposit(demo, asset, amount)
        seed_liquidity(state)
        state.demo = demo
        state.commit()
        return demo


def seed_liquidity(state: SandboxState) -> Account:
    """A market maker, funded, resting a few orders on every market the catalog has, on both
    exchanges (``MAKER_ORDERS``, ``MAKER_OFFERS``): the CLI's books, so ``mid`` is not None.

    Orders the catalog's scales or bounds refuse are left out. The maker is an account like any
    other; seeding again adds another one.
    """
    with state.lock:
        catalog = state.catalog
        maker = state.create_account()
        for asset, amount in demo_funds(catalog).items():
            state.wallet.deposit(maker, asset, amount * MAKER_MULTIPLE)
        instruments = {(m.base.lower(), m.quote.lower()): m for m in catalog.markets.values()}
        for base, quote, side, amount, price in MAKER_ORDERS:
            market = instruments.get((base, quote))
            if market is None:
                continue
            try:
                state.exchange.place(
                    maker, market.instrument, side, Kind.LIMIT, amount, price, None
                )
            except SandboxError:  # the catalog's scales or bounds refuse it: no liquidity
                continue
        codes = {m.code.upper() for m in catalog.dex_markets.values()}
        for code, dex_side, dex_amount, dex_price in MAKER_OFFERS:
            if code not in codes:
                continue
            try:
                offer = state.dex.mint(maker, code, dex_side, dex_price, dex_amount)
                state.dex.create_order(maker, offer)
            except SandboxError:
                continue
        state.commit()
        return maker
