"""Requests made exactly as clients written elsewhere make them, byte for byte, to the sandbox.

Each client's bytes are copied here: the request line, the headers it sets and the body, sent
over a plain ``http.client`` connection (which adds only ``Host``, ``Accept-Encoding`` and
``Content-Length``), so nothing of ours re-encodes them.

* The AltMarket document's own samples: ``datetime.datetime.utcnow().isoformat()`` (naive,
  microseconds), ``payload = "?ts={0}".format(t)`` signed as text, POST bodies signed as
  ``json.dumps(payload)`` (default separators), and the POST headers of its code tabs:
  ``Content-Type: application/json-patch+json``, ``Accept: text/plain``.
* A PHP client of a sister deployment of the same white-label platform: it builds the query
  as ``'?' . '&ts=' . $ts . '&nonce=' . $nonce`` (so ``?&ts=..&nonce=..``), ``$ts`` from
  ``gmdate('c')`` (``+00:00``), and POSTs ``json_encode`` (compact) with a ``nonce`` field.
* Hashgreen clients: chia-liquidity-provider posts ``requests.post(url, data={"offer": ...})``
  with no ``Authorization``; a PHP shop sends ``Authorization: Bearer `` with an empty token;
  a trader's bot sends its token.

All fifteen are served. The platform is an ASP.NET service: its binding ignores query
parameters and body fields it does not know, and so does the sandbox by default.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import http.client
import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import pytest
from tradespec_sandbox import SandboxServer, serve_in_thread

from .helpers import Admin

UTC = datetime.UTC


class Raw:
    """Sends a request as given: method, path with its query, headers, body bytes."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        assert parts.hostname is not None and parts.port is not None
        self.host, self.port = parts.hostname, parts.port

    def send(
        self, method: str, path: str, headers: dict[str, str], body: bytes | None = None
    ) -> tuple[int, dict[str, str], Any]:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            answer_headers = {k.lower(): v for k, v in response.getheaders()}
            return response.status, answer_headers, json.loads(data) if data else None
        finally:
            connection.close()


def doc_sign(secret: bytes, payload: Any, is_json: bool) -> str:
    """The document's ``sign_header``, as written there."""
    if is_json:
        return (
            hmac.new(secret, json.dumps(payload).encode("utf-8"), hashlib.sha512)
            .hexdigest()
            .upper()
        )
    return hmac.new(secret, payload.encode("utf-8"), hashlib.sha512).hexdigest().upper()


def doc_timestamp() -> str:
    """The document's ``timestamp()``: ``datetime.datetime.utcnow().isoformat()``."""
    return datetime.datetime.now(UTC).replace(tzinfo=None).isoformat()


def php_hmac(secret: str, payload: str) -> str:
    """PHP's ``strtoupper(hash_hmac('sha512', $payload, $secret))``."""
    return hmac.new(secret.encode(), payload.encode(), hashlib.sha512).hexdigest().upper()


def php_ts() -> str:
    """PHP's ``gmdate('Y-m-d\\TH:i:s\\Z')``: ``2026-12-01T23:40:00Z``."""
    return datetime.datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def php_nonce() -> str:
    """PHP's ``(string) round(microtime(true) * 1000)``."""
    return str(round(time.time() * 1000))


def php_json(data: dict[str, Any]) -> str:
    """PHP's ``json_encode``: compact, with ``/`` escaped."""
    return json.dumps(data, separators=(",", ":")).replace("/", "\\/")


@pytest.fixture
def account(admin: Admin) -> dict[str, str]:
    return admin.account(btc="10", usdt="1000000", eth="100")


@pytest.fixture
def raw(sandbox: SandboxServer) -> Raw:
    return Raw(sandbox.url)


# ---- the AltMarket document's samples ---------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/api/assets-info", "/api/markets", "/api/orders/open", "/api/wallet/balance"]
)
def test_the_documents_get_sample(raw: Raw, account: dict[str, str], path: str) -> None:
    t = doc_timestamp()
    payload = f"?ts={t}"
    headers = {
        "content-type": "application/json",
        "Key": account["api_key"],
        "Sign": doc_sign(account["api_secret"].encode(), payload, False),
    }
    status, _, body = raw.send("GET", f"/altmarket{path}{payload}", headers)
    assert status == 200, body


def _doc_post(raw: Raw, account: dict[str, str], path: str, payload: dict[str, Any]) -> Any:
    headers = {
        "Content-Type": "application/json-patch+json",
        "Accept": "text/plain",
        "Key": account["api_key"],
        "Sign": doc_sign(account["api_secret"].encode(), payload, True),
    }
    status, _, body = raw.send("POST", f"/altmarket{path}", headers, json.dumps(payload).encode())
    assert status == 200, body
    return body


