"""Shared test data: credentials, canned AltMarket and Hashgreen answers, signature checks."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

from tests.wrapper.scripted_server import Received

KEY = "test-key-5a1d"
SECRET = "test-secret-0123456789"
TOKEN = "test-token-9f8e7d"
# Real offers made by Chia wallets (tests/fixtures/chia-offers/README.md says where from).
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chia-offers"


def reference_sign(secret: bytes, payload: Any, is_json: bool) -> str:
    """The AltMarket document's reference signing function, verbatim in substance."""
    if is_json:
        return (
            hmac.new(secret, json.dumps(payload).encode("utf-8"), hashlib.sha512)
            .hexdigest()
            .upper()
        )
    return hmac.new(secret, payload.encode("utf-8"), hashlib.sha512).hexdigest().upper()


def signature_ok(request: Received, secret: str = SECRET) -> bool:
    """Check a received AltMarket request the way the platform does."""
    if request.method in ("POST", "PUT", "PATCH"):
        payload = request.body
    else:
        payload = b"?" + request.query.encode()
    expected = hmac.new(secret.encode(), payload, hashlib.sha512).hexdigest().upper()
    return request.header("Sign") == expected and request.header("Key") == KEY


def all_offers() -> list[tuple[str, str]]:
    """(file name, offer) for every real offer in the fixtures."""
    offers: list[tuple[str, str]] = []
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix == ".offer":
            offers.append((path.name, path.read_text().strip()))
        elif path.suffix == ".txt":
            for number, line in enumerate(path.read_text().split()):
                offers.append((f"{path.name}[{number}]", line.strip()))
    return offers


def market_json(
    instrument: str = "btc_usdt", price_scale: int = 2, amount_scale: int = 4
) -> dict[str, Any]:
    base, quote = instrument.split("_")
    return {
        "baseAsset": base,
        "quoteAsset": quote,
        "minPrice": 0.01,
        "maxPrice": 1000000,
        "minAmount": 0.0001,
        "hidden": 0,
        "fee": 0.001,
        "makerFee": 0.001,
        "makerFeeLimit": 0,
        "takerFee": 0.002,
        "takerFeeLimit": 0,
        "priceScale": price_scale,
        "amountScale": amount_scale,
        "status": "Open",
    }


def markets_json(
    server_time: int = 637368932194030800, **markets: dict[str, Any]
) -> dict[str, Any]:
    pairs = markets or {"btc_usdt": market_json(), "eth_btc": market_json("eth_btc", 6, 3)}
    return {"serverTime": server_time, "pairs": pairs, "environment": "test"}


def order_json(
    order_id: str = "-9223372036854775807",
    *,
    instrument: str = "btc_usdt",
    side: Any = "Buy",
    order_type: Any = "Limit",
    status: Any = "Working",
    amount: float = 0.5,
    price: float = 30000.25,
    created_at: str = "2020-09-28T12:33:39Z",
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "orderId": order_id,
        "total": 0,
        "orderType": order_type,
        "commission": 0,
        "createdAt": created_at,
        "unitsFilled": 0,
        "isPending": True,
        "status": status,
        "type": "buy" if side in ("Buy", 0) else "sell",
        "amount": amount,
        "price": price,
        "stopPrice": 0,
        "isLimit": True,
        "instrument": instrument,
        "side": side,
    }
    body.update(extra)
    return body


def transfer_json(transfer_id: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "asset": "btc",
        "paymentSystem": "btc",
        "transferId": transfer_id,
        "type": "Withdrawal",
        "status": "AwaitingConfirmation",
        "amount": "0.01",
        "fee": "0.0005",
        "createdAt": "2020-09-28T12:33:39Z",
        "updatedAt": "2020-09-28T12:33:39Z",
        "targetAddress": "bc1qexample",
        "confirmations": 0,
        "confirmationsRequired": 2,
    }
    body.update(extra)
    return body


def assets_json() -> dict[str, Any]:
    return {
        "data": [
            {
                "id": "btc",
                "can_deposit": True,
                "can_withdraw": True,
                "image_url": "https://example.invalid/btc.png",
                "asset_name": "Bitcoin",
                "withdrawal_fee": 0.0005,
                "scale": 8,
            },
            {
                "id": "usdt",
                "asset_name": "Tether",
                "scale": 2,
                "withdrawal_fee": 1,
                "can_deposit": True,
                "can_withdraw": True,
            },
        ]
    }


XCH_USDS_ID = "61dc1d387d9b5a6756c0d0a2"


def hashgreen_market_json(market_id: str = XCH_USDS_ID, code: str = "XCH-USDS") -> dict[str, Any]:
    return {
        "id": market_id,
        "base_ccy": {
            "id": "61717ed8b30c4dc5c0e21f6c",
            "code": "XCH",
            "name": "Chia",
            "type": 1,
            "status": 2,
            "multiplier": "1E-12",
            "precision": 12,
            "min_amount_display": "0.001",
        },
        "quote_ccy": {
            "id": "61d908b574779a699635c508",
            "asset_id": "6d95dae356e32a71db5ddcb42224754a02524c615c5fc35f568c2af04774e589",
            "code": "USDS",
            "name": "Stably USD",
            "type": 2,
            "status": 2,
            "multiplier": "0.001",
            "precision": 3,
            "links": {"website": "https://www.stably.io/"},
        },
        "code": code,
        "status": 2,
        "info_ccy_name": "quote_ccy",
        "is_fiat": True,
        "price_precision": 2,
        "base_amount_precision": 3,
        "order_no": 1000,
        "created_at": "2022-02-16T21:57:01.979Z",
        "updated_at": "2022-02-16T21:57:01.979Z",
    }


def envelope(data: Any, code: int = 200, msg: str = "ok") -> dict[str, Any]:
    return {"code": code, "msg": msg, "data": data}


def hashgreen_order_json(
    order_id: str = "6229996bdf38d9336a11492a", **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": order_id,
        "user_id": "u1",
        "market_id": XCH_USDS_ID,
        "price": "70.00",
        "base_amount_display": "2.000000000000",
        "quote_amount_display": "140.000",
        "coin_ids": ["0xabc"],
        "confirmed_height_at": 0,
        "progress": "0",
        "side": 1,
        "status": 2,
        "created_at": "2022-03-10T06:28:48.114Z",
        "updated_at": "2022-03-10T06:28:48.114Z",
    }
    body.update(extra)
    return body
