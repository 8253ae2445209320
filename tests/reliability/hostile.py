"""The hostile-value corpus: impossible values in every field of every answer, from the specs.

For each operation below (a helper call and the route it reads), the answer's schema is taken
from the spec (``specs/*.yaml``, the operation's 200 answer) and walked together with a healthy
answer: every property of every model it reaches is a *field*, present in the healthy answer or
not. Each field gets the hostile values of its type (:func:`hostile_values`: money, integers,
strings, date-times, enums, booleans, arrays, objects), written as raw JSON text into the healthy
answer (``1e9999999999999999999`` is no value ``json.dumps`` could write). A field the spec adds
gets its cases with no change here. Structural cases (:data:`STRUCTURAL`) break a whole answer:
nesting 100,000 deep, gzip and deflate bombs, a 100 MiB body, an endless body, headers or a body
trickled a byte at a time.

Every case runs through the operation on every transport (urllib3 and a caller's httpx client
sync, aiohttp and a caller's httpx client async) on a fresh fault server, and is judged by
:func:`judge`: only ``tradespec.errors`` escape, the call ends within its budget plus slack, the
process's peak memory stays under a bound, no order reaches the server twice, and no credential
appears in anything the client said (logs at DEBUG, reprs, errors, their causes and formatted
tracebacks with every frame's locals).

The default run (``nox -s reliability``) takes a fixed-seed sample that still covers every field,
every structural case and every transport; ``TRADESPEC_HOSTILE=full`` (``nox -s
reliability-full``) runs the whole product.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import resource
import time
import traceback
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml
from tradespec import TradespecError

from tests.reliability import matrix
from tests.reliability.fault_server import (
    Action,
    Endless,
    FaultServer,
    Request,
    Respond,
    Trickle,
    respond_json,
)
from tests.specs import response_examples
from tests.wrapper.helpers import (
    XCH_USDS_ID,
    assets_json,
    envelope,
    hashgreen_market_json,
    market_json,
    order_json,
    transfer_json,
)

SPECS = Path(__file__).resolve().parents[2] / "specs"
FULL = os.environ.get("TRADESPEC_HOSTILE") == "full"
SEED = 20_241_201
TIMEOUT = 1.0
"""The clients' timeout in the corpus: the trickling cases wait it out."""
MAX_RETRIES = 2
SLACK = 3.0
"""Seconds a call may end past its budget (a loaded 2-core machine runs the corpus)."""
CAP = 8 * 1024 * 1024
"""The clients' ``max_response_bytes`` in the corpus (the default is 64 MiB)."""
MEMORY_BOUND = 160 * 1024 * 1024
"""How far the process's peak memory may grow in one case, over what it held at the start: a
few caps (a body at the cap is held, decoded and parsed). A bomb read whole would take 300 MiB
at once, the 100 MiB body 100 MiB and more."""
PLACEHOLDER = "\u2063hostile\u2063"


# ---------------------------------------------------------------------------- the specs

