"""``with_raw_response`` and the per-call ``extra_headers``, ``extra_query`` and ``timeout``: on
every operation of both specs (from the generated operation tables), sync and async, against the
sandbox over HTTP on loopback; what arrives on the wire, against a scripted server; and every
credential a call could override, refused before anything is sent.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    InvalidInputError,
    RawResponse,
    RequestTimeoutError,
    ServerError,
    TradespecError,
)
from tradespec._raw import REFUSED_HEADERS

from tests.wrapper.helpers import KEY, SECRET, TOKEN
from tests.wrapper.scripted_server import Canned, Received, ScriptedServer, canned
from tests.wrapper.test_api_surface import (
    ALTMARKET_OPERATIONS,
    HASHGREEN_OPERATIONS,
    World,
    _altmarket_arguments,
    _check_type,
    _hashgreen_arguments,
    _operation,
    _skip_if_unserved,
    async_altmarket,
    async_hashgreen,
    hashgreen,
    world,
)
from tests.wrapper.test_api_surface import altmarket as altmarket  # the sandbox's

__all__ = ["async_altmarket", "async_hashgreen", "hashgreen", "world"]

EXTRA = {"X-Tradespec-Test": "extra header"}
TRACE = {"trace": "raw-1"}


def _extra_query(policy: Any, exchange: str) -> dict[str, str] | None:
    """What extra query an operation takes: none on AltMarket's body methods (refused)."""
    if exchange == "altmarket" and policy.method not in ("GET", "DELETE"):
        return None
    return TRACE


def _check_raw(raw: RawResponse[Any], method: Callable[..., Any]) -> None:
    assert isinstance(raw, RawResponse)
    assert 200 <= raw.status_code < 300
    assert "json" in raw.headers["content-type"]
    assert isinstance(raw.content, bytes)
    json.loads(raw.content)  # the body as it came
    _check_type(raw.parse(), method)
    assert raw.parse() is raw.parse()
    assert "bytes" in repr(raw) and str(raw.content[:20]) not in repr(raw)


# ------------------------------------------------- every operation, against the sandbox


@pytest.mark.parametrize("policy", ALTMARKET_OPERATIONS, ids=lambda p: p.operation_id)
def test_every_altmarket_operation_raw_sync(policy: Any, altmarket: AltMarket) -> None:
    method, arguments = _operation(
        policy,
        altmarket.api.with_raw_response,
        _altmarket_arguments(policy.operation_id, altmarket),
    )
    plain = getattr(getattr(altmarket.api, policy.tag), policy.operation_id)
    try:
        raw = method(
            **arguments,
            extra_headers=EXTRA,
            extra_query=_extra_query(policy, "altmarket"),
            timeout=5,
        )
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_raw(raw, plain)


@pytest.mark.parametrize("policy", ALTMARKET_OPERATIONS, ids=lambda p: p.operation_id)
async def test_every_altmarket_operation_raw_async(
    policy: Any, altmarket: AltMarket, async_altmarket: AsyncAltMarket
) -> None:
    method, arguments = _operation(
        policy,
        async_altmarket.api.with_raw_response,
        _altmarket_arguments(policy.operation_id, altmarket),
    )
    plain = getattr(getattr(async_altmarket.api, policy.tag), policy.operation_id)
    try:
        raw = await method(
            **arguments,
            extra_headers=EXTRA,
            extra_query=_extra_query(policy, "altmarket"),
            timeout=httpx.Timeout(5.0),
        )
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_raw(raw, plain)


@pytest.mark.parametrize("policy", ALTMARKET_OPERATIONS, ids=lambda p: p.operation_id)
def test_every_altmarket_operation_takes_the_options(policy: Any, altmarket: AltMarket) -> None:
    """The signature covers the extra query: the sandbox verifies every signed GET and DELETE,
    and ignores the parameter it does not know."""
    method, arguments = _operation(
        policy, altmarket.api, _altmarket_arguments(policy.operation_id, altmarket)
    )
    try:
        result = method(
            **arguments,
            extra_headers=EXTRA,
            extra_query=_extra_query(policy, "altmarket"),
            timeout=5.0,
        )
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_type(result, method)


