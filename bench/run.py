"""``nox -s bench``: what tradespec costs over the floor no client can beat, as ratios.

Every row compares tradespec with a baseline measured in the same run, interleaved: these
machines are shared and noisy, so absolute times mean nothing across runs, but a ratio taken
side by side does. One call at a time is interleaved call by call (the median call of each
side); a fan-out of a thousand, round by round (each side's fastest round: the machine's
swings only add time); the other rows, round by round (the median of the per-round ratios).

All traffic stays on 127.0.0.1. The canned server (canned_server.py) runs in its own process.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import hmac
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlencode

import httpx

from bench import payloads

T = TypeVar("T")
KEY = "bench-key"
SECRET = "bench-secret"
QUICK = os.environ.get("BENCH_QUICK") == "1"
ROUNDS = 5 if QUICK else 15
# A fresh process costs a tenth of a second: the import rows afford three times the rounds,
# which steadies their median (one process's import varies by several percent).
IMPORT_ROUNDS = 3 * ROUNDS
BIG_ROUNDS = 3 * ROUNDS
"""Rounds of a big-answer row: a garbage collection of the whole heap lands in one round's
baseline or candidate, and moves that round's ratio by a third."""
FAN_OUT_ROUNDS = 3 * ROUNDS
"""Rounds of each side of a fan-out of 1,000 against raw aiohttp. Each side's fastest of 15
rounds gave 0.91x to 1.33x for the same code in six runs back to back; of 45, 1.07x to 1.16x."""


INFO = "none (for information)"
INTERLEAVED = "median of {} calls each, in turn"
FASTEST = "fastest of {} rounds each"


@dataclass
class Row:
    name: str
    measured: str
    ratio: float
    target: str
    ok: bool


def _rounds(
    rounds: int, baseline: Callable[[], float], candidate: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """Each side's round times, the two measured back to back each round."""
    base: list[float] = []
    cand: list[float] = []
    for i in range(rounds):
        # Alternate which goes first, so neither always gets the warmer caches.
        if i % 2:
            cand.append(candidate())
            base.append(baseline())
        else:
            base.append(baseline())
            cand.append(candidate())
    return base, cand


def median_ratio(
    rounds: int, baseline: Callable[[], float], candidate: Callable[[], float]
) -> float:
    """Median over rounds of candidate/baseline, the two measured back to back each round."""
    base, cand = _rounds(rounds, baseline, candidate)
    return statistics.median(c / b for b, c in zip(base, cand, strict=True))


def _turns(calls: int, baseline: T, candidate: T) -> list[tuple[T, T]]:
    """The pairs of calls of an interleaved row: the baseline first in every other pair."""
    return [(baseline, candidate) if i % 2 else (candidate, baseline) for i in range(calls)]


def _ratio_of(stamps: list[tuple[int, int, int]]) -> float:
    """The median candidate call over the median baseline call, from each pair's three clock
    readings (in :func:`_turns`' order)."""
    firsts = [middle - start for start, middle, _ in stamps]
    seconds = [end - middle for _, middle, end in stamps]
    cand = firsts[0::2] + seconds[1::2]
    base = seconds[0::2] + firsts[1::2]
    return statistics.median(cand) / statistics.median(base)


def interleaved_ratio(
    calls: int, baseline: Callable[[], object], candidate: Callable[[], object]
) -> float:
    """The median of the candidate's call times over the baseline's, the two called in turn,
    one call each: on these machines the speed swings by half from one second to the next
    (rounds of a second read 0.26 to 0.59 s for the same work), which a ratio of rounds
    inherits, while two calls a few hundred microseconds apart see the same machine."""
    clock = time.perf_counter_ns
    stamps = []
    for first, second in _turns(calls, baseline, candidate):
        start = clock()
        first()
        middle = clock()
        second()
        stamps.append((start, middle, clock()))
    return _ratio_of(stamps)


def interleaved_ratio_async(
    loop: asyncio.AbstractEventLoop,
    calls: int,
    baseline: Callable[[], Awaitable[object]],
    candidate: Callable[[], Awaitable[object]],
) -> float:
    """:func:`interleaved_ratio` for coroutines, all in one run of the loop."""
    clock = time.perf_counter_ns

    async def run() -> list[tuple[int, int, int]]:
        stamps = []
        for first, second in _turns(calls, baseline, candidate):
            start = clock()
            await first()
            middle = clock()
            await second()
            stamps.append((start, middle, clock()))
        return stamps

    return _ratio_of(loop.run_until_complete(run()))


def min_ratio(rounds: int, baseline: Callable[[], float], candidate: Callable[[], float]) -> float:
    """The candidate's fastest round over the baseline's, the two measured back to back each
    round: for work too long to interleave call by call (a fan-out of a thousand), where the
    machine's swings only ever add time, so each side's fastest round is its own cost."""
    base, cand = _rounds(rounds, baseline, candidate)
    return min(cand) / min(base)


def timed(fn: Callable[[], object], n: int) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        for _ in range(n):
            fn()
        return time.perf_counter() - start

    return run


def timed_async(
    loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[object]], n: int
) -> Callable[[], float]:
    async def many() -> None:
        for _ in range(n):
            await fn()

    def run() -> float:
        start = time.perf_counter()
        loop.run_until_complete(many())
        return time.perf_counter() - start

    return run


