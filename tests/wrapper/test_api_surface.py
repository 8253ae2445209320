"""``exchange.api``: every operation of both specs, generated, sent through the engine to the
sandbox over HTTP, sync and async, and parsed into its generated model.

The operations come from the generated operation tables (written from the specs), so a new
operation is tried here without a test edit: with no argument it needs, it is called as is; one
that needs arguments this module does not know how to make is skipped, saying so, as is one
the sandbox does not serve yet (it answers 501 naming it; the conformance test lists it).
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from typing import Any

import altmarket_client.operations
import hashgreen_client.operations
import pytest
from altmarket_client.models.create_order_request import CreateOrderRequest
from altmarket_client.models.deposit_address_request import DepositAddressRequest
from altmarket_client.models.new_order import NewOrder
from altmarket_client.models.order_direction import OrderDirection
from altmarket_client.models.withdrawal_request import WithdrawalRequest
from altmarket_client.types import Unset
from hashgreen_client.models.create_order_form import CreateOrderForm
from hashgreen_client.types import Unset as HashgreenUnset
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    InvalidInputError,
    NotFoundError,
    OrderStateUnknownError,
    SentRequest,
    ServerError,
)

from tests.wrapper.sandbox_support import Admin, require_sandbox

require_sandbox()

ALTMARKET_OPERATIONS = sorted(altmarket_client.operations.OPERATIONS.values())
HASHGREEN_OPERATIONS = sorted(hashgreen_client.operations.OPERATIONS.values())


class World:
    """A funded AltMarket account and Hashgreen trader, and what arguments need (an order id)."""

    def __init__(self, admin: Admin, sandbox_url: str) -> None:
        self.admin = admin
        self.account = admin.account(btc="10", usdt="100000")
        self.altmarket_url = f"{sandbox_url}/altmarket"
        self.hashgreen_url = f"{sandbox_url}/hashgreen/api/v1"


@pytest.fixture
def world(admin: Admin, sandbox_url: str) -> World:
    return World(admin, sandbox_url)


def _new_order() -> CreateOrderRequest:
    return CreateOrderRequest(
        order=NewOrder(
            instrument="btc_usdt",
            type_=OrderDirection.BUY,
            amount=Decimal("0.01"),
            price=Decimal("20000"),
            is_limit=True,
            is_stop=False,
        )
    )


def _altmarket_arguments(name: str, exchange: AltMarket) -> dict[str, Any] | None:
    """Arguments for the AltMarket operations that need some (None: not known here)."""
    if name == "create_order":
        return {"body": _new_order()}
    if name == "cancel_order":
        placed = exchange.api.trading.create_order(body=_new_order()).order
        assert not isinstance(placed, Unset)
        return {"order_id": placed.order_id}
    if name == "get_deposit_address":
        return {"body": DepositAddressRequest(asset_id="btc")}
    if name == "create_withdrawal":
        return {
            "body": WithdrawalRequest(
                asset_id="btc",
                amount=Decimal("0.001"),
                address="bc1qapisurface",
                transfer_id="api-1",
            )
        }
    return None


def _hashgreen_arguments(name: str, world: World, dex: Hashgreen) -> dict[str, Any] | None:
    if name == "get_market":
        return {"code": "XCH-USDS"}
    if name in ("get_order_book", "get_trade_history", "get_statistics"):
        return {"market_id": _market_id(dex)}
    if name == "create_order":
        return {"body": CreateOrderForm(offer=_offer(world))}
    if name == "cancel_order":
        posted = dex.api.orders.create_order(body=CreateOrderForm(offer=_offer(world))).data
        assert not isinstance(posted, HashgreenUnset)
        return {"order_id": posted.id}
    return None


def _market_id(dex: Hashgreen) -> str:
    markets = dex.api.markets.list_markets().data
    assert markets
    return next(str(m.id) for m in markets if m.code == "XCH-USDS")


def _offer(world: World) -> str:
    return world.admin.offer(world.account["token"], "XCH-USDS", "sell", "80", "0.5")


def _operation(
    policy: Any, api: object, arguments: dict[str, Any] | None
) -> tuple[Callable[..., Any], dict[str, Any]]:
    """The facade method of ``policy``'s operation on ``api``, and its arguments; a test of an
    operation that needs arguments this module cannot make is skipped, saying which."""
    method: Callable[..., Any] = getattr(getattr(api, policy.tag), policy.operation_id)
    if arguments is None and _required(method):
        pytest.skip(f"{policy.operation_id} needs {_required(method)}: no arguments known here")
    return method, arguments or {}


def _required(method: Callable[..., Any]) -> list[str]:
    return [
        name
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.default is inspect.Parameter.empty
        and parameter.kind is inspect.Parameter.KEYWORD_ONLY
    ]


def _check_type(result: object, method: Callable[..., Any]) -> None:
    """``result`` is what the facade method's return annotation says."""
    module = inspect.getmodule(method)
    assert module is not None
    models = importlib.import_module(module.__name__.split(".")[0] + ".models")
    namespace = {name: getattr(models, name) for name in models.__all__}
    # Only the return annotation: the parameters' may name what only type checkers import.
    expected = eval(method.__annotations__["return"], {**vars(module), **namespace})
    origin = typing.get_origin(expected)
    if origin is list:
        assert isinstance(result, list)
        (item,) = typing.get_args(expected)
        assert all(isinstance(row, item) for row in result)
    else:
        assert isinstance(result, expected), (type(result), expected)