_SPECS: dict[str, dict[str, Any]] = {
    name: yaml.safe_load((SPECS / f"{name}.yaml").read_text(encoding="utf-8"))
    for name in ("altmarket", "hashgreen")
}


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The schema a ``$ref`` names (and the model's name), or the schema itself."""
    name = None
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return name, schema


def answer_schema(exchange: str, operation_id: str) -> dict[str, Any]:
    """The schema of ``operation_id``'s success answer, from the spec."""
    spec = _SPECS[exchange]
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                responses = operation["responses"]
                answer = responses.get("200") or responses.get("201")
                schema: dict[str, Any] = answer["content"]["application/json"]["schema"]
                return schema
    raise LookupError(f"{exchange} has no operation {operation_id}")


@dataclass(frozen=True)
class Field:
    """One property of one model, where it sits in an answer."""

    model: str
    name: str
    path: tuple[str | int, ...]
    """Keys and indexes from the answer's root to the object holding the property."""
    schema: dict[str, Any] = field(hash=False, compare=False)

    @property
    def id(self) -> str:
        return f"{self.model}.{self.name}"


def fields(exchange: str, schema: dict[str, Any], body: Any) -> list[Field]:
    """Every property of every model reached from ``schema``, walked along ``body`` (a healthy
    answer): a property the body lacks is still a field (the case adds it)."""
    spec = _SPECS[exchange]
    found: list[Field] = []
    seen: set[tuple[str, str]] = set()

    def walk(schema: dict[str, Any], value: Any, path: tuple[str | int, ...], model: str) -> None:
        name, schema = _resolve(spec, schema)
        model = name or model
        for option in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
            walk(option, value, path, model)
        kind = schema.get("type")
        if kind == "array" and isinstance(value, list) and value:
            walk(schema.get("items", {}), value[0], (*path, 0), model)
        if not isinstance(value, dict):
            return
        for prop, prop_schema in schema.get("properties", {}).items():
            if (model, prop) not in seen:
                seen.add((model, prop))
                found.append(Field(model, prop, path, _resolve(spec, prop_schema)[1]))
            if prop in value:
                walk(prop_schema, value[prop], (*path, prop), model)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and value:
            key = next(iter(value))
            walk(extra, value[key], (*path, key), model)

    walk(schema, body, (), "answer")
    return found


# ---------------------------------------------------------------------------- hostile values

_MONEY = [
    "NaN",
    "Infinity",
    "-Infinity",
    '"NaN"',
    '"sNaN"',
    '"Infinity"',
    "-0",
    "1e-400",
    "1e400",
    "1e9999999999999999999",
    '"1e999999999999"',
    "1" * 400,
    '"' + "9" * 400 + '.5"',
    '"abc"',
    "true",
    '{"value": 1}',
    "[1, 2]",
]
_INTEGER = [str(10**30), "1e400", "-1e9999999999999999999", '"abc"', "true", "{}", "1.5", "NaN"]
_STRING = ['"' + "x" * 10240 + '"', '"\\u0000\\u001b[31m\\r\\n\\u202e"', "12", "{}", "[]", "true"]
_DATE = [
    '"0000-01-01T00:00:00Z"',
    '"10000-01-01T00:00:00Z"',
    '"2020-13-45T99:99:99Z"',
    str(10**30),
    '"" ',
]
_ENUM = ["999999", "-1", "1e400", '{"a": 1}', '"\\u0000"', "[]"]
_BOOLEAN = ['"yes"', "2", "{}", "null"]
_ARRAY = ["{}", '"x"', "[" * 600 + "]" * 600, "[null]"]
_OBJECT = ["[]", '"x"', "1", "{" + '"a":{' * 600 + "}" * 601]


def hostile_values(schema: dict[str, Any]) -> list[str]:
    """The hostile values of a field's type, as JSON text."""
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if "enum" in schema:
        return _ENUM
    if kind == "number" or schema.get("format") == "decimal":
        return _MONEY
    if kind == "integer":
        return _INTEGER
    if kind == "string" and schema.get("format") in ("date-time", "date"):
        return _DATE
    if kind == "string":
        return _STRING
    if kind == "boolean":
        return _BOOLEAN
    if kind == "array":
        return _ARRAY
    return _OBJECT


def with_value(body: Any, where: Field, text: str) -> bytes:
    """``body`` as JSON bytes, with ``text`` (raw JSON) as the value of ``where``."""
    copy = json.loads(json.dumps(body))
    holder = copy
    for step in where.path:
        holder = holder[step]
    holder[where.name] = PLACEHOLDER
    encoded = json.dumps(copy)
    return encoded.replace(json.dumps(PLACEHOLDER), text, 1).encode("utf-8")


# ---------------------------------------------------------------------------- operations


def _ticks(unix: float) -> int:
    return int((unix + 62135596800) * 10_000_000)


def _am_markets() -> dict[str, Any]:
    pairs = {"btc_usdt": market_json(), "eth_btc": market_json("eth_btc", 6, 3)}
    return {"serverTime": _ticks(time.time()), "pairs": pairs, "environment": "t"}


def _book() -> dict[str, Any]:
    row = ["69.5", "1.000000000000", "1.000000000000", "1.000000000000", "69.500"]
    return envelope({"market_id": XCH_USDS_ID, "asks": [row], "bids": [row]}, 0)


def _hg_trade() -> dict[str, Any]:
    return {
        "id": "t1",
        "market_id": XCH_USDS_ID,
        "price": "70.00",
        "side": 1,
        "base_amount_display": "1.000000000000",
        "ts": "2022-03-10T06:28:48.114Z",
    }


def example(exchange: str, operation_id: str, name: str = "documented") -> Any:
    """The spec's example ``name`` of ``operation_id``'s success answer, a fresh copy."""
    for found in response_examples(exchange):
        if (found.operation_id, found.status, found.name) == (operation_id, "200", name):
            return json.loads(json.dumps(found.value))
    raise LookupError(f"{exchange} has no example {name!r} of {operation_id}'s answer")


def _drain(rows: Any) -> Any:
    """Every row of a history, read as a caller reads it: a list of a sync client's iterator,
    a coroutine collecting an async client's."""
    if hasattr(rows, "__aiter__"):

        async def collect() -> list[Any]:
            return [row async for row in rows]

        return collect()
    return list(rows)


def _touch(result: Any) -> Any:
    """Read what a caller reads of a result: every level of a book and its arithmetic."""
    bids = getattr(result, "bids", None)
    if bids is not None:
        return (list(result.bids), list(result.asks), result.spread, result.mid)
    return result


@dataclass(frozen=True)
class Operation:
    exchange: str
    name: str
    operation_id: str
    """The spec's operation whose answer is broken."""
    method: str
    path: str
    healthy: Callable[[], Any]
    call: Callable[[Any], Any]
    order: bool = False
    """Whether the call places an order (never to reach the server twice)."""


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "altmarket",
        "balances",
        "get_balances",
        "GET",
        "/api/wallet/balance",
        matrix._balances,
        lambda c: c.balances(),
    ),
    Operation(
        "altmarket",
        "limit_order",
        "create_order",
        "POST",
        "/api/order",
        lambda: {"order": matrix._am_order()},
        lambda c: c.limit_order("btc_usdt", "buy", "0.5", "30000.25"),
        order=True,
    ),
    Operation(
        "altmarket",
        "cancel_order",
        "cancel_order",
        "DELETE",
        f"/api/orders/{matrix.AM_ORDER_ID}",
        lambda: {"order": matrix._am_order(status="Cancelled")},
        lambda c: c.cancel_order(matrix.AM_ORDER_ID),
    ),
    Operation(
        "altmarket",
        "withdraw",
        "create_withdrawal",
        "POST",
        "/api/wallet/withdrawal",
        lambda: transfer_json("payout-1"),
        lambda c: c.withdraw("btc", "0.01", "bc1qreliability", transfer_id="payout-1"),
    ),
    Operation(
        "altmarket",
        "markets",
        "get_markets",
        "GET",
        "/api/markets",
        _am_markets,
        lambda c: c.markets(refresh=True),
    ),
    Operation(
        "altmarket",
        "assets",
        "list_assets",
        "GET",
        "/api/assets-info",
        assets_json,
        lambda c: c.assets(refresh=True),
    ),
    Operation(
        "altmarket",
        "open_orders",
        "list_open_orders",
        "GET",
        "/api/orders/open",
        lambda: [order_json("5")],
        lambda c: c.open_orders(),
    ),
    Operation(
        "altmarket",
        "transfers",
        "list_transfers",
        "GET",
        "/api/wallet/transfers",
        lambda: [transfer_json("payout-1")],
        lambda c: c.transfers(count=5),
    ),
    Operation(
        "altmarket",
        "cancel_all_orders",
        "cancel_all_orders",
        "DELETE",
        "/api/orders",
        lambda: example("altmarket", "cancel_all_orders"),
        lambda c: c.cancel_all_orders(),
    ),
    Operation(
        "altmarket",
        "order_history",
        "get_order_history",
        "GET",
        "/api/order_history",
        lambda: example("altmarket", "get_order_history"),
        lambda c: _drain(c.order_history()),
    ),
    Operation(
        "altmarket",
        "trade_history",
        "get_trade_history",
        "GET",
        "/api/trade_history",
        lambda: example("altmarket", "get_trade_history"),
        lambda c: _drain(c.trade_history()),
    ),
    Operation(
        "altmarket",
        "deposit_address",
        "get_deposit_address",
        "POST",
        "/api/wallet/deposit",
        lambda: example("altmarket", "get_deposit_address"),
        lambda c: c.deposit_address("btc"),
    ),
    Operation(
        "hashgreen",
        "orders",
        "list_orders",
        "GET",
        "/orders",
        lambda: envelope([matrix._hg_order()], 0),
        lambda c: c.orders(),
    ),
    Operation(
        "hashgreen",
        "create_order",
        "create_order",
        "POST",
        "/orders",
        lambda: envelope(matrix._hg_order(), 0),
        lambda c: c.create_order(matrix.OFFER),
        order=True,
    ),
    Operation(
        "hashgreen",
        "cancel_order",
        "cancel_order",
        "DELETE",
        f"/orders/{matrix.HG_ORDER_ID}",
        lambda: envelope(matrix._hg_order(status=6), 0),
        lambda c: c.cancel_order(matrix.HG_ORDER_ID),
    ),
    Operation(
        "hashgreen",
        "markets",
        "list_markets",
        "GET",
        "/markets",
        lambda: envelope([hashgreen_market_json()], 0),
        lambda c: c.markets(refresh=True),
    ),
    Operation(
        "hashgreen",
        "market",
        "get_market",
        "GET",
        "/markets/XCH-USDS",
        lambda: example("hashgreen", "get_market"),
        lambda c: c.market("XCH-USDS", refresh=True),
    ),
    Operation(
        "hashgreen",
        "statistics",
        "get_statistics",
        "GET",
        "/trades/statistics",
        lambda: example("hashgreen", "get_statistics", "oneMarket"),
        lambda c: c.statistics("XCH-USDS"),
    ),
    Operation(
        "hashgreen",
        "all_statistics",
        "get_statistics",
        "GET",
        "/trades/statistics",
        lambda: example("hashgreen", "get_statistics", "allMarkets"),
        lambda c: c.statistics(),
    ),
    Operation(
        "hashgreen",
        "order_book",
        "get_order_book",
        "GET",
        "/trades/book",
        _book,
        lambda c: c.order_book("XCH-USDS"),
    ),
    Operation(
        "hashgreen",
        "trades",
        "get_trade_history",
        "GET",
        "/trades/history",
        lambda: envelope([_hg_trade()], 0),
        lambda c: c.trades("XCH-USDS"),
    ),
)