def sign(payload: str) -> str:
    return hmac.new(SECRET.encode(), payload.encode(), hashlib.sha512).hexdigest().upper()


def raw_signed_get(url: str) -> tuple[str, dict[str, str]]:
    """What a careful user would write by hand: ts in the query, Key and Sign headers."""
    query = urlencode({"ts": datetime.now(UTC).replace(tzinfo=None).isoformat()})
    return f"{url}?{query}", {"Key": KEY, "Sign": sign("?" + query)}


class CannedServer:
    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory()
        port_file = Path(self._dir.name) / "port"
        self._proc = subprocess.Popen([sys.executable, "-m", "bench.canned_server", str(port_file)])
        deadline = time.monotonic() + 20
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline or self._proc.poll() is not None:
                raise RuntimeError("the canned server did not start")
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{port_file.read_text()}"

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(10)
        self._dir.cleanup()


def per_call_rows(server: CannedServer) -> list[Row]:
    """One call at a time on a kept-alive connection: tradespec given an httpx client
    (``http_client=``) against raw httpx by hand."""
    from tradespec import AltMarket, AsyncAltMarket, AsyncHashgreen, Hashgreen

    alt_url = server.url + payloads.ALT
    hg_url = server.url + payloads.HG
    balance_url = alt_url + "/api/wallet/balance"
    book_url = hg_url + "/trades/book"
    n = 100 if QUICK else 300
    rows = []

    with (
        httpx.Client() as raw,
        httpx.Client() as given,
        AltMarket(KEY, SECRET, base_url=alt_url, http_client=given) as alt,
        Hashgreen(base_url=hg_url, http_client=given) as hg,
    ):

        def raw_balances() -> object:
            url, headers = raw_signed_get(balance_url)
            return json.loads(raw.get(url, headers=headers).content)

        def raw_book() -> object:
            return json.loads(raw.get(book_url, params={"market_id": payloads.MARKET_ID}).content)

        unobserved(alt, hg)
        alt.markets()  # the client's one-time work (clock offset, scales) is not per call
        hg.order_book("XCH-USDS")
        cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
            ("per call, sync: AltMarket balances()", raw_balances, alt.balances),
            ("per call, sync: Hashgreen order_book()", raw_book, lambda: hg.order_book("XCH-USDS")),
        ]
        for name, base, cand in cases:
            base(), cand()
            ratio = interleaved_ratio(ROUNDS * n, base, cand)
            rows.append(Row(name, INTERLEAVED.format(ROUNDS * n), ratio, "<= 1.10x", ratio <= 1.10))

    loop = asyncio.new_event_loop()
    try:

        async def open_clients() -> tuple[
            httpx.AsyncClient, httpx.AsyncClient, AsyncAltMarket, AsyncHashgreen
        ]:
            given = httpx.AsyncClient()
            return (
                httpx.AsyncClient(),
                given,
                AsyncAltMarket(KEY, SECRET, base_url=alt_url, http_client=given),
                AsyncHashgreen(base_url=hg_url, http_client=given),
            )

        araw, agiven, aalt, ahg = loop.run_until_complete(open_clients())

        async def araw_balances() -> object:
            url, headers = raw_signed_get(balance_url)
            return json.loads((await araw.get(url, headers=headers)).content)

        async def araw_book() -> object:
            response = await araw.get(book_url, params={"market_id": payloads.MARKET_ID})
            return json.loads(response.content)

        async def book() -> object:
            return await ahg.order_book("XCH-USDS")

        try:
            loop.run_until_complete(aalt.markets())
            loop.run_until_complete(book())
            for name, abase, acand in [
                ("per call, async: AltMarket balances()", araw_balances, aalt.balances),
                ("per call, async: Hashgreen order_book()", araw_book, book),
            ]:
                loop.run_until_complete(abase())
                loop.run_until_complete(acand())
                ratio = interleaved_ratio_async(loop, ROUNDS * n, abase, acand)
                rows.append(
                    Row(name, INTERLEAVED.format(ROUNDS * n), ratio, "<= 1.10x", ratio <= 1.10)
                )
        finally:

            async def close() -> None:
                await araw.aclose()
                await aalt.aclose()
                await ahg.aclose()
                await agiven.aclose()

            loop.run_until_complete(close())
    finally:
        loop.close()
    return rows