@pytest.mark.parametrize("policy", HASHGREEN_OPERATIONS, ids=lambda p: p.operation_id)
def test_every_hashgreen_operation_raw_sync(
    policy: Any, world: World, hashgreen: Hashgreen
) -> None:
    method, arguments = _operation(
        policy,
        hashgreen.api.with_raw_response,
        _hashgreen_arguments(policy.operation_id, world, hashgreen),
    )
    plain = getattr(getattr(hashgreen.api, policy.tag), policy.operation_id)
    try:
        raw = method(**arguments, extra_headers=EXTRA, extra_query=TRACE, timeout=5)
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_raw(raw, plain)


@pytest.mark.parametrize("policy", HASHGREEN_OPERATIONS, ids=lambda p: p.operation_id)
async def test_every_hashgreen_operation_raw_async(
    policy: Any, world: World, hashgreen: Hashgreen, async_hashgreen: AsyncHashgreen
) -> None:
    method, arguments = _operation(
        policy,
        async_hashgreen.api.with_raw_response,
        _hashgreen_arguments(policy.operation_id, world, hashgreen),
    )
    plain = getattr(getattr(async_hashgreen.api, policy.tag), policy.operation_id)
    try:
        raw = await method(**arguments, extra_headers=EXTRA, extra_query=TRACE, timeout=5)
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_raw(raw, plain)


@pytest.mark.parametrize("policy", HASHGREEN_OPERATIONS, ids=lambda p: p.operation_id)
async def test_every_hashgreen_operation_takes_the_options_async(
    policy: Any, world: World, hashgreen: Hashgreen, async_hashgreen: AsyncHashgreen
) -> None:
    method, arguments = _operation(
        policy, async_hashgreen.api, _hashgreen_arguments(policy.operation_id, world, hashgreen)
    )
    try:
        result = await method(**arguments, extra_headers=EXTRA, extra_query=TRACE, timeout=5)
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_type(result, method)


def test_request_raw_against_the_sandbox(altmarket: AltMarket, hashgreen: Hashgreen) -> None:
    raw = altmarket.with_raw_response.request(
        "GET", "/api/wallet/balance", extra_query=TRACE, extra_headers=EXTRA, timeout=5
    )
    assert raw.status_code == 200
    assert {row["asset"] for row in raw.parse()} >= {"btc", "usdt"}
    assert json.loads(raw.content) == raw.parse()
    plain = altmarket.request("GET", "/api/wallet/balance", extra_query=TRACE, timeout=5)
    assert {row["asset"] for row in plain} == {row["asset"] for row in raw.parse()}
    envelope = hashgreen.with_raw_response.request("GET", "/markets", extra_query=TRACE)
    assert any(market["code"] == "XCH-USDS" for market in envelope.parse()["data"])


async def test_request_raw_async_against_the_sandbox(
    async_altmarket: AsyncAltMarket, async_hashgreen: AsyncHashgreen
) -> None:
    raw = await async_altmarket.with_raw_response.request(
        "GET", "/api/wallet/balance", extra_query=TRACE, timeout=5
    )
    assert raw.status_code == 200 and isinstance(raw.parse(), list)
    envelope = await async_hashgreen.with_raw_response.request(
        "GET", "/markets", extra_headers=EXTRA
    )
    assert envelope.parse()["data"]
    assert await async_hashgreen.request("GET", "/markets", extra_query=TRACE, timeout=5)


# ------------------------------------------------- what arrives on the wire


def _answer(received: Received) -> Canned:
    if received.path.startswith("/api"):  # AltMarket
        return canned(json=[], headers={"X-Request-Id": "r-1"})
    return canned(json={"code": 0, "data": []}, headers={"X-Request-Id": "r-1"})


@pytest.fixture
def answering(server: ScriptedServer) -> ScriptedServer:
    for path in ("/api/wallet/balance", "/api/orders", "/orders", "/markets"):
        for verb in ("GET", "DELETE"):
            server.always(verb, path, _answer)
    return server


