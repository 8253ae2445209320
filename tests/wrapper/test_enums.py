"""Enumerations: every spelling and ordinal the live platforms send, and unknown values kept.

The enumerations are the generated ones: a member is a string of its lowercase name, equal to
tradespec's own ``Side`` of the same meaning; its ``.value`` is what the API writes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from altmarket_client import models as am
from hashgreen_client import models as hg
from tradespec import AltMarket, Hashgreen, Side
from tradespec._arguments import side_argument

from tests.wrapper.helpers import envelope, hashgreen_order_json, order_json, transfer_json
from tests.wrapper.scripted_server import ScriptedServer, canned


@pytest.mark.parametrize(
    ("enum", "raw", "expected"),
    [
        (am.OrderSide, "Buy", am.OrderSide.BUY),
        (am.OrderSide, "buy", am.OrderSide.BUY),
        (am.OrderSide, "BUY", am.OrderSide.BUY),
        (am.OrderSide, " Sell ", am.OrderSide.SELL),
        (am.OrderSide, 0, am.OrderSide.BUY),
        (am.OrderSide, 1, am.OrderSide.SELL),
        (am.OrderSide, "bid", am.OrderSide.BUY),
        (am.OrderSide, "ask", am.OrderSide.SELL),
        (am.OrderType, "Limit", am.OrderType.LIMIT),
        (am.OrderType, 2, am.OrderType.STOP_LIMIT),
        (am.OrderType, 3, am.OrderType.STOP_MARKET),
        (am.OrderType, "stop_market", am.OrderType.STOP_MARKET),
        (am.OrderType, "STOP-LIMIT", am.OrderType.STOP_LIMIT),
        (am.OrderStatus, "Working", am.OrderStatus.WORKING),
        (am.OrderStatus, "cancelled", am.OrderStatus.CANCELLED),
        (am.OrderStatus, "Canceled", am.OrderStatus.CANCELLED),
        (am.OrderStatus, 3, am.OrderStatus.COMPLETED),
        (am.MarketStatus, "Open", am.MarketStatus.OPEN),
        (am.MarketStatus, 2, am.MarketStatus.PAUSED),
        (am.TransferType, 1, am.TransferType.WITHDRAWAL),
        (
            am.TransferStatus,
            "Unused_PendingCancellation",
            am.TransferStatus.UNUSED_PENDING_CANCELLATION,
        ),
        (am.TransferStatus, "AwaitingConfirmation", am.TransferStatus.AWAITING_CONFIRMATION),
        (hg.TradeSide, 1, hg.TradeSide.BUY),
        (hg.TradeSide, 2, hg.TradeSide.SELL),
        (hg.TradeSide, "2", hg.TradeSide.SELL),
        (hg.TradeSide, "ask", hg.TradeSide.SELL),
        (hg.OrderStatus, 6, hg.OrderStatus.CANCELLED),
        (hg.OrderStatus, "active", hg.OrderStatus.ACTIVE),
        (hg.Status, 2, hg.Status.ENABLED),
    ],
)
def test_every_spelling_reads_as_its_member(enum: Any, raw: Any, expected: Any) -> None:
    member = enum(raw)
    assert member is expected
    assert not member.is_unknown


@pytest.mark.parametrize(
    ("member", "text", "wire"),
    [
        (am.OrderSide.BUY, "buy", "Buy"),
        (am.OrderType.STOP_LIMIT, "stop_limit", "StopLimit"),
        (am.TransferStatus.UNUSED_FUNDS_LOCKED, "unused_funds_locked", "Unused_FundsLocked"),
        (hg.OrderSide.SELL, "sell", 2),
        (hg.OrderStatus.MATCHED, "matched", 3),
    ],
)
def test_members_are_their_lowercase_name_and_keep_the_wire_value(
    member: Any, text: str, wire: object
) -> None:
    assert member == text and str(member) == text and f"{member}" == text
    assert hash(member) == hash(text)
    assert {text: 1}[member] == 1
    assert member.value == wire


def test_sides_equal_tradespec_side() -> None:
    sides: list[am.OrderSide | hg.TradeSide] = [am.OrderSide.BUY, hg.TradeSide.SELL]
    assert sides[0] == Side.BUY and sides[1] == Side.SELL
    assert sides[0] != Side.SELL


@pytest.mark.parametrize(
    ("enum", "raw"),
    [
        (am.OrderSide, 7),
        (am.OrderSide, "Short"),
        (am.OrderType, "Iceberg"),
        (am.OrderStatus, "PartiallyFilled"),
        (am.TransferStatus, "Reversed"),
        (hg.OrderStatus, 42),
        (hg.TradeSide, 0),
        (am.OrderSide, True),
        (am.OrderSide, 1.5),
    ],
)
def test_unknown_values_are_kept(enum: Any, raw: Any) -> None:
    member = enum(raw)
    assert member.is_unknown
    assert member.value == raw and type(member.value) is type(raw)
    assert enum(raw) is member  # one pseudo-member per value
    assert member not in list(enum)


def test_to_dict_writes_the_documented_value() -> None:
    order = am.Order.from_dict(order_json(side=1, order_type=0, status="cancelled"))
    written = order.to_dict()
    assert (written["side"], written["orderType"], written["status"]) == (
        "Sell",
        "Limit",
        "Cancelled",
    )


def test_side_arguments_accept_names_only() -> None:
    assert side_argument("Buy", "side") == "buy"
    assert side_argument(Side.SELL, "side") == "sell"
    assert side_argument(am.OrderSide.SELL, "side") == "sell"
    assert side_argument("bid", "side") == "buy"
    for bad in (0, "long", None, True):
        with pytest.raises(ValueError, match="side: expected 'buy' or 'sell'"):
            side_argument(bad, "side")


def test_live_shaped_orders_parse(altmarket: AltMarket, server: ScriptedServer) -> None:
    rows = [
        order_json("9223372036854775807", side=0, order_type=2, status="cancelled", extra=1),
        order_json("-9223372036854775808", side="SELL", order_type="Iceberg", status=7),
        order_json("12", side="Buy", order_type="Limit", status="Working", amount=1e-08),
    ]
    server.route("GET", "/api/orders/open", canned(json=rows))
    first, second, third = altmarket.open_orders()
    assert first.order_id == "9223372036854775807"
    assert (first.side, first.order_type, first.status) == ("buy", "stop_limit", "cancelled")
    assert first.additional_properties == {"extra": 1}
    assert second.order_id == "-9223372036854775808"
    assert second.side is am.OrderSide.SELL
    assert second.order_type.is_unknown and second.order_type.value == "Iceberg"
    assert second.status.is_unknown and second.status.value == 7
    assert third.amount == Decimal("1E-8")
    assert third.price == Decimal("30000.25")


def test_order_ids_sent_as_numbers_are_kept_exactly(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    body = order_json("0")
    text = b'"orderId": "0"'
    raw = canned(json=[body]).body.replace(text, b'"orderId": 18446744073709551615')
    server.route("GET", "/api/orders/open", canned(body=raw, content_type="application/json"))
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
    assert (first.type_, first.status) == (am.TransferType.WITHDRAWAL, am.TransferStatus.FAILED)
    assert second.status.is_unknown and second.status.value == "Bounced"
    assert first.amount == Decimal("0.01") and first.fee == Decimal("0.0005")
    server.route(
        "GET",
        "/orders",
        canned(json=envelope([hashgreen_order_json(side=2, status=9)], code=0)),
    )
    (order,) = hashgreen.orders()
    assert order.side is hg.OrderSide.SELL
    assert str(order.side) == "sell"
    assert order.status.is_unknown and order.status.value == 9