# The per-call floors, each for two answers: the small one (five rows) and the eight-row
# balance answer (payloads.ALT8), whose parsing weighs more in the call.
FLOOR_ANSWERS = (("", payloads.ALT), (", 8 rows", payloads.ALT8))
FLOOR_TARGET = 1.10
MEMORY_TARGET = 1.20


def floor_rows(server: CannedServer) -> list[Row]:
    """tradespec on its default transports against the fastest raw client of each mode, by
    hand on a kept-alive connection: urllib3 (sync), aiohttp (async, and a fan-out of 1,000),
    and the memory a call in flight holds in that fan-out."""
    rows = []
    for label, prefix in FLOOR_ANSWERS:
        rows += sync_floor_rows(server.url + prefix, label)
        rows += async_floor_rows(server.url + prefix, label)
    return rows


def floor_row(name: str, measured: str, ratio: float) -> Row:
    target = f"<= {FLOOR_TARGET:.2f}x"
    return Row(name, measured, ratio, target, ratio <= FLOOR_TARGET)


def sync_floor_rows(alt_url: str, label: str) -> list[Row]:
    import urllib3
    from tradespec import AltMarket

    balance_url = alt_url + "/api/wallet/balance"
    n = 100 if QUICK else 300
    pool = urllib3.PoolManager(maxsize=20)
    with AltMarket(KEY, SECRET, base_url=alt_url) as alt:

        def raw_balances() -> object:
            url, headers = raw_signed_get(balance_url)
            return json.loads(pool.request("GET", url, headers=headers).data)

        unobserved(alt)
        alt.markets()
        raw_balances(), alt.balances()
        ratio = interleaved_ratio(ROUNDS * n, raw_balances, alt.balances)
    pool.clear()
    name = f"sync signed call vs raw urllib3: balances(){label}"
    return [floor_row(name, INTERLEAVED.format(ROUNDS * n), ratio)]