def _arrived(server: ScriptedServer) -> Received:
    (received,) = server.requests
    assert received.header("x-tradespec-test") == "extra header"
    assert received.params["trace"] == "raw-1"
    return received


def test_extras_arrive_altmarket_sync(answering: ScriptedServer) -> None:
    with AltMarket(KEY, SECRET, base_url=answering.url) as exchange:
        raw = exchange.api.with_raw_response.wallet.get_balances(
            extra_headers={"x-tradespec-test": "extra header"}, extra_query=TRACE
        )
        assert raw.headers["x-request-id"] == "r-1"
        assert raw.parse() == []
        received = _arrived(answering)
        # Signed with the extra parameter: ``ts`` last, after it.
        assert received.query.startswith("trace=raw-1&ts=")
        assert received.header("Sign")


async def test_extras_arrive_altmarket_async(answering: ScriptedServer) -> None:
    async with AsyncAltMarket(KEY, SECRET, base_url=answering.url) as exchange:
        assert await exchange.api.wallet.get_balances(extra_headers=EXTRA, extra_query=TRACE) == []
        _arrived(answering)


def test_extras_arrive_hashgreen_sync(answering: ScriptedServer) -> None:
    with Hashgreen(TOKEN, base_url=answering.url) as dex:
        raw = dex.api.with_raw_response.markets.list_markets(extra_headers=EXTRA, extra_query=TRACE)
        assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "r-1"
        _arrived(answering)


async def test_extras_arrive_hashgreen_async(answering: ScriptedServer) -> None:
    async with AsyncHashgreen(TOKEN, base_url=answering.url) as dex:
        raw = await dex.api.with_raw_response.orders.list_orders(
            extra_headers=EXTRA, extra_query=TRACE
        )
        assert raw.parse().data == []
        received = _arrived(answering)
        assert received.header("Authorization") == f"Bearer {TOKEN}"


def test_extras_arrive_with_request(answering: ScriptedServer) -> None:
    with AltMarket(KEY, SECRET, base_url=answering.url) as exchange:
        exchange.request(
            "DELETE", "/api/orders", params={"a": "1"}, extra_headers=EXTRA, extra_query=TRACE
        )
        received = _arrived(answering)
        assert received.params["a"] == "1"


def test_an_extra_header_replaces_no_header_twice(answering: ScriptedServer) -> None:
    with Hashgreen(TOKEN, base_url=answering.url) as dex:
        dex.api.markets.list_markets(extra_headers={"user-agent": "bot/1"})
    (received,) = answering.requests
    assert [k for k in received.headers if k.lower() == "user-agent"] == ["User-Agent"]
    assert received.header("user-agent") == "bot/1"


def test_the_raw_answer_hides_an_echoed_credential(server: ScriptedServer) -> None:
    server.add(canned(json=[{"echo": SECRET}], headers={"X-Echo": f"key={SECRET}"}))
    with AltMarket(KEY, SECRET, base_url=server.url) as exchange:
        raw = exchange.with_raw_response.request("GET", "/api/wallet/balance")
    assert SECRET not in raw.headers["x-echo"] and "<redacted>" in raw.headers["x-echo"]
    assert SECRET.encode() not in raw.content
    assert raw.parse() == [{"echo": "<redacted>"}]


def test_a_call_without_options_sends_what_it_always_did(answering: ScriptedServer) -> None:
    with AltMarket(KEY, SECRET, base_url=answering.url) as exchange:
        exchange.api.wallet.get_balances()
        exchange.api.wallet.get_balances(extra_headers={}, extra_query={})
    first, second = answering.requests
    assert first.params.keys() == second.params.keys() == {"ts"}
    assert "X-Tradespec-Test" not in first.headers


# ------------------------------------------------- timeout per call


def _slow(received: Received) -> Canned:
    time.sleep(0.6)
    return canned(json=[])


