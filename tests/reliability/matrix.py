"""Every fault against every operation: how each is injected, and one run of each case.

An operation is one of a client's calls that matter to a trader: a read (AltMarket
``balances()``, Hashgreen ``orders()``, both private), an order (``create_order``), a cancel and a
withdrawal (AltMarket only: Hashgreen has none). A fault is what the fault server does to the
requests of that operation; "persistent" faults hit every attempt, "once" faults only the first
(the retry, if any, meets a healthy server). A case is (fault, exchange, operation, sync or
async, transport): each mode runs on its default transport (urllib3 for sync, aiohttp for async)
and on an ``http_client=`` of the caller's (httpx, and httpx2 where it is installed), the whole
matrix on each. :func:`run`
carries a case out once, at DEBUG logging, on a fresh server and a fresh client,
and keeps what the secrets test searches (:data:`EVIDENCE`).

Retry sleeps are recorded instead of slept (the transport's ``sleep``, as tests/wrapper does):
the delays are the product's own, and the 429 cases check that ``Retry-After`` was honoured.
Timeout faults run the operation with ``with_options(timeout=FAULT_TIMEOUT)``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any, Literal

import httpx
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    HashgreenOrder,
    Order,
    OrderStateUnknownError,
    Transfer,
)
from tradespec_sandbox.domain.offers import mint_offer

from tests.reliability.fault_server import (
    FaultServer,
    Hang,
    Request,
    Reset,
    Respond,
    Stall,
    respond_json,
)
from tests.wrapper.helpers import (
    assets_json,
    envelope,
    hashgreen_order_json,
    market_json,
    order_json,
    transfer_json,
)

# Credentials no other text contains, so a search for them finds only leaks.
KEY = "rel-key-5f1e0c3a9b77"
SECRET = "rel-secret-d41d8cd98f00b204e980"
TOKEN = "rel-token-7c9e6679f42c4a1b"
SECRETS = (KEY, SECRET, TOKEN)

MAX_RETRIES = 2
RETRY_AFTER = 2
FAULT_TIMEOUT = 0.5
"""The client's timeout for the timeout faults (seconds); the only waits of the matrix. It bounds
each whole attempt (connecting, sending and reading), so it leaves room for a healthy retry on
a loaded machine."""
LARGE = 6 * 1024 * 1024
"""Bytes of padding in a very large body."""

Exchange = Literal["altmarket", "hashgreen"]
Kind = Literal["read", "order", "cancel", "withdrawal"]
Mode = Literal["sync", "async"]
Backend = Literal["urllib3", "aiohttp", "httpx", "httpx2"]
EXCHANGES: tuple[Exchange, ...] = ("altmarket", "hashgreen")
KINDS: tuple[Kind, ...] = ("read", "order", "cancel", "withdrawal")
MODES: tuple[Mode, ...] = ("sync", "async")
httpx2: Any
try:
    import httpx2
except ImportError:  # the matrix runs on httpx2 where it is installed (nox installs it)
    httpx2 = None
BACKENDS: dict[Mode, tuple[Backend, ...]] = {
    "sync": ("urllib3", "httpx", *(("httpx2",) if httpx2 is not None else ())),
    "async": ("aiohttp", "httpx", *(("httpx2",) if httpx2 is not None else ())),
}
"""Each mode's transports: its default, and an httpx (and httpx2) client of the caller's."""
AM_ORDER_ID = "-8446744073709551616"
HG_ORDER_ID = "6229996bdf38d9336a11492a"
OFFER = mint_offer({"reliability": "fault matrix"})


# ---------------------------------------------------------------------------- healthy answers


def _ticks(unix: float) -> int:
    return int((unix + 62135596800) * 10_000_000)


def _markets(request: Request) -> Respond:
    # The platform's clock is now, so a 401 is never taken for clock skew.
    pairs = {"btc_usdt": market_json(), "eth_btc": market_json("eth_btc", 6, 3)}
    return respond_json({"serverTime": _ticks(time.time()), "pairs": pairs, "environment": "t"})


def _balances() -> list[dict[str, Any]]:
    return [
        {"asset": "btc", "totalBalance": 1.5, "inOrder": 0.5, "availableBalance": 1.0},
        {"asset": "usdt", "totalBalance": 1000, "inOrder": 0, "availableBalance": 1000},
    ]


def _am_order(**extra: Any) -> dict[str, Any]:
    return order_json(AM_ORDER_ID, **{"amount": 0.5, "price": 30000.25, **extra})


def _withdrawal(request: Request) -> dict[str, Any]:
    return transfer_json(request.json()["transferId"])


def _hg_order(**extra: Any) -> dict[str, Any]:
    return hashgreen_order_json(HG_ORDER_ID, **extra)


@dataclass(frozen=True)
class Operation:
    """One operation of one exchange: its route, a healthy server's answer, the call."""

    exchange: Exchange
    kind: Kind
    method: str
    path: str
    healthy: Callable[[Request], Any]
    """The JSON a healthy server answers."""
    error: Callable[[int, str], Any]
    """The exchange's own error body for a status and a message."""
    call: Callable[[Any], Any]
    """Calls the operation on a client (an async client's call returns the awaitable)."""
    shapes: Mapping[str, Callable[[Request], Any]]
    """JSON of the wrong shape: ``wrong_types``, ``missing_fields``, ``unknown_values``,
    and ``large`` (the healthy shape, padded to a very large body)."""
    check: Callable[[Any, bool], None]
    """Asserts a result is the healthy answer (True: the one with unknown values)."""