def async_floor_rows(alt_url: str, label: str) -> list[Row]:
    import aiohttp
    from tradespec import AsyncAltMarket

    balance_url = alt_url + "/api/wallet/balance"
    n = 100 if QUICK else 300
    rows = []
    loop = asyncio.new_event_loop()
    try:

        async def open_clients() -> tuple[aiohttp.ClientSession, AsyncAltMarket]:
            connector = aiohttp.TCPConnector(limit=100)
            return (
                aiohttp.ClientSession(connector=connector),
                AsyncAltMarket(KEY, SECRET, base_url=alt_url, timeout=FAN_OUT_TIMEOUT),
            )

        session, client = loop.run_until_complete(open_clients())

        async def raw_one() -> object:
            url, headers = raw_signed_get(balance_url)
            async with session.get(url, headers=headers) as response:
                return json.loads(await response.read())

        async def fan(one: Callable[[], Coroutine[object, None, object]]) -> None:
            async with asyncio.TaskGroup() as group:
                for _ in range(FAN_OUT):
                    group.create_task(one())

        def rounds(one: Callable[[], Coroutine[object, None, object]]) -> Callable[[], float]:
            def run() -> float:
                start = time.perf_counter()
                loop.run_until_complete(fan(one))
                return time.perf_counter() - start

            return run

        def in_flight(one: Callable[[], Coroutine[object, None, object]]) -> float:
            """tracemalloc's peak over one fan-out, per call: what a call in flight holds."""
            gc.collect()
            tracemalloc.start()
            try:
                loop.run_until_complete(fan(one))
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            return peak / FAN_OUT

        try:
            unobserved(client)
            loop.run_until_complete(client.markets())
            loop.run_until_complete(raw_one())
            loop.run_until_complete(client.balances())
            ratio = interleaved_ratio_async(loop, ROUNDS * n, raw_one, client.balances)
            name = f"async signed call vs raw aiohttp: balances(){label}"
            rows.append(floor_row(name, INTERLEAVED.format(ROUNDS * n), ratio))
            rounds(raw_one)(), rounds(client.balances)()  # both pools filled
            # A round takes a tenth of a second or so: the row affords three times the rounds,
            # and needs them (the ratio of one round varies by a quarter on a shared machine).
            ratio = min_ratio(FAN_OUT_ROUNDS, rounds(raw_one), rounds(client.balances))
            name = f"async fan-out vs raw aiohttp: 1,000 concurrent signed GETs{label}"
            rows.append(floor_row(name, FASTEST.format(FAN_OUT_ROUNDS), ratio))
            # Memory is steady from run to run: three rounds give its median.
            raw_bytes = [in_flight(raw_one) for _ in range(3)]
            ours = [in_flight(client.balances) for _ in range(3)]
            ratio = statistics.median(ours) / statistics.median(raw_bytes)
            rows.append(
                Row(
                    f"memory per call in flight vs raw aiohttp, fan-out of 1,000{label}",
                    f"{statistics.median(ours) / 1024:.1f} KiB a call",
                    ratio,
                    f"<= {MEMORY_TARGET:.2f}x",
                    ratio <= MEMORY_TARGET,
                )
            )
        finally:

            async def close() -> None:
                await client.aclose()
                await session.close()

            loop.run_until_complete(close())
    finally:
        loop.close()
    return rows


def unobserved(*clients: object) -> None:
    """The rows against raw clients measure tradespec with observability off: no hook, no
    ``TRADESPEC_LOG``, no OpenTelemetry (the bench installs no ``otel`` extra), so no observer
    is attached to the client's send loop."""
    for client in clients:
        assert getattr(client, "_observer", None) is None, f"{client!r} is observed"


