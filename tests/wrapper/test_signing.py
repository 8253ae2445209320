"""AltMarket signing: known answers from the document's reference algorithm, on the wire bytes."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tradespec import AltMarket, AltMarketAuth, Clock
from tradespec.altmarket._auth import ticks_to_unix

from tests.wrapper.helpers import (
    KEY,
    SECRET,
    markets_json,
    order_json,
    reference_sign,
    signature_ok,
)
from tests.wrapper.scripted_server import ScriptedServer, canned

TS = "2020-09-28T12:33:39.403080"
# Computed once with the reference code of the AltMarket document (sign_header) for SECRET.
KNOWN_GET = (
    "F6EA778EE2343D1E193FE6E78D71DDF6958EC4FC64A2C137B67135812B4B5DB7"
    "BFC2407E811DF3BBC66F14D757A4E1FDD09A4B32317B8F87D1E9C0D872AEE399"
)
KNOWN_GET_PARAMS = (
    "D3044E505F9011AA490FE5139E3389A8E15D334C6F069CD6396F44C0733E00A1"
    "2622EE801675017AD9C51DA17721F95844C8240321716A9E209EAAFB5660184E"
)
KNOWN_POST = (
    "415037186A646F520A4FCE4239D9A5A930103C58728243B5659556AFF39CFCF6"
    "E8105F36E1B333DDBBAC6CA80613552DD9B04B6F2CF765CEF802C993AA05D645"
)


@pytest.fixture
def fixed_ts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Clock, "timestamp", lambda self: TS)


def _signed(request: httpx.Request) -> httpx.Request:
    flow = AltMarketAuth(KEY, SECRET).sync_auth_flow(request)
    return next(flow)


@pytest.mark.usefixtures("fixed_ts")
def test_get_known_answer() -> None:
    request = _signed(httpx.Request("GET", "https://exchange.alt.market/api/wallet/balance"))
    assert request.url.query == b"ts=2020-09-28T12%3A33%3A39.403080"
    assert request.headers["Key"] == KEY
    assert request.headers["Sign"] == KNOWN_GET
    payload = "?" + request.url.query.decode()
    assert request.headers["Sign"] == reference_sign(SECRET.encode(), payload, is_json=False)


@pytest.mark.usefixtures("fixed_ts")
def test_get_with_params_signs_the_query_as_sent() -> None:
    request = _signed(
        httpx.Request(
            "GET",
            "https://exchange.alt.market/api/order_history",
            params={"Market": "BTC-USDT", "Page": 2, "PerPage": 50},
        )
    )
    assert request.url.query.decode() == (
        "Market=BTC-USDT&Page=2&PerPage=50&ts=2020-09-28T12%3A33%3A39.403080"
    )
    assert request.headers["Sign"] == KNOWN_GET_PARAMS


@pytest.mark.usefixtures("fixed_ts")
def test_delete_signs_like_get() -> None:
    request = _signed(httpx.Request("DELETE", "https://exchange.alt.market/api/orders/-42"))
    assert request.headers["Sign"] == KNOWN_GET


@pytest.mark.usefixtures("fixed_ts")
def test_post_known_answer_rewrites_body_with_default_separators() -> None:
    order = {
        "instrument": "BTC-USDT",
        "type": "buy",
        "amount": 0.5,
        "price": 30000.25,
        "isLimit": True,
        "isStop": False,
    }
    original = httpx.Request("POST", "https://exchange.alt.market/api/order", json={"order": order})
    assert b", " not in original.content  # httpx writes compact JSON
    request = _signed(original)
    expected_body = json.dumps({"order": order, "ts": TS}).encode()
    assert request.content == expected_body
    assert request.headers["Content-Length"] == str(len(expected_body))
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["Sign"] == KNOWN_POST
    assert request.headers["Sign"] == reference_sign(
        SECRET.encode(), {"order": order, "ts": TS}, is_json=True
    )


@pytest.mark.usefixtures("fixed_ts")
def test_signing_twice_replaces_ts_instead_of_adding_one() -> None:
    auth = AltMarketAuth(KEY, SECRET)
    request = next(auth.sync_auth_flow(httpx.Request("GET", "https://x.test/a?b=1")))
    again = next(auth.sync_auth_flow(request))
    assert again.url.query.decode().count("ts=") == 1
    post = next(auth.sync_auth_flow(httpx.Request("POST", "https://x.test/a", json={"a": 1})))
    post_again = next(auth.sync_auth_flow(post))
    assert json.loads(post_again.content) == {"a": 1, "ts": TS}


def test_non_ascii_is_escaped_as_the_reference_does(fixed_ts: None) -> None:
    request = _signed(httpx.Request("POST", "https://x.test/a", json={"address": "zoë"}))
    assert request.content == json.dumps({"address": "zoë", "ts": TS}).encode()
    assert b"\\u00eb" in request.content


def test_ts_is_iso_8601_utc_without_zone() -> None:
    clock = Clock()
    stamp = clock.timestamp()
    parsed = datetime.fromisoformat(stamp)
    assert parsed.tzinfo is None
    assert len(stamp) == len("2020-09-28T12:33:39.403080")


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.floats(min_value=0.0, max_value=7_258_118_399.999, allow_nan=False),
        # Near whole seconds, where rounding to the microsecond carries into the next one.
        st.integers(min_value=0, max_value=7_258_118_399).flatmap(
            lambda second: st.sampled_from(
                [second - 5e-7, second - 4e-7, second + 4e-7, second + 5e-7, second + 0.9999995]
            )
        ),
    ),
    st.booleans(),
)
def test_ts_is_written_as_datetime_writes_it(unix: float, fresh: bool) -> None:
    """The clock's text for any time from 1970 to 2199 is datetime's, to the microsecond and
    rounded as it rounds; a clock that wrote another second just before writes the same."""
    clock = Clock()
    if not fresh:
        clock.text_of(unix - 1.0)
    expected = (
        datetime.fromtimestamp(unix, UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    )
    assert clock.text_of(unix) == expected
    assert clock.text_of(unix) == expected  # again, from the second it keeps


def test_ticks_known_answer() -> None:
    moment = datetime.fromtimestamp(ticks_to_unix(637368932194030800), UTC)
    assert moment == datetime(2020, 9, 28, 12, 33, 39, 403080, tzinfo=UTC)


def test_every_request_the_client_sends_is_signed_as_the_platform_checks(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    server.route("GET", "/api/markets", canned(json=markets_json()))
    server.route("POST", "/api/order", canned(json={"order": order_json("1")}))
    server.route("GET", "/api/wallet/transfers", canned(json=[]))
    server.route("DELETE", "/api/orders/1", canned(json={"order": order_json("1")}))
    altmarket.limit_order("btc_usdt", "buy", "0.5", "30000.25")
    altmarket.transfers(count=5)
    altmarket.cancel_order("1")
    assert [r.method for r in server.requests] == ["GET", "POST", "GET", "DELETE"]
    for received in server.requests:
        assert signature_ok(received), received
    body = server.requests[1].body
    assert body.startswith(b'{"order": {"instrument": "btc_usdt", "type": "buy", "amount": 0.5')
    assert json.loads(body)["order"]["price"] == 30000.25
    assert "ts" in json.loads(body)
    assert server.requests[2].params["count"] == "5"
    assert "ts" in server.requests[2].params


def test_each_attempt_is_signed_again_with_a_fresh_ts(
    altmarket: AltMarket, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = itertools.count()
    monkeypatch.setattr(
        Clock, "timestamp", lambda self: f"2020-09-28T12:33:{next(counter):02d}.000000"
    )
    server.route(
        "GET",
        "/api/wallet/balance",
        canned(503, body="busy"),
        canned(503, body="busy"),
        canned(json=[]),
    )
    assert altmarket.balances() == {}
    sent = server.to("/api/wallet/balance")
    assert len(sent) == 3
    stamps = [r.params["ts"] for r in sent]
    assert len(set(stamps)) == 3
    signs = [r.header("Sign") for r in sent]
    assert len(set(signs)) == 3
    assert all(signature_ok(r) for r in sent)


def _ticks(unix: float) -> int:
    return int(unix * 10_000_000) + 621_355_968_000_000_000


def test_clock_offset_learned_from_server_time(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    # The platform's clock is an hour ahead of this machine's.
    ahead = datetime.now(UTC).timestamp() + 3600
    server.route("GET", "/api/markets", canned(json=markets_json(server_time=_ticks(ahead))))
    server.route("GET", "/api/wallet/balance", canned(json=[]))
    altmarket.markets()
    assert 3500 < altmarket.clock_offset < 3700
    altmarket.balances()
    ts = datetime.fromisoformat(server.to("/api/wallet/balance")[0].params["ts"])
    assert abs(ts.replace(tzinfo=UTC).timestamp() - ahead) < 100


def test_a_placeholder_server_time_does_not_move_the_clock(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    server.route("GET", "/api/markets", canned(json=markets_json(server_time=0)))
    altmarket.markets()
    assert altmarket.clock_offset == 0.0


def test_401_with_a_skewed_date_resyncs_the_clock_and_signs_again(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    ahead = datetime.fromtimestamp(datetime.now(UTC).timestamp() + 600, UTC)
    server.route(
        "GET",
        "/api/wallet/balance",
        canned(
            401,
            json={"errors": [{"code": "Unauthorized", "message": "ts out of window"}]},
            headers={"Date": format_datetime(ahead, usegmt=True)},
        ),
        canned(json=[{"asset": "BTC", "totalBalance": 1, "inOrder": 0, "availableBalance": 1}]),
    )
    balances = altmarket.balances()
    assert set(balances) == {"BTC"}
    sent = server.to("/api/wallet/balance")
    assert len(sent) == 2
    second = datetime.fromisoformat(sent[1].params["ts"]).replace(tzinfo=UTC)
    assert abs(second.timestamp() - ahead.timestamp()) < 100


def test_401_with_an_accurate_date_is_not_retried(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    from tradespec import AuthenticationError

    server.route(
        "GET",
        "/api/wallet/balance",
        canned(401, json={"errors": [{"code": "Unauthorized", "message": "Invalid signature."}]}),
    )
    with pytest.raises(AuthenticationError) as caught:
        altmarket.balances()
    assert caught.value.status == 401
    assert caught.value.code == "Unauthorized"
    assert caught.value.message == "Invalid signature."
    assert len(server.requests) == 1


def _hmac(payload: bytes) -> str:
    return hmac.new(SECRET.encode(), payload, hashlib.sha512).hexdigest().upper()


def test_auth_works_with_plain_httpx(fixed_ts: None) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    with httpx.Client(transport=httpx.MockTransport(handler), auth=AltMarketAuth(KEY, SECRET)) as c:
        c.get("https://exchange.alt.market/api/wallet/balance")
        c.post("https://exchange.alt.market/api/wallet/deposit", json={"assetId": "BTC"})
    assert seen[0].headers["Sign"] == _hmac(b"?" + seen[0].url.query)
    assert seen[1].headers["Sign"] == _hmac(seen[1].content)
    assert seen[1].content == b'{"assetId": "BTC", "ts": "2020-09-28T12:33:39.403080"}'
