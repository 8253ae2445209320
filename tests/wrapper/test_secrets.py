"""Secrets never appear in a repr, a log line, an exception or a URL."""

from __future__ import annotations

import logging
import pickle
import traceback

import httpx
import pytest
from tradespec import (
    AltMarket,
    AltMarketAuth,
    AsyncAltMarket,
    AsyncHashgreen,
    AuthenticationError,
    Hashgreen,
    TradespecError,
)
from tradespec.hashgreen._auth import BearerAuth

from tests.wrapper.helpers import KEY, SECRET, TOKEN, markets_json, order_json
from tests.wrapper.scripted_server import ScriptedServer, canned

SECRETS = (KEY, SECRET, TOKEN)


def _clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked into {text!r}"


async def test_reprs_hold_no_secret(server: ScriptedServer) -> None:
    clients: list[object] = [
        AltMarket(KEY, SECRET, base_url=server.url),
        Hashgreen(TOKEN, base_url=server.url),
        AsyncAltMarket(KEY, SECRET, base_url=server.url),
        AsyncHashgreen(TOKEN, base_url=server.url),
        AltMarketAuth(KEY, SECRET),
        BearerAuth(TOKEN),
    ]
    for client in clients:
        _clean(repr(client))
        _clean(str(client))
        assert server.url in repr(client) or "hidden" in repr(client)
    altmarket = clients[0]
    assert isinstance(altmarket, AltMarket)
    _clean(repr(altmarket.with_options(max_retries=1)))
    _clean(repr(vars(altmarket)))
    _clean(repr(altmarket._engine.__dict__))


def test_logs_name_the_request_and_nothing_secret(
    altmarket: AltMarket, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.always("GET", "/api/markets", canned(json=markets_json()))
    server.route("POST", "/api/order", canned(json={"order": order_json("1")}))
    server.route("GET", "/api/wallet/balance", canned(503, body="busy"), canned(json=[]))
    with caplog.at_level(logging.DEBUG):
        altmarket.limit_order("btc_usdt", "buy", "1", "2")
        altmarket.balances()
    lines = [r.getMessage() for r in caplog.records if r.name == "tradespec"]
    assert "GET /api/markets -> 200 (attempt 1)" in lines
    assert "POST /api/order -> 200 (attempt 1)" in lines
    assert "GET /api/wallet/balance -> 503 (attempt 1)" in lines
    assert any(line.startswith("retrying GET /api/wallet/balance in ") for line in lines)
    assert "GET /api/wallet/balance -> 200 (attempt 2)" in lines
    everything = "\n".join(r.getMessage() for r in caplog.records)  # httpx's own lines too
    _clean(everything)
    for received in server.requests:
        assert str(received.header("Sign")) not in everything


def test_urls_never_carry_a_secret(altmarket: AltMarket, server: ScriptedServer) -> None:
    server.route("GET", "/api/wallet/transfers", canned(json=[]))
    altmarket.transfers(count=3)
    target = server.requests[0].target
    _clean(target)
    assert set(server.requests[0].params) == {"count", "ts"}


def test_a_server_echoing_a_secret_is_redacted(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/api/wallet/balance",
        canned(
            401,
            json={"errors": [{"code": "Unauthorized", "message": f"Unknown key {KEY} / {SECRET}"}]},
        ),
    )
    with pytest.raises(AuthenticationError) as caught:
        altmarket.balances()
    error = caught.value
    _clean(str(error))
    _clean(repr(error))
    _clean(repr(error.body))
    _clean("".join(traceback.format_exception(error)))
    assert "<redacted>" in error.message


def test_hashgreen_token_never_leaks(
    hashgreen: Hashgreen, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.route("GET", "/orders", canned(json={"code": 401, "msg": f"bad token {TOKEN}"}))
    with caplog.at_level(logging.DEBUG), pytest.raises(TradespecError) as caught:
        hashgreen.orders()
    _clean(str(caught.value))
    _clean(repr(caught.value.__dict__))
    _clean("\n".join(r.getMessage() for r in caplog.records))


def test_transport_errors_drop_the_signed_request() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused (sent with {request.headers['Key']})", request=request)

    http = httpx.Client(transport=httpx.MockTransport(refuse))
    with (
        AltMarket(KEY, SECRET, base_url="https://x.test", http_client=http, max_retries=0) as c,
        pytest.raises(TradespecError) as caught,
    ):
        c.balances()
    error = caught.value
    assert error.__cause__ is None and error.__context__ is None
    _clean(str(error))  # the key the transport put in its message is redacted
    _clean("".join(traceback.format_exception(error)))
    _clean(repr(pickle.loads(pickle.dumps(error.message))))
