"""Small HTTP clients for the sandbox's three APIs, written from the specs (not the wrapper).

They sign exactly as DESIGN.md says, so the tests exercise the sandbox's checks, not a client.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx


def sign(secret: str, payload: bytes) -> str:
    return hmac.new(secret.encode(), payload, hashlib.sha512).hexdigest().upper()


def timestamp(skew: float = 0.0) -> str:
    moment = datetime.now(UTC) + timedelta(seconds=skew)
    return moment.replace(tzinfo=None).isoformat()


class Admin:
    def __init__(self, http: httpx.Client, base_url: str) -> None:
        self.http = http
        self.url = f"{base_url}/_sandbox"

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.http.post(f"{self.url}{path}", json=body or {})
        assert response.status_code < 300, response.text
        return response.json()

    def get(self, path: str) -> Any:
        response = self.http.get(f"{self.url}{path}")
        assert response.status_code == 200, response.text
        return response.json()

    def account(self, **funds: str) -> dict[str, str]:
        account: dict[str, str] = self.post("/accounts")
        for asset, amount in funds.items():
            self.deposit(account["api_key"], asset, amount)
        return account

    def deposit(self, api_key: str, asset: str, amount: str) -> Any:
        return self.post(f"/accounts/{api_key}/deposits", {"asset": asset, "amount": amount})

    def balances(self, api_key: str) -> dict[str, dict[str, str]]:
        result: dict[str, dict[str, str]] = self.get(f"/accounts/{api_key}/balances")
        return result

    def offer(self, token: str, market: str, side: str, price: str, amount: str) -> str:
        body = {"token": token, "market": market, "side": side, "price": price, "amount": amount}
        offer: str = self.post("/hashgreen/offers", body)["offer"]
        return offer

    def ledger_balanced(self) -> bool:
        return bool(self.get("/ledger")["balanced"])


class AltMarket:
    """Signs every call: ``ts`` in the query (GET, DELETE) or in the JSON body (POST)."""

    def __init__(
        self, http: httpx.Client, base_url: str, key: str, secret: str, skew: float = 0.0
    ) -> None:
        self.http = http
        self.url = f"{base_url}/altmarket"
        self.key = key
        self.secret = secret
        self.skew = skew

    def get(self, path: str, params: list[tuple[str, Any]] | None = None) -> httpx.Response:
        return self._query("GET", path, params)

    def delete(self, path: str) -> httpx.Response:
        return self._query("DELETE", path, None)

    def _query(
        self, method: str, path: str, params: list[tuple[str, Any]] | None
    ) -> httpx.Response:
        query = urlencode([*(params or []), ("ts", timestamp(self.skew))])
        headers = {"Key": self.key, "Sign": sign(self.secret, f"?{query}".encode())}
        return self.http.request(method, f"{self.url}{path}?{query}", headers=headers)

    def post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        raw = json.dumps({**body, "ts": timestamp(self.skew)}).encode()
        headers = {
            "Key": self.key,
            "Sign": sign(self.secret, raw),
            "Content-Type": "application/json",
        }
        return self.http.post(f"{self.url}{path}", content=raw, headers=headers)

    def order(
        self,
        instrument: str,
        side: str,
        amount: str,
        price: str | None = None,
        stop: str | None = None,
    ) -> httpx.Response:
        order: dict[str, Any] = {
            "instrument": instrument,
            "type": side,
            "amount": float(amount),
            "isLimit": price is not None,
            "isStop": stop is not None,
        }
        if price is not None:
            order["price"] = float(price)
        if stop is not None:
            order["activationPrice"] = float(stop)
        return self.post("/api/order", {"order": order})

    def placed(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        response = self.order(*args, **kwargs)
        assert response.status_code == 200, response.text
        order: dict[str, Any] = response.json()["order"]
        return order


class Hashgreen:
    def __init__(self, http: httpx.Client, base_url: str, token: str | None = None) -> None:
        self.http = http
        self.url = f"{base_url}/hashgreen/api/v1"
        self.token = token

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(f"{self.url}{path}", params=params, headers=self._headers())

    def post_offer(self, offer: str) -> httpx.Response:
        return self.http.post(f"{self.url}/orders", data={"offer": offer}, headers=self._headers())

    def delete(self, path: str) -> httpx.Response:
        return self.http.delete(f"{self.url}{path}", headers=self._headers())