MODES: tuple[tuple[str, str], ...] = (
    ("sync", "urllib3"),
    ("sync", "httpx"),
    ("async", "aiohttp"),
    ("async", "httpx"),
)


# ---------------------------------------------------------------------------- structural cases

_DEEP = b"[" * 100_000


def _compressed_spaces(wbits: int, size: int = 300 * 1024 * 1024) -> bytes:
    """``size`` spaces, compressed a MiB at a time (never held whole)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = b" " * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + compressor.compress(b"[]") + compressor.flush()


def _gzip_bomb() -> bytes:
    return _compressed_spaces(zlib.MAX_WBITS | 16)


def _deflate_bomb() -> bytes:
    return _compressed_spaces(zlib.MAX_WBITS)


_HUNDRED_MIB = b" " * (100 * 1024 * 1024)


@dataclass(frozen=True)
class Structural:
    name: str
    action: Callable[[Operation], Action]
    waits: bool = False
    """Whether the case waits for the timeout (trickles): run on fewer operations by default."""


def _json(body: bytes, status: int = 200, encoding: str | None = None) -> Respond:
    headers = {"Content-Type": "application/json"}
    if encoding is not None:
        headers["Content-Encoding"] = encoding
    return Respond(status, body, headers)


_BOMBS: dict[str, bytes] = {}


def _bomb(kind: str) -> bytes:
    return _BOMBS[kind]


def prepare() -> None:
    """Make the bombs (seconds of CPU, a few hundred KiB each) before any client waits."""
    if not _BOMBS:
        _BOMBS["gzip"] = _gzip_bomb()
        _BOMBS["deflate"] = _deflate_bomb()


STRUCTURAL: tuple[Structural, ...] = (
    Structural("deep_200", lambda op: _json(_DEEP)),
    Structural("deep_400", lambda op: _json(_DEEP, 400)),
    Structural("deep_500", lambda op: _json(_DEEP, 500)),
    Structural("gzip_bomb", lambda op: _json(_bomb("gzip"), encoding="gzip")),
    Structural("deflate_bomb", lambda op: _json(_bomb("deflate"), encoding="deflate")),
    Structural("brotli_unasked", lambda op: _json(b"\x0b\x02\x80[]\x03", encoding="br")),
    Structural("body_100mib", lambda op: _json(_HUNDRED_MIB)),
    Structural("endless_body", lambda op: Endless(headers={"Content-Type": "application/json"})),
    Structural(
        "trickled_headers",
        lambda op: Trickle(respond_json(op.healthy()), step=1, interval=0.2),
        waits=True,
    ),
    Structural(
        "trickled_body",
        lambda op: Trickle(respond_json(op.healthy()), step=1, interval=0.2, from_body=True),
        waits=True,
    ),
    Structural(
        "echoed_key_in_every_field",
        lambda op: _json(json.dumps(_echo(op.healthy(), _credentials(op))).encode()),
    ),
)


def _echo(value: Any, echoed: str) -> Any:
    """Every leaf of ``value`` replaced by ``echoed`` (a server repeating what it knows)."""
    if isinstance(value, dict):
        return {k: _echo(v, echoed) for k, v in value.items()}
    if isinstance(value, list):
        return [_echo(v, echoed) for v in value]
    return echoed


def _credentials(op: Operation) -> str:
    """The credentials the client of ``op`` holds."""
    if op.exchange == "altmarket":
        return f"{matrix.KEY} {matrix.SECRET}"
    return matrix.TOKEN


# ---------------------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    operation: Operation
    mode: str
    backend: str
    what: str
    """``Model.field=value`` or a structural case's name."""
    answer: Callable[[], Action] = field(compare=False)

    @property
    def id(self) -> str:
        what = self.what if len(self.what) <= 60 else f"{self.what[:50]}...{len(self.what)}"
        return f"{self.operation.exchange}-{self.operation.name}-{self.mode}-{self.backend}-{what}"


