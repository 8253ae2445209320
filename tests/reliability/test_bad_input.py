"""Bad input, with hypothesis, over every argument of every public method (and constructor) of
the four clients: NaN, infinities, negative and zero amounts, more decimals than the market
allows, huge values, wrong types, empty and whitespace strings, Unicode, and ids that try to leave
their path. Each is an ``InvalidInputError`` naming the argument, and the fault server, which
would answer anything, sees no request at all (the clients' market and asset lists are cached
first, as a real session would have them).

Ids that are sent are percent-encoded into exactly one path segment: checked on the wire.
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    InvalidInputError,
)
from tradespec._arguments import side_argument
from tradespec._raw import REFUSED_HEADERS
from tradespec.altmarket._helpers import order_type_argument
from tradespec.hashgreen._helpers import _status_filter
from tradespec_sandbox.domain.offers import bech32m_encode

from tests.reliability import figures
from tests.reliability.fault_server import FaultServer, Request, Respond, respond_json
from tests.reliability.matrix import KEY, OFFER, SECRET, TOKEN, _markets
from tests.wrapper.helpers import (
    assets_json,
    envelope,
    hashgreen_market_json,
    hashgreen_order_json,
    order_json,
)

EXAMPLES = 40
SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
AMOUNT_SCALE, PRICE_SCALE, BTC_SCALE = 4, 2, 8  # btc_usdt and BTC, as the server lists them


# ---------------------------------------------------------------------------- bad values


def _text(**kwargs: Any) -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="utf-8"), **kwargs)


BLANK = st.sampled_from(["", " ", "   ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", " \t\n"])
NON_FINITE = st.sampled_from(
    [
        float("nan"),
        float("inf"),
        float("-inf"),
        Decimal("NaN"),
        Decimal("-NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-Infinity"),
        "NaN",
        "nan",
        "-nan",
        "sNaN",
        "Infinity",
        "inf",
        "-Infinity",
    ]
)
NOT_POSITIVE = st.one_of(
    st.integers(max_value=0),
    st.decimals(max_value=0, allow_nan=False, allow_infinity=False),
    st.decimals(max_value=0, allow_nan=False, allow_infinity=False).map(str),
)
HUGE = st.one_of(
    st.integers(min_value=2**53, max_value=10**60),
    st.decimals(min_value=2**53, max_value=10**60, allow_nan=False, allow_infinity=False),
    st.integers(min_value=2**53, max_value=10**60).map(str),
    st.sampled_from(["1e400", "9" * 30, "1E+16", "9007199254740992", "1e999999999"]),
)
NON_ASCII_NUMBERS = st.one_of(
    # Arabic-Indic, Devanagari, full-width, math double-struck digits, a Roman numeral, ...
    st.sampled_from(
        [
            "\u0661",
            "\u0661\u0662\u0663",
            "\u0967\u0968",
            "\uff11\uff12",
            "\u0663.\u0665",
            "\u0660\u066b\u0665",
            "\U0001d7d9",
            "\u216b",
            "\u00bd",
            "\u00b2",
            "\u1811",
        ]
    ),
    _text(min_size=1, max_size=6).filter(lambda t: not t.isascii()),
)
JUNK_NUMBERS = st.sampled_from(["1,5", "1 000", "0x10", "1e", "--1", "$5", "5 BTC", "1/2", "."])
NON_ASCII = _text(min_size=1, max_size=10).filter(lambda t: not t.isascii() and t.strip() != "")
ESCAPING = st.one_of(
    st.sampled_from(
        [
            "../wallet/withdrawal",
            "..",
            ".",
            "../..",
            "a/b",
            "/orders",
            "%2F",
            "a%2Fb",
            "%2e%2e",
            "..%2F..%2Fwallet",
            "?",
            "a?b=1",
            "#",
            "a#frag",
            "..\\wallet",
            "a\\b",
            "x\x00y",
            "x\ny",
            "x\ty",
        ]
    ),
    st.tuples(
        st.text("abc123", max_size=4), st.sampled_from("/?#%\\"), st.text("abc123", max_size=4)
    ).map("".join),
)


def wrong_types(*, none: bool, ints: bool = True, texts: bool = False) -> st.SearchStrategy[Any]:
    """Values of types the argument never takes; ``none``/``ints``/``texts`` add those."""
    options: list[st.SearchStrategy[Any]] = [
        st.floats(),
        st.booleans(),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
        st.binary(max_size=4),
        st.complex_numbers(max_magnitude=10),
        st.just(object()),
        st.tuples(st.integers()),
    ]
    if none:
        options.append(st.none())
    if ints:
        options.append(st.integers())
    if texts:
        options.append(st.text(max_size=4))
    return st.one_of(options)


def money(scale: int, *, required: bool) -> st.SearchStrategy[Any]:
    too_precise = st.builds(
        lambda n, places: Decimal(n).scaleb(-places),
        st.integers(1, 10**9).filter(lambda n: n % 10 != 0),
        st.integers(scale + 1, scale + 6),
    )
    return st.one_of(
        NON_FINITE,
        NOT_POSITIVE,
        too_precise,
        too_precise.map(str),
        HUGE,
        wrong_types(none=required, ints=False),
        BLANK,
        NON_ASCII_NUMBERS,
        JUNK_NUMBERS,
    )


def symbol(*, required: bool) -> st.SearchStrategy[Any]:
    return st.one_of(
        BLANK,
        wrong_types(none=required),
        ESCAPING,
        NON_ASCII,
        st.sampled_from(
            ["BTC USDT", "BTC/USDT", "BTC_USDT?x", "btc_usdt#", "A" * 65, "BTC\u2010USDT"]
        ),
    )


def printable(*, required: bool) -> st.SearchStrategy[Any]:
    inner_space = st.tuples(st.text("ab1", min_size=1), st.sampled_from(" \t\u200b"), st.just("z"))
    return st.one_of(
        BLANK,
        wrong_types(none=required),
        NON_ASCII,
        inner_space.map("".join),
        st.sampled_from(["bc1q addr", "a\x00b", "bc1q\u200baddr", "bc1q\u0430ddr"]),
    )


def path_id(*, required: bool) -> st.SearchStrategy[Any]:
    return st.one_of(BLANK, wrong_types(none=required), ESCAPING)


AM_ORDER_ID = st.one_of(
    BLANK,
    wrong_types(none=True, ints=False),
    ESCAPING,
    st.sampled_from(
        ["12abc", "1e5", "0x1F", "1.0", "+1", "--1", "\u0661\u0662", "\uff11\uff12", "1 2"]
    ),
    st.integers(min_value=2**64, max_value=10**30),
    st.integers(max_value=-(2**63) - 1, min_value=-(10**30)),
    st.integers(min_value=10**20, max_value=10**30).map(str),
)


def _accepts(check: Callable[[str], object], text: str) -> bool:
    try:
        check(text)
    except InvalidInputError:
        return False
    return True


def SIDE(text: str) -> object:  # read as a constant at the call sites
    return side_argument(text, "side")


def ORDER_TYPE(text: str) -> object:
    return order_type_argument(text)


def HASHGREEN_ORDER_STATUS(text: str) -> object:
    return _status_filter(text)


def enum(normalizer: Callable[[str], object], *, required: bool) -> st.SearchStrategy[Any]:
    unknown = st.one_of(
        st.sampled_from(
            [
                "bye",
                "long",
                "iceberg",
                "0",
                "1",
                "buy!",
                "\uff42\uff55\uff59",
                "\u0455ell",
                "BUY\u200b",
            ]
        ),
        _text(min_size=1, max_size=8),
    ).filter(lambda t: not _accepts(normalizer, t))
    return st.one_of(BLANK, wrong_types(none=required), unknown)


HG_STATUS = st.one_of(
    BLANK,
    wrong_types(none=False, ints=False),
    st.integers(min_value=7) | st.integers(max_value=-1),
    st.sampled_from(["open", "filled", "done", "cancelled!", "7"]).filter(
        lambda t: not _accepts(HASHGREEN_ORDER_STATUS, t)
    ),
)


def bounded_int(low: int, high: int, *, none: bool) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.integers(max_value=low - 1),
        st.integers(min_value=high + 1),
        wrong_types(none=none, ints=False, texts=True),
        st.decimals(allow_nan=False, allow_infinity=False),
    )


MOMENT = st.one_of(
    st.text(max_size=20),
    st.integers(),
    st.floats(),
    st.dates(),
    st.times(),
    st.booleans(),
    st.just(date(2020, 1, 1)),
    st.just(time(12)),
)
FLAG = st.one_of(st.integers(), st.text(max_size=5), st.none(), st.floats(), st.just("false"))
FIELDS = st.one_of(
    st.just([]),
    st.just(()),
    st.lists(BLANK, min_size=1, max_size=2),
    st.lists(st.integers() | st.none() | st.floats(), min_size=1, max_size=2),
    st.integers(),
    st.floats(),
    BLANK,
    st.binary(max_size=3),
)


def _offer(hrp: str, version: int, data: bytes = b"\x78\x9c\x03\x00") -> str:
    return bech32m_encode(hrp, version.to_bytes(2, "big") + data)


def _corrupt(position: int) -> str:
    index = 7 + position % (len(OFFER) - 8)
    replacement = "q" if OFFER[index] != "q" else "p"
    return OFFER[:index] + replacement + OFFER[index + 1 :]


OFFERS = st.one_of(
    BLANK,
    wrong_types(none=True),
    st.integers(min_value=0).map(_corrupt),
    st.sampled_from(
        [
            "offer1",
            "offer1qqqq",
            OFFER[:-1],
            OFFER + "q",
            OFFER.upper()[:40] + OFFER[40:],
            "a\x00b",
            "offer1é" + OFFER[7:],
            _offer("bid", 6),
            _offer("offer", 0),
            _offer("offer", 7),
            _offer("offer", 6, b"\x00\x00\x00\x00"),
            "/nonexistent/reliability.offer",
        ]
    ),
)
CREDENTIAL = st.one_of(BLANK, wrong_types(none=False))
BASE_URL = st.one_of(
    wrong_types(none=False),
    st.sampled_from(
        [
            "",
            " ",
            "exchange.example",
            "ftp://exchange.example",
            "http://exchange.example",
            "http://10.1.2.3:8080",
            "http://127.0.0.1.nip.io",
            "https://",
            "https://user:pw@exchange.example",
            "https://exchange.example/?key=1",
            "https://exchange.example/#top",
            "ws://127.0.0.1",
            "http//exchange.example",
        ]
    ),
)
TIMEOUT = st.one_of(
    st.floats(max_value=0),
    st.floats(min_value=86400.001),
    st.just(float("nan")),
    st.just(float("inf")),
    st.integers(max_value=0),
    st.integers(min_value=86401),
    st.booleans(),
    st.text(max_size=4),
    st.decimals(allow_nan=False, allow_infinity=False),
)
RATE_LIMIT = st.one_of(
    st.floats(max_value=0),
    st.floats(min_value=0, max_value=1 / 86400, exclude_max=True),
    st.just(float("nan")),
    st.just(float("inf")),
    st.just(float("-inf")),
    st.integers(max_value=0),
    st.just(10**400),
    st.booleans(),
    st.text(max_size=4),
    st.decimals(allow_nan=False, allow_infinity=False),
)
"""Requests per second: not positive, under one a day, not finite, or not a number."""
MAX_RESPONSE_BYTES = st.one_of(
    st.integers(max_value=1023),
    st.booleans(),
    st.floats(allow_nan=True),
    st.text(max_size=4),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.just(None),
)
"""Bytes: an int under 1 KiB, or no int at all."""
SETTLE_UNKNOWN = st.one_of(
    st.floats(max_value=0, exclude_max=True),
    st.floats(min_value=3600.001),
    st.just(float("nan")),
    st.just(float("inf")),
    st.integers(max_value=-1),
    st.integers(min_value=3601),
    st.booleans(),
    st.text(max_size=4),
    st.decimals(allow_nan=False, allow_infinity=False),
)
"""Seconds to settle for: negative, over an hour, not finite, or not a number."""
JOURNAL = st.one_of(
    st.integers(), st.floats(), st.booleans(), st.binary(max_size=4), st.just(""), st.just([])
)
"""A journal path: not a path at all, or an empty one."""
DRIFT = st.one_of(
    st.text(max_size=8).filter(lambda text: text not in ("collect", "log", "off")),
    st.sampled_from(["Collect", "OFF", " log", "on", b"off"]),
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
)
"""What to do with drift: anything but "collect", "log" or "off"."""
OTHER_CLIENT = object()
"""Stands for an httpx client of the wrong kind (async for a sync client, and the reverse)."""
HTTP_CLIENT = st.one_of(
    st.just(OTHER_CLIENT), st.sampled_from([object(), "client", 5, b"x", httpx.Timeout(1)])
)
HOOK = st.one_of(
    st.sampled_from([object(), "print", 5, b"x", [print], httpx.Timeout(1)]), st.text(max_size=4)
)
"""An on_request / on_response that is not callable."""


def retries(*, none: bool) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.integers(max_value=-1), wrong_types(none=none, ints=False, texts=True), st.decimals()
    )


# ---------------------------------------------------------------------------- the targets


@dataclass(frozen=True)
class Target:
    """One argument of one method: bad values for it, and the call that passes one."""

    exchange: str
    method: str
    argument: str
    values: st.SearchStrategy[Any]
    call: Callable[[Any, Any], Any]
    """(client, bad value) -> result or awaitable; for constructors (Env, bad value)."""
    constructor: bool = False

    @property
    def id(self) -> str:
        return f"{self.exchange}.{self.method}.{self.argument}"


def am(method: str, argument: str, values: st.SearchStrategy[Any], call: Any) -> Target:
    return Target("altmarket", method, argument, values, call)


def hg(method: str, argument: str, values: st.SearchStrategy[Any], call: Any) -> Target:
    return Target("hashgreen", method, argument, values, call)


AMOUNT = money(AMOUNT_SCALE, required=True)
PRICE = money(PRICE_SCALE, required=True)
OPTIONAL_PRICE = money(PRICE_SCALE, required=False)
INSTRUMENT = symbol(required=True)
INSTR, B, A, P = "btc_usdt", "buy", "0.5", "30000.25"
LIMIT: dict[str, Any] = {"order_type": "limit", "price": P}
METHOD = st.one_of(
    BLANK, wrong_types(none=True), st.sampled_from(["FETCH", "get ", "CONNECT", "HEAD", "TRACE"])
)
PATH = st.one_of(
    BLANK,
    wrong_types(none=True),
    st.sampled_from(
        ["api/x", "//elsewhere/x", "/api/../x", "/api/./x", "/a?b=1", "/a#b", "/a\\b", "/a b"]
    ),
    st.text(min_size=1, max_size=8).map(lambda t: "/" + t + "\u00e9"),
)
PARAMS = st.one_of(st.sampled_from(["a=1", 5, ["a"], b"a"]), st.just(object()))
BODY = st.sampled_from([{"a": float("nan")}, {"a": object()}, {1j: 2}, {"a": float("inf")}])
SENT = st.one_of(wrong_types(none=True), st.just(object()))

ALTMARKET_TARGETS = [
    am("assets", "refresh", FLAG, lambda c, v: c.assets(refresh=v)),
    am("markets", "refresh", FLAG, lambda c, v: c.markets(refresh=v)),
    am("create_order", "instrument", INSTRUMENT, lambda c, v: c.create_order(v, B, A, **LIMIT)),
    am(
        "create_order",
        "side",
        enum(SIDE, required=True),
        lambda c, v: c.create_order(INSTR, v, A, **LIMIT),
    ),
    am("create_order", "amount", AMOUNT, lambda c, v: c.create_order(INSTR, B, v, **LIMIT)),
    am(
        "create_order",
        "price",
        PRICE,
        lambda c, v: c.create_order(INSTR, B, A, order_type="limit", price=v),
    ),
    am(
        "create_order",
        "stop_price",
        PRICE,
        lambda c, v: c.create_order(INSTR, B, A, order_type="stop_market", stop_price=v),
    ),
    am(
        "create_order",
        "order_type",
        enum(ORDER_TYPE, required=True),
        lambda c, v: c.create_order(INSTR, B, A, price=P, order_type=v),
    ),
    am("limit_order", "instrument", INSTRUMENT, lambda c, v: c.limit_order(v, B, A, P)),
    am(
        "limit_order", "side", enum(SIDE, required=True), lambda c, v: c.limit_order(INSTR, v, A, P)
    ),
    am("limit_order", "amount", AMOUNT, lambda c, v: c.limit_order(INSTR, B, v, P)),
    am("limit_order", "price", PRICE, lambda c, v: c.limit_order(INSTR, B, A, v)),
    am("market_order", "instrument", INSTRUMENT, lambda c, v: c.market_order(v, B, A)),
    am("market_order", "side", enum(SIDE, required=True), lambda c, v: c.market_order(INSTR, v, A)),
    am("market_order", "amount", AMOUNT, lambda c, v: c.market_order(INSTR, B, v)),
    am("stop_limit_order", "amount", AMOUNT, lambda c, v: c.stop_limit_order(INSTR, B, v, P, P)),
    am("stop_limit_order", "price", PRICE, lambda c, v: c.stop_limit_order(INSTR, B, A, v, P)),
    am("stop_limit_order", "stop_price", PRICE, lambda c, v: c.stop_limit_order(INSTR, B, A, P, v)),
    am("stop_market_order", "amount", AMOUNT, lambda c, v: c.stop_market_order(INSTR, B, v, P)),
    am("stop_market_order", "stop_price", PRICE, lambda c, v: c.stop_market_order(INSTR, B, A, v)),
    am("cancel_order", "order_id", AM_ORDER_ID, lambda c, v: c.cancel_order(v)),
    am("order_history", "market", symbol(required=False), lambda c, v: c.order_history(market=v)),
    am("order_history", "side", enum(SIDE, required=False), lambda c, v: c.order_history(side=v)),
    am("order_history", "start", MOMENT, lambda c, v: c.order_history(start=v)),
    am("order_history", "end", MOMENT, lambda c, v: c.order_history(end=v)),
    am("order_history", "ascending", FIELDS, lambda c, v: c.order_history(ascending=v)),
    am("order_history", "descending", FIELDS, lambda c, v: c.order_history(descending=v)),
    am(
        "order_history",
        "hide_cancelled",
        FLAG,
        lambda c, v: c.order_history(hide_cancelled=v),
    ),
    am(
        "order_history",
        "per_page",
        bounded_int(1, 1000, none=True),
        lambda c, v: c.order_history(per_page=v),
    ),
    am("trade_history", "market", symbol(required=False), lambda c, v: c.trade_history(market=v)),
    am("trade_history", "side", enum(SIDE, required=False), lambda c, v: c.trade_history(side=v)),
    am("trade_history", "start", MOMENT, lambda c, v: c.trade_history(start=v)),
    am("trade_history", "end", MOMENT, lambda c, v: c.trade_history(end=v)),
    am("trade_history", "ascending", FIELDS, lambda c, v: c.trade_history(ascending=v)),
    am("trade_history", "descending", FIELDS, lambda c, v: c.trade_history(descending=v)),
    am(
        "trade_history",
        "per_page",
        bounded_int(1, 1000, none=True),
        lambda c, v: c.trade_history(per_page=v),
    ),
    am("deposit_address", "asset", symbol(required=True), lambda c, v: c.deposit_address(v)),
    am("withdraw", "asset", symbol(required=True), lambda c, v: c.withdraw(v, "0.01", "bc1q")),
    am(
        "withdraw",
        "amount",
        money(BTC_SCALE, required=True),
        lambda c, v: c.withdraw("btc", v, "bc1q"),
    ),
    am(
        "withdraw",
        "address",
        printable(required=True),
        lambda c, v: c.withdraw("btc", "0.01", v),
    ),
    am(
        "withdraw",
        "transfer_id",
        printable(required=False),
        lambda c, v: c.withdraw("btc", "0.01", "bc1q", transfer_id=v),
    ),
    am("transfers", "count", bounded_int(1, 2**31 - 1, none=False), lambda c, v: c.transfers(v)),
    am(
        "with_options",
        "max_retries",
        retries(none=False),
        lambda c, v: c.with_options(max_retries=v),
    ),
    am("with_options", "timeout", TIMEOUT, lambda c, v: c.with_options(timeout=v)),
    am(
        "with_options",
        "settle_unknown",
        SETTLE_UNKNOWN,
        lambda c, v: c.with_options(settle_unknown=v),
    ),
    am("request", "method", METHOD, lambda c, v: c.request(v, "/api/wallet/balance")),
    am("request", "path", PATH, lambda c, v: c.request("GET", v)),
    am("request", "params", PARAMS, lambda c, v: c.request("GET", "/api/x", params=v)),
    am("request", "json", BODY, lambda c, v: c.request("POST", "/api/x", json=v)),
    am("find_order", "sent", SENT, lambda c, v: c.find_order(v)),
    am("find_transfer", "sent", SENT, lambda c, v: c.find_transfer(v)),
]

HG_MARKET = path_id(required=True)
HASHGREEN_TARGETS = [
    hg("markets", "refresh", FLAG, lambda c, v: c.markets(refresh=v)),
    hg("market", "code", HG_MARKET, lambda c, v: c.market(v)),
    hg("market", "refresh", FLAG, lambda c, v: c.market("XCH-USDS", refresh=v)),
    hg("statistics", "market", path_id(required=False), lambda c, v: c.statistics(v)),
    hg("order_book", "market", HG_MARKET, lambda c, v: c.order_book(v)),
    hg("trades", "market", HG_MARKET, lambda c, v: c.trades(v)),
    hg("orders", "market", path_id(required=False), lambda c, v: c.orders(market=v)),
    hg("orders", "status", HG_STATUS, lambda c, v: c.orders(status=v)),
    hg("create_order", "offer", OFFERS, lambda c, v: c.create_order(v)),
    hg(
        "create_order",
        "market",
        path_id(required=False),
        lambda c, v: c.create_order(OFFER, market=v),
    ),
    hg("request", "method", METHOD, lambda c, v: c.request(v, "/markets")),
    hg("request", "path", PATH, lambda c, v: c.request("GET", v)),
    hg("request", "params", PARAMS, lambda c, v: c.request("GET", "/markets", params=v)),
    hg("request", "json", BODY, lambda c, v: c.request("POST", "/orders", json=v)),
    hg("find_order", "sent", SENT, lambda c, v: c.find_order(v)),
    hg("cancel_order", "order_id", path_id(required=True), lambda c, v: c.cancel_order(v)),
    hg(
        "with_options",
        "max_retries",
        retries(none=False),
        lambda c, v: c.with_options(max_retries=v),
    ),
    hg("with_options", "timeout", TIMEOUT, lambda c, v: c.with_options(timeout=v)),
    hg(
        "with_options",
        "settle_unknown",
        SETTLE_UNKNOWN,
        lambda c, v: c.with_options(settle_unknown=v),
    ),
]


def _constructors() -> list[Target]:
    def make(exchange: str, argument: str, **valid: Any) -> Callable[[Any, Any], Any]:
        def call(env: Env, value: Any) -> Any:
            if argument == "http_client" and value is OTHER_CLIENT:
                value = env.other_http_client
            kwargs = {"base_url": env.server.url, **valid, argument: value}
            return env.client_class(exchange)(**kwargs)

        return call

    am_valid = {"api_key": KEY, "api_secret": SECRET}
    hg_valid = {"token": TOKEN}
    common: list[tuple[str, st.SearchStrategy[Any]]] = [
        ("base_url", BASE_URL),
        ("timeout", TIMEOUT),
        ("max_retries", retries(none=True)),
        ("http_client", HTTP_CLIENT),
        ("allow_insecure", FLAG),
        ("rate_limit", RATE_LIMIT),
        ("max_response_bytes", MAX_RESPONSE_BYTES),
        ("settle_unknown", SETTLE_UNKNOWN),
        ("journal", JOURNAL),
        ("drift", DRIFT),
        ("on_request", HOOK),
        ("on_response", HOOK),
    ]
    arguments: list[tuple[str, str, st.SearchStrategy[Any], dict[str, str]]] = [
        ("altmarket", "api_key", CREDENTIAL, am_valid),
        ("altmarket", "api_secret", CREDENTIAL, am_valid),
        ("hashgreen", "token", CREDENTIAL, {}),
    ]
    for argument, values in common:
        arguments.append(("altmarket", argument, values, am_valid))
        arguments.append(("hashgreen", argument, values, hg_valid))
    return [
        Target(exchange, "__init__", argument, values, make(exchange, argument, **valid), True)
        for exchange, argument, values, valid in arguments
    ]


# A call's own options (every operation's, exchange.request's, the helpers' of one request):
# the credentials and the headers the client sets, in any case, and what is not a header or a
# query parameter at all.
EXTRA_HEADERS = st.one_of(
    st.sampled_from(sorted(REFUSED_HEADERS))
    .flatmap(lambda name: st.sampled_from([name, name.upper(), name.title(), name.swapcase()]))
    .map(lambda name: {name: "x"}),
    st.sampled_from(
        [{"X-A": "a\r\nKey: k"}, {"X-A": "a\nb"}, {"X A": "a"}, {"": "a"}, {"X-A": 1}, {1: "a"}]
    ),
    st.sampled_from(["X-A: a", [("X-A", "a")], 5, b"x"]),
)
EXTRA_QUERY = st.one_of(
    st.sampled_from(["ts", "TS", "Ts", "tS"]).map(lambda key: {key: "2020-01-01"}),
    st.sampled_from(
        [{"": "a"}, {1: "a"}, {"a": object()}, {"a": float("nan")}, {"a": None}, {"a": {"b": 1}}]
    ),
    st.sampled_from(["a=1", 5, [("a", "1")], b"a=1"]),
)
CALL_TIMEOUT = TIMEOUT.filter(lambda value: value is not None)
OPTIONS = {"extra_headers": EXTRA_HEADERS, "extra_query": EXTRA_QUERY, "timeout": CALL_TIMEOUT}
# Each method that takes them, called with valid arguments and one bad option.
OPTION_CALLS: dict[str, dict[str, Callable[..., Any]]] = {
    "altmarket": {
        "balances": lambda c, **o: c.balances(**o),
        "create_order": lambda c, **o: c.create_order(INSTR, B, A, **LIMIT, **o),
        "limit_order": lambda c, **o: c.limit_order(INSTR, B, A, P, **o),
        "market_order": lambda c, **o: c.market_order(INSTR, B, A, **o),
        "stop_limit_order": lambda c, **o: c.stop_limit_order(INSTR, B, A, P, P, **o),
        "stop_market_order": lambda c, **o: c.stop_market_order(INSTR, B, A, P, **o),
        "cancel_order": lambda c, **o: c.cancel_order("123", **o),
        "cancel_all_orders": lambda c, **o: c.cancel_all_orders(**o),
        "open_orders": lambda c, **o: c.open_orders(**o),
        "deposit_address": lambda c, **o: c.deposit_address("btc", **o),
        "withdraw": lambda c, **o: c.withdraw("btc", "0.01", "bc1q", **o),
        "transfers": lambda c, **o: c.transfers(5, **o),
        "request": lambda c, **o: c.request("GET", "/api/wallet/balance", **o),
    },
    "hashgreen": {
        "statistics": lambda c, **o: c.statistics("XCH-USDS", **o),
        "order_book": lambda c, **o: c.order_book("XCH-USDS", **o),
        "trades": lambda c, **o: c.trades("XCH-USDS", **o),
        "orders": lambda c, **o: c.orders(**o),
        "create_order": lambda c, **o: c.create_order(OFFER, **o),
        "cancel_order": lambda c, **o: c.cancel_order("o1", **o),
        "request": lambda c, **o: c.request("GET", "/markets", **o),
    },
}


def _option_targets() -> list[Target]:
    targets = []
    for exchange, cls in (("altmarket", AltMarket), ("hashgreen", Hashgreen)):
        for method, call in OPTION_CALLS[exchange].items():
            parameters = inspect.signature(getattr(cls, method)).parameters
            for argument, values in OPTIONS.items():
                if argument in parameters:

                    def bad(c: Any, v: Any, call: Any = call, argument: str = argument) -> Any:
                        return call(c, **{argument: v})

                    targets.append(Target(exchange, method, argument, values, bad))
    return targets


TARGETS = ALTMARKET_TARGETS + HASHGREEN_TARGETS + _option_targets() + _constructors()


def test_every_public_method_is_covered() -> None:
    """Every public method that takes an argument has a target for each of its arguments."""
    for cls, exchange in ((AltMarket, "altmarket"), (Hashgreen, "hashgreen")):
        for name, method in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") and name != "__init__":
                continue
            parameters = [p for p in inspect.signature(method).parameters if p != "self"]
            covered = {t.argument for t in TARGETS if (t.exchange, t.method) == (exchange, name)}
            untargeted = set(parameters) - covered
            if name in ("create_order", "limit_order", "market_order", "stop_limit_order"):
                untargeted -= {"instrument", "side"} if name != "create_order" else set()
            if name in ("stop_limit_order", "stop_market_order"):
                untargeted -= {"instrument", "side", "price"}
            assert not untargeted, f"{exchange}.{name}: no bad input for {sorted(untargeted)}"


# ---------------------------------------------------------------------------- the clients


def _hashgreen_echo(request: Request) -> Respond:
    """Answers any Hashgreen order or market named in the path, with that id or code."""
    segment = unquote(request.path.rsplit("/", 1)[1])
    if request.path.startswith("/markets/"):
        return respond_json(envelope(hashgreen_market_json(market_id="m" * 24, code=segment)))
    return respond_json(envelope(hashgreen_order_json(segment), 0))


class Env:
    """A fault server that answers anything, and the four clients with their lists cached."""

    def __init__(self) -> None:
        self.server = FaultServer().__enter__()
        self.server.default("GET", "/api/markets", _markets)
        self.server.default("GET", "/api/assets-info", respond_json(assets_json()))
        self.server.default("GET", "/markets", respond_json(envelope([hashgreen_market_json()])))
        self.server.fallback(_hashgreen_echo)
        self.loop = asyncio.new_event_loop()
        self.mode = "sync"
        url = self.server.url
        self.clients: dict[tuple[str, str], Any] = {
            ("altmarket", "sync"): AltMarket(KEY, SECRET, base_url=url, max_retries=0),
            ("altmarket", "async"): AsyncAltMarket(KEY, SECRET, base_url=url, max_retries=0),
            ("hashgreen", "sync"): Hashgreen(TOKEN, base_url=url, max_retries=0),
            ("hashgreen", "async"): AsyncHashgreen(TOKEN, base_url=url, max_retries=0),
        }
        for (exchange, _mode), client in self.clients.items():
            warm = [client.markets()] + ([client.assets()] if exchange == "altmarket" else [])
            for result in warm:
                self.run(result)
        self.sync_http = httpx.Client()
        self.async_http = httpx.AsyncClient()

    def client(self, exchange: str) -> Any:
        return self.clients[(exchange, self.mode)]

    def client_class(self, exchange: str) -> type:
        if exchange == "altmarket":
            return AltMarket if self.mode == "sync" else AsyncAltMarket
        return Hashgreen if self.mode == "sync" else AsyncHashgreen

    @property
    def other_http_client(self) -> httpx.Client | httpx.AsyncClient:
        return self.async_http if self.mode == "sync" else self.sync_http

    def run(self, result: Any) -> Any:
        if inspect.isawaitable(result):
            return self.loop.run_until_complete(result)
        return result

    def close(self) -> None:
        for (_exchange, mode), client in self.clients.items():
            self.run(client.aclose() if mode == "async" else client.close())
        self.sync_http.close()
        self.loop.run_until_complete(self.async_http.aclose())
        self.loop.close()
        self.server.close()


@pytest.fixture(scope="module")
def env() -> Iterator[Env]:
    environment = Env()
    yield environment
    environment.close()


# ---------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("target", TARGETS, ids=lambda target: target.id)
@SETTINGS
@given(data=st.data())
def test_bad_input_is_refused_before_any_request(
    env: Env, target: Target, mode: str, data: st.DataObject
) -> None:
    value = data.draw(target.values, label=target.argument)
    env.mode = mode
    before = len(env.server.requests)
    figures.count("inputs.tried")
    with pytest.raises(InvalidInputError) as caught:
        if target.constructor:
            target.call(env, value)
        else:
            env.run(target.call(env.client(target.exchange), value))
    assert caught.value.argument == target.argument, caught.value
    assert str(caught.value).startswith(f"{target.argument}: ")
    assert len(env.server.requests) == before, "a request was sent"
    figures.count("inputs.rejected")


_FRESH = itertools.count()
SEGMENT = _text(min_size=1, max_size=16).filter(
    lambda t: (
        t.strip() not in ("", ".", "..") and all(c.isprintable() and c not in "/\\?#%" for c in t)
    )
)


@pytest.mark.parametrize("mode", ["sync", "async"])
@SETTINGS
@given(order_id=SEGMENT, code=SEGMENT)
def test_hashgreen_ids_that_are_sent_are_percent_encoded(
    env: Env, mode: str, order_id: str, code: str
) -> None:
    env.mode = mode
    client = env.client("hashgreen")
    # Market codes are cached case-insensitively: a fresh prefix keeps each one new.
    code = f"c{next(_FRESH)}-{code.strip()}"
    calls: list[tuple[str, Callable[[], Any], str]] = [
        (order_id, lambda: client.cancel_order(order_id), "/orders/"),
        (code, lambda: client.market(code, refresh=True), "/markets/"),
    ]
    for value, call, prefix in calls:
        before = len(env.server.requests)
        env.run(call())
        sent = env.server.requests[before:]
        assert len(sent) == 1
        assert sent[0].target == prefix + quote(value.strip().encode(), safe="")
        assert unquote(sent[0].target[len(prefix) :]) == value.strip()
        figures.count("inputs.ids_encoded")


@pytest.mark.parametrize("mode", ["sync", "async"])
@SETTINGS
@given(order_id=st.integers(min_value=-(2**63), max_value=2**64 - 1))
def test_altmarket_order_ids_that_are_sent_are_one_segment(
    env: Env, mode: str, order_id: int
) -> None:
    env.mode = mode
    client = env.client("altmarket")
    path = f"/api/orders/{order_id}"
    env.server.default("DELETE", path, respond_json({"order": order_json(str(order_id))}))
    for value in (order_id, str(order_id), f" {order_id} "):
        before = len(env.server.requests)
        assert env.run(client.cancel_order(value)).order_id == str(order_id)
        sent = env.server.requests[before:]
        assert [r.path for r in sent] == [path]
        figures.count("inputs.ids_encoded")