def test_timeout_per_call_bounds_that_call(server: ScriptedServer) -> None:
    server.always("GET", "/api/wallet/balance", _slow)
    with AltMarket(KEY, SECRET, base_url=server.url, timeout=5, max_retries=0) as exchange:
        with pytest.raises(RequestTimeoutError):
            exchange.api.wallet.get_balances(timeout=0.2)
        with pytest.raises(RequestTimeoutError):
            exchange.api.with_raw_response.wallet.get_balances(timeout=0.2)
        with pytest.raises(RequestTimeoutError):
            exchange.request("GET", "/api/wallet/balance", timeout=0.2)
        # The client's own timeout is untouched.
        assert exchange.api.wallet.get_balances() == []
        assert exchange.api.wallet.get_balances(timeout=3) == []


async def test_timeout_per_call_bounds_that_call_async(server: ScriptedServer) -> None:
    server.always("GET", "/markets", _slow)
    async with AsyncHashgreen(TOKEN, base_url=server.url, timeout=5, max_retries=0) as dex:
        with pytest.raises(RequestTimeoutError):
            await dex.api.markets.list_markets(timeout=0.2)
        with pytest.raises(RequestTimeoutError):
            await dex.with_raw_response.request("GET", "/markets", timeout=0.2)


def test_timeout_per_call_keeps_the_hooks(server: ScriptedServer) -> None:
    server.always("GET", "/api/wallet/balance", lambda received: canned(json=[]))
    seen: list[object] = []
    with AltMarket(KEY, SECRET, base_url=server.url, on_request=seen.append) as exchange:
        exchange.api.wallet.get_balances(timeout=2)
        exchange.api.with_raw_response.wallet.get_balances(timeout=2)
    assert len(seen) == 2


# ------------------------------------------------- refused before anything is sent

_CASES = st.sampled_from(sorted(REFUSED_HEADERS)).flatmap(
    lambda name: (
        st.sampled_from([name, name.upper(), name.title(), name.swapcase()])
        | st.lists(st.booleans(), min_size=len(name), max_size=len(name)).map(
            lambda upper: "".join(c.upper() if u else c for c, u in zip(name, upper, strict=True))
        )
    )
)


def _calls(client: AltMarket | Hashgreen) -> list[Callable[..., Any]]:
    """A raw and a plain facade call, and ``exchange.request``, of the client."""
    if isinstance(client, AltMarket):
        return [
            client.api.wallet.get_balances,
            client.api.with_raw_response.trading.cancel_all_orders,
            lambda **options: client.request("GET", "/api/wallet/balance", **options),
            lambda **options: client.with_raw_response.request("DELETE", "/api/orders", **options),
        ]
    return [
        client.api.markets.list_markets,
        client.api.with_raw_response.orders.list_orders,
        lambda **options: client.request("GET", "/markets", **options),
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_CASES, which=st.integers(min_value=0, max_value=5))
def test_every_credential_header_is_refused(
    name: str,
    which: int,
    server: ScriptedServer,
    altmarket_scripted: AltMarket,
    hashgreen_scripted: Hashgreen,
) -> None:
    calls = _calls(altmarket_scripted) + _calls(hashgreen_scripted)
    call = calls[which % len(calls)]
    with pytest.raises(InvalidInputError) as refused:
        call(extra_headers={name: "x"})
    assert refused.value.argument == "extra_headers"
    assert name in str(refused.value)
    assert server.requests == []


@pytest.mark.parametrize("name", sorted(REFUSED_HEADERS))
@pytest.mark.parametrize("spelling", [str.lower, str.upper, str.title])
async def test_credential_headers_are_refused_async(
    name: str,
    spelling: Callable[[str], str],
    server: ScriptedServer,
    async_altmarket_scripted: AsyncAltMarket,
    async_hashgreen_scripted: AsyncHashgreen,
) -> None:
    header = {spelling(name): "x"}
    for call in (
        async_altmarket_scripted.api.wallet.get_balances(extra_headers=header),
        async_altmarket_scripted.api.with_raw_response.trading.create_order(
            body=_new_order(), extra_headers=header
        ),
        async_altmarket_scripted.request("GET", "/api/wallet/balance", extra_headers=header),
        async_hashgreen_scripted.api.with_raw_response.markets.list_markets(extra_headers=header),
        async_hashgreen_scripted.with_raw_response.request("GET", "/markets", extra_headers=header),
    ):
        with pytest.raises(InvalidInputError) as refused:
            await call
        assert refused.value.argument == "extra_headers"
    assert server.requests == []


