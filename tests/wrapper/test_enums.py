"""Enumerations: every spelling and ordinal the live platforms send, and unknown values kept."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from altmarket_client.models.order_side import OrderSide as GeneratedSide
from altmarket_client.models.order_status import OrderStatus as GeneratedStatus
from altmarket_client.models.order_type import OrderType as GeneratedType
from hashgreen_client.models.order_status import OrderStatus as GeneratedHashgreenStatus
from tradespec import (
    AltMarket,
    Hashgreen,
    HashgreenOrderStatus,
    MarketStatus,
    OrderStatus,
    OrderType,
    Side,
    TransferStatus,
    TransferType,
)
from tradespec._enums import (
    HASHGREEN_ORDER_STATUS,
    HASHGREEN_SIDE,
    HASHGREEN_STATUS,
    MARKET_STATUS,
    ORDER_STATUS,
    ORDER_TYPE,
    SIDE,
    TRANSFER_STATUS,
    TRANSFER_TYPE,
)

from tests.wrapper.helpers import envelope, hashgreen_order_json, order_json, transfer_json
from tests.wrapper.scripted_server import ScriptedServer, canned


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Buy", Side.BUY),
        ("buy", Side.BUY),
        ("BUY", Side.BUY),
        (" Sell ", Side.SELL),
        (0, Side.BUY),
        (1, Side.SELL),
        ("0", Side.BUY),
        ("1", Side.SELL),
        (GeneratedSide.BUY, Side.BUY),
        (GeneratedSide("Sell"), Side.SELL),
        (GeneratedSide(0), Side.BUY),  # type: ignore[arg-type]  # the generator's pseudo-member keeps the raw 0
        (GeneratedSide("sell"), Side.SELL),
        (Side.BUY, Side.BUY),
    ],
)
def test_sides(raw: Any, expected: Side) -> None:
    assert SIDE(raw) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Limit", OrderType.LIMIT),
        (0, OrderType.LIMIT),
        (1, OrderType.MARKET),
        (2, OrderType.STOP_LIMIT),
        (3, OrderType.STOP_MARKET),
        ("StopLimit", OrderType.STOP_LIMIT),
        ("stop_market", OrderType.STOP_MARKET),
        ("STOP-LIMIT", OrderType.STOP_LIMIT),
        (GeneratedType(2), OrderType.STOP_LIMIT),  # type: ignore[arg-type]
    ],
)
def test_order_types(raw: Any, expected: OrderType) -> None:
    assert ORDER_TYPE(raw) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Working", OrderStatus.WORKING),
        ("cancelled", OrderStatus.CANCELLED),
        ("Canceled", OrderStatus.CANCELLED),
        (GeneratedStatus("cancelled"), OrderStatus.CANCELLED),
        (3, OrderStatus.COMPLETED),
    ],
)
def test_order_statuses(raw: Any, expected: OrderStatus) -> None:
    assert ORDER_STATUS(raw) is expected


@pytest.mark.parametrize(
    ("normalizer", "raw", "kept"),
    [
        (SIDE, 7, "7"),
        (SIDE, "Short", "Short"),
        (SIDE, GeneratedSide(9), "9"),  # type: ignore[arg-type]
        (SIDE, True, "True"),
        (ORDER_TYPE, "Iceberg", "Iceberg"),
        (ORDER_STATUS, "PartiallyFilled", "PartiallyFilled"),
        (HASHGREEN_ORDER_STATUS, 42, "42"),
        (HASHGREEN_SIDE, 0, "0"),
        (TRANSFER_STATUS, "Reversed", "Reversed"),
        (SIDE, 1.5, "1.5"),
    ],
)
def test_unknown_values_are_kept_as_text(normalizer: Any, raw: Any, kept: str) -> None:
    value = normalizer(raw)
    assert value == kept
    assert type(value) is str


def test_absent_is_none() -> None:
    assert SIDE(None) is None


def test_other_enumerations() -> None:
    assert MARKET_STATUS("Open") is MarketStatus.OPEN
    assert MARKET_STATUS(2) is MarketStatus.PAUSED
    assert TRANSFER_TYPE("Deposit") is TransferType.DEPOSIT
    assert TRANSFER_TYPE(1) is TransferType.WITHDRAWAL
    assert (
        TRANSFER_STATUS("Unused_PendingCancellation") is TransferStatus.UNUSED_PENDING_CANCELLATION
    )
    assert TRANSFER_STATUS("AwaitingConfirmation") is TransferStatus.AWAITING_CONFIRMATION
    assert HASHGREEN_SIDE(1) is Side.BUY and HASHGREEN_SIDE(2) is Side.SELL
    assert HASHGREEN_SIDE("ask") is Side.SELL
    assert HASHGREEN_ORDER_STATUS(6) is HashgreenOrderStatus.CANCELLED
    assert HASHGREEN_ORDER_STATUS(GeneratedHashgreenStatus(2)) is HashgreenOrderStatus.ACTIVE
    assert HASHGREEN_STATUS(2) == "enabled"


def test_arguments_accept_names_only() -> None:
    assert SIDE.argument("Buy", "side") is Side.BUY
    assert SIDE.argument(Side.SELL, "side") is Side.SELL
    for bad in (0, "long", None, True):
        with pytest.raises(ValueError, match="side: expected one of 'buy', 'sell'"):
            SIDE.argument(bad, "side")


def test_results_are_str_enums() -> None:
    assert str(Side.BUY) == "buy"
    assert isinstance(Side.BUY, str)
    assert f"{OrderType.STOP_LIMIT}" == "stop_limit"


def test_live_shaped_orders_parse(altmarket: AltMarket, server: ScriptedServer) -> None:
    rows = [
        order_json("9223372036854775807", side=0, order_type=2, status="cancelled", extra=1),
        order_json("-9223372036854775808", side="SELL", order_type="Iceberg", status=7),
        order_json("12", side="Buy", order_type="Limit", status="Working", amount=1e-08),
    ]
    server.route("GET", "/api/orders/open", canned(json=rows))
    first, second, third = altmarket.open_orders()
    assert first.order_id == "9223372036854775807"
    assert (first.side, first.order_type, first.status) == (
        Side.BUY,
        OrderType.STOP_LIMIT,
        OrderStatus.CANCELLED,
    )
    assert first.raw.additional_properties == {"extra": 1}
    assert second.order_id == "-9223372036854775808"
    assert (second.side, second.order_type, second.status) == (Side.SELL, "Iceberg", "7")
    assert third.amount == Decimal("1E-8")
    assert third.price == Decimal("30000.25")


def test_order_ids_sent_as_numbers_are_kept_exactly(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/api/orders/open",
        canned(
            body=b'[{"orderId": 18446744073709551615, "side": 1}]', content_type="application/json"
        ),
    )
    assert altmarket.open_orders()[0].order_id == "18446744073709551615"


def test_live_shaped_transfers_and_hashgreen_orders(
    altmarket: AltMarket, hashgreen: Hashgreen, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/api/wallet/transfers",
        canned(json=[transfer_json("t1", type=1, status=3), transfer_json("t2", status="Bounced")]),
    )
    first, second = altmarket.transfers()
    assert (first.type, first.status) == (TransferType.WITHDRAWAL, TransferStatus.FAILED)
    assert second.status == "Bounced"
    assert first.amount == Decimal("0.01") and first.fee == Decimal("0.0005")
    server.route(
        "GET",
        "/orders",
        canned(json=envelope([hashgreen_order_json(side=2, status=9)], code=0)),
    )
    (order,) = hashgreen.orders()
    assert order.side is Side.SELL
    assert order.status == "9"
    assert order.raw.status is not None
