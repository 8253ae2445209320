"""Faults a real server will not produce on demand, injected with httpx.MockTransport:
a timeout after the request was sent, a connection reset in the middle of a response."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    HashgreenOrder,
    Order,
    OrderStateUnknownError,
    RequestTimeoutError,
    ResponseError,
    SentOffer,
    SentOrder,
    TransportError,
)

from tests.wrapper.helpers import (
    FIXTURES,
    KEY,
    SECRET,
    TOKEN,
    envelope,
    hashgreen_order_json,
    markets_json,
    order_json,
)

Handler = Callable[[httpx.Request], httpx.Response]
BASE = "https://exchange.test"


class _BrokenStream(httpx.SyncByteStream):
    """A body that starts, then the connection is reset."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'[{"asset": "BT'
        raise httpx.ReadError("connection reset by peer")


class _AsyncBrokenStream(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"order": {"ord'
        raise httpx.ReadError("connection reset by peer")


class Script:
    """Answers by (method, path) from queues of responses or exceptions; records requests."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.routes: dict[tuple[str, str], list[httpx.Response | Exception]] = {}

    def on(self, method: str, path: str, *outcomes: httpx.Response | Exception) -> None:
        self.routes.setdefault((method, path), []).extend(outcomes)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        queue = self.routes.get((request.method, request.url.path), [])
        if not queue:
            return httpx.Response(599, text="unscripted")
        outcome = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def to(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == path]


def _client(script: Script, max_retries: int = 2) -> AltMarket:
    http = httpx.Client(transport=httpx.MockTransport(script))
    client = AltMarket(KEY, SECRET, base_url=BASE, http_client=http, max_retries=max_retries)
    client._transport.sleep = lambda delay: None
    return client


def _order_response(**kwargs: object) -> httpx.Response:
    return httpx.Response(200, json={"order": order_json("501", **kwargs)})  # type: ignore[arg-type]


def test_timeout_after_sending_an_order_is_fate_unknown_and_it_is_found() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json()))
    script.on("POST", "/api/order", httpx.ReadTimeout("timed out while reading"))
    script.on(
        "GET",
        "/api/orders/open",
        httpx.Response(200, json=[order_json("501", side="Sell", price=45000, amount=0.3)]),
    )
    client = _client(script)
    with pytest.raises(OrderStateUnknownError) as caught:
        client.limit_order("btc_usdt", "sell", "0.3", "45000")
    assert len(script.to("/api/order")) == 1
    error = caught.value
    assert isinstance(error.sent, SentOrder) and error.sent.price == 45000
    assert isinstance(error.cause, RequestTimeoutError)
    assert "ReadTimeout" in str(error)
    found = error.lookup()
    assert isinstance(found, Order) and found.order_id == "501"


def test_lookup_falls_back_to_history_and_may_find_nothing() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json()))
    script.on("POST", "/api/order", httpx.WriteTimeout("timed out while writing"))
    script.on("GET", "/api/orders/open", httpx.Response(200, json=[]))
    script.on(
        "GET",
        "/api/order_history",
        httpx.Response(
            200,
            json={
                "data": [order_json("9", side="Buy", amount=2, price=30000, status="Completed")],
                "paging": {"page": 1, "per_page": 100, "total": 1},
            },
        ),
    )
    client = _client(script)
    with pytest.raises(OrderStateUnknownError) as caught:
        client.limit_order("btc_usdt", "buy", "2", "30000")
    found = caught.value.lookup()
    assert isinstance(found, Order) and found.order_id == "9"
    history = script.to("/api/order_history")[0]
    assert history.url.params["Market"] == "btc_usdt"
    assert history.url.params["Side"] == "Buy"
    with pytest.raises(OrderStateUnknownError) as again:
        client.limit_order("btc_usdt", "buy", "3", "30000")
    assert again.value.lookup() is None  # no order of 3 at 30000 anywhere


def test_connect_error_on_an_order_is_retried_because_it_never_left() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json()))
    script.on(
        "POST",
        "/api/order",
        httpx.ConnectError("connection refused"),
        httpx.ConnectTimeout("connect timed out"),
        _order_response(),
    )
    order = _client(script).limit_order("btc_usdt", "buy", "0.5", "30000.25")
    assert order.order_id == "501"
    assert len(script.to("/api/order")) == 3


def test_connect_errors_exhausted_raise_a_transport_error_not_unknown() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json()))
    script.on("POST", "/api/order", httpx.ConnectError("connection refused"))
    with pytest.raises(TransportError) as caught:
        _client(script, max_retries=1).market_order("btc_usdt", "buy", "1")
    assert not isinstance(caught.value, OrderStateUnknownError)
    assert len(script.to("/api/order")) == 2


def test_reset_mid_response_on_a_read_is_retried() -> None:
    script = Script()
    script.on(
        "GET",
        "/api/wallet/balance",
        httpx.Response(200, stream=_BrokenStream()),
        httpx.Response(
            200, json=[{"asset": "btc", "totalBalance": 1, "inOrder": 0, "availableBalance": 1}]
        ),
    )
    assert _client(script).balances()["btc"].total_balance == 1
    assert len(script.to("/api/wallet/balance")) == 2


def test_reset_mid_response_on_an_order_is_fate_unknown() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json()))
    script.on("POST", "/api/order", httpx.RemoteProtocolError("peer closed connection"))
    with pytest.raises(OrderStateUnknownError):
        _client(script).market_order("btc_usdt", "sell", "1")
    assert len(script.to("/api/order")) == 1


def test_timeouts_on_reads_are_retried_then_raised_without_the_httpx_exception() -> None:
    script = Script()
    script.on("GET", "/api/orders/open", httpx.ReadTimeout("timed out"))
    with pytest.raises(RequestTimeoutError) as caught:
        _client(script).open_orders()
    assert len(script.requests) == 3
    error = caught.value
    assert isinstance(error, TransportError)
    assert (error.method, error.path) == ("GET", "/api/orders/open")
    assert error.__cause__ is None and error.__context__ is None
    assert error.__suppress_context__ is False


def test_an_unreadable_200_to_an_order_is_fate_unknown() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json()))
    script.on("POST", "/api/order", httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(OrderStateUnknownError) as caught:
        _client(script).limit_order("btc_usdt", "buy", "1", "1")
    assert isinstance(caught.value.cause, ResponseError)


def test_the_given_http_client_is_used_and_not_closed() -> None:
    script = Script()
    script.on("GET", "/api/wallet/balance", httpx.Response(200, json=[]))
    http = httpx.Client(transport=httpx.MockTransport(script), base_url="https://elsewhere.test")
    with AltMarket(KEY, SECRET, base_url=BASE, http_client=http) as client:
        client.balances()
    assert not http.is_closed
    assert str(script.requests[0].url).startswith(f"{BASE}/api/wallet/balance?ts=")
    http.close()


def _hashgreen(script: Script) -> Hashgreen:
    http = httpx.Client(transport=httpx.MockTransport(script))
    client = Hashgreen(TOKEN, base_url="https://dex.test/api/v1", http_client=http)
    client._transport.sleep = lambda delay: None
    return client


def test_hashgreen_lookup_without_coin_ids_falls_back_to_the_newest_order() -> None:
    offer = (FIXTURES / "hashgreen-cat1-offer-v2.offer").read_text().strip()
    script = Script()
    script.on("POST", "/api/v1/orders", httpx.ReadTimeout("timed out"))
    orders = [
        hashgreen_order_json("old", created_at="2020-01-01T00:00:00Z"),
        hashgreen_order_json("new", created_at="2999-01-01T00:00:00Z"),
    ]
    for order in orders:
        del order["coin_ids"]
    script.on("GET", "/api/v1/orders", httpx.Response(200, json=envelope(orders)))
    with pytest.raises(OrderStateUnknownError) as caught:
        _hashgreen(script).create_order(offer)
    found = caught.value.lookup()
    assert isinstance(found, HashgreenOrder) and found.id == "new"


def _offer_coin(offer: str) -> str:
    pytest.importorskip("chia_wallet_sdk")
    from tradespec.hashgreen._settling import offer_coin_ids

    coins = offer_coin_ids(offer)
    assert coins is not None
    return "0x" + sorted(coins)[0]


def test_hashgreen_offer_timeout_is_fate_unknown_and_found_by_its_coins() -> None:
    offer = (FIXTURES / "hashgreen-cat1-offer-v2.offer").read_text().strip()
    script = Script()
    script.on("POST", "/api/v1/orders", httpx.ReadTimeout("timed out"))
    script.on(
        "GET",
        "/api/v1/orders",
        httpx.Response(
            200,
            json=envelope(
                [
                    hashgreen_order_json("newer", created_at="2999-01-01T00:00:00Z"),
                    hashgreen_order_json(
                        "mine", created_at="2998-01-01T00:00:00Z", coin_ids=[_offer_coin(offer)]
                    ),
                ]
            ),
        ),
    )
    client = _hashgreen(script)
    with pytest.raises(OrderStateUnknownError) as caught:
        client.create_order(offer)
    assert isinstance(caught.value.sent, SentOffer)
    assert caught.value.sent.offer == offer
    assert "..." in repr(caught.value.sent)  # the offer is shortened in repr
    found = caught.value.lookup()
    assert isinstance(found, HashgreenOrder) and found.id == "mine"  # not the newest: its coins
    with pytest.raises(Exception, match="sync client"):
        import asyncio

        asyncio.run(caught.value.alookup())


async def test_async_faults() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json()))
    script.on(
        "POST",
        "/api/order",
        httpx.ConnectError("refused"),
        httpx.Response(200, stream=_AsyncBrokenStream()),
    )
    script.on("GET", "/api/orders/open", httpx.Response(200, json=[order_json("501")]))
    http = httpx.AsyncClient(transport=httpx.MockTransport(script))

    async def no_sleep(delay: float) -> None:
        return None

    async with AsyncAltMarket(KEY, SECRET, base_url=BASE, http_client=http) as client:
        client._transport.sleep = no_sleep
        with pytest.raises(OrderStateUnknownError) as caught:
            await client.limit_order("btc_usdt", "buy", "0.5", "30000.25")
        assert len(script.to("/api/order")) == 2  # the connect error was retried; the reset not
        found = await caught.value.alookup()
        assert isinstance(found, Order)
        with pytest.raises(Exception, match="async client"):
            caught.value.lookup()
    assert not http.is_closed
    await http.aclose()


async def test_async_hashgreen_timeout_on_a_read_is_retried() -> None:
    script = Script()
    script.on(
        "GET",
        "/api/v1/orders",
        httpx.ReadTimeout("slow"),
        httpx.Response(200, json=envelope([hashgreen_order_json()], code=0)),
    )
    http = httpx.AsyncClient(transport=httpx.MockTransport(script))

    async def no_sleep(delay: float) -> None:
        return None

    async with AsyncHashgreen(TOKEN, base_url="https://dex.test/api/v1", http_client=http) as dex:
        dex._transport.sleep = no_sleep
        assert len(await dex.orders()) == 1
    assert len(script.requests) == 2
    await http.aclose()