def _new_order() -> Any:
    from tests.wrapper.test_api_surface import _new_order as new_order

    return new_order()


@pytest.mark.parametrize("ts", ["ts", "TS", "Ts"])
def test_ts_in_extra_query_is_refused(
    ts: str, server: ScriptedServer, altmarket_scripted: AltMarket, hashgreen_scripted: Hashgreen
) -> None:
    for call in _calls(altmarket_scripted) + _calls(hashgreen_scripted):
        with pytest.raises(InvalidInputError) as refused:
            call(extra_query={ts: "2020-01-01T00:00:00"})
        assert refused.value.argument == "extra_query"
    assert server.requests == []


def test_extra_query_on_an_altmarket_post_is_refused(
    server: ScriptedServer, altmarket_scripted: AltMarket
) -> None:
    exchange = altmarket_scripted
    for call in (
        lambda: exchange.api.trading.create_order(body=_new_order(), extra_query=TRACE),
        lambda: exchange.api.with_raw_response.trading.create_order(
            body=_new_order(), extra_query=TRACE
        ),
        lambda: exchange.request("POST", "/api/order", json={}, extra_query=TRACE),
        lambda: exchange.with_raw_response.request("POST", "/api/order", extra_query=TRACE),
    ):
        with pytest.raises(InvalidInputError) as refused:
            call()
        assert refused.value.argument == "extra_query"
        assert "signature covers its body only" in str(refused.value)
    assert server.requests == []
    assert exchange.unsettled() == []  # nothing written down: nothing was sent


async def test_extra_query_on_an_altmarket_post_is_refused_async(
    server: ScriptedServer, async_altmarket_scripted: AsyncAltMarket
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        await async_altmarket_scripted.api.with_raw_response.wallet.create_withdrawal(
            body=_withdrawal(), extra_query=TRACE
        )
    assert refused.value.argument == "extra_query"
    assert server.requests == []


def _withdrawal() -> Any:
    from decimal import Decimal

    from altmarket_client.models.withdrawal_request import WithdrawalRequest

    return WithdrawalRequest(
        asset_id="btc", amount=Decimal("0.001"), address="bc1qraw", transfer_id="raw-1"
    )


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1.0}, "timeout"),
        ({"timeout": float("inf")}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"extra_headers": {"X-Ok": "a\r\nKey: forged"}}, "extra_headers"),
        ({"extra_headers": {"X Bad": "a"}}, "extra_headers"),
        ({"extra_headers": {"X-Ok": 1}}, "extra_headers"),
        ({"extra_headers": [("X-Ok", "a")]}, "extra_headers"),
        ({"extra_query": {"a": object()}}, "extra_query"),
        ({"extra_query": {"a": float("nan")}}, "extra_query"),
        ({"extra_query": {"": "a"}}, "extra_query"),
        ({"extra_query": "a=1"}, "extra_query"),
    ],
)
def test_bad_options_are_refused(
    options: dict[str, Any],
    argument: str,
    server: ScriptedServer,
    altmarket_scripted: AltMarket,
    hashgreen_scripted: Hashgreen,
) -> None:
    for call in _calls(altmarket_scripted) + _calls(hashgreen_scripted):
        with pytest.raises(InvalidInputError) as refused:
            call(**options)
        assert refused.value.argument == argument
    assert server.requests == []


@pytest.fixture
def altmarket_scripted(altmarket_on_server: AltMarket) -> AltMarket:
    return altmarket_on_server


@pytest.fixture
def altmarket_on_server(server: ScriptedServer) -> Any:
    with AltMarket(KEY, SECRET, base_url=server.url) as exchange:
        yield exchange


@pytest.fixture
def hashgreen_scripted(server: ScriptedServer) -> Any:
    with Hashgreen(TOKEN, base_url=server.url) as dex:
        yield dex