def test_the_documents_order_sample_places_and_cancels(raw: Raw, account: dict[str, str]) -> None:
    payload = {
        "order": {
            "instrument": "btc_usdt",
            "type": "buy",
            "amount": 0.01,
            "price": 100.5,
            "isLimit": True,
            "isStop": False,
        },
        "ts": doc_timestamp(),
    }
    order = _doc_post(raw, account, "/api/order", payload)["order"]
    assert order["status"] == "Working" and order["price"] == 100.5
    t = doc_timestamp()
    query = f"?ts={t}"
    headers = {
        "content-type": "application/json",
        "Key": account["api_key"],
        "Sign": doc_sign(account["api_secret"].encode(), query, False),
    }
    status, _, body = raw.send(
        "DELETE", f"/altmarket/api/orders/{order['orderId']}{query}", headers
    )
    assert status == 200 and body["order"]["status"] == "Cancelled", body


def test_the_documents_wallet_samples(raw: Raw, account: dict[str, str]) -> None:
    address = _doc_post(
        raw, account, "/api/wallet/deposit", {"assetId": "btc", "ts": doc_timestamp()}
    )
    assert address["address"]
    withdrawal = {
        "assetId": "btc",
        "amount": 0.01,
        "address": "bc1qsandboxexampleaddress",
        "transferId": f"doc-{time.time_ns()}",
        "ts": doc_timestamp(),
    }
    transfer = _doc_post(raw, account, "/api/wallet/withdrawal", withdrawal)
    assert transfer["type"] == "Withdrawal"


# ---- a sister deployment's PHP client ---------------------------------------------------------


def test_the_php_clients_signed_get_with_a_nonce(raw: Raw, account: dict[str, str]) -> None:
    query = "?" + "&ts=" + php_ts() + "&nonce=" + php_nonce()
    headers = {"Key": account["api_key"], "Sign": php_hmac(account["api_secret"], query)}
    status, _, body = raw.send("GET", f"/altmarket/api/wallet/balance{query}", headers)
    assert status == 200, body
    assert {row["asset"]: row["totalBalance"] for row in body}["btc"] == 10


def test_the_php_clients_compact_post_with_a_nonce(raw: Raw, account: dict[str, str]) -> None:
    # PHP's client sends amounts as numbers (json_encode of its floats) and a nonce in the body.
    data = {
        "order": {
            "instrument": "btc_usdt",
            "type": "sell",
            "amount": 0.5,
            "isLimit": True,
            "price": 90000,
            "isStop": False,
        },
        "ts": php_ts(),
        "nonce": php_nonce(),
    }
    body = php_json(data)
    headers = {
        "Content-Type": "application/json",
        "Key": account["api_key"],
        "Sign": php_hmac(account["api_secret"], body),
    }
    status, _, answer = raw.send("POST", "/altmarket/api/order", headers, body.encode())
    assert status == 200, answer
    assert answer["order"]["type"] == "sell" and answer["order"]["amount"] == 0.5
    query = "?" + "&ts=" + php_ts() + "&nonce=" + php_nonce()
    headers = {"Key": account["api_key"], "Sign": php_hmac(account["api_secret"], query)}
    status, _, answer = raw.send("DELETE", f"/altmarket/api/orders{query}", headers)
    assert status == 200 and answer["data"] == 1, answer


# ---- Hashgreen clients ------------------------------------------------------------------------


def _form_post(raw: Raw, offer: str, authorization: str | None) -> tuple[int, Any]:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if authorization is not None:
        headers["Authorization"] = authorization
    status, _, body = raw.send(
        "POST", "/hashgreen/api/v1/orders", headers, urlencode({"offer": offer}).encode()
    )
    return status, body


