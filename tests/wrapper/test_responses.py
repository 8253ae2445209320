"""Answers a real server gives: error bodies, wrong shapes, HTML, envelopes, paging quirks."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hashgreen_client.models.create_order_form import CreateOrderForm
from tradespec import (
    AltMarket,
    APIError,
    AsyncHashgreen,
    AuthenticationError,
    BadRequestError,
    Hashgreen,
    InsufficientFundsError,
    InvalidOrderError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseError,
    ServerError,
    TradespecError,
)

from tests.wrapper.helpers import (
    XCH_USDS_ID,
    envelope,
    hashgreen_market_json,
    hashgreen_order_json,
    order_json,
)
from tests.wrapper.scripted_server import Received, ScriptedServer, canned


def _errors(code: str, message: str) -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message}]}


@pytest.mark.parametrize(
    ("status", "body", "kind", "code", "message"),
    [
        (400, _errors("BadRequest", "Bad filter."), BadRequestError, "BadRequest", "Bad filter."),
        (
            400,
            _errors("InsufficientFunds", "No."),
            InsufficientFundsError,
            "InsufficientFunds",
            "No.",
        ),
        (
            401,
            _errors("Unauthorized", "Invalid signature."),
            AuthenticationError,
            "Unauthorized",
            None,
        ),
        (403, _errors("Forbidden", "Key may not trade."), PermissionDeniedError, "Forbidden", None),
        (404, _errors("NotFound", "No such thing."), NotFoundError, "NotFound", None),
        (409, {"errors": []}, BadRequestError, None, "no message"),
        (418, "I am a teapot", BadRequestError, None, "I am a teapot"),
        (429, _errors("TooManyRequests", "Slow down."), RateLimitError, "TooManyRequests", None),
        (500, _errors("Internal", "Boom."), ServerError, "Internal", "Boom."),
        (
            521,
            "<html>Web server is down</html>",
            ServerError,
            None,
            "<html>Web server is down</html>",
        ),
        (527, "", ServerError, None, "no message"),
    ],
)
def test_errors_are_classified_with_their_details(
    server: ScriptedServer,
    altmarket: AltMarket,
    status: int,
    body: Any,
    kind: type[APIError],
    code: str | None,
    message: str | None,
) -> None:
    response = canned(status, json=body) if isinstance(body, dict) else canned(status, body=body)
    server.always("GET", "/api/wallet/transfers", response)
    with pytest.raises(kind) as caught:
        altmarket.with_options(max_retries=0).transfers()
    error = caught.value
    assert isinstance(error, APIError) and isinstance(error, TradespecError)
    assert error.status == status
    assert error.code == code
    if message is not None:
        assert error.message.startswith(message)
    assert (error.method, error.path) == ("GET", "/api/wallet/transfers")
    assert str(status) in str(error)
    if isinstance(body, dict):
        assert error.body == body


def test_multiple_error_messages_are_joined(server: ScriptedServer, altmarket: AltMarket) -> None:
    server.route(
        "GET",
        "/api/wallet/balance",
        canned(400, json={"errors": [{"code": "A", "message": "one"}, {"message": "two"}]}),
    )
    with pytest.raises(BadRequestError) as caught:
        altmarket.balances()
    assert (caught.value.code, caught.value.message) == ("A", "one; two")


@pytest.mark.parametrize(
    "answer",
    [
        canned(body="<html><body>Welcome to nginx</body></html>"),
        canned(json={"data": "not a list"}),
        canned(json=[1, 2, 3]),
        canned(json=[{"asset": None}]),
        canned(body=b"\x89PNG\r\n", content_type="application/json"),
        canned(json=[{"asset": "btc", "totalBalance": "lots"}]),
        canned(json=[{"asset": "btc", "totalBalance": True}]),
    ],
)
def test_answers_that_make_no_sense_are_response_errors(
    server: ScriptedServer, altmarket: AltMarket, answer: Any
) -> None:
    server.route("GET", "/api/wallet/balance", answer)
    with pytest.raises(ResponseError) as caught:
        altmarket.balances()
    assert caught.value.status == 200
    assert len(server.requests) == 1  # a nonsense 200 is not retried


def test_unexpected_status_is_a_response_error(
    server: ScriptedServer, altmarket: AltMarket
) -> None:
    server.route("GET", "/api/wallet/balance", canned(302, body="", headers={"Location": "/x"}))
    with pytest.raises(ResponseError, match="unexpected status 302"):
        altmarket.balances()


def test_results_are_plain_values(server: ScriptedServer, altmarket: AltMarket) -> None:
    row = order_json("123", amount=0.1, created_at="2020-06-04T09:48:43")
    for absent in ("price", "side", "stopPrice", "total", "commission"):
        del row[absent]
    server.route("GET", "/api/orders/open", canned(json=[row]))
    (order,) = altmarket.open_orders()
    assert order.order_id == "123"
    assert order.amount == Decimal("0.1")
    assert order.price is None and order.side is None and order.total is None
    assert order.created_at == datetime(2020, 6, 4, 9, 48, 43, tzinfo=UTC)  # naive is UTC
    assert order.status == "working" and order.type_ == "buy"
    assert "Unset" not in repr(order)


# ----------------------------------------------------------------------------- paging


def _page(ids: list[int], total: int, per_page: int | None = None) -> dict[str, Any]:
    paging: dict[str, Any] = {"page": 1, "total": total}
    if per_page is not None:
        paging["per_page"] = per_page
    return {"filters": {}, "paging": paging, "data": [order_json(str(i)) for i in ids]}


def _pages(*pages: dict[str, Any]) -> Any:
    def answer(received: Received) -> Any:
        number = int(received.params.get("Page", "1"))
        if number > len(pages):
            return canned(json=_page([], 0))
        return canned(json=pages[number - 1])

    return answer


def test_paging_stops_at_a_short_page_whatever_total_says(
    server: ScriptedServer, altmarket: AltMarket
) -> None:
    server.always("GET", "/api/order_history", _pages(_page([1, 2], 1000), _page([3], 1000)))
    ids = [o.order_id for o in altmarket.order_history(per_page=2)]
    assert ids == ["1", "2", "3"]
    assert [r.params["Page"] for r in server.requests] == ["1", "2"]
    assert all(r.params["PerPage"] == "2" for r in server.requests)


def test_paging_continues_past_a_total_that_is_too_small(
    server: ScriptedServer, altmarket: AltMarket
) -> None:
    server.always(
        "GET", "/api/order_history", _pages(_page([1, 2], 0), _page([3, 4], 0), _page([], 0))
    )
    assert [o.order_id for o in altmarket.order_history(per_page=2)] == ["1", "2", "3", "4"]
    assert len(server.requests) == 3


def test_paging_stops_when_the_server_repeats_a_page(
    server: ScriptedServer, altmarket: AltMarket
) -> None:
    server.always("GET", "/api/order_history", canned(json=_page([1, 2], 2)))
    assert [o.order_id for o in altmarket.order_history(per_page=2)] == ["1", "2"]
    assert len(server.requests) == 2


def test_rows_shifted_onto_the_next_page_are_not_repeated(
    server: ScriptedServer, altmarket: AltMarket
) -> None:
    server.always(
        "GET", "/api/order_history", _pages(_page([9, 8], 3), _page([8, 7], 3), _page([6], 3))
    )
    assert [o.order_id for o in altmarket.order_history(per_page=2)] == ["9", "8", "7", "6"]


def test_a_server_capping_per_page_is_followed(
    server: ScriptedServer, altmarket: AltMarket
) -> None:
    server.always(
        "GET",
        "/api/order_history",
        _pages(_page([1, 2], 5, per_page=2), _page([3, 4], 5, per_page=2), _page([5], 5, 2)),
    )
    assert len(list(altmarket.order_history(per_page=500))) == 5


def test_paging_is_bounded(
    server: ScriptedServer, altmarket: AltMarket, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tradespec._pagination

    monkeypatch.setattr(tradespec._pagination, "MAX_PAGES", 5)
    counter = iter(range(10**6))

    def endless(received: Received) -> Any:
        return canned(json=_page([next(counter), next(counter)], 2))

    server.always("GET", "/api/order_history", endless)
    seen: list[str] = []
    with pytest.raises(ResponseError, match="did not end after 5 pages"):
        for order in altmarket.order_history(per_page=2):
            seen.append(order.order_id)
    assert len(seen) == 10


def test_pages_are_fetched_lazily(server: ScriptedServer, altmarket: AltMarket) -> None:
    server.always("GET", "/api/trade_history", canned(json={"paging": {}, "data": []}))
    iterator = altmarket.trade_history()
    assert server.requests == []
    assert list(iterator) == []
    assert len(server.requests) == 1


def test_trade_history_filters_reach_the_query(
    server: ScriptedServer, altmarket: AltMarket
) -> None:
    trade = {
        "tradeSeq": 5,
        "tradeTime": "2020-06-04T09:48:43Z",
        "amount": 0.25,
        "executionPrice": 30000.5,
        "instrument": "btc_usdt",
        "side": 1,
        "commission": 0.0001,
    }
    server.always("GET", "/api/trade_history", canned(json={"paging": {}, "data": [trade]}))
    (row,) = altmarket.trade_history(
        market="btc_usdt",
        side="sell",
        start=datetime(2020, 1, 1, tzinfo=UTC),
        end=datetime(2021, 1, 1, tzinfo=UTC),
        ascending=["tradeTime", "amount"],
        descending="executionPrice",
        per_page=7,
    )
    assert (row.trade_seq, row.execution_price, row.amount, row.commission) == (
        5,
        Decimal("30000.5"),
        Decimal("0.25"),
        Decimal("0.0001"),
    )
    sent = server.requests[0]
    assert sent.query.startswith(
        "Market=btc_usdt&Side=Sell&StartDate=2020-01-01T00%3A00%3A00%2B00%3A00&"
        "EndDate=2021-01-01T00%3A00%3A00%2B00%3A00&AscOrder=tradeTime&AscOrder=amount&"
        "DescOrder=executionPrice&Page=1&PerPage=7&ts="
    )


# ----------------------------------------------------------------------------- Hashgreen


def _markets(server: ScriptedServer) -> None:
    second = hashgreen_market_json("62aa00000000000000000000", "SBX-XCH")
    server.always("GET", "/markets", canned(json=envelope([hashgreen_market_json(), second])))


def test_markets_are_resolved_by_code_or_id_and_cached(
    server: ScriptedServer, hashgreen: Hashgreen
) -> None:
    _markets(server)
    book = {
        "market_id": XCH_USDS_ID,
        "asks": [["87.00", "1.000", "17.266", "1.000000000000", "87.000"]],
        "bids": [
            ["71.05", "0.008", "0.008", "0.008078817734", "0.574"],
            ["70.00", "1.500", "1.508", "1.500000000000", "105.000"],
        ],
    }
    server.always("GET", "/trades/book", canned(json=envelope(book)))
    first = hashgreen.order_book("XCH-USDS")
    second = hashgreen.order_book(XCH_USDS_ID)
    third = hashgreen.order_book("xch-usds")
    assert first == second == third
    assert len(server.to("/markets")) == 1
    assert {r.params["market_id"] for r in server.to("/trades/book")} == {XCH_USDS_ID}
    assert first.best_bid == Decimal("71.05") and first.bids[0].price == first.best_bid
    assert first.asks[0].total_amount == Decimal("17.266")
    assert first.spread == Decimal("15.95")
    assert first.mid == Decimal("79.025")
    assert [level.price for level in first.bids] == [Decimal("71.05"), Decimal("70.00")]
    assert first.bids[-1].quote_display == Decimal("105.000")
    assert first.bids[0:1][0] is first.bids[0]  # converted once, then kept
    assert len(first.asks) == 1
    assert repr(first.asks) == "BookSide(1 levels)"


def test_an_unlisted_market_is_asked_for_and_a_missing_one_is_not_found(
    server: ScriptedServer, hashgreen: Hashgreen
) -> None:
    _markets(server)
    server.route(
        "GET", "/markets/NEW-XCH", canned(json=envelope(hashgreen_market_json("77", "NEW-XCH")))
    )
    server.route("GET", "/markets/NOPE", canned(404, json={"code": 404, "msg": "not found"}))
    assert hashgreen.market("NEW-XCH").id == "77"
    assert hashgreen.market("77").code == "NEW-XCH"  # remembered
    with pytest.raises(NotFoundError) as caught:
        hashgreen.market("NOPE")
    assert (caught.value.code, caught.value.message) == (404, "not found")


def test_envelope_errors_under_http_200(server: ScriptedServer, hashgreen: Hashgreen) -> None:
    server.route("GET", "/orders", canned(json={"code": 401, "msg": "token expired", "data": None}))
    with pytest.raises(AuthenticationError) as caught:
        hashgreen.orders()
    assert caught.value.status == 200
    assert caught.value.code == 401
    assert caught.value.message == "token expired"
    server.route("GET", "/orders", canned(json={"code": 10023, "msg": "weird", "data": []}))
    with pytest.raises(BadRequestError) as weird:
        hashgreen.orders()
    assert weird.value.code == 10023
    server.route("DELETE", "/orders/x", canned(json={"code": 409, "msg": "already cancelled"}))
    with pytest.raises(InvalidOrderError):
        hashgreen.cancel_order("x")


def test_an_envelope_error_names_its_request_and_hides_an_escaped_token(
    server: ScriptedServer, hashgreen: Hashgreen
) -> None:
    # The token, JSON-escaped: the body's bytes do not hold it, its decoded text does.
    escaped = "test\\u002dtoken-9f8e7d"
    server.route(
        "GET",
        "/orders",
        canned(
            body=f'{{"code": "{escaped}", "msg": "bad {escaped}"}}', content_type="application/json"
        ),
    )
    with pytest.raises(BadRequestError) as caught:
        hashgreen.orders()
    error = caught.value
    assert (error.method, error.path, error.status) == ("GET", "/orders", 200)
    assert (error.code, error.message) == ("<redacted>", "bad <redacted>")
    assert error.body == {"code": "<redacted>", "msg": "bad <redacted>"}
    assert "9f8e7d" not in f"{error!s} {error!r}"
    server.route("POST", "/orders", canned(json={"code": 10023, "msg": "offer refused"}))
    with pytest.raises(InvalidOrderError) as refused:
        hashgreen.api.orders.create_order(body=CreateOrderForm(offer="offer1x"))
    assert (refused.value.method, refused.value.path, refused.value.code) == (
        "POST",
        "/orders",
        10023,
    )
    server.route("POST", "/orders", canned(json={"code": 400, "msg": "insufficient balance"}))
    with pytest.raises(InsufficientFundsError):
        hashgreen.api.orders.create_order(body=CreateOrderForm(offer="offer1x"))


def test_envelope_success_codes(server: ScriptedServer, hashgreen: Hashgreen) -> None:
    server.route("GET", "/orders", canned(json=envelope([hashgreen_order_json()], code=0)))
    server.route("GET", "/orders", canned(json=envelope([], code=200)))
    (order,) = hashgreen.orders()
    assert order.price == Decimal("70.00")
    assert order.base_amount_display == Decimal("2.000000000000")
    assert order.coin_ids == ["0xabc"]
    assert order.created_at == "2022-03-10T06:28:48.114Z"  # a plain string in the spec
    assert hashgreen.orders() == []
    assert server.requests[0].header("Authorization") == "Bearer test-token-9f8e7d"


def test_hashgreen_filters_and_public_operations_carry_no_token(
    server: ScriptedServer, hashgreen: Hashgreen
) -> None:
    _markets(server)
    server.always("GET", "/orders", canned(json=envelope([])))
    server.always("GET", "/trades/history", canned(json=envelope([])))
    hashgreen.orders(market="SBX-XCH", status="cancelled")
    hashgreen.orders(status=2)
    hashgreen.trades("XCH-USDS")
    first, second = server.to("/orders")
    assert first.params == {"market_id": "62aa00000000000000000000", "status": "6"}
    assert second.params == {"status": "2"}
    for received in server.to("/markets") + server.to("/trades/history"):
        assert received.header("Authorization") is None


def test_statistics_one_or_all(server: ScriptedServer, hashgreen: Hashgreen) -> None:
    _markets(server)
    stat = {
        "id": XCH_USDS_ID,
        "code": "XCH-USDS",
        "price": "69.00",
        "high": "69.40",
        "low": "69.00",
        "base_volume": "3.500",
        "changed": "-3.10",
        "updated_at": "2022-03-15T03:33:05.387Z",
    }
    other = dict(stat, id="62aa00000000000000000000", code="SBX-XCH")
    server.route("GET", "/trades/statistics", canned(json=envelope(stat)))
    server.route("GET", "/trades/statistics", canned(json=envelope([stat, other])))
    server.route("GET", "/trades/statistics", canned(json=envelope([other, stat])))
    one = hashgreen.statistics("XCH-USDS")
    assert (one.price, one.changed) == (Decimal("69.00"), Decimal("-3.10"))
    every = hashgreen.statistics()
    assert [s.code for s in every] == ["XCH-USDS", "SBX-XCH"]
    tolerated = hashgreen.statistics(XCH_USDS_ID)  # a list where one object was expected
    assert tolerated.id == XCH_USDS_ID
    assert "market_id" not in server.to("/trades/statistics")[1].params


def test_hashgreen_trades(server: ScriptedServer, hashgreen: Hashgreen) -> None:
    _markets(server)
    trade = {
        "id": "6229996bdf38d9336a11492a",
        "market_id": XCH_USDS_ID,
        "price": "70.00",
        "side": 2,
        "base_amount_display": "2.000000000000",
        "ts": "2022-03-10T06:28:48.114Z",
    }
    server.route("GET", "/trades/history", canned(json=envelope([trade])))
    (row,) = hashgreen.trades("XCH-USDS")
    assert (row.price, row.base_amount_display, row.side) == (Decimal("70.00"), Decimal(2), "sell")
    assert row.ts == datetime(2022, 3, 10, 6, 28, 48, 114000, tzinfo=UTC)


def test_a_book_row_of_the_wrong_shape_is_a_response_error(
    server: ScriptedServer, hashgreen: Hashgreen
) -> None:
    _markets(server)
    server.route("GET", "/trades/book", canned(json=envelope({"asks": [["1", "2"]], "bids": []})))
    with pytest.raises(ResponseError):
        hashgreen.order_book("XCH-USDS")


async def test_async_hashgreen_markets(
    server: ScriptedServer, async_hashgreen: AsyncHashgreen
) -> None:
    _markets(server)
    markets = await async_hashgreen.markets()
    assert [m.code for m in markets] == ["XCH-USDS", "SBX-XCH"]
    assert (await async_hashgreen.market("SBX-XCH")).id == "62aa00000000000000000000"
    links = markets[0].quote_ccy.links
    assert links is not None and links.additional_properties == {
        "website": "https://www.stably.io/"
    }
    assert markets[0].base_ccy.multiplier == Decimal("1E-12")
    assert len(server.requests) == 1


def test_a_bug_in_reading_a_good_answer_is_not_blamed_on_the_server(
    server: ScriptedServer, altmarket: AltMarket, monkeypatch: pytest.MonkeyPatch
) -> None:
    from altmarket_client.api.wallet import get_balances

    def broken(data: Any) -> Any:
        raise AttributeError("'NoneType' object has no attribute 'asset' (a bug of ours)")

    rows = [{"asset": "btc", "totalBalance": 1, "inOrder": 0, "availableBalance": 1}]
    server.always("GET", "/api/wallet/balance", canned(json=rows))
    monkeypatch.setattr(get_balances, "_parse_success", broken)
    with pytest.raises(AttributeError, match="a bug of ours"):
        altmarket.balances()
    monkeypatch.undo()
    server.always("GET", "/api/wallet/balance", canned(json=[{"asset": 5}]))
    with pytest.raises(ResponseError, match="Balance"):  # the server's answer is at fault
        altmarket.balances()