@pytest.fixture
async def async_altmarket_scripted(server: ScriptedServer) -> Any:
    async with AsyncAltMarket(KEY, SECRET, base_url=server.url) as exchange:
        yield exchange


@pytest.fixture
async def async_hashgreen_scripted(server: ScriptedServer) -> Any:
    async with AsyncHashgreen(TOKEN, base_url=server.url) as dex:
        yield dex


# ------------------------------------------------- the helpers that send one request


def test_helpers_take_the_options_against_the_sandbox(world: World, altmarket: AltMarket) -> None:
    """The extra query of a signed GET and DELETE verifies at the sandbox; a POST's helper
    takes the headers and the timeout."""
    assert "btc" in altmarket.balances(extra_headers=EXTRA, extra_query=TRACE, timeout=5)
    assert altmarket.open_orders(extra_query=TRACE) == []
    order = altmarket.limit_order(
        "btc_usdt", "buy", "0.01", "20000", extra_headers=EXTRA, timeout=5
    )
    cancelled = altmarket.cancel_order(order.order_id, extra_query=TRACE, timeout=5)
    assert cancelled.order_id == order.order_id
    assert altmarket.cancel_all_orders(extra_headers=EXTRA, extra_query=TRACE) == 0
    assert altmarket.deposit_address("btc", extra_headers=EXTRA).address
    assert isinstance(altmarket.transfers(5, extra_query=TRACE), list)


async def test_helpers_take_the_options_against_the_sandbox_async(
    world: World, async_hashgreen: AsyncHashgreen, async_altmarket: AsyncAltMarket
) -> None:
    book = await async_hashgreen.order_book("XCH-USDS", extra_query=TRACE, timeout=5)
    assert book.bids is not None and book.asks is not None
    assert isinstance(await async_hashgreen.trades("XCH-USDS", extra_headers=EXTRA), list)
    assert isinstance(await async_hashgreen.orders(extra_query=TRACE, timeout=5), list)
    assert await async_hashgreen.statistics("XCH-USDS", extra_headers=EXTRA)
    assert "usdt" in await async_altmarket.balances(extra_query=TRACE, timeout=5)
    order = await async_altmarket.market_order("btc_usdt", "buy", "0.001", extra_headers=EXTRA)
    assert order.order_id


def test_a_helper_sends_its_options_not_the_cached_fetch(server: ScriptedServer) -> None:
    from bench import payloads

    server.always(
        "GET",
        "/api/markets",
        lambda received: Canned(
            200, payloads.altmarket_markets(), {"Content-Type": "application/json"}
        ),
    )
    server.always("POST", "/api/order", lambda received: canned(599, body="stop"))
    with (
        AltMarket(KEY, SECRET, base_url=server.url, max_retries=0) as exchange,
        pytest.raises(TradespecError),  # the canned 599: what matters is what was sent
    ):
        exchange.limit_order("btc_usdt", "buy", "0.01", "20000", extra_headers=EXTRA)
    markets, order = server.requests
    assert markets.path == "/api/markets" and markets.header("x-tradespec-test") is None
    assert order.path == "/api/order" and order.header("x-tradespec-test") == "extra header"


def test_helpers_arrive_with_the_options(answering: ScriptedServer) -> None:
    with AltMarket(KEY, SECRET, base_url=answering.url) as exchange:
        assert exchange.balances(extra_headers=EXTRA, extra_query=TRACE) == {}
    _arrived(answering)


async def test_helpers_arrive_with_the_options_async(answering: ScriptedServer) -> None:
    async with AsyncHashgreen(TOKEN, base_url=answering.url) as dex:
        assert await dex.orders(extra_headers=EXTRA, extra_query=TRACE) == []
    _arrived(answering)