def _value_cases() -> Iterator[tuple[Operation, Field, str]]:
    for op in OPERATIONS:
        healthy = op.healthy()
        schema = answer_schema(op.exchange, op.operation_id)
        for where in fields(op.exchange, schema, healthy):
            for text in hostile_values(where.schema):
                yield op, where, text


def _answer_of(body: bytes) -> Callable[[], Action]:
    return lambda: _json(body)


def _broken(structural: Structural, op: Operation) -> Callable[[], Action]:
    return lambda: structural.action(op)


def all_cases() -> list[Case]:
    cases: list[Case] = []
    rng = random.Random(SEED)
    for mode, backend in MODES:
        by_field: dict[tuple[str, str], list[tuple[Operation, Field, str]]] = {}
        for op, where, text in _value_cases():
            by_field.setdefault((op.name + op.exchange, where.id), []).append((op, where, text))
        for group in by_field.values():
            chosen = group if FULL else [rng.choice(group)]
            for op, where, text in chosen:
                body = with_value(op.healthy(), where, text)
                cases.append(Case(op, mode, backend, f"{where.id}={text}", _answer_of(body)))
        for structural in STRUCTURAL:
            ops = [
                op
                for op in OPERATIONS
                if FULL or not structural.waits or op.name in ("balances", "create_order")
            ]
            for op in ops:
                cases.append(Case(op, mode, backend, structural.name, _broken(structural, op)))
    return cases


