"""Responses shaped like the live platforms', not like the documents, parse and keep everything.

The live AltMarket platform sends enums as ordinals or in other case, fields the document does not
list, and order ids beyond 2^53; Hashgreen sends enum values the document does not list. None of
that may crash the generated models or be lost by them: a known value in any spelling becomes
its member (whose ``.value`` is the documented spelling, what ``to_dict()`` writes back), an
unknown one a pseudo-member that keeps it exactly, an unlisted field ``additional_properties``.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

import pytest
from altmarket_client import models as am
from hashgreen_client import models as hg

from tests.contract.test_examples import same
from tests.specs import load_spec

T = TypeVar("T")


def present(value: T | None) -> T:
    """The value of an optional field that the test data does carry."""
    assert value is not None
    return value


def wire(member: Enum) -> object:
    """What an enum member holds as received: typed ``str`` statically, an int for ordinals."""
    value: object = member.value
    return value


LIVE_ORDER: dict[str, Any] = {
    "orderId": "-9223372036854775808",
    "total": 1234.5,
    "orderType": 0,
    "commission": 0.0012,
    "createdAt": "2020-09-28T12:33:39.4030800Z",
    "unitsFilled": 0.25,
    "isPending": False,
    "status": "cancelled",
    "type": "buy",
    "amount": 0.5,
    "price": 30000.25,
    "stopPrice": 0,
    "isLimit": True,
    "instrument": "btc_usdt",
    "side": 1,
    "clientOrderId": "bot-7",
    "fills": [{"price": 30000.25, "amount": 0.25}],
}


def test_order_with_ordinal_enums_other_case_and_extra_fields() -> None:
    order = am.Order.from_dict(copy.deepcopy(LIVE_ORDER))
    assert order.order_id == "-9223372036854775808"
    assert order.order_type is am.OrderType.LIMIT  # the ordinal 0
    assert order.side is am.OrderSide.SELL  # the ordinal 1
    assert order.status is am.OrderStatus.CANCELLED  # another case
    assert [str(order.order_type), str(order.side), str(order.status)] == [
        "limit",
        "sell",
        "cancelled",
    ]
    assert order.price == Decimal("30000.25") and order.commission == Decimal("0.0012")
    # Whatever the spec does not declare (read from the spec: a field it comes to declare is
    # typed instead) is kept as it came.
    declared = load_spec("altmarket")["components"]["schemas"]["Order"]["properties"]
    undeclared = {key: value for key, value in LIVE_ORDER.items() if key not in declared}
    assert undeclared, "the live order should carry a field the spec does not declare"
    assert {key: order.additional_properties[key] for key in undeclared} == undeclared
    documented = {
        **LIVE_ORDER,
        "orderType": "Limit",
        "side": "Sell",
        "status": "Cancelled",
        "createdAt": "2020-09-28T12:33:39.403080+00:00",
    }
    assert same(documented, order.to_dict())


def test_known_values_still_parse_to_their_members() -> None:
    known = {"orderType": "StopLimit", "side": "Sell", "status": "Completed"}
    order = am.Order.from_dict({**LIVE_ORDER, **known})
    assert order.order_type is am.OrderType.STOP_LIMIT
    assert order.side is am.OrderSide.SELL
    assert order.status is am.OrderStatus.COMPLETED


def test_the_same_unknown_value_is_the_same_member() -> None:
    first = am.OrderStatus("PartiallyFilled")
    assert am.OrderStatus("PartiallyFilled") is first
    assert first.value == "PartiallyFilled"
    assert first.is_unknown
    assert first not in list(am.OrderStatus)
    number = am.OrderStatus(7)  # type: ignore[arg-type]  # what a live server can send
    assert am.OrderStatus(7) is number and wire(number) == 7 and number.is_unknown  # type: ignore[arg-type]


def test_order_id_beyond_two_to_the_53_stays_exact() -> None:
    big = str(2**63 - 1)
    live = {**LIVE_ORDER, "orderId": big}
    response = am.OrderResponse.from_dict({"order": live})
    assert response.order.order_id == big
    assert response.order.to_dict()["orderId"] == big


def test_page_whose_total_disagrees_with_its_rows() -> None:
    raw = {
        "filters": {"Market": "btc_usdt"},
        "paging": {"page": 1, "per_page": 50, "total": 9999},
        "data": [copy.deepcopy(LIVE_ORDER)],
        "hasMore": False,
    }
    page = am.OrderPage.from_dict(copy.deepcopy(raw))
    assert present(page.paging).total == 9999
    assert len(page.data) == 1
    assert page.additional_properties["hasMore"] is False
    assert same(raw["paging"], present(page.paging).to_dict())


def test_trade_history_with_ordinal_side_and_huge_sequence() -> None:
    raw = {
        "paging": {"page": 2, "per_page": 1, "total": 0},
        "data": [
            {
                "tradeSeq": 2**62 + 3,
                "tradeTime": "2020-06-04T09:48:43Z",
                "amount": 0.1,
                "executionPrice": 101.5,
                "instrument": "eth_btc",
                "side": 0,
                "commission": 0.0001,
                "orderId": "42",
            }
        ],
    }
    page = am.TradePage.from_dict(copy.deepcopy(raw))
    assert page.data[0].trade_seq == 2**62 + 3
    assert page.data[0].side is am.OrderSide.BUY
    assert page.data[0].execution_price == Decimal("101.5")
    assert page.data[0].additional_properties == {"orderId": "42"}


@pytest.mark.parametrize(
    ("status", "kind", "expected_status", "expected_kind"),
    [
        ("pending", 1, None, "withdrawal"),
        ("Unused_Pending", "deposit", "unused_pending", "deposit"),
        (3, "Withdrawal", "failed", "withdrawal"),
        ("Completed", 0, "completed", "deposit"),
    ],
)
def test_transfer_with_unlisted_states(
    status: object, kind: object, expected_status: str | None, expected_kind: str
) -> None:
    raw = {
        "asset": "btc",
        "transferId": "t-1",
        "type": kind,
        "status": status,
        "amount": "0.00100000",
        "fee": "0.0001",
        "createdAt": "2020-06-04T09:48:43Z",
        "memo": None,
    }
    transfer = am.Transfer.from_dict(copy.deepcopy(raw))
    if expected_status is None:  # not a spelling of any documented state: kept as it came
        assert transfer.status.is_unknown and transfer.status.value == status
    else:
        assert transfer.status == expected_status and not transfer.status.is_unknown
    assert transfer.type_ == expected_kind
    assert transfer.amount == Decimal("0.00100000")
    assert transfer.to_dict()["amount"] == "0.00100000"


def test_markets_with_server_ticks_lowercase_status_and_new_fields() -> None:
    raw = {
        "serverTime": 637368932194030800,
        "pairs": {
            "btc_usdt": {
                "baseAsset": "btc",
                "quoteAsset": "usdt",
                "priceScale": 2,
                "amountScale": 6,
                "makerFee": 0.001,
                "takerFee": 0.002,
                "status": "open",
                "minTotal": 10,
            },
            "eth_btc": {
                "baseAsset": "eth",
                "quoteAsset": "btc",
                "status": 1,
                "priceScale": 6,
                "amountScale": 4,
                "makerFee": 0,
                "takerFee": 0,
            },
        },
        "environment": "production",
        "features": ["stop-orders"],
    }
    info = am.MarketsInfo.from_dict(copy.deepcopy(raw))
    assert info.server_time == 637368932194030800
    pairs = info.pairs
    assert pairs["btc_usdt"].status is am.MarketStatus.OPEN
    assert pairs["eth_btc"].status is am.MarketStatus.HALTED
    assert pairs["btc_usdt"]["minTotal"] == 10
    assert info.additional_properties["features"] == ["stop-orders"]


def test_balances_and_errors_with_extra_fields() -> None:
    balance = {"asset": "btc", "totalBalance": 1.5, "inOrder": 0.5, "availableBalance": 1.0, "x": 1}
    assert same(balance, am.Balance.from_dict(dict(balance)).to_dict())
    error = {"errors": [{"code": "InsufficientFunds", "message": "No.", "field": "amount"}]}
    assert same(error, am.ErrorResponse.from_dict(copy.deepcopy(error)).to_dict())


HG_ORDER: dict[str, Any] = {
    "id": "6229996bdf38d9336a11492b",
    "user_id": "u1",
    "market_id": "61dc1d387d9b5a6756c0d0a2",
    "price": "70.00",
    "base_amount_display": "2.000",
    "quote_amount_display": "140.000",
    "coin_ids": ["0x" + "ab" * 32],
    "confirmed_height_at": 1_900_000,
    "progress": "3",
    "side": 3,
    "status": 9,
    "created_at": "2022-03-10T06:28:48.114Z",
    "updated_at": "2022-03-10T06:28:48.114Z",
    "offer": "offer1qqz83wcsltt6wcmqvpsxygqqwc7hynr6hum6e0mnf72sn7uvvkpt68eyumkhelprk0adeg42nlelk",
    "fee": "0",
}


def test_hashgreen_order_with_unlisted_side_status_and_fields() -> None:
    raw = {"code": 0, "msg": "", "data": copy.deepcopy(HG_ORDER), "trace_id": "abc"}
    response = hg.OrderResponse.from_dict(copy.deepcopy(raw))
    order = response.data
    assert order.side.value == 3 and order.side.is_unknown
    assert order.status.value == 9 and order.status.is_unknown
    assert order.price == Decimal("70.00")
    assert order.additional_properties["fee"] == "0"
    assert same(raw, response.to_dict())


def test_hashgreen_known_enum_values() -> None:
    order = hg.Order.from_dict({**HG_ORDER, "side": 2, "status": 6})
    assert order.side is hg.OrderSide.SELL
    assert str(order.side) == "sell"
    assert order.status is hg.OrderStatus.CANCELLED


def test_hashgreen_market_and_trades_with_unlisted_values() -> None:
    currency = {"id": "c", "code": "XCH"}
    market = {
        "id": "m1",
        "code": "SBX-XCH",
        "base_ccy": currency,
        "quote_ccy": currency,
        "price_precision": 3,
        "base_amount_precision": 2,
        "status": 3,
        "is_new": True,
        "tick": "0.001",
    }
    assert same(market, hg.Market.from_dict(copy.deepcopy(market)).to_dict())
    trade = {"id": "t", "price": "1.5", "base_amount_display": "2", "side": 0}
    trades = {"code": 200, "msg": "ok", "data": [{**trade, "ts": "2022-03-10T06:28:48.114Z"}]}
    parsed = hg.TradeListResponse.from_dict(copy.deepcopy(trades))
    assert same(trades, parsed.to_dict())


def test_hashgreen_error_envelope_under_http_200() -> None:
    raw = {"code": 40001, "msg": "invalid offer", "data": None}
    parsed = hg.ErrorResponse.from_dict(dict(raw))
    assert parsed.code == 40001
    assert same(raw, parsed.to_dict())