def test_a_helper_refuses_bad_options_before_anything_is_sent(
    server: ScriptedServer, altmarket_scripted: AltMarket, hashgreen_scripted: Hashgreen
) -> None:
    # limit_order and order_book would fetch the markets first: nothing is sent at all.
    for call in (
        lambda **o: altmarket_scripted.limit_order("btc_usdt", "buy", "1", "1", **o),
        lambda **o: altmarket_scripted.balances(**o),
        lambda **o: hashgreen_scripted.order_book("XCH-USDS", **o),
        lambda **o: hashgreen_scripted.create_order("offer1x", **o),
    ):
        for options, argument in (
            ({"extra_headers": {"SIGN": "forged"}}, "extra_headers"),
            ({"extra_headers": {"authorization": "Bearer other"}}, "extra_headers"),
            ({"timeout": -1}, "timeout"),
        ):
            with pytest.raises(InvalidInputError) as refused:
                call(**options)
            assert refused.value.argument == argument
    with pytest.raises(InvalidInputError) as refused:
        hashgreen_scripted.trades("XCH-USDS", extra_query={"ts": "1"})
    assert refused.value.argument == "extra_query"
    assert server.requests == []


def test_timeout_per_call_bounds_a_helper(server: ScriptedServer) -> None:
    server.always("GET", "/api/wallet/balance", _slow)
    with (
        AltMarket(KEY, SECRET, base_url=server.url, timeout=5, max_retries=0) as exchange,
        pytest.raises(RequestTimeoutError),
    ):
        exchange.balances(timeout=0.2)


# ------------------------------------------------- on every transport


def _sync_http(kind: str) -> Any:
    if kind == "urllib3":
        return None  # the default transport
    if kind == "httpx":
        return httpx.Client()
    return pytest.importorskip("httpx2").Client()


def _async_http(kind: str) -> Any:
    if kind == "aiohttp":
        return None
    if kind == "httpx":
        return httpx.AsyncClient()
    return pytest.importorskip("httpx2").AsyncClient()


def _repeated(received: Received) -> Canned:
    return canned(json=[], headers={"X-Request-Id": "r-1", "X-Echo": f"k={KEY}"})


@pytest.mark.parametrize("kind", ["urllib3", "httpx", "httpx2"])
def test_raw_and_extras_on_every_sync_transport(kind: str, server: ScriptedServer) -> None:
    server.always("GET", "/api/wallet/balance", _repeated)
    http = _sync_http(kind)
    try:
        with AltMarket(KEY, SECRET, base_url=server.url, http_client=http) as exchange:
            raw = exchange.api.with_raw_response.wallet.get_balances(
                extra_headers=EXTRA, extra_query=TRACE, timeout=5
            )
            assert (raw.status_code, raw.parse(), json.loads(raw.content)) == (200, [], [])
            assert raw.headers["X-REQUEST-ID"] == "r-1"
            assert raw.headers["x-echo"] == "k=<redacted>"
            raw = exchange.with_raw_response.request("GET", "/api/wallet/balance", timeout=5)
            assert raw.headers["content-type"] == "application/json"
    finally:
        if http is not None:
            http.close()
    first, second = server.requests
    assert first.header("x-tradespec-test") == "extra header"
    assert first.params["trace"] == "raw-1"
    assert "trace" not in second.params


@pytest.mark.parametrize("kind", ["aiohttp", "httpx", "httpx2"])
async def test_raw_and_extras_on_every_async_transport(kind: str, server: ScriptedServer) -> None:
    server.always("GET", "/api/wallet/balance", _repeated)
    http = _async_http(kind)
    try:
        async with AsyncAltMarket(KEY, SECRET, base_url=server.url, http_client=http) as exchange:
            raw = await exchange.api.with_raw_response.wallet.get_balances(
                extra_headers=EXTRA, extra_query=TRACE, timeout=httpx.Timeout(5.0)
            )
            assert (raw.status_code, raw.parse()) == (200, [])
            assert raw.headers["X-Request-Id"] == "r-1"
            assert raw.headers["x-echo"] == "k=<redacted>"
            assert await exchange.balances(extra_headers=EXTRA, timeout=5) == {}
    finally:
        if http is not None:
            await http.aclose()
    first, second = server.requests
    assert first.header("x-tradespec-test") == second.header("x-tradespec-test") == "extra header"
    assert first.params["trace"] == "raw-1"
