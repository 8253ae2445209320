"""``nox -s bench``: what tradespec costs over the floor no client can beat, as ratios.

Every row compares tradespec with a baseline measured in the same run, interleaved round by
round, and reports the median of the per-round ratios: these machines are shared and noisy, so
absolute times mean nothing across runs, but a ratio taken seconds apart does.

All traffic stays on 127.0.0.1. The canned server (canned_server.py) runs in its own process.
"""

from __future__ import annotations

import asyncio
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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import httpx

from bench import payloads

KEY = "bench-key"
SECRET = "bench-secret"
QUICK = os.environ.get("BENCH_QUICK") == "1"
ROUNDS = 5 if QUICK else 15


@dataclass
class Row:
    name: str
    measured: str
    ratio: float
    target: str
    ok: bool


def median_ratio(
    rounds: int, baseline: Callable[[], float], candidate: Callable[[], float]
) -> float:
    """Median over rounds of candidate/baseline, the two measured back to back each round."""
    ratios = []
    for i in range(rounds):
        # Alternate which goes first, so neither always gets the warmer caches.
        if i % 2:
            c = candidate()
            b = baseline()
        else:
            b = baseline()
            c = candidate()
        ratios.append(c / b)
    return statistics.median(ratios)


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
    from tradespec import AltMarket, AsyncAltMarket, AsyncHashgreen, Hashgreen

    alt_url = server.url + payloads.ALT
    hg_url = server.url + payloads.HG
    balance_url = alt_url + "/api/wallet/balance"
    book_url = hg_url + "/trades/book"
    n = 100 if QUICK else 300
    rows = []

    with (
        httpx.Client() as raw,
        AltMarket(KEY, SECRET, base_url=alt_url) as alt,
        Hashgreen(base_url=hg_url) as hg,
    ):

        def raw_balances() -> object:
            url, headers = raw_signed_get(balance_url)
            return json.loads(raw.get(url, headers=headers).content)

        def raw_book() -> object:
            return json.loads(raw.get(book_url, params={"market_id": payloads.MARKET_ID}).content)

        alt.markets()  # the client's one-time work (clock offset, scales) is not per call
        hg.order_book("XCH-USDS")
        for name, base, cand in [
            ("per call, sync: AltMarket balances()", raw_balances, alt.balances),
            ("per call, sync: Hashgreen order_book()", raw_book, lambda: hg.order_book("XCH-USDS")),
        ]:
            base(), cand()
            ratio = median_ratio(ROUNDS, timed(base, n), timed(cand, n))
            rows.append(Row(name, f"{n} calls/round", ratio, "<= 1.10x", ratio <= 1.10))

    loop = asyncio.new_event_loop()
    try:

        async def open_clients() -> tuple[httpx.AsyncClient, AsyncAltMarket, AsyncHashgreen]:
            return (
                httpx.AsyncClient(),
                AsyncAltMarket(KEY, SECRET, base_url=alt_url),
                AsyncHashgreen(base_url=hg_url),
            )

        araw, aalt, ahg = loop.run_until_complete(open_clients())

        async def araw_balances() -> object:
            url, headers = raw_signed_get(balance_url)
            return json.loads((await araw.get(url, headers=headers)).content)

        async def araw_book() -> object:
            response = await araw.get(book_url, params={"market_id": payloads.MARKET_ID})
            return json.loads(response.content)

        async def book() -> object:
            return await ahg.order_book("XCH-USDS")

        loop.run_until_complete(aalt.markets())
        loop.run_until_complete(book())
        for name, abase, acand in [
            ("per call, async: AltMarket balances()", araw_balances, aalt.balances),
            ("per call, async: Hashgreen order_book()", araw_book, book),
        ]:
            loop.run_until_complete(abase())
            loop.run_until_complete(acand())
            ratio = median_ratio(ROUNDS, timed_async(loop, abase, n), timed_async(loop, acand, n))
            rows.append(Row(name, f"{n} calls/round", ratio, "<= 1.10x", ratio <= 1.10))

        rows.append(fan_out_row(loop, araw, aalt, balance_url))

        async def close() -> None:
            await araw.aclose()
            await aalt.aclose()
            await ahg.aclose()

        loop.run_until_complete(close())
    finally:
        loop.close()
    return rows


