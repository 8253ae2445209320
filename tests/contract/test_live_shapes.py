"""Responses shaped like the live platforms', not like the documents, parse and keep everything.

The live AltMarket platform sends enums as ordinals or in other case, fields the document does not
list, and order ids beyond 2^53; Hashgreen sends enum values the document does not list. None of
that may crash the generated models or be lost by them.
"""

from __future__ import annotations

import copy
from enum import Enum
from typing import Any, TypeVar

import pytest
from altmarket_client import models as am
from altmarket_client import types as am_types
from hashgreen_client import models as hg
from hashgreen_client import types as hg_types

from tests.contract.test_examples import same

T = TypeVar("T")


def present(value: T | am_types.Unset | hg_types.Unset) -> T:
    """The value of an optional field that the test data does carry."""
    assert not isinstance(value, am_types.Unset | hg_types.Unset)
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
    "instrument": "BTC-USDT",
    "side": 1,
    "clientOrderId": "bot-7",
    "fills": [{"price": 30000.25, "amount": 0.25}],
}


def test_order_with_ordinal_enums_other_case_and_extra_fields() -> None:
    order = am.Order.from_dict(copy.deepcopy(LIVE_ORDER))
    assert order.order_id == "-9223372036854775808"
    assert wire(present(order.order_type)) == 0
    assert wire(present(order.side)) == 1
    assert present(order.status).value == "cancelled"
    assert order.additional_properties["clientOrderId"] == "bot-7"
    assert same(LIVE_ORDER, order.to_dict())


def test_known_values_still_parse_to_their_members() -> None:
    order = am.Order.from_dict({"orderType": "StopLimit", "side": "Sell", "status": "Completed"})
    assert order.order_type is am.OrderType.STOPLIMIT
    assert order.side is am.OrderSide.SELL
    assert order.status is am.OrderStatus.COMPLETED


def test_the_same_unknown_value_is_the_same_member() -> None:
    first = am.OrderStatus("cancelled")
    assert am.OrderStatus("cancelled") is first
    assert first.value == "cancelled"
    assert first not in list(am.OrderStatus)


def test_order_id_beyond_two_to_the_53_stays_exact() -> None:
    big = str(2**63 - 1)
    response = am.OrderResponse.from_dict({"order": {"orderId": big}})
    assert present(response.order).to_dict()["orderId"] == big


def test_page_whose_total_disagrees_with_its_rows() -> None:
    raw = {
        "filters": {"Market": "BTC-USDT"},
        "paging": {"page": 1, "per_page": 50, "total": 9999},
        "data": [copy.deepcopy(LIVE_ORDER)],
        "hasMore": False,
    }
    page = am.OrderPage.from_dict(copy.deepcopy(raw))
    assert present(page.paging).total == 9999
    assert len(present(page.data)) == 1
    assert same(raw, page.to_dict())


def test_trade_history_with_ordinal_side_and_huge_sequence() -> None:
    raw = {
        "paging": {"page": 2, "per_page": 1, "total": 0},
        "data": [
            {
                "tradeSeq": 2**62 + 3,
                "tradeTime": "2020-06-04T09:48:43Z",
                "amount": 0.1,
                "executionPrice": 101.5,
                "instrument": "ETH-BTC",
                "side": 0,
                "commission": 0.0001,
                "orderId": "42",
            }
        ],
    }
    page = am.TradePage.from_dict(copy.deepcopy(raw))
    assert present(page.data)[0].trade_seq == 2**62 + 3
    assert same(raw, page.to_dict())


@pytest.mark.parametrize(
    ("status", "kind"),
    [("pending", 1), ("Unused_Pending", "deposit"), (3, "Withdrawal"), ("Completed", 0)],
)
def test_transfer_with_unlisted_states(status: object, kind: object) -> None:
    raw = {
        "asset": "BTC",
        "transferId": "t-1",
        "type": kind,
        "status": status,
        "amount": "0.00100000",
        "fee": "0.0001",
        "createdAt": "2020-06-04T09:48:43Z",
        "memo": None,
    }
    transfer = am.Transfer.from_dict(copy.deepcopy(raw))
    assert present(transfer.status).value == status
    assert present(transfer.type_).value == kind
    assert same(raw, transfer.to_dict())


def test_markets_with_server_ticks_lowercase_status_and_new_fields() -> None:
    raw = {
        "serverTime": 637368932194030800,
        "pairs": {
            "BTC-USDT": {
                "baseAsset": "BTC",
                "quoteAsset": "USDT",
                "priceScale": 2,
                "amountScale": 6,
                "status": "open",
                "minTotal": 10,
            },
            "ETH-BTC": {"status": 1, "priceScale": 6, "amountScale": 4},
        },
        "environment": "production",
        "features": ["stop-orders"],
    }
    info = am.MarketsInfo.from_dict(copy.deepcopy(raw))
    assert info.server_time == 637368932194030800
    pairs = present(info.pairs)
    assert present(pairs["BTC-USDT"].status).value == "open"
    assert wire(present(pairs["ETH-BTC"].status)) == 1
    assert same(raw, info.to_dict())


def test_balances_and_errors_with_extra_fields() -> None:
    balance = {"asset": "BTC", "totalBalance": 1.5, "inOrder": 0.5, "availableBalance": 1.0, "x": 1}
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
    order = present(response.data)
    assert present(order.side).value == 3
    assert present(order.status).value == 9
    assert order.additional_properties["fee"] == "0"
    assert same(raw, response.to_dict())


def test_hashgreen_known_enum_values() -> None:
    order = hg.Order.from_dict({"side": 2, "status": 6})
    assert order.side is hg.OrderSide.ASK
    assert order.status is hg.OrderStatus.CANCELLED


def test_hashgreen_market_and_trades_with_unlisted_values() -> None:
    market = {"id": "m1", "code": "SBX-XCH", "status": 3, "is_new": True, "tick": "0.001"}
    assert same(market, hg.Market.from_dict(dict(market)).to_dict())
    trades = {
        "code": 200,
        "msg": "ok",
        "data": [{"id": "t", "price": "1.5", "side": 0, "ts": "2022-03-10T06:28:48.114Z"}],
    }
    parsed = hg.TradeListResponse.from_dict(copy.deepcopy(trades))
    assert same(trades, parsed.to_dict())


def test_hashgreen_error_envelope_under_http_200() -> None:
    raw = {"code": 40001, "msg": "invalid offer", "data": None}
    parsed = hg.ErrorResponse.from_dict(dict(raw))
    assert parsed.code == 40001
    assert same(raw, parsed.to_dict())