# ---------------------------------------------------------------------------- one run


@dataclass
class Verdict:
    error: BaseException | None
    elapsed: float
    budget: float
    orders: int
    texts: list[str]
    peak_growth: int

    @property
    def typed(self) -> bool:
        return self.error is None or isinstance(self.error, TradespecError)

    @property
    def in_time(self) -> bool:
        return self.elapsed <= self.budget + SLACK

    @property
    def in_memory(self) -> bool:
        return self.peak_growth <= MEMORY_BOUND

    def secret_hits(self) -> int:
        return sum(text.count(secret) for text in self.texts for secret in matrix.SECRETS)


_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _resident() -> tuple[int, int] | None:
    """(current, peak) resident bytes of this process since the peak was last reset (Linux),
    or None where the kernel does not say."""
    try:
        status = _STATUS.read_text()
    except OSError:
        return None
    values = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    try:
        return int(values["VmRSS"].split()[0]) * 1024, int(values["VmHWM"].split()[0]) * 1024
    except (KeyError, ValueError):
        return None


def _reset_peak() -> int:
    """Start measuring the peak afresh (Linux: ``5`` to ``clear_refs``); the resident bytes
    now. Elsewhere the process's lifetime peak (``ru_maxrss``) stands in."""
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    measured = _resident()
    return 0 if measured is None else measured[0]