def _am_error(status: int, message: str) -> Any:
    return {"errors": [{"code": f"E{status}", "message": message}]}


def _hg_error(status: int, message: str) -> Any:
    return {"code": status, "msg": message, "data": None}


def _check_balances(result: Any, unknown: bool) -> None:
    if unknown:
        assert result["ZZZ"].total_balance == 7 and result["ZZZ"].additional_properties
    else:
        assert result["btc"].available_balance == 1 and result["usdt"].total_balance == 1000


def _check_am_order(result: Any, unknown: bool) -> None:
    assert isinstance(result, Order) and result.order_id == AM_ORDER_ID
    if unknown:
        assert result.side is not None
        kept = (result.status.value, result.order_type.value, result.side.value)
        assert kept == ("Frozen", 99, "Sideways")
        assert result.status.is_unknown and result.order_type.is_unknown


def _check_transfer(result: Any, unknown: bool) -> None:
    assert isinstance(result, Transfer) and result.transfer_id == "payout-1"
    if unknown:
        assert (result.type_.value, result.status.value) == ("Airdrop", "Stuck")


def _check_hg_orders(result: Any, unknown: bool) -> None:
    assert isinstance(result, list) and result
    _check_hg_order(result[0], unknown)


def _check_hg_order(result: Any, unknown: bool) -> None:
    assert isinstance(result, HashgreenOrder) and result.id == HG_ORDER_ID
    if unknown:
        assert (result.side.value, result.status.value) == (7, 42)


def _padding() -> str:
    return "x" * LARGE