def _skip_if_unserved(exc: ServerError) -> None:
    """Skip an operation the spec declares and the sandbox does not serve yet (its 501)."""
    if exc.status == 501 and "does not serve" in str(exc.message):
        pytest.skip(f"the sandbox does not serve this operation yet: {exc.message}")


@pytest.fixture
def altmarket(world: World) -> Iterator[AltMarket]:
    with AltMarket(
        world.account["api_key"], world.account["api_secret"], base_url=world.altmarket_url
    ) as exchange:
        yield exchange


@pytest.fixture
async def async_altmarket(world: World) -> AsyncIterator[AsyncAltMarket]:
    async with AsyncAltMarket(
        world.account["api_key"], world.account["api_secret"], base_url=world.altmarket_url
    ) as exchange:
        yield exchange


@pytest.fixture
def hashgreen(world: World) -> Iterator[Hashgreen]:
    with Hashgreen(world.account["token"], base_url=world.hashgreen_url) as dex:
        yield dex


@pytest.fixture
async def async_hashgreen(world: World) -> AsyncIterator[AsyncHashgreen]:
    async with AsyncHashgreen(world.account["token"], base_url=world.hashgreen_url) as dex:
        yield dex


@pytest.mark.parametrize("policy", ALTMARKET_OPERATIONS, ids=lambda p: p.operation_id)
def test_every_altmarket_operation_sync(policy: Any, altmarket: AltMarket) -> None:
    method, arguments = _operation(
        policy, altmarket.api, _altmarket_arguments(policy.operation_id, altmarket)
    )
    try:
        result = method(**arguments)
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_type(result, method)


@pytest.mark.parametrize("policy", ALTMARKET_OPERATIONS, ids=lambda p: p.operation_id)
async def test_every_altmarket_operation_async(
    policy: Any, altmarket: AltMarket, async_altmarket: AsyncAltMarket
) -> None:
    method, arguments = _operation(
        policy, async_altmarket.api, _altmarket_arguments(policy.operation_id, altmarket)
    )
    try:
        result = await method(**arguments)
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_type(result, method)


@pytest.mark.parametrize("policy", HASHGREEN_OPERATIONS, ids=lambda p: p.operation_id)
def test_every_hashgreen_operation_sync(policy: Any, world: World, hashgreen: Hashgreen) -> None:
    method, arguments = _operation(
        policy, hashgreen.api, _hashgreen_arguments(policy.operation_id, world, hashgreen)
    )
    try:
        result = method(**arguments)
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_type(result, method)


@pytest.mark.parametrize("policy", HASHGREEN_OPERATIONS, ids=lambda p: p.operation_id)
async def test_every_hashgreen_operation_async(
    policy: Any, world: World, hashgreen: Hashgreen, async_hashgreen: AsyncHashgreen
) -> None:
    method, arguments = _operation(
        policy, async_hashgreen.api, _hashgreen_arguments(policy.operation_id, world, hashgreen)
    )
    try:
        result = await method(**arguments)
    except ServerError as exc:
        _skip_if_unserved(exc)
        raise
    _check_type(result, method)


