"""Every error says what is safe: ``outcome`` and ``retry_safe``, per instance, from what the
client knows of the request (faults a server cannot produce on demand come from a mock
transport; the clock's 401 comes from the sandbox too, in the integration tests)."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest
from tradespec import (
    AltMarket,
    AuthenticationError,
    Hashgreen,
    InvalidInputError,
    InvalidOrderError,
    OrderNotPlacedError,
    OrderStateUnknownError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TradespecError,
    TransportError,
    errors,
)

from tests.wrapper.helpers import TOKEN, assets_json, envelope, markets_json, order_json
from tests.wrapper.test_faults import BASE, Script, _client


def _markets(script: Script) -> None:
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json()))


def test_a_bad_argument_was_not_sent_and_is_safe_to_send_again() -> None:
    script = Script()
    with pytest.raises(InvalidInputError) as caught:
        _client(script).limit_order("btc_usdt", "up", "1", "30000")  # type: ignore[arg-type]
    assert (caught.value.outcome, caught.value.retry_safe) == ("not_sent", True)
    assert script.requests == []


def test_an_order_that_never_left_is_not_sent_and_safe_to_send_again() -> None:
    script = Script()
    _markets(script)
    script.on("POST", "/api/order", httpx.ConnectError("connection refused"))
    with pytest.raises(TransportError) as caught:
        _client(script, max_retries=0).market_order("btc_usdt", "buy", "1")
    assert (caught.value.outcome, caught.value.retry_safe) == ("not_sent", True)


def test_an_order_whose_answer_was_lost_is_unknown_and_not_safe_to_send_again() -> None:
    script = Script()
    _markets(script)
    script.on("POST", "/api/order", httpx.ReadTimeout("timed out while reading"))
    with pytest.raises(OrderStateUnknownError) as caught:
        _client(script).market_order("btc_usdt", "buy", "1")
    assert (caught.value.outcome, caught.value.retry_safe) == ("unknown", False)
    assert isinstance(caught.value.cause, RequestTimeoutError)


@pytest.mark.parametrize("status", [500, 502, 503, 520])
def test_an_order_answered_with_a_5xx_is_unknown(status: int) -> None:
    script = Script()
    _markets(script)
    script.on("POST", "/api/order", httpx.Response(status, text="origin error"))
    with pytest.raises(OrderStateUnknownError) as caught:
        _client(script).market_order("btc_usdt", "buy", "1")
    assert (caught.value.outcome, caught.value.retry_safe) == ("unknown", False)
    assert len(script.to("/api/order")) == 1


@pytest.mark.parametrize(
    ("status", "kind"), [(400, InvalidOrderError), (403, errors.PermissionDeniedError)]
)
def test_an_order_refused_was_rejected_and_is_safe_to_send_again(
    status: int, kind: type[TradespecError]
) -> None:
    script = Script()
    _markets(script)
    refusal = {"errors": [{"code": "Refused", "message": "no"}]}
    script.on("POST", "/api/order", httpx.Response(status, json=refusal))
    with pytest.raises(kind) as caught:
        _client(script).market_order("btc_usdt", "buy", "1")
    assert (caught.value.outcome, caught.value.retry_safe) == ("rejected", True)


def test_an_order_refused_with_429_was_rejected() -> None:
    script = Script()
    _markets(script)
    script.on("POST", "/api/order", httpx.Response(429, headers={"Retry-After": "1"}))
    with pytest.raises(RateLimitError) as caught:
        _client(script).market_order("btc_usdt", "buy", "1")
    assert (caught.value.outcome, caught.value.retry_safe) == ("rejected", True)


def test_a_read_that_timed_out_every_time_is_unknown_but_safe_to_send_again() -> None:
    script = Script()
    script.on("GET", "/api/orders/open", httpx.ReadTimeout("timed out"))
    with pytest.raises(RequestTimeoutError) as caught:
        _client(script).open_orders()
    assert (caught.value.outcome, caught.value.retry_safe) == ("unknown", True)


def test_a_read_that_timed_out_then_could_not_connect_is_still_unknown() -> None:
    script = Script()
    script.on(
        "GET",
        "/api/orders/open",
        httpx.ReadTimeout("timed out"),
        httpx.ConnectError("connection refused"),
    )
    with pytest.raises(TransportError) as caught:
        _client(script, max_retries=1).open_orders()
    assert caught.value.outcome == "unknown"  # the first attempt may have arrived


def test_a_read_answered_503_every_time_is_a_server_error_of_unknown_outcome() -> None:
    script = Script()
    script.on("GET", "/api/wallet/balance", httpx.Response(503, text="busy"))
    with pytest.raises(ServerError) as caught:
        _client(script).balances()
    assert (caught.value.outcome, caught.value.retry_safe) == ("unknown", True)


def test_a_withdrawal_of_unknown_fate_is_safe_to_send_again_with_its_key() -> None:
    script = Script()
    script.on("GET", "/api/assets-info", httpx.Response(200, json=assets_json()))
    script.on("POST", "/api/wallet/withdrawal", httpx.ReadTimeout("timed out while reading"))
    with pytest.raises(OrderStateUnknownError) as caught:
        _client(script).withdraw("btc", "0.01", "bc1qexample", transfer_id="k-1")
    assert (caught.value.outcome, caught.value.retry_safe) == ("unknown", True)
    assert len(script.to("/api/wallet/withdrawal")) == 3


def _skewed_401(seconds: float) -> httpx.Response:
    ahead = datetime.fromtimestamp(datetime.now(UTC).timestamp() + seconds, UTC)
    return httpx.Response(
        401,
        json={"errors": [{"code": "Unauthorized", "message": "ts out of window"}]},
        headers={"Date": format_datetime(ahead, usegmt=True)},
    )


def test_an_order_refused_for_its_ts_is_sent_again_once_with_the_learned_clock() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json(server_time=0)))
    script.on(
        "POST",
        "/api/order",
        _skewed_401(600),
        httpx.Response(200, json={"order": order_json("77")}),
    )
    client = _client(script)
    order = client.limit_order("btc_usdt", "buy", "0.5", "30000.25")
    assert order.order_id == "77"
    sent = script.to("/api/order")
    assert len(sent) == 2  # the platform did not act on the first: sending it again is safe
    assert 590 < client.clock_offset < 610


def test_a_second_ts_refusal_is_raised_rejected_and_not_sent_a_third_time() -> None:
    script = Script()
    script.on("GET", "/api/markets", httpx.Response(200, json=markets_json(server_time=0)))
    script.on("POST", "/api/order", _skewed_401(600), _skewed_401(1200))
    with pytest.raises(AuthenticationError) as caught:
        _client(script).limit_order("btc_usdt", "buy", "0.5", "30000.25")
    assert (caught.value.outcome, caught.value.retry_safe) == ("rejected", True)
    assert len(script.to("/api/order")) == 2


def test_a_hashgreen_envelope_error_under_200_was_rejected() -> None:
    script = Script()
    script.on("GET", "/orders", httpx.Response(200, json=envelope(None, code=403, msg="no")))
    http = httpx.Client(transport=httpx.MockTransport(script))
    with (
        Hashgreen(TOKEN, base_url=BASE, http_client=http) as dex,
        pytest.raises(errors.APIError) as caught,
    ):
        dex.orders()
    assert (caught.value.outcome, caught.value.retry_safe) == ("rejected", True)


def test_a_closed_client_sends_nothing() -> None:
    client = AltMarket("k", "s", base_url="http://127.0.0.1:9")
    client.close()
    with pytest.raises(TradespecError) as caught:
        client.balances()
    assert (caught.value.outcome, caught.value.retry_safe) == ("not_sent", True)


def test_outcome_and_retry_safe_survive_pickling() -> None:
    script = Script()
    script.on("GET", "/api/orders/open", httpx.ConnectError("refused"))
    with pytest.raises(TransportError) as caught:
        _client(script, max_retries=0).open_orders()
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.outcome, copy.retry_safe) == ("not_sent", True)


def test_every_error_class_has_an_outcome_and_retry_safe() -> None:
    classes = [getattr(errors, name) for name in errors.__all__]
    for cls in classes:
        if isinstance(cls, type) and issubclass(cls, TradespecError):
            assert cls.outcome in ("not_sent", "rejected", "not_found", "unknown"), cls
            assert isinstance(cls.retry_safe, bool), cls
    assert OrderNotPlacedError.outcome == "not_found"
    assert OrderNotPlacedError.retry_safe is False