def observe_rows(server: CannedServer) -> list[Row]:
    """What observability costs when it is on: the same signed call on two clients of one
    kind (default transports), one with an ``on_request`` hook (a no-op) and one without."""
    from tradespec import AltMarket, AsyncAltMarket, RequestEvent

    alt_url = server.url + payloads.ALT
    n = 100 if QUICK else 300
    seen: list[int] = []

    def hook(event: RequestEvent) -> None:
        seen.append(event.attempt)

    rows = []
    with (
        AltMarket(KEY, SECRET, base_url=alt_url) as off,
        AltMarket(KEY, SECRET, base_url=alt_url, on_request=hook) as on,
    ):
        unobserved(off)
        off.markets(), on.markets()
        off.balances(), on.balances()
        ratio = median_ratio(ROUNDS, timed(off.balances, n), timed(on.balances, n))
        rows.append(
            Row("observability on (an on_request hook) vs off, sync balances()",
                f"{n} calls/round", ratio, INFO, True)
        )  # fmt: skip
    loop = asyncio.new_event_loop()
    try:

        async def open_clients() -> tuple[AsyncAltMarket, AsyncAltMarket]:
            return (
                AsyncAltMarket(KEY, SECRET, base_url=alt_url),
                AsyncAltMarket(KEY, SECRET, base_url=alt_url, on_request=hook),
            )

        aoff, aon = loop.run_until_complete(open_clients())
        try:
            unobserved(aoff)
            loop.run_until_complete(aoff.markets())
            loop.run_until_complete(aon.markets())
            ratio = median_ratio(
                ROUNDS, timed_async(loop, aoff.balances, n), timed_async(loop, aon.balances, n)
            )
            rows.append(
                Row("observability on (an on_request hook) vs off, async balances()",
                    f"{n} calls/round", ratio, INFO, True)
            )  # fmt: skip
        finally:

            async def close() -> None:
                await aoff.aclose()
                await aon.aclose()

            loop.run_until_complete(close())
    finally:
        loop.close()
    assert seen, "the hook never ran"
    return rows


def fan_out_rows(server: CannedServer) -> list[Row]:
    loop = asyncio.new_event_loop()
    try:
        return [fan_out_row(loop, server.url + payloads.ALT)]
    finally:
        loop.close()


FAN_OUT = 1000
# Both sides of the fan-out get the same pool and the same generous timeout: 1,000 requests
# share httpx's default pool of 100 connections, and on a loaded machine the last of them can
# wait longer in the pool than a default timeout allows (a PoolTimeout measures nothing).
FAN_OUT_TIMEOUT = 120.0
FAN_OUT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


