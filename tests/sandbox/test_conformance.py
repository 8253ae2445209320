"""Schemathesis runs both specs against the running sandbox: every answer must be one the spec
allows, and none may be a 5xx.

Requests are signed the way a real client signs them: ``ts`` goes into the query (GET, DELETE)
or the JSON body (POST) before the request is prepared, and ``Sign`` is computed over the bytes
actually sent (``requests``' prepared URL query or body). Hashgreen calls carry the account's
bearer token. Positive cases sometimes get a real market, offer or order id in place of a random
string, so the success paths are exercised too, not only the refusals.

Checks: no 5xx, every status and content type declared, every body valid against its schema,
schema-violating requests refused, and methods the spec does not declare answered 405. The
sandbox runs in strict mode here: by default it ignores query parameters and body fields an
operation does not have, as the live platform does, where the spec (and so schemathesis)
expects them refused. Not ``positive_data_acceptance``: a schema-valid request
can still be refused for what no schema says (an offer the sandbox did not mint, a price off
the market's scale, funds the account lacks).

The run is bounded (``MAX_EXAMPLES`` per operation, no shrinking beyond hypothesis' default
budget); the number of cases is printed in pytest's terminal summary.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)
from tradespec_sandbox import SandboxServer, serve_in_thread

from tests.specs import SPECS_DIR

from .helpers import Admin, AltMarket

MAX_EXAMPLES = 50
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
    unsupported_method,
]
Case = schemathesis.Case[APIOperation[Any, Any, Any, Any]]
CASES: Counter[str] = Counter()
STATUSES: Counter[int] = Counter()

ALTMARKET = schemathesis.openapi.from_path(SPECS_DIR / "altmarket.yaml")
HASHGREEN = schemathesis.openapi.from_path(SPECS_DIR / "hashgreen.yaml")
BOUNDED = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    derandomize=True,
    database=None,
)


class Signer(requests.auth.AuthBase):
    """AltMarket's ``Sign`` over the prepared request's exact query or body (when it has one)."""

    def __init__(self, secret: str) -> None:
        self.secret = secret

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if request.method in ("GET", "DELETE"):
            payload = b"?" + urlsplit(request.url or "").query.encode()
        else:
            body = request.body
            if isinstance(body, str):
                body = body.encode()
            payload = body if isinstance(body, bytes) else b""
        sign = hmac.new(self.secret.encode(), payload, hashlib.sha512).hexdigest().upper()
        if "Sign" in request.headers:
            request.headers["Sign"] = sign
        return request


class World:
    """The accounts and real ids the generated cases are pointed at."""

    def __init__(self, sandbox: SandboxServer, http: httpx.Client) -> None:
        self.admin = Admin(http, sandbox.url)
        self.account = self.admin.account(btc="1000", eth="1000", usdt="100000000", xch="1000")
        self.altmarket = requests.Session()
        self.altmarket.auth = Signer(self.account["api_secret"])
        self.hashgreen = requests.Session()
        markets = http.get(f"{sandbox.hashgreen_url}/markets").json()["data"]
        self.market_ids = [m["id"] for m in markets]
        self.market_codes = [m["code"] for m in markets]
        self.turn = itertools.count()
        self.trader = AltMarket(
            http, sandbox.url, self.account["api_key"], self.account["api_secret"]
        )

    def real(self) -> bool:
        """Every other positive case gets real ids."""
        return next(self.turn) % 2 == 0

    def offer(self) -> str:
        return self.admin.offer(self.account["token"], "XCH-USDS", "sell", "99.50", "0.5")

    def open_altmarket_order(self) -> str:
        order_id: str = self.trader.placed("btc_usdt", "buy", "0.001", price="100.00")["orderId"]
        return order_id

    def open_hashgreen_order(self) -> str:
        response = self.hashgreen.post(
            f"{self.admin.url.removesuffix('/_sandbox')}/hashgreen/api/v1/orders",
            data={"offer": self.offer()},
            headers={"Authorization": f"Bearer {self.account['token']}"},
        )
        order_id: str = response.json()["data"]["id"]
        return order_id


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    """A sandbox of this module's own, in strict mode (see the module's docstring)."""
    with serve_in_thread(strict=True) as server:
        yield server


@pytest.fixture(scope="module")
def world(sandbox: SandboxServer, http: httpx.Client) -> Iterator[World]:
    world = World(sandbox, http)
    yield world
    world.altmarket.close()
    world.hashgreen.close()


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat()


_UNSERVED: dict[str, bool] = {}


def _skip_unserved(case: Case, base_url: str) -> None:
    """Skip an operation the spec declares and the sandbox answers with 501 (not served yet)."""
    label = case.operation.label
    if label not in _UNSERVED:
        path = re.sub(r"\{[^}]*\}", "1", case.operation.path)
        answer = httpx.request(case.method.upper(), base_url + path, timeout=10)
        _UNSERVED[label] = answer.status_code == 501
    if _UNSERVED[label]:
        pytest.skip(f"{label}: the sandbox does not serve this operation yet (it answers 501)")


def _positive(case: Case) -> bool:
    return case.meta is not None and not case.meta.generation.mode.is_negative


@ALTMARKET.parametrize()
@BOUNDED
def test_altmarket_conforms(case: Case, sandbox: SandboxServer, world: World) -> None:
    _skip_unserved(case, sandbox.altmarket_url)
    if case.method.upper() in ("GET", "DELETE"):
        query = dict(case.query or {})
        if isinstance(query.get("ts", ""), str):
            query["ts"] = _now()
        case.query = query
    elif isinstance(case.body, dict):
        if isinstance(case.body.get("ts", ""), str):
            case.body["ts"] = _now()
        order = case.body.get("order")
        if _positive(case) and isinstance(order, dict) and world.real():
            order["instrument"] = "btc_usdt"
    if case.operation.label == "DELETE /api/orders/{orderId}" and _positive(case) and world.real():
        case.path_parameters = {"orderId": world.open_altmarket_order()}
    # The real key, and a signature over what is sent; but only for the auth headers the case
    # has: a negative case may leave one out on purpose, and must then be refused.
    if case.headers and "Key" in case.headers:
        case.headers["Key"] = world.account["api_key"]
    response = case.call_and_validate(
        base_url=sandbox.altmarket_url, session=world.altmarket, checks=CHECKS
    )
    CASES[f"altmarket {case.operation.label}"] += 1
    STATUSES[response.status_code] += 1


@HASHGREEN.parametrize()
@BOUNDED
def test_hashgreen_conforms(case: Case, sandbox: SandboxServer, world: World) -> None:
    _skip_unserved(case, sandbox.hashgreen_url)
    label = case.operation.label
    if _positive(case) and world.real():
        query: dict[str, Any] = dict(case.query or {})
        if "market_id" in query or label in ("GET /trades/book", "GET /trades/history"):
            query["market_id"] = world.market_ids[0]
            case.query = query
        if label == "GET /markets/{code}":
            case.path_parameters = {"code": world.market_codes[0]}
        if label == "POST /orders" and isinstance(case.body, dict):
            case.body["offer"] = world.offer()
        if label == "DELETE /orders/{order_id}":
            case.path_parameters = {"order_id": world.open_hashgreen_order()}
    if case.headers and "Authorization" in case.headers:
        case.headers["Authorization"] = f"Bearer {world.account['token']}"
    response = case.call_and_validate(
        base_url=sandbox.hashgreen_url, session=world.hashgreen, checks=CHECKS
    )
    CASES[f"hashgreen {label}"] += 1
    STATUSES[response.status_code] += 1
