"""The fast paths taken for big answers give exactly what the general readers give.

Reading thousands of rows, the generated models read a plain dict holding every property by
index and look enum values up in a table, the AltMarket order reader takes a shortcut for the
values servers usually send, and a book side checks its rows in C loops. Each falls back to the
general path for anything else. These tests hold each fast path against the general one (for
tradespec's readers, written out here as they were before the shortcut) on values chosen to
fall on either side of every shortcut: same result, or the same error.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from types import MappingProxyType
from typing import Any

import pytest
from altmarket_client.models.order import Order as AMOrder
from altmarket_client.models.order_side import OrderSide as AMOrderSide
from altmarket_client.models.order_status import OrderStatus as AMOrderStatus
from altmarket_client.models.order_type import OrderType as AMOrderType
from altmarket_client.types import Unset
from hashgreen_client.models.order import Order as HGOrder
from hashgreen_client.models.order_side import OrderSide as HGOrderSide
from hashgreen_client.models.order_status import OrderStatus as HGOrderStatus
from hashgreen_client.models.trade import Trade as HGTrade
from tradespec import _altmarket_core as core
from tradespec._enums import ORDER_STATUS, ORDER_TYPE, SIDE
from tradespec._hashgreen_results import BookSide
from tradespec._results import Order

ENUM_VALUES: list[object] = [
    "Limit",
    "limit",
    "Buy",
    "Cancelled",
    "cancelled",
    "",
    0,
    1,
    2,
    7,
    -1,
    True,
    False,
    1.0,
    2.5,
    None,
    [1],
    {"a": 1},
]


def outcome(read: Callable[[], object]) -> tuple[str, object]:
    try:
        return "value", read()
    except Exception as exc:
        return "error", (type(exc), str(exc))


@pytest.mark.parametrize("value", ENUM_VALUES, ids=repr)
def test_generated_enum_tables_give_what_calling_the_enum_gives(value: Any) -> None:
    am = AMOrder.from_dict({"orderType": value, "status": value, "side": value})
    assert am.order_type is AMOrderType(value)
    assert am.status is AMOrderStatus(value)
    assert am.side is AMOrderSide(value)
    hg = HGOrder.from_dict({"id": "x", "side": value, "status": value})
    assert hg.side is HGOrderSide(value)
    assert hg.status is HGOrderStatus(value)


def general_order(model: AMOrder) -> Order:
    """tradespec's order reader as it was before its fast paths."""
    side = SIDE(core._opt(model.side))
    if side is None:
        side = SIDE(core._opt(model.type_))
    return Order(
        order_id=core.read_order_id(core._opt(model.order_id)),
        instrument=core._text(model.instrument),
        side=side,
        order_type=ORDER_TYPE(core._opt(model.order_type)),
        status=ORDER_STATUS(core._opt(model.status)),
        numbers=(
            core._number(model.amount),
            core._number(model.price),
            core._number(model.stop_price),
            core._number(model.units_filled),
            core._number(model.total),
            core._number(model.commission),
        ),
        is_pending=core._bool(model.is_pending),
        is_limit=core._bool(model.is_limit),
        created_at=core._utc(model.created_at),
        raw=model,
    )


BASE: dict[str, Any] = {
    "orderId": "4611686018427387904",
    "total": 15000.125,
    "orderType": "Limit",
    "commission": 0.0012,
    "createdAt": "2026-11-21T05:32:50.123Z",
    "unitsFilled": 0.25,
    "isPending": False,
    "status": "Completed",
    "type": "buy",
    "amount": 0.5,
    "price": 30000.25,
    "stopPrice": 0,
    "isLimit": True,
    "instrument": "BTC-USDT",
    "side": "Buy",
}
ABSENT = object()
VARIANTS: dict[str, list[object]] = {
    "orderId": [" 17 ", "", "  ", 17, -5, 2.0, 2.5, 2.0**60, True, None, ABSENT],
    "amount": [1, 0, True, "0.5", "x", None, ABSENT, [1]],
    "commission": [2, False, "1e-3", None, ABSENT],
    "isPending": [0, 1, "yes", None, ABSENT, 1.0],
    "isLimit": [0, None, ABSENT, "true"],
    "createdAt": [
        "2026-11-21T05:32:50",
        "2026-11-21T07:32:50+02:00",
        "2026-11-21T05:32:50+00:00",
        ABSENT,
    ],
    "instrument": [7, None, ABSENT, ""],
    "side": [0, 1, "SELL", "bid", "sideways", None, ABSENT],
    "type": ["sell", 1, None, ABSENT],
    "orderType": [3, "stop_limit", "Iceberg", None, ABSENT],
    "status": [1, "canceled", "PartiallyFilled", ABSENT],
}
CASES = [(field, value) for field, values in VARIANTS.items() for value in values]