def _peak() -> int:
    measured = _resident()
    if measured is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return measured[1]


def _texts(value: object) -> list[str]:
    texts = matrix.describe(value)
    if isinstance(value, BaseException):
        for exc in _chain(value):
            frames = traceback.TracebackException.from_exception(exc, capture_locals=True)
            texts.append("".join(frames.format()))
    return texts


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__, getattr(current, "cause", None)]


def _client(op: Operation, mode: str, url: str, http: Any) -> Any:
    kwargs: dict[str, Any] = {
        "base_url": url,
        "max_retries": MAX_RETRIES,
        "timeout": TIMEOUT,
        "max_response_bytes": CAP,
    }
    if http is not None:
        kwargs["http_client"] = http
    from tradespec import AltMarket, AsyncAltMarket, AsyncHashgreen, Hashgreen

    if op.exchange == "altmarket":
        cls: Any = AltMarket if mode == "sync" else AsyncAltMarket
        return cls(matrix.KEY, matrix.SECRET, **kwargs)
    cls = Hashgreen if mode == "sync" else AsyncHashgreen
    return cls(matrix.TOKEN, **kwargs)


def _healthy(op: Operation) -> Callable[[Request], Action]:
    return lambda request: respond_json(op.healthy())


def _healthy_routes(server: FaultServer, exchange: str) -> None:
    for other in OPERATIONS:
        if other.exchange == exchange:
            server.default(other.method, other.path, _healthy(other))


def _break(server: FaultServer, op: Operation, broken: Callable[[], Action]) -> None:
    server.default(op.method, op.path, lambda r: broken())


def run(case: Case) -> Verdict:
    """Carry ``case`` out on a fresh server and a fresh client, at DEBUG logging."""
    prepare()
    op = case.operation
    start = _reset_peak()
    with FaultServer() as server, matrix.debug_logs() as logs:
        _healthy_routes(server, op.exchange)
        http: Any = None
        if case.backend == "httpx":
            http = httpx.Client() if case.mode == "sync" else httpx.AsyncClient()
        client = _client(op, case.mode, server.url, http)
        if case.mode == "sync":
            error, elapsed, result = _run_sync(case, server, client)
            if http is not None:
                http.close()
        else:
            error, elapsed, result = asyncio.run(_run_async(case, server, client, http))
        texts = (
            [repr(client), repr(result), str(result), *_texts(error)]
            if error
            else [repr(client), repr(result), str(result)]
        )
        order_requests = len(server.to(op.method, op.path)) if op.order else 0
    texts += logs
    budget = (MAX_RETRIES + 1) * TIMEOUT
    return Verdict(error, elapsed, budget, order_requests, texts, _peak() - start)


def _no_sleep(delay: float) -> None:
    """Backoffs are recorded by the matrix; here they are skipped, so the budget is attempts."""


def _run_sync(
    case: Case, server: FaultServer, client: Any
) -> tuple[BaseException | None, float, Any]:
    op = case.operation
    with client:
        client.markets()
        if op.exchange == "altmarket":
            client.assets()
        _break(server, op, case.answer)
        client._transport.sleep = _no_sleep
        started = time.monotonic()
        try:
            result = _touch(op.call(client))
        except Exception as exc:
            return exc, time.monotonic() - started, None
        return None, time.monotonic() - started, result


async def _run_async(
    case: Case, server: FaultServer, client: Any, http: Any
) -> tuple[BaseException | None, float, Any]:
    op = case.operation
    try:
        async with client:
            await client.markets()
            if op.exchange == "altmarket":
                await client.assets()
            _break(server, op, case.answer)

            async def no_sleep(delay: float) -> None:
                await asyncio.sleep(0)

            client._transport.sleep = no_sleep
            started = time.monotonic()
            try:
                result = _touch(await op.call(client))
            except Exception as exc:
                return exc, time.monotonic() - started, None
            return None, time.monotonic() - started, result
    finally:
        if http is not None:
            await http.aclose()