def fan_out_row(loop: asyncio.AbstractEventLoop, alt_url: str) -> Row:
    """1,000 concurrent signed GETs: one AsyncAltMarket against one raw httpx.AsyncClient.

    Each round runs in a TaskGroup, so a failure cancels the requests still running instead of
    leaving them to pile onto the next round.
    """
    from tradespec import AsyncAltMarket

    balance_url = alt_url + "/api/wallet/balance"

    async def open_clients() -> tuple[httpx.AsyncClient, httpx.AsyncClient, AsyncAltMarket]:
        raw = httpx.AsyncClient(timeout=FAN_OUT_TIMEOUT, limits=FAN_OUT_LIMITS)
        http = httpx.AsyncClient(timeout=FAN_OUT_TIMEOUT, limits=FAN_OUT_LIMITS)
        client = AsyncAltMarket(
            KEY, SECRET, base_url=alt_url, timeout=FAN_OUT_TIMEOUT, http_client=http
        )
        return raw, http, client

    raw, http, client = loop.run_until_complete(open_clients())

    async def raw_one() -> object:
        url, headers = raw_signed_get(balance_url)
        return json.loads((await raw.get(url, headers=headers)).content)

    async def fan(one: Callable[[], Coroutine[object, None, object]]) -> None:
        async with asyncio.TaskGroup() as group:
            for _ in range(FAN_OUT):
                group.create_task(one())

    def raw_round() -> float:
        start = time.perf_counter()
        loop.run_until_complete(fan(raw_one))
        return time.perf_counter() - start

    def client_round() -> float:
        start = time.perf_counter()
        loop.run_until_complete(fan(client.balances))
        return time.perf_counter() - start

    try:
        raw_round(), client_round()  # warm: both pools filled, both code paths run once
        # Throughput ratio = baseline time / tradespec time.
        time_ratio = median_ratio(max(ROUNDS // 3, 3), raw_round, client_round)
    finally:

        async def close() -> None:
            await client.aclose()
            await http.aclose()
            await raw.aclose()

        loop.run_until_complete(close())
    throughput = 1 / time_ratio
    return Row(
        "async fan-out: 1,000 concurrent signed GETs",
        "throughput",
        throughput,
        ">= 0.90x",
        throughput >= 0.90,
    )


def big_answer_rows() -> list[Row]:
    """Parsing big answers into typed results with Decimal, against json.loads of the bytes.

    The answers come through an in-memory transport so that only parsing is measured (httpx's
    per-request cost, a few microseconds, is noise beside a 10,000-row parse).
    """
    from tradespec import AltMarket, Hashgreen
    from tradespec.drift import CHECKED_FIRST

    book = payloads.hashgreen_book(10_000)
    per_page, total = 1000, 10_000
    pages = {p: payloads.altmarket_order_page(p, per_page, total) for p in range(1, 11)}
    # The tenth page is full, so the client asks for an eleventh, which is empty. Every answer
    # is built here, before timing: the handler only looks one up.
    empty_page = payloads.altmarket_order_page(11, per_page, total)
    routes = {
        payloads.HG + "/markets": payloads.hashgreen_markets(),
        payloads.HG + "/trades/book": book,
        payloads.ALT + "/api/markets": payloads.altmarket_markets(),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/api/order_history"):
            page = int(request.url.params.get("Page", "1"))
            return httpx.Response(200, content=pages.get(page, empty_page))
        return httpx.Response(200, content=routes[path])

    transport = httpx.MockTransport(handler)
    hg = Hashgreen(
        base_url="http://127.0.0.1" + payloads.HG, http_client=httpx.Client(transport=transport)
    )
    alt = AltMarket(
        KEY,
        SECRET,
        base_url="http://127.0.0.1" + payloads.ALT,
        http_client=httpx.Client(transport=transport),
    )
    hg.markets()

    def parse_book() -> object:
        return hg.order_book("XCH-USDS")

    def loads_book() -> object:
        return json.loads(book)

    def parse_history() -> object:
        orders = list(alt.order_history(per_page=per_page))
        assert len(orders) == total, len(orders)
        return orders

    def loads_history() -> object:
        return [json.loads(body) for body in pages.values()]

    # tradespec reads a book's levels into Decimal on first access (BookSide): the rows above
    # measure the answer as returned (an order's money is Decimal already). These measure it with
    # every level and every money field read, for the whole picture; no target.
    def read_book() -> object:
        answer = hg.order_book("XCH-USDS")
        return list(answer.asks), list(answer.bids)

    def read_history() -> object:
        orders = list(alt.order_history(per_page=per_page))
        return [
            (o.amount, o.price, o.stop_price, o.units_filled, o.total, o.commission) for o in orders
        ]

    rows = []
    # A round times 5 books (a few milliseconds each, where one pause of the machine would be
    # a round's whole ratio) or one history of 10 pages.
    for name, base, cand, read, target, answers, calls in [
        ("big answer: 10,000-level book, time", loads_book, parse_book, read_book, 1.3, 1, 5),
        (
            "big answer: 10,000 orders in 10 pages, time",
            loads_history,
            parse_history,
            read_history,
            1.5,
            11,
            1,
        ),
    ]:
        # Past each operation's first answers, which the drift bookkeeping checks every one of
        # (the drift rows measure that): these rows time what a running client does.
        for _ in range(-(-CHECKED_FIRST // answers)):
            cand()
        ratio = median_ratio(BIG_ROUNDS, timed(base, calls), timed(cand, calls))
        rows.append(Row(name, "vs json.loads", ratio, f"<= {target}x", ratio <= target))
        peak = peak_memory(cand) / peak_memory(base)
        rows.append(
            Row(name.replace("time", "peak memory"), "tracemalloc", peak, "<= 3x", peak <= 3)
        )
        read()
        ratio = median_ratio(BIG_ROUNDS, timed(base, calls), timed(read, calls))
        rows.append(Row(name + ", every Decimal read", "vs json.loads", ratio, INFO, True))
    return rows


def drift_rows() -> list[Row]:
    """The drift bookkeeping on clean answers: a client with ``drift="collect"`` (the default)
    against one with ``drift="off"``, same answers through an in-memory transport (so that
    only reading is measured), after each operation's first answers (all of which are checked;
    later ones are sampled, see ``tradespec.drift``)."""
    from tradespec import AltMarket, Hashgreen
    from tradespec.drift import CHECKED_FIRST

    per_page = 1000
    routes = {
        payloads.ALT + "/api/markets": payloads.altmarket_markets(),
        payloads.ALT + "/api/wallet/balance": payloads.altmarket_balances(),
        payloads.ALT + "/api/order_history": payloads.altmarket_order_page(1, per_page, per_page),
        payloads.HG + "/markets": payloads.hashgreen_markets(),
        payloads.HG + "/trades/book": payloads.hashgreen_book(20),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=routes[request.url.path])

    def client(kind: type[AltMarket] | type[Hashgreen], drift: str) -> object:
        http = httpx.Client(transport=httpx.MockTransport(handler))
        if kind is AltMarket:
            return AltMarket(
                KEY, SECRET, base_url="http://127.0.0.1" + payloads.ALT, http_client=http,
                drift=drift,  # type: ignore[arg-type]
            )  # fmt: skip
        return Hashgreen(base_url="http://127.0.0.1" + payloads.HG, http_client=http, drift=drift)  # type: ignore[arg-type]

    on, off = client(AltMarket, "collect"), client(AltMarket, "off")
    hg_on, hg_off = client(Hashgreen, "collect"), client(Hashgreen, "off")
    assert isinstance(on, AltMarket) and isinstance(off, AltMarket)
    assert isinstance(hg_on, Hashgreen) and isinstance(hg_off, Hashgreen)
    n = 100 if QUICK else 300
    rows = []
    cases: list[tuple[str, Callable[[], object], Callable[[], object], int]] = [
        ("drift bookkeeping: AltMarket balances()", off.balances, on.balances, n),
        (
            "drift bookkeeping: a 1,000-order page",
            lambda: off.api.history.get_order_history(per_page=per_page),
            lambda: on.api.history.get_order_history(per_page=per_page),
            max(5, n // 30),
        ),
        (
            "drift bookkeeping: Hashgreen order_book()",
            lambda: hg_off.order_book("XCH-USDS"),
            lambda: hg_on.order_book("XCH-USDS"),
            n,
        ),
    ]
    for name, base, cand, calls in cases:
        for _ in range(2 * CHECKED_FIRST):
            base(), cand()
        ratio = median_ratio(ROUNDS, timed(base, calls), timed(cand, calls))
        rows.append(Row(name, "drift on vs off", ratio, "<= 1.03x", ratio <= 1.03))
    assert not on.drift_report() and not hg_on.drift_report(), "the canned answers drifted"
    for made in (on, off, hg_on, hg_off):
        assert isinstance(made, AltMarket | Hashgreen)
        made.close()
    return rows


def peak_memory(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return float(peak)


# httpx imports its command line tool's dependencies (click, rich, pygments) when they are
# installed, and this environment has click (the sandbox's uvicorn needs it): `import httpx`
# would cost some 10 ms more here than where only tradespec is installed, flattering every
# ratio. The probe hides them, on both sides, as `pip install tradespec` leaves them out.
IMPORT_PROBE = """
import sys, time
sys.modules.update(dict.fromkeys(("click", "rich", "pygments"), None))
t = time.perf_counter()
{statement}
elapsed = time.perf_counter() - t
heavy = [m for m in ("pydantic", "fastapi", "tradespec_sandbox", "uvicorn") if m in sys.modules]
generated = [m for m in sys.modules if m.startswith(("altmarket_client.", "hashgreen_client."))]
print(elapsed, len(generated), ",".join(heavy))
"""

# What users write: the package alone (all the issue asks), and the common case, a client.
IMPORT_STATEMENTS = [
    "import tradespec",
    "from tradespec import AltMarket",
    "from tradespec import Hashgreen",
]


IMPORT_TARGET = 1.0


def import_rows() -> list[Row]:
    """Each statement in a fresh process against ``import httpx`` in a fresh process.

    Only the statement is timed (not the interpreter's start), and the probe reports whether
    the sandbox's heavy dependencies were imported and how many generated modules were.
    """

    def probe(statement: str) -> tuple[float, int, str]:
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE.format(statement=statement)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        return float(out[0]), int(out[1]), (out[2] if len(out) > 2 else "")

    def row(statement: str) -> Row:
        heavy_seen: set[str] = set()
        generated_seen: set[int] = set()

        def candidate() -> float:
            elapsed, generated, heavy = probe(statement)
            generated_seen.add(generated)
            if heavy:
                heavy_seen.update(heavy.split(","))
            return elapsed

        ratio = median_ratio(IMPORT_ROUNDS, lambda: probe("import httpx")[0], candidate)
        if heavy_seen:
            note = f"imports {sorted(heavy_seen)}!"
        else:
            note = f"{max(generated_seen)} generated modules"
        ok = ratio <= IMPORT_TARGET and not heavy_seen
        return Row(f"`{statement}` vs `import httpx`", note, ratio, f"<= {IMPORT_TARGET}x", ok)

    return [row(statement) for statement in IMPORT_STATEMENTS]


def sandbox_rows() -> list[Row]:
    """The sandbox's matching rate, two ways: through AsyncAltMarket clients (the issue's row,
    where on 2 cores the one client process saturates first), and from minimal raw signed
    clients, which measures what the sandbox itself can match."""
    from bench.sandbox_load import run_load, sandbox_capacity

    through_clients = run_load(quick=QUICK).rate
    capacity = sandbox_capacity(quick=QUICK).rate
    return [
        Row(
            "sandbox: limit orders matched per second, AsyncAltMarket clients",
            "orders/s",
            through_clients,
            ">= 2000/s",
            through_clients >= 2000,
        ),
        Row(
            "sandbox: limit orders matched per second, minimal raw clients",
            "orders/s",
            capacity,
            ">= 2000/s",
            capacity >= 2000,
        ),
    ]


GROUPS = ("floors", "per-call", "fan-out", "observe", "big", "drift", "import", "sandbox")
# `nox -s bench -- big import` runs only those groups of rows (all of them by default).
SELECTED = frozenset(arg for arg in sys.argv[1:] if arg in GROUPS) or frozenset(GROUPS)


def main() -> int:
    unknown = [arg for arg in sys.argv[1:] if arg not in GROUPS]
    if unknown:
        print(f"unknown row groups {unknown}; choose from {', '.join(GROUPS)}", file=sys.stderr)
        return 2
    rows: list[Row] = []
    # Every group starts from a collected heap: httpx leaves some 40 objects in reference cycles
    # per request (raw and tradespec alike), and the fan-out's 30,000 left for the big-answer
    # rows made every garbage collection during their parsing walk them (10,000 orders: 3.25x
    # after the fan-out, 2.63x after a gc.collect(), same code).
    if SELECTED & {"floors", "per-call", "fan-out", "observe"}:
        server = CannedServer()
        try:
            if "floors" in SELECTED:
                gc.collect()
                rows += floor_rows(server)
            if "per-call" in SELECTED:
                gc.collect()
                rows += per_call_rows(server)
            if "fan-out" in SELECTED:
                gc.collect()
                rows += fan_out_rows(server)
            if "observe" in SELECTED:
                gc.collect()
                rows += observe_rows(server)
        finally:
            server.close()
    if "big" in SELECTED:
        gc.collect()
        rows += big_answer_rows()
    if "drift" in SELECTED:
        gc.collect()
        rows += drift_rows()
    if "import" in SELECTED:
        rows += import_rows()
    if "sandbox" in SELECTED:
        rows += sandbox_rows()
    print(render(rows))
    return 0


def render(rows: list[Row]) -> str:
    head = (
        f"tradespec benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"{ROUNDS} rounds ({IMPORT_ROUNDS} for imports and big answers); each row's estimate "
        "is in its 'measured' column"
    )
    lines = [head, "", "| row | measured | result | target | met |", "|---|---|---|---|---|"]
    for r in rows:
        value = f"{r.ratio:,.0f}" if r.measured == "orders/s" else f"{r.ratio:.2f}x"
        met = "-" if r.target == INFO else "yes" if r.ok else "NO"
        lines.append(f"| {r.name} | {r.measured} | {value} | {r.target} | {met} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