def fan_out_row(
    loop: asyncio.AbstractEventLoop, raw: httpx.AsyncClient, client: object, balance_url: str
) -> Row:
    from tradespec import AsyncAltMarket

    assert isinstance(client, AsyncAltMarket)
    fan = 1000

    async def raw_one() -> object:
        url, headers = raw_signed_get(balance_url)
        return json.loads((await raw.get(url, headers=headers)).content)

    async def raw_all() -> None:
        await asyncio.gather(*(raw_one() for _ in range(fan)))

    async def client_all() -> None:
        await asyncio.gather(*(client.balances() for _ in range(fan)))

    def raw_round() -> float:
        start = time.perf_counter()
        loop.run_until_complete(raw_all())
        return time.perf_counter() - start

    def client_round() -> float:
        start = time.perf_counter()
        loop.run_until_complete(client_all())
        return time.perf_counter() - start

    raw_round(), client_round()
    # Throughput ratio = baseline time / tradespec time.
    time_ratio = median_ratio(max(ROUNDS // 3, 3), raw_round, client_round)
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

    book = payloads.hashgreen_book(10_000)
    per_page, total = 1000, 10_000
    pages = {p: payloads.altmarket_order_page(p, per_page, total) for p in range(1, 11)}
    routes = {
        payloads.HG + "/markets": payloads.hashgreen_markets(),
        payloads.HG + "/trades/book": book,
        payloads.ALT + "/api/markets": payloads.altmarket_markets(),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/api/order_history"):
            page = int(request.url.params.get("Page", "1"))
            body = pages.get(page, payloads.altmarket_order_page(page, per_page, total))
            return httpx.Response(200, content=body)
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

    rows = []
    for name, base, cand in [
        ("big answer: 10,000-level book, time", loads_book, parse_book),
        ("big answer: 10,000 orders in 10 pages, time", loads_history, parse_history),
    ]:
        cand()
        ratio = median_ratio(ROUNDS, timed(base, 1), timed(cand, 1))
        rows.append(Row(name, "vs json.loads", ratio, "<= 3x", ratio <= 3))
        peak = peak_memory(cand) / peak_memory(base)
        rows.append(
            Row(name.replace("time", "peak memory"), "tracemalloc", peak, "<= 3x", peak <= 3)
        )
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


IMPORT_PROBE = """
import sys, time
t = time.perf_counter()
import {module}
elapsed = time.perf_counter() - t
heavy = [m for m in ("pydantic", "fastapi", "tradespec_sandbox", "uvicorn") if m in sys.modules]
print(elapsed, ",".join(heavy))
"""


def import_row() -> Row:
    def probe(module: str) -> tuple[float, str]:
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE.format(module=module)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        return float(out[0]), (out[1] if len(out) > 1 else "")

    heavy_seen: set[str] = set()

    def tradespec_round() -> float:
        elapsed, heavy = probe("tradespec")
        if heavy:
            heavy_seen.update(heavy.split(","))
        return elapsed

    ratio = median_ratio(ROUNDS, lambda: probe("httpx")[0], tradespec_round)
    note = "fresh process" if not heavy_seen else f"imports {sorted(heavy_seen)}!"
    return Row(
        "import tradespec vs import httpx", note, ratio, "<= 1.5x", ratio <= 1.5 and not heavy_seen
    )


def sandbox_row() -> Row:
    from bench.sandbox_load import matched_orders_per_second

    rate = matched_orders_per_second(quick=QUICK)
    return Row(
        "sandbox: limit orders matched per second", "orders/s", rate, ">= 2000/s", rate >= 2000
    )


def main() -> int:
    rows: list[Row] = []
    server = CannedServer()
    try:
        rows += per_call_rows(server)
    finally:
        server.close()
    rows += big_answer_rows()
    rows.append(import_row())
    rows.append(sandbox_row())
    print(render(rows))
    return 0


def render(rows: list[Row]) -> str:
    head = (
        f"tradespec benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"{ROUNDS} rounds, median ratio per row"
    )
    lines = [head, "", "| row | measured | result | target | met |", "|---|---|---|---|---|"]
    for r in rows:
        value = f"{r.ratio:,.0f}" if r.measured == "orders/s" else f"{r.ratio:.2f}x"
        lines.append(
            f"| {r.name} | {r.measured} | {value} | {r.target} | {'yes' if r.ok else 'NO'} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
