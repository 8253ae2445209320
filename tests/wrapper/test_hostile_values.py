"""Impossible values from a server are typed errors where they are read, never a crash later.

Each answer is sent as raw bytes over real HTTP (a number such as ``1e9999999999999999999`` is no
Python value ``json.dumps`` could write).
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tradespec import (
    AltMarket,
    APIError,
    Hashgreen,
    OrderStateUnknownError,
    ResponseError,
    SentOrder,
)
from tradespec._json import MAX_DEPTH, check_depth

from tests.wrapper.helpers import envelope, hashgreen_market_json, markets_json
from tests.wrapper.scripted_server import Canned, ScriptedServer, canned

# Money the Decimal type cannot hold, or that is no number at all, as JSON text.
HOSTILE_MONEY = [
    "NaN",
    "Infinity",
    "-Infinity",
    '"NaN"',
    '"sNaN"',
    '"-Infinity"',
    "1e9999999999999999999",
    "1e1000000",
    "-1e-1000000",
    '"1e999999999999"',
    '"abc"',
    "true",
    '{"value": 1}',
    "[1]",
    '"\u0661\u0662"',  # Arabic-Indic digits: Decimal reads them, money does not
]


def _balances_body(total: str) -> bytes:
    return (
        f'[{{"asset": "btc", "totalBalance": {total}, "inOrder": 0, "availableBalance": 1}}]'
    ).encode()


def _answer(body: bytes, status: int = 200) -> Canned:
    return canned(status, body=body, content_type="application/json")


@pytest.mark.parametrize("money", HOSTILE_MONEY)
def test_hostile_money_in_a_read_is_a_response_error_naming_the_field(
    altmarket: AltMarket, server: ScriptedServer, money: str
) -> None:
    server.route("GET", "/api/wallet/balance", _answer(_balances_body(money)))
    with pytest.raises(ResponseError) as caught:
        altmarket.balances()
    assert "totalBalance" in str(caught.value)


@pytest.mark.parametrize("money", ["NaN", "1e9999999999999999999", '"sNaN"', '"abc"'])
def test_hostile_money_in_an_accepted_order_leaves_its_fate_unknown(
    altmarket: AltMarket, server: ScriptedServer, money: str
) -> None:
    server.always("GET", "/api/markets", canned(json=markets_json(_ticks_now())))
    body = (
        '{"order": {"orderId": "7", "total": 0, "orderType": "Limit", "commission": 0, '
        '"createdAt": "2020-09-28T12:33:39Z", "unitsFilled": 0, "isPending": true, '
        '"status": "Working", "type": "buy", "amount": 0.5, "price": ' + money + ", "
        '"stopPrice": 0, "isLimit": true, "instrument": "btc_usdt", "side": "Buy"}}'
    )
    server.route("POST", "/api/order", _answer(body.encode()))
    with pytest.raises(OrderStateUnknownError) as caught:
        altmarket.limit_order("btc_usdt", "buy", "0.5", "30000.25")
    error = caught.value
    assert isinstance(error.cause, ResponseError)
    assert "price" in str(error.cause)
    assert isinstance(error.sent, SentOrder)
    assert len(server.to("/api/order")) == 1


@pytest.mark.parametrize("status", [200, 400, 500])
@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_an_answer_nested_past_the_bound_is_typed_at_any_status(
    altmarket: AltMarket, server: ScriptedServer, status: int, opener: str
) -> None:
    deep = (opener * 100_000).encode()
    server.route("GET", "/api/wallet/balance", _answer(deep, status))
    altmarket_no_retry = altmarket.with_options(max_retries=0)
    with pytest.raises((ResponseError, APIError)) as caught:
        altmarket_no_retry.balances()
    assert not isinstance(caught.value, RecursionError)
    if status == 200:
        assert isinstance(caught.value, ResponseError)


def test_an_accepted_order_answered_past_the_depth_bound_is_of_unknown_fate(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    server.always("GET", "/api/markets", canned(json=markets_json(_ticks_now())))
    server.route("POST", "/api/order", _answer(b'{"order":' * 50_000))
    with pytest.raises(OrderStateUnknownError) as caught:
        altmarket.limit_order("btc_usdt", "buy", "0.5", "30000.25")
    assert isinstance(caught.value.cause, ResponseError)
    assert "nested deeper" in str(caught.value.cause)


def test_the_depth_bound_counts_brackets_outside_strings_only() -> None:
    check_depth(("[" * MAX_DEPTH + "]" * MAX_DEPTH).encode())
    with pytest.raises(ValueError, match="nested deeper"):
        check_depth(("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)).encode())
    # Objects and arrays in turn count a level each (one round once took out two).
    alternating = '{"a":[' * (MAX_DEPTH // 2) + "1" + "]}" * (MAX_DEPTH // 2)
    check_depth(alternating.encode())
    with pytest.raises(ValueError, match="nested deeper"):
        check_depth(("[" + alternating + "]").encode())
    with pytest.raises(ValueError, match="nested deeper"):
        check_depth(('{"a":[' * 500 + "]}" * 500).encode())
    # Brackets inside strings are text, escaped quotes do not end a string...
    check_depth(('["' + "[" * 5000 + '\\"]"]').encode())
    # ... and a closing bracket inside a string cannot hide the real nesting.
    with pytest.raises(ValueError, match="nested deeper"):
        check_depth(('["]",' * 2000 + "1" + "]" * 2000).encode())


def _depth(value: Any) -> int:
    """How deep ``value`` nests arrays and objects (a scalar: 0)."""
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    return 0


# Strings made of what the depth check looks at: brackets, quotes and backslashes.
_TEXT = st.text(alphabet='[]{}"\\a', max_size=6)
_JSON: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.integers() | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=40,
)


@given(
    value=_JSON,
    wrapped=st.lists(st.booleans(), max_size=24),
    limit=st.integers(min_value=0, max_value=30),
)
def test_the_depth_bound_is_the_nesting_of_any_json(
    value: Any, wrapped: list[bool], limit: int
) -> None:
    """Over JSON whose strings hold brackets, quotes and escapes, nested in up to 24 more
    arrays and objects (past the rounds the check takes out before it measures): refused
    exactly when it nests deeper than the limit (however its strings take the check's fast or
    slow path)."""
    for in_object in wrapped:
        value = {"k": value} if in_object else [value, 1]
    body = json.dumps(value).encode()
    if _depth(value) > limit and len(body) > 2 * limit:
        with pytest.raises(ValueError, match="nested deeper"):
            check_depth(body, limit)
    else:
        check_depth(body, limit)


@pytest.mark.parametrize("server_time", [10**30, 0, -(10**20), 3 * 10**17])
def test_a_server_time_out_of_any_sane_range_never_moves_the_clock(
    altmarket: AltMarket,
    server: ScriptedServer,
    caplog: pytest.LogCaptureFixture,
    server_time: int,
) -> None:
    server.route("GET", "/api/markets", canned(json=markets_json(server_time)))
    server.route("GET", "/api/markets", canned(json=markets_json(server_time)))
    server.route("GET", "/api/wallet/balance", canned(json=[]))
    with caplog.at_level(logging.WARNING, logger="tradespec"):
        altmarket.markets()
        altmarket.markets(refresh=True)
    assert altmarket._helpers.clock.offset == 0.0
    warnings = [r for r in caplog.records if "serverTime" in r.getMessage()]
    assert len(warnings) == (1 if server_time else 0)
    # Later calls still sign with a readable timestamp.
    assert altmarket.balances() == {}
    assert "ts" in server.to("/api/wallet/balance")[0].params


def test_a_server_time_of_the_wrong_type_is_a_response_error_and_the_next_fetch_works(
    altmarket: AltMarket, server: ScriptedServer
) -> None:
    body = b'{"serverTime": 3.2e18, "pairs": {}, "environment": "t"}'
    server.route("GET", "/api/markets", _answer(body))
    server.route("GET", "/api/markets", canned(json=markets_json(_ticks_now())))
    with pytest.raises(ResponseError, match="serverTime"):
        altmarket.markets()
    assert "btc_usdt" in altmarket.markets()


@pytest.mark.parametrize("cell", ["NaN", "sNaN", "abc", "1e999999999999999999", "Infinity", ""])
def test_a_book_level_that_is_no_finite_decimal_is_a_response_error_not_a_price(
    hashgreen: Hashgreen, server: ScriptedServer, cell: str
) -> None:
    market = hashgreen_market_json()
    server.always("GET", "/markets", canned(json=envelope([market])))
    good = ["69.5", "1", "1", "1", "69.5"]
    server.always(
        "GET",
        "/trades/book",
        canned(
            json=envelope(
                {"market_id": market["id"], "asks": [[cell, "1", "1", "1", "1"]], "bids": [good]}
            )
        ),
    )
    book = hashgreen.order_book("XCH-USDS")
    assert book.best_bid == 69.5
    for read in (
        lambda: book.best_ask,
        lambda: book.spread,
        lambda: book.mid,
        lambda: book.asks[0],
    ):
        with pytest.raises(ResponseError, match="order book row 0"):
            read()


def _ticks_now() -> int:
    return int((time.time() + 62135596800) * 10_000_000)