@pytest.mark.parametrize(("field", "value"), CASES, ids=[f"{f}={v!r}" for f, v in CASES])
def test_the_order_reader_gives_what_the_general_readers_give(field: str, value: object) -> None:
    sent = dict(BASE)
    if value is ABSENT:
        del sent[field]
    else:
        sent[field] = value
    model = AMOrder.from_dict(sent)
    fast, general = outcome(lambda: core._order(model)), outcome(lambda: general_order(model))
    assert fast == general
    if fast[0] == "value":
        assert isinstance(fast[1], Order) and isinstance(general[1], Order)
        for name in ("order_id", "side", "order_type", "status", "created_at", "numbers"):
            # Equal and of the same types (a str is not a StrEnum member, 1 is not 1.0).
            assert type(getattr(fast[1], name)) is type(getattr(general[1], name))
        assert [type(n) for n in fast[1].numbers] == [type(n) for n in general[1].numbers]
        assert fast[1].raw is model
        assert not isinstance(fast[1].created_at, Unset)


def general_rows_check(rows: Sequence[Sequence[str]]) -> None:
    """BookSide's row check as it was before its fast path."""
    for row in rows:
        if len(row) < 5 or not all(isinstance(cell, str) for cell in row[:5]):
            raise ValueError(f"a book row is five decimal strings, got {row!r}")


ROW = ["70.01", "1.000", "1.000", "1.000000000000", "70.010"]
ROWS: list[list[Any]] = [
    [],
    [ROW],
    [ROW, ROW],
    [ROW, [*ROW, "extra"]],
    [ROW, [*ROW, 6]],
    [ROW, ROW[:4]],
    [ROW, [*ROW[:4], 5]],
    [ROW, tuple(ROW)],
    [ROW, "abcde"],
    [ROW, "abcd"],
    [ROW, dict.fromkeys("abcde", "x")],
    [ROW, [None, *ROW[1:]]],
    [ROW, 5],
]


@pytest.mark.parametrize("rows", ROWS, ids=repr)
def test_book_rows_are_checked_as_the_general_check_does(rows: list[Any]) -> None:
    def fast_check() -> None:
        BookSide(rows)

    assert outcome(fast_check) == outcome(lambda: general_rows_check(rows))


def test_a_plain_book_is_read_level_by_level_as_before() -> None:
    rows = [[f"{70 + i / 100:.2f}", "1.000", f"{i + 1}.000", "1.0", "70.0"] for i in range(50)]
    side = BookSide(rows)
    assert len(side) == 50
    assert [str(level.price) for level in itertools.islice(side, 3)] == [
        "70.00",
        "70.01",
        "70.02",
    ]


FULL_ORDERS: list[dict[str, Any]] = [
    BASE,
    {**BASE, "createdAt": "not a time"},
    {**BASE, "orderType": 0, "status": "cancelled", "side": 1},
    {**BASE, "orderType": [0]},
    {k: v for k, v in BASE.items() if k != "stopPrice"},
    {**{k: v for k, v in BASE.items() if k != "stopPrice"}, "clientOrderId": "bot-7"},
    {**BASE, "clientOrderId": "bot-7"},
    {},
]


@pytest.mark.parametrize("sent", FULL_ORDERS, ids=lambda sent: f"{len(sent)} keys")
def test_generated_models_read_a_plain_dict_as_any_mapping(sent: dict[str, Any]) -> None:
    """A plain dict holding every property is read by index; any other mapping is copied and
    popped. Same model (additional properties included), or the same error."""
    fast = outcome(lambda: AMOrder.from_dict(dict(sent)))
    general = outcome(lambda: AMOrder.from_dict(MappingProxyType(dict(sent))))
    assert fast == general
    if fast[0] == "value":
        assert isinstance(fast[1], AMOrder) and isinstance(general[1], AMOrder)
        assert fast[1].additional_properties == general[1].additional_properties


HG_TRADES: list[dict[str, Any]] = [
    {"id": "t", "market_id": "m", "price": "1.5", "side": 1, "base_amount_display": "2", "ts": 0},
    {"id": "t", "market_id": "m", "price": "1.5", "side": 3, "base_amount_display": "2", "ts": "x"},
    {"id": "t", "market_id": "m", "price": "1.5", "side": 1, "base_amount_display": "2", "x": 0},
]


@pytest.mark.parametrize("sent", HG_TRADES, ids=repr)
def test_hashgreen_models_read_a_plain_dict_as_any_mapping(sent: dict[str, Any]) -> None:
    fast = outcome(lambda: HGTrade.from_dict(dict(sent)))
    assert fast == outcome(lambda: HGTrade.from_dict(MappingProxyType(dict(sent))))


def test_each_model_read_by_index_has_its_own_additional_properties() -> None:
    first, second = AMOrder.from_dict(dict(BASE)), AMOrder.from_dict(dict(BASE))
    first.additional_properties["mine"] = 1
    assert second.additional_properties == {}