def _am_operations() -> list[Operation]:
    def order_call(client: Any) -> Any:
        return client.limit_order("btc_usdt", "buy", "0.5", "30000.25")

    def cancel_call(client: Any) -> Any:
        return client.cancel_order(AM_ORDER_ID)

    def withdraw_call(client: Any) -> Any:
        return client.withdraw("btc", "0.01", "bc1qreliability", transfer_id="payout-1")

    order_shapes: dict[str, Callable[[Request], Any]] = {
        "wrong_types": lambda r: {"order": _am_order(amount="lots", createdAt=5)},
        "missing_fields": lambda r: {"order": {"status": "Working", "amount": 0.5}},
        "unknown_values": lambda r: {
            "order": {
                **_am_order(status="Frozen", order_type=99, side="Sideways"),
                "loyaltyPoints": {"tier": 3},
            }
        },
        "large": lambda r: {"order": {**_am_order(), "note": _padding()}},
    }
    balance_shapes: dict[str, Callable[[Request], Any]] = {
        "wrong_types": lambda r: [{"asset": "btc", "totalBalance": "lots", "inOrder": []}],
        "missing_fields": lambda r: [{"totalBalance": 1, "availableBalance": 1}],
        "unknown_values": lambda r: [
            *_balances(),
            {
                "asset": "ZZZ",
                "totalBalance": 7,
                "inOrder": 0,
                "availableBalance": 7,
                "staked": 3,
                "tier": {"level": "gold"},
            },
        ],
        "large": lambda r: [
            *_balances(),
            *(
                {"asset": f"A{n}", "totalBalance": n, "inOrder": 0, "availableBalance": n}
                for n in range(5000)
            ),
            {
                "asset": "PAD",
                "totalBalance": 0,
                "inOrder": 0,
                "availableBalance": 0,
                "note": _padding(),
            },
        ],
    }
    withdrawal_shapes: dict[str, Callable[[Request], Any]] = {
        "wrong_types": lambda r: {**_withdrawal(r), "amount": "lots", "confirmations": "x"},
        "missing_fields": lambda r: {"asset": "btc", "status": "AwaitingConfirmation"},
        "unknown_values": lambda r: {
            **_withdrawal(r),
            "type": "Airdrop",
            "status": "Stuck",
            "memo": {"k": 1},
        },
        "large": lambda r: {**_withdrawal(r), "note": _padding()},
    }
    return [
        Operation(
            "altmarket",
            "read",
            "GET",
            "/api/wallet/balance",
            healthy=lambda r: _balances(),
            error=_am_error,
            call=lambda c: c.balances(),
            shapes=balance_shapes,
            check=_check_balances,
        ),
        Operation(
            "altmarket",
            "order",
            "POST",
            "/api/order",
            healthy=lambda r: {"order": _am_order()},
            error=_am_error,
            call=order_call,
            shapes=order_shapes,
            check=_check_am_order,
        ),
        Operation(
            "altmarket",
            "cancel",
            "DELETE",
            f"/api/orders/{AM_ORDER_ID}",
            healthy=lambda r: {"order": _am_order(status="Cancelled")},
            error=_am_error,
            call=cancel_call,
            shapes=order_shapes,
            check=_check_am_order,
        ),
        Operation(
            "altmarket",
            "withdrawal",
            "POST",
            "/api/wallet/withdrawal",
            healthy=_withdrawal,
            error=_am_error,
            call=withdraw_call,
            shapes=withdrawal_shapes,
            check=_check_transfer,
        ),
    ]


def _hg_operations() -> list[Operation]:
    def read_call(client: Any) -> Any:
        return client.orders()

    def order_call(client: Any) -> Any:
        return client.create_order(OFFER)

    def cancel_call(client: Any) -> Any:
        return client.cancel_order(HG_ORDER_ID)

    one: dict[str, Callable[[Request], Any]] = {
        "wrong_types": lambda r: envelope(_hg_order(price="lots", confirmed_height_at=[]), 0),
        "missing_fields": lambda r: envelope({"status": 2, "price": "70.00"}, 0),
        "unknown_values": lambda r: envelope({**_hg_order(side=7, status=42), "tier": [1]}, 0),
        "large": lambda r: envelope({**_hg_order(), "note": _padding()}, 0),
    }
    many: dict[str, Callable[[Request], Any]] = {
        "wrong_types": lambda r: envelope([_hg_order(price="lots")], 0),
        "missing_fields": lambda r: envelope([{"status": 2, "price": "70.00"}], 0),
        "unknown_values": lambda r: envelope([{**_hg_order(side=7, status=42), "tier": 1}], 0),
        "large": lambda r: envelope(
            [*(_hg_order() for _ in range(2000)), {**_hg_order(), "note": _padding()}], 0
        ),
    }
    return [
        Operation(
            "hashgreen",
            "read",
            "GET",
            "/orders",
            healthy=lambda r: envelope([_hg_order()], 0),
            error=_hg_error,
            call=read_call,
            shapes=many,
            check=_check_hg_orders,
        ),
        Operation(
            "hashgreen",
            "order",
            "POST",
            "/orders",
            healthy=lambda r: envelope(_hg_order(), 0),
            error=_hg_error,
            call=order_call,
            shapes=one,
            check=_check_hg_order,
        ),
        Operation(
            "hashgreen",
            "cancel",
            "DELETE",
            f"/orders/{HG_ORDER_ID}",
            healthy=lambda r: envelope(_hg_order(status=6), 0),
            error=_hg_error,
            call=cancel_call,
            shapes=one,
            check=_check_hg_order,
        ),
    ]


OPERATIONS: dict[tuple[Exchange, Kind], Operation] = {
    (op.exchange, op.kind): op for op in _am_operations() + _hg_operations()
}


# ---------------------------------------------------------------------------- faults

Answer = Callable[[Operation, Request], Respond | Reset | Hang | Stall]