def _orders(raw: Raw, token: str) -> list[dict[str, Any]]:
    status, _, body = raw.send(
        "GET", "/hashgreen/api/v1/orders", {"Authorization": f"Bearer {token}"}
    )
    assert status == 200, body
    orders: list[dict[str, Any]] = body["data"]
    return orders


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer "],
    ids=["chia-liquidity-provider: no Authorization", "a PHP shop: an empty bearer"],
)
def test_an_offer_posted_without_a_token_is_owned_by_no_one(
    raw: Raw, admin: Admin, authorization: str | None
) -> None:
    maker = admin.account()
    taker = admin.account()
    offer = admin.offer(maker["token"], "XCH-USDS", "sell", "77.70", "0.5")
    status, body = _form_post(raw, offer, authorization)
    assert status == 200 and body["code"] == 0, body
    order = body["data"]
    assert order["status"] == 2 and order["user_id"] == ""
    # Booked: in the public book at its price.
    status, _, book = raw.send(
        "GET", f"/hashgreen/api/v1/trades/book?market_id={order['market_id']}", {}
    )
    assert status == 200
    assert any(row[0] == "77.70" for row in book["data"]["asks"])
    # Listed by no one's GET /orders, the minting account's included; not cancellable.
    assert all(o["id"] != order["id"] for o in _orders(raw, maker["token"]))
    status, _, refused = raw.send(
        "DELETE",
        f"/hashgreen/api/v1/orders/{order['id']}",
        {"Authorization": f"Bearer {maker['token']}"},
    )
    assert status == 404 and refused["code"] == 404
    # Matched: a crossing order takes it.
    bid = admin.offer(taker["token"], "XCH-USDS", "buy", "77.70", "0.5")
    status, body = _form_post(raw, bid, f"Bearer {taker['token']}")
    assert status == 200 and body["data"]["status"] == 3, body
    assert [o["status"] for o in _orders(raw, taker["token"])][:1] == [3]


def test_a_bots_post_with_its_token_is_listed(raw: Raw, admin: Admin) -> None:
    maker = admin.account()
    offer = admin.offer(maker["token"], "XCH-USDS", "buy", "11.10", "0.25")
    status, body = _form_post(raw, offer, f"Bearer {maker['token']}")
    assert status == 200, body
    assert [o["id"] for o in _orders(raw, maker["token"])] == [body["data"]["id"]]


def test_a_wrong_token_is_still_refused(raw: Raw, admin: Admin) -> None:
    maker = admin.account()
    offer = admin.offer(maker["token"], "XCH-USDS", "buy", "11.10", "0.25")
    for authorization in ("Bearer nope", "Basic abc"):
        status, body = _form_post(raw, offer, authorization)
        assert status == 401 and body["code"] == 401, body


# ---- strict mode ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def strict() -> Iterator[SandboxServer]:
    with serve_in_thread(strict=True) as server:
        yield server


def test_strict_mode_refuses_what_the_platform_would_ignore(strict: SandboxServer) -> None:
    with httpx.Client(timeout=10) as http:
        admin = Admin(http, strict.url)
        account = admin.account(btc="1")
        assert admin.get("/settings")["strict"] is True
        raw = Raw(strict.url)
        query = "?" + "&ts=" + php_ts() + "&nonce=" + php_nonce()
        headers = {"Key": account["api_key"], "Sign": php_hmac(account["api_secret"], query)}
        status, _, body = raw.send("GET", f"/altmarket/api/wallet/balance{query}", headers)
        assert status == 400 and "'nonce'" in body["errors"][0]["message"], body
        order: dict[str, Any] = {"instrument": "btc_usdt", "type": "buy", "amount": 1}
        for data in (
            {"order": order, "ts": php_ts(), "nonce": "1"},  # a body field it does not have
            {"order": {**order, "side": "Buy"}, "ts": php_ts()},  # a read-only field
            {"order": {**order, "colour": "red"}, "ts": php_ts()},  # an unknown nested field
        ):
            body_text = php_json(data)
            headers = {
                "Key": account["api_key"],
                "Sign": php_hmac(account["api_secret"], body_text),
                "Content-Type": "application/json",
            }
            status, _, body = raw.send("POST", "/altmarket/api/order", headers, body_text.encode())
            assert status == 400, body
        # Turned off at run time, the same request is served.
        admin.post("/settings", {"strict": False})
        query = "?" + "&ts=" + php_ts() + "&nonce=" + php_nonce()
        headers = {"Key": account["api_key"], "Sign": php_hmac(account["api_secret"], query)}
        status, _, body = raw.send("GET", f"/altmarket/api/wallet/balance{query}", headers)
        assert status == 200, body


# ---- undeclared methods -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("DELETE", "/altmarket/api/orders/open", "GET, HEAD"),
        ("PATCH", "/altmarket/api/order", "POST"),
        ("PUT", "/hashgreen/api/v1/orders", "GET, HEAD, POST"),
        ("GET", "/_sandbox/reset", "POST"),
    ],
)
def test_undeclared_methods_answer_405(
    sandbox: SandboxServer, http: httpx.Client, method: str, path: str, allow: str
) -> None:
    response = http.request(method, f"{sandbox.url}{path}")
    assert response.status_code == 405, response.text
    assert response.headers["allow"] == allow
    body = response.json()
    if path.startswith("/hashgreen"):
        assert body["code"] == 405
    else:
        assert body["errors"][0]["code"] == "MethodNotAllowed"