def test_every_tag_of_each_spec_is_an_api_attribute(
    altmarket: AltMarket, hashgreen: Hashgreen
) -> None:
    for client, operations in (
        (altmarket, ALTMARKET_OPERATIONS),
        (hashgreen, HASHGREEN_OPERATIONS),
    ):
        for policy in operations:
            facade = getattr(client.api, policy.tag)
            method = getattr(facade, policy.operation_id)
            assert method.__doc__, policy.operation_id  # the spec's summary and description
            assert f"{policy.method} " in method.__doc__


def test_policy_safe_operation_is_retried(world: World, altmarket: AltMarket) -> None:
    altmarket._transport.sleep = lambda delay: None
    world.admin.fault("GET", "/altmarket/api/wallet/balance", 503)
    balances = altmarket.api.wallet.get_balances()
    assert {balance.asset for balance in balances} >= {"btc", "usdt"}


def test_policy_never_operation_is_not_resent(world: World, altmarket: AltMarket) -> None:
    altmarket._transport.sleep = lambda delay: None
    world.admin.fault("POST", "/altmarket/api/order", 503, when="after")
    with pytest.raises(OrderStateUnknownError) as unknown:
        altmarket.api.trading.create_order(body=_new_order())
    assert isinstance(unknown.value.sent, SentRequest)
    assert unknown.value.sent.operation == "create_order"
    assert isinstance(unknown.value.cause, ServerError)
    # Carried out once, and only once: one open order.
    assert len(altmarket.api.trading.list_open_orders()) == 1


def test_bad_path_argument_is_refused_before_sending(altmarket: AltMarket) -> None:
    with pytest.raises(InvalidInputError) as refused:
        altmarket.api.trading.cancel_order(order_id="..")
    assert refused.value.argument == "order_id"


def test_hashgreen_secured_operation_needs_the_token(world: World) -> None:
    with Hashgreen(base_url=world.hashgreen_url) as public:
        assert public.api.markets.list_markets().data
        with pytest.raises(InvalidInputError) as refused:
            public.api.orders.list_orders()
        assert refused.value.argument == "token"


def test_request_reaches_an_endpoint_by_path(altmarket: AltMarket, hashgreen: Hashgreen) -> None:
    balances = altmarket.request("GET", "/api/wallet/balance")
    assert {row["asset"] for row in balances} >= {"btc", "usdt"}
    count = altmarket.request("DELETE", "/api/orders")
    assert count == {"data": 0}
    envelope = hashgreen.request("GET", "/markets")
    assert any(market["code"] == "XCH-USDS" for market in envelope["data"])
    with pytest.raises(NotFoundError):
        altmarket.request("GET", "/api/no-such-endpoint")


async def test_request_async(async_altmarket: AsyncAltMarket) -> None:
    balances = await async_altmarket.request("GET", "/api/wallet/balance", params=None)
    assert isinstance(balances, list)


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        (("FETCH", "/api/x"), "method"),
        (("GET", "api/x"), "path"),
        (("GET", "https://elsewhere.example/api"), "path"),
        (("GET", "/api/../wallet"), "path"),
        (("GET", "/api/x?y=1"), "path"),
    ],
)
def test_request_refuses_bad_input(
    arguments: tuple[str, str], argument: str, altmarket: AltMarket
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        altmarket.request(*arguments)
    assert refused.value.argument == argument


def test_request_post_is_never_resent(world: World, altmarket: AltMarket) -> None:
    altmarket._transport.sleep = lambda delay: None
    world.admin.fault("POST", "/altmarket/api/wallet/deposit-address", 503, when="after")
    with pytest.raises(OrderStateUnknownError) as unknown:
        altmarket.request("POST", "/api/wallet/deposit-address", json={"assetId": "btc"})
    assert isinstance(unknown.value.sent, SentRequest)
    assert unknown.value.sent.method == "POST"