def _healthy(op: Operation, request: Request) -> Respond:
    return respond_json(op.healthy(request))


def _body(shape: str) -> Answer:
    def answer(op: Operation, request: Request) -> Respond:
        return respond_json(op.shapes[shape](request))

    return answer


def _raw(body: bytes, content_type: str, status: int = 200) -> Answer:
    return lambda op, request: Respond(status, body, {"Content-Type": content_type})


def _truncated(op: Operation, request: Request) -> Respond:
    whole = _healthy(op, request).body
    return Respond(200, whole[: len(whole) // 2], {"Content-Type": "application/json"})


def _wrong_content_type(op: Operation, request: Request) -> Respond:
    return Respond(200, _healthy(op, request).body, {"Content-Type": "text/plain; charset=utf-8"})


def _reset(op: Operation, request: Request) -> Reset:
    answer = _healthy(op, request)
    return Reset(answer, len(answer.body) // 2)


def _hang(op: Operation, request: Request) -> Hang:
    return Hang()


def _stall(op: Operation, request: Request) -> Stall:
    answer = _healthy(op, request)
    return Stall(answer, len(answer.body) // 2)


def _status(status: int, html: bool = False, headers: Mapping[str, str] | None = None) -> Answer:
    def answer(op: Operation, request: Request) -> Respond:
        if html:
            page = (
                f"<html><head><title>{status}</title></head><body><h1>{status}</h1></body></html>"
            )
            return Respond(status, page.encode(), {"Content-Type": "text/html", **(headers or {})})
        return respond_json(op.error(status, f"injected {status}"), status, **(headers or {}))

    return answer


_too_many = _status(429, headers={"Retry-After": str(RETRY_AFTER)})


def _too_many_by_date(op: Operation, request: Request) -> Respond:
    now = time.time()
    return respond_json(
        op.error(429, "slow down"),
        429,
        Date=formatdate(now, usegmt=True),
        **{"Retry-After": formatdate(now + RETRY_AFTER, usegmt=True)},
    )


def _echo_credentials(op: Operation, request: Request) -> Respond:
    # A server that repeats in its error message what it got, and even what it knows.
    seen = ", ".join(f"{k}={v}" for k, v in request.headers.items())
    known = f"key {KEY}, secret {SECRET}" if op.exchange == "altmarket" else f"token {TOKEN}"
    return respond_json(op.error(401, f"refused: {seen}; {known}"), 401)


_HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Attention Required!</title></head>"
    b"<body><h1>Sorry, you have been blocked</h1><p>Ray ID: 7a1b2c3d</p></body></html>"
)


@dataclass(frozen=True)
class Fault:
    """How to break one operation's requests."""

    name: str
    description: str
    answer: Answer | None
    """What the server does; None: the connection is refused."""
    once: bool = False
    """Only the first attempt is broken; later ones meet a healthy server."""
    timeout: float | None = None
    """The client's timeout for the operation, when the fault waits for it."""


FAULTS: tuple[Fault, ...] = (
    Fault("refused", "connection refused (nobody listens)", None),
    Fault("refused_once", "connection refused, then the server is back", None, once=True),
    Fault("reset", "reset mid-response (RST after half the body)", _reset),
    Fault("reset_once", "reset mid-response, once", _reset, once=True),
    Fault("no_headers", "headers never come (read timeout)", _hang, timeout=FAULT_TIMEOUT),
    Fault("no_headers_once", "headers never come, once", _hang, once=True, timeout=FAULT_TIMEOUT),
    Fault("stalled_body", "headers, half the body, then silence", _stall, timeout=FAULT_TIMEOUT),
    Fault("stalled_body_once", "a stalled body, once", _stall, once=True, timeout=FAULT_TIMEOUT),
    Fault("429_seconds", "429, Retry-After: 2", _too_many),
    Fault("429_seconds_once", "429, Retry-After: 2, once", _too_many, once=True),
    Fault("429_date", "429, Retry-After as an HTTP date 2 s ahead", _too_many_by_date),
    Fault("429_date_once", "429, Retry-After as an HTTP date, once", _too_many_by_date, True),
    Fault("500", "500 with the exchange's error body", _status(500)),
    Fault("500_once", "500, once", _status(500), True),
    Fault("502", "502 with a proxy's HTML page", _status(502, html=True)),
    Fault("502_once", "502, once", _status(502, html=True), True),
    Fault("503", "503 with the exchange's error body", _status(503)),
    Fault("503_once", "503, once", _status(503), True),
    Fault("520", "520 with a proxy's HTML page", _status(520, html=True)),
    Fault("520_once", "520, once", _status(520, html=True), True),
    Fault("524", "524 with a proxy's HTML page", _status(524, html=True)),
    Fault("524_once", "524, once", _status(524, html=True), True),
    Fault("html_page", "200 with an HTML error page", _raw(_HTML_PAGE, "text/html")),
    Fault("invalid_json", "200 with invalid JSON", _raw(b"{'order': nope,}", "application/json")),
    Fault("truncated_json", "200 with the JSON cut in half", _truncated),
    Fault("empty_body", "200 with an empty body", _raw(b"", "application/json")),
    Fault("wrong_content_type", "200, the right JSON as text/plain", _wrong_content_type),
    Fault("wrong_types", "200, JSON with values of the wrong types", _body("wrong_types")),
    Fault("missing_fields", "200, JSON missing required fields", _body("missing_fields")),
    Fault("unknown_values", "200, unknown enum values and fields", _body("unknown_values")),
    Fault("large_body", f"200, a body of {LARGE // 2**20}+ MiB", _body("large")),
    Fault("echo_credentials", "401 whose body echoes every credential", _echo_credentials),
)
FAULTS_BY_NAME = {fault.name: fault for fault in FAULTS}


@dataclass(frozen=True)
class Case:
    fault: Fault
    exchange: Exchange
    kind: Kind
    mode: Mode
    backend: Backend

    @property
    def operation(self) -> Operation:
        return OPERATIONS[(self.exchange, self.kind)]

    @property
    def id(self) -> str:
        return f"{self.fault.name}-{self.exchange}-{self.kind}-{self.mode}-{self.backend}"


CASES: tuple[Case, ...] = tuple(
    Case(fault, exchange, kind, mode, backend)
    for fault in FAULTS
    for exchange in EXCHANGES
    for kind in KINDS
    if (exchange, kind) in OPERATIONS
    for mode in MODES
    for backend in BACKENDS[mode]
)


# ---------------------------------------------------------------------------- one run


@dataclass
class Outcome:
    """What happened in one case."""

    error: BaseException | None
    result: Any
    attempts: int
    """Requests of the operation that reached the server."""
    tries: int
    """Attempts the client made (retry sleeps + 1)."""
    sleeps: list[float]
    orders_received: int
    """Order requests (create) that reached the server: never more than one."""
    transfer_ids: set[str]
    texts: list[str] = field(default_factory=list)
    """Everything the client said: logs, reprs, errors and tracebacks."""
    received: list[Request] = field(default_factory=list)
    """Every request that reached the server."""


EVIDENCE: dict[str, list[str]] = {}
"""Case id -> what the client said in it (filled by :func:`run`)."""


@contextlib.contextmanager
def debug_logs() -> Iterator[list[str]]:
    """Every log record (tradespec, httpx, httpcore, anything) at DEBUG, formatted."""
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler = Keep(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    names = ["tradespec", "httpx", "httpcore", "httpx2", "httpcore2", "hpack", "asyncio"]
    names += ["urllib3", "aiohttp"]
    saved = [(root, root.level)] + [
        (logging.getLogger(n), logging.getLogger(n).level) for n in names
    ]
    root.addHandler(handler)
    for logger, _level in saved:
        logger.setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        root.removeHandler(handler)
        for logger, level in saved:
            logger.setLevel(level)


def _client(case: Case, url: str, http: Any) -> Any:
    kwargs: dict[str, Any] = {"base_url": url, "max_retries": MAX_RETRIES, "timeout": 10}
    if http is not None:
        kwargs["http_client"] = http
    if case.exchange == "altmarket":
        cls: Any = AltMarket if case.mode == "sync" else AsyncAltMarket
        return cls(KEY, SECRET, **kwargs)
    cls = Hashgreen if case.mode == "sync" else AsyncHashgreen
    return cls(TOKEN, **kwargs)


def _arm(case: Case, server: FaultServer) -> Callable[[], None]:
    """Break the operation's route; what to do at the first retry sleep."""
    op, fault = case.operation, case.fault
    healthy = functools.partial(_healthy, op)
    if fault.answer is None:
        server.default(op.method, op.path, healthy)
        server.refuse()
        return server.listen if fault.once else (lambda: None)
    broken = functools.partial(fault.answer, op)
    if fault.once:
        server.script(op.method, op.path, broken)
        server.default(op.method, op.path, healthy)
    else:
        server.default(op.method, op.path, broken)
    return lambda: None


def _setup_routes(server: FaultServer) -> None:
    server.default("GET", "/api/markets", _markets)
    server.default("GET", "/api/assets-info", lambda r: respond_json(assets_json()))


def describe(value: object) -> list[str]:
    """The texts a user or a log may show of ``value``: str, repr, attributes, traceback."""
    texts = [str(value), repr(value)]
    if isinstance(value, BaseException):
        texts.append("".join(traceback.format_exception(value)))
        texts.append(repr(vars(value)))
        for name in ("cause", "sent", "body", "message"):
            if hasattr(value, name):
                texts.append(repr(getattr(value, name)))
                texts.append(str(getattr(value, name)))
        if isinstance(value, OrderStateUnknownError) and value.cause is not None:
            texts += describe(value.cause)
    return texts


def run(case: Case) -> Outcome:
    """Carry ``case`` out once: a fresh server, a fresh client, DEBUG logs kept."""
    op = case.operation
    sleeps: list[float] = []
    with FaultServer() as server, debug_logs() as logs:
        _setup_routes(server)
        http: Any = None
        if case.backend in ("httpx", "httpx2"):
            lib: Any = httpx if case.backend == "httpx" else httpx2
            http = lib.Client() if case.mode == "sync" else lib.AsyncClient()
        client = _client(case, server.url, http)
        texts: list[str] = [repr(client)]
        error: BaseException | None = None
        result: Any = None
        if case.mode == "sync":
            error, result = _run_sync(case, server, client, sleeps)
            if http is not None:
                http.close()
        else:
            error, result = asyncio.run(_run_async(case, server, client, sleeps, http))
        texts += [repr(client), repr(result), str(result)]
        if error is not None:
            texts += describe(error)
        attempts = len(server.to(op.method, op.path))
        order_op = OPERATIONS[(case.exchange, "order")]
        orders = len(server.to(order_op.method, order_op.path))
        transfer_ids = {
            r.json().get("transferId") for r in server.to("POST", "/api/wallet/withdrawal")
        }
        received = list(server.requests)
    texts += logs
    EVIDENCE[case.id] = texts
    tries = len(sleeps) + 1
    return Outcome(error, result, attempts, tries, sleeps, orders, transfer_ids, texts, received)


def _sleeper(sleeps: list[float], at_first_retry: Callable[[], None]) -> Callable[[float], None]:
    def sleep(delay: float) -> None:
        sleeps.append(delay)
        if len(sleeps) == 1:
            at_first_retry()

    return sleep


def _run_sync(
    case: Case, server: FaultServer, client: Any, sleeps: list[float]
) -> tuple[BaseException | None, Any]:
    op = case.operation
    with client:
        if case.exchange == "altmarket":
            client.markets()
            client.assets()
        client._transport.sleep = _sleeper(sleeps, _arm(case, server))
        target = client.with_options(timeout=case.fault.timeout) if case.fault.timeout else client
        try:
            return None, op.call(target)
        except Exception as exc:
            return exc, None


async def _run_async(
    case: Case,
    server: FaultServer,
    client: Any,
    sleeps: list[float],
    http: Any,
) -> tuple[BaseException | None, Any]:
    try:
        return await _run_async_client(case, server, client, sleeps)
    finally:
        if http is not None:
            await http.aclose()


async def _run_async_client(
    case: Case, server: FaultServer, client: Any, sleeps: list[float]
) -> tuple[BaseException | None, Any]:
    op = case.operation
    async with client:
        if case.exchange == "altmarket":
            await client.markets()
            await client.assets()
        record = _sleeper(sleeps, _arm(case, server))

        async def sleep(delay: float) -> None:
            record(delay)
            await asyncio.sleep(0)

        client._transport.sleep = sleep
        target = client.with_options(timeout=case.fault.timeout) if case.fault.timeout else client
        try:
            return None, await op.call(target)
        except Exception as exc:
            return exc, None


@functools.cache
def outcome(case: Case) -> Outcome:
    """The outcome of ``case``, run once per test session."""
    return run(case)
