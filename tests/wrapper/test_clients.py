"""The clients' shape: exports, context managers, owned and given connections, the error tree."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
import tradespec
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    OrderStateUnknownError,
    SentOffer,
    TradespecError,
    errors,
)

from tests.wrapper.helpers import KEY, SECRET, TOKEN
from tests.wrapper.scripted_server import ScriptedServer, canned


def test_everything_in_all_is_exported() -> None:
    for name in tradespec.__all__:
        assert hasattr(tradespec, name), name
    for name in errors.__all__:
        assert getattr(tradespec, name) is getattr(errors, name)


@pytest.mark.parametrize("name", ["AltMarket", "AsyncAltMarket", "Hashgreen", "AsyncHashgreen"])
def test_the_clients_are_shown_as_what_users_import(name: str) -> None:
    client_class = getattr(tradespec, name)
    assert repr(client_class) == f"<class 'tradespec.{name}'>"
    module = tradespec.altmarket if "AltMarket" in name else tradespec.hashgreen
    assert getattr(module, name) is client_class


@pytest.mark.parametrize(
    ("client_class", "method"),
    [
        (AltMarket, "close"),
        (Hashgreen, "close"),
        (AsyncAltMarket, "aclose"),
        (AsyncHashgreen, "aclose"),
    ],
)
def test_shared_lifecycle_keeps_its_signatures_and_docstrings(
    client_class: Any, method: str
) -> None:
    closing = getattr(client_class, method)
    assert inspect.signature(closing).parameters.keys() == {"self"}
    assert closing.__doc__.startswith("Close the connections this client opened")
    with_options = client_class.with_options
    assert list(inspect.signature(with_options).parameters) == [
        "self",
        "max_retries",
        "timeout",
        "settle_unknown",
    ]
    assert with_options.__doc__.startswith("A client like this one with other limits")
    init = inspect.signature(client_class.__init__).parameters
    for name in ("rate_limit", "settle_unknown", "journal"):
        assert init[name].default is None and init[name].kind is init[name].KEYWORD_ONLY
    entering = "__enter__" if method == "close" else "__aenter__"
    assert hasattr(client_class, entering)


def test_the_error_tree() -> None:
    tree = {
        errors.InvalidInputError: (errors.TradespecError, ValueError),
        errors.TransportError: (errors.TradespecError,),
        errors.RequestTimeoutError: (errors.TransportError,),
        errors.OrderStateUnknownError: (errors.TradespecError,),
        errors.ResponseError: (errors.TradespecError,),
        errors.APIError: (errors.TradespecError,),
        errors.BadRequestError: (errors.APIError,),
        errors.InvalidOrderError: (errors.BadRequestError,),
        errors.InsufficientFundsError: (errors.BadRequestError,),
        errors.AuthenticationError: (errors.APIError,),
        errors.PermissionDeniedError: (errors.APIError,),
        errors.NotFoundError: (errors.APIError,),
        errors.RateLimitError: (errors.APIError,),
        errors.ServerError: (errors.APIError,),
    }
    for cls, bases in tree.items():
        for base in bases:
            assert issubclass(cls, base), (cls, base)
        assert cls.__name__ in (errors.__doc__ or "")


SYNC_METHODS = {
    AltMarket: [
        "assets",
        "markets",
        "balances",
        "create_order",
        "limit_order",
        "market_order",
        "stop_limit_order",
        "stop_market_order",
        "cancel_order",
        "cancel_all_orders",
        "open_orders",
        "order_history",
        "trade_history",
        "deposit_address",
        "withdraw",
        "transfers",
        "with_options",
    ],
    Hashgreen: [
        "markets",
        "market",
        "statistics",
        "order_book",
        "trades",
        "orders",
        "create_order",
        "cancel_order",
        "with_options",
    ],
}


@pytest.mark.parametrize(
    ("sync", "twin"), [(AltMarket, AsyncAltMarket), (Hashgreen, AsyncHashgreen)]
)
def test_twins_have_the_same_methods_and_signatures(sync: type, twin: type) -> None:
    for name in SYNC_METHODS[sync]:
        ours, theirs = getattr(sync, name), getattr(twin, name)
        assert (
            inspect.signature(ours).parameters.keys() == inspect.signature(theirs).parameters.keys()
        )
        iterator = name in ("order_history", "trade_history", "with_options")
        assert inspect.iscoroutinefunction(theirs) is not iterator, name


def test_context_manager_closes_its_own_connections(server: ScriptedServer) -> None:
    server.always("GET", "/api/wallet/balance", canned(json=[]))
    client = AltMarket(KEY, SECRET, base_url=server.url)
    with client as entered:
        assert entered is client
        entered.balances()
        own = client._transport.http.backend
        assert own is not None
    assert client._transport.http.closed
    assert own.closed
    with pytest.raises(TradespecError):
        client.balances()


def test_a_given_client_is_never_closed(server: ScriptedServer) -> None:
    server.always("GET", "/markets", canned(json={"code": 0, "data": []}))
    with httpx.Client() as given:
        with Hashgreen(TOKEN, base_url=server.url, http_client=given) as dex:
            dex.markets()
            clone = dex.with_options(max_retries=0)
            clone.close()
            assert not given.is_closed
            dex.markets(refresh=True)
        assert not given.is_closed
        assert given.get(f"{server.url}/markets").status_code == 200


def test_closing_a_clone_closes_nothing(server: ScriptedServer) -> None:
    server.always("GET", "/api/wallet/balance", canned(json=[]))
    with AltMarket(KEY, SECRET, base_url=server.url) as client:
        client.with_options(timeout=3).close()
        client.balances()
        assert client.with_options(timeout=3)._engine.timeout == 3.0
        assert client._engine.timeout == 10.0


@pytest.mark.parametrize("client_class", [AltMarket, AsyncAltMarket, Hashgreen, AsyncHashgreen])
def test_a_copy_of_a_copy_shares_the_one_state_and_has_its_own_limits(client_class: Any) -> None:
    credentials = (KEY, SECRET) if "AltMarket" in client_class.__name__ else (TOKEN,)
    client = client_class(*credentials, settle_unknown=5, on_request=lambda event: None)
    copy = client.with_options(max_retries=0)
    second = copy.with_options(timeout=2, settle_unknown=0)
    for other in (copy, second):
        assert type(other) is client_class
        assert other._state is client._state
        assert other._helpers is client._helpers
        assert other._transport.http is client._transport.http
        assert other._engine.limiter is client._engine.limiter
        assert other._transport.observer is client._transport.observer is not None
        assert other._engine is not client._engine
        assert other._settler.ledger is client._settler.ledger
        assert not other._closes
    assert (client.max_retries, copy.max_retries, second.max_retries) == (2, 0, 0)
    assert (client._engine.timeout, copy._engine.timeout, second._engine.timeout) == (10, 10, 2)
    assert (client.settle_unknown, copy.settle_unknown, second.settle_unknown) == (5, 5, None)
    assert client._closes


def test_no_connection_is_opened_before_the_first_request() -> None:
    client = AltMarket(KEY, SECRET)
    assert client._transport.http.backend is None
    client.close()


async def test_async_context_managers(server: ScriptedServer) -> None:
    server.always("GET", "/api/wallet/balance", canned(json=[]))
    async with AsyncAltMarket(KEY, SECRET, base_url=server.url) as client:
        await client.balances()
        own = client._transport.http.backend
        assert own is not None
    assert own.closed
    async with httpx.AsyncClient() as given:
        async with AsyncAltMarket(KEY, SECRET, base_url=server.url, http_client=given) as other:
            await other.balances()
        assert not given.is_closed
        dex = AsyncHashgreen(base_url=server.url, http_client=given)
        await dex.aclose()
        assert not given.is_closed


def test_an_unbound_lookup_is_a_tradespec_error() -> None:
    from datetime import UTC, datetime

    error = OrderStateUnknownError("lost", sent=SentOffer("offer1x", datetime.now(UTC)))
    with pytest.raises(TradespecError):
        error.lookup()
    assert error.cause is None


def test_timeout_is_applied_to_every_attempt(server: ScriptedServer) -> None:
    seen: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("timeout"))
        return httpx.Response(200, json=[])

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with AltMarket(KEY, SECRET, base_url="https://x.test", http_client=http, timeout=2.5) as c:
        c.balances()
        c.with_options(timeout=httpx.Timeout(1.0, read=7.0)).balances()
    assert seen[0] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert seen[1] == {"connect": 1.0, "read": 7.0, "write": 1.0, "pool": 1.0}


def test_errors_survive_pickling() -> None:
    import pickle
    from datetime import UTC, datetime

    from tradespec import RateLimitError, ResponseError

    rate = RateLimitError("slow", status=429, code="Busy", body={"a": 1}, retry_after=2.0)
    copy = pickle.loads(pickle.dumps(rate))
    assert (type(copy), copy.status, copy.code, copy.retry_after, str(copy)) == (
        RateLimitError,
        429,
        "Busy",
        2.0,
        str(rate),
    )
    unknown = OrderStateUnknownError(
        "lost", sent=SentOffer("offer1x", datetime.now(UTC)), cause=ResponseError("bad")
    )
    unknown._bind(lookup=lambda: None)
    restored = pickle.loads(pickle.dumps(unknown))
    assert restored.sent == unknown.sent and str(restored.cause) == "bad"
    with pytest.raises(TradespecError):
        restored.lookup()  # the live client stayed behind


def test_a_closed_given_client_is_reported_before_anything_is_sent() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"order": {"orderId": "1"}})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = AltMarket(KEY, SECRET, base_url="https://x.test", http_client=http)
    http.close()
    with pytest.raises(TradespecError, match="closed") as caught:
        client.balances()
    assert not isinstance(caught.value, OrderStateUnknownError)
    assert sent == []
