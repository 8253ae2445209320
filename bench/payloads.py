"""The canned answers the benchmarks are served, built deterministically."""

from __future__ import annotations

import json
import time

ALT = "/altmarket"
# The same AltMarket API under a second prefix, whose balance answer has eight rows, as an
# account holding a few assets answers (the document's sample has one row of the same shape).
ALT8 = "/altmarket-eight"
HG = "/hashgreen/api/v1"
MARKET_ID = "61dc1d387d9b5a6756c0d0a2"
NET_EPOCH_TICKS = 621355968000000000


def server_ticks() -> int:
    return int(time.time() * 10_000_000) + NET_EPOCH_TICKS


def altmarket_markets() -> bytes:
    pair = {
        "baseAsset": "btc",
        "quoteAsset": "usdt",
        "minPrice": 0.01,
        "maxPrice": 1000000,
        "minAmount": 0.0001,
        "hidden": 0,
        "fee": 0.001,
        "makerFee": 0.001,
        "makerFeeLimit": 0,
        "takerFee": 0.002,
        "takerFeeLimit": 0,
        "priceScale": 2,
        "amountScale": 6,
        "status": "Open",
    }
    return json.dumps({"serverTime": server_ticks(), "pairs": {"btc_usdt": pair}}).encode()


def altmarket_balances() -> bytes:
    rows = [
        {"asset": a, "totalBalance": t, "inOrder": h, "availableBalance": round(t - h, 8)}
        for a, t, h in [
            ("btc", 1.23456789, 0.1),
            ("usdt", 10500.25, 2500.5),
            ("eth", 12.5, 0.0),
            ("LTC", 3.3, 1.1),
            ("XRP", 1000.0, 0.0),
        ]
    ]
    return json.dumps(rows).encode()


def altmarket_balances_eight() -> bytes:
    rows = [
        {"asset": a, "totalBalance": t, "inOrder": h, "availableBalance": round(t - h, 8)}
        for a, t, h in [
            ("btc", 1.23456789, 0.1),
            ("usdt", 10500.25, 2500.5),
            ("eth", 12.5, 0.0),
            ("xch", 250.125, 50.0),
            ("usd", 4200.75, 200.25),
            ("ltc", 3.3, 1.1),
            ("xrp", 1000.0, 0.0),
            ("doge", 123456.789, 0.5),
        ]
    ]
    return json.dumps(rows).encode()


def order(i: int) -> dict[str, object]:
    return {
        "orderId": str(4611686018427387904 + i),
        "total": 15000.125,
        "orderType": "Limit",
        "commission": 0.0012,
        "createdAt": "2026-11-21T05:32:50.123Z",
        "unitsFilled": 0.25,
        "isPending": False,
        "status": "Completed",
        "type": "buy",
        "amount": 0.5,
        "price": 30000.25,
        "stopPrice": 0,
        "isLimit": True,
        "instrument": "btc_usdt",
        "side": "Buy",
    }


def altmarket_order_page(page: int, per_page: int, total: int) -> bytes:
    start = (page - 1) * per_page
    rows = [order(i) for i in range(start, min(start + per_page, total))]
    paging = {"page": page, "per_page": per_page, "total": total}
    return json.dumps({"filters": {}, "paging": paging, "data": rows}).encode()


def hashgreen_markets() -> bytes:
    currency = {"id": "61717ed8b30c4dc5c0e21f6c", "code": "XCH", "precision": 12, "status": 2}
    quote = {"id": "61d908b574779a699635c508", "code": "USDS", "precision": 3, "status": 2}
    market = {
        "id": MARKET_ID,
        "code": "XCH-USDS",
        "status": 2,
        "base_ccy": currency,
        "quote_ccy": quote,
        "price_precision": 2,
        "base_amount_precision": 3,
    }
    return json.dumps({"code": 200, "msg": "ok", "data": [market]}).encode()


def book_rows(levels: int, start: float, step: float) -> list[list[str]]:
    rows = []
    total = 0
    for i in range(levels):
        amount = 1 + (i % 7)
        total += amount
        price = start + step * i
        rows.append(
            [
                f"{price:.2f}",
                f"{amount:.3f}",
                f"{total:.3f}",
                f"{amount:.12f}",
                f"{price * amount:.3f}",
            ]
        )
    return rows


def hashgreen_book(levels: int) -> bytes:
    half = max(levels // 2, 1)
    data = {
        "market_id": MARKET_ID,
        "asks": book_rows(half, 70.01, 0.01),
        "bids": book_rows(levels - half, 70.00, -0.001),
    }
    return json.dumps({"code": 200, "msg": "ok", "data": data}).encode()


def canned_routes() -> dict[str, bytes]:
    """Path (without query) to body, for the per-call and fan-out benchmarks."""
    return {
        f"{ALT}/api/markets": altmarket_markets(),
        f"{ALT}/api/wallet/balance": altmarket_balances(),
        f"{ALT8}/api/markets": altmarket_markets(),
        f"{ALT8}/api/wallet/balance": altmarket_balances_eight(),
        f"{HG}/markets": hashgreen_markets(),
        f"{HG}/trades/book": hashgreen_book(20),
    }
