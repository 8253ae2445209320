"""The sandbox's matching rate: limit orders matched per second, driven by async clients.

The sandbox runs in its own process (as a user would run it, ``python -m tradespec_sandbox``);
pairs of accounts place crossing limit orders through ``AsyncAltMarket`` over loopback, each
order matching the one before it, for a bounded number of rounds. The clock runs while orders
are placed; opening the clients and their first call (connect, fetch the markets) come before.

``python -m bench.sandbox_load`` also prints the CPU time the client process and the sandbox
spent meanwhile: both share the machine, and one client process can be the bottleneck.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from tradespec.altmarket import SideName

PAIRS = 8
ORDERS_PER_PAIR = 150
AMOUNT = Decimal("0.001")
PRICE = Decimal("100")


def start_sandbox() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tradespec_sandbox", "--port", "0", "--no-demo"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if "listening on" in line:
            url = line.rsplit(" ", 1)[1].strip()
            # wait until it answers
            for _ in range(200):
                try:
                    httpx.get(url + "/_sandbox/health", timeout=1)
                    return proc, url
                except httpx.TransportError:
                    time.sleep(0.05)
        if proc.poll() is not None:
            break
    proc.kill()
    raise RuntimeError("the sandbox did not start")


@dataclass(frozen=True)
class LoadResult:
    """One run: what matched in how long, and the CPU each side spent while orders were placed.

    The clients and the sandbox share the machine: when ``client_cpu`` is close to ``elapsed``
    the one client process is saturated, and the rate says more about the client than the
    sandbox. ``sandbox_cpu`` is None where the sandbox's CPU time cannot be read (not Linux).
    """

    placed: int
    matched: int
    elapsed: float
    client_cpu: float
    sandbox_cpu: float | None

    @property
    def rate(self) -> float:
        return self.matched / self.elapsed


def matched_orders_per_second(quick: bool = False) -> float:
    return run_load(quick).rate


def _process_cpu(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` so far, from /proc (Linux), else None."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def run_load(quick: bool = False) -> LoadResult:
    from tradespec import AsyncAltMarket

    proc, url = start_sandbox()
    per_pair = ORDERS_PER_PAIR // 3 if quick else ORDERS_PER_PAIR
    try:
        accounts = _funded_accounts(url)

        async def pair(b: AsyncAltMarket, s: AsyncAltMarket) -> int:
            for i in range(per_pair):
                maker, taker = (s, b) if i % 2 else (b, s)
                side_maker: SideName = "sell" if i % 2 else "buy"
                side_taker: SideName = "buy" if i % 2 else "sell"
                await maker.limit_order("btc_usdt", side_maker, AMOUNT, PRICE)
                await taker.limit_order("btc_usdt", side_taker, AMOUNT, PRICE)
            return 2 * per_pair

        async def run() -> tuple[int, float, float, float | None]:
            async with contextlib.AsyncExitStack() as stack:
                clients = [
                    await stack.enter_async_context(
                        AsyncAltMarket(a["api_key"], a["api_secret"], base_url=url + "/altmarket")
                    )
                    for a in accounts
                ]
                # Set-up, not matching, so before the clock starts: opening each client (its
                # connection pool and TLS context) and its first call, which connects and
                # fetches the market list orders are checked against.
                await asyncio.gather(*(client.markets() for client in clients))
                cpu, sandbox_cpu = time.process_time(), _process_cpu(proc.pid)
                start = time.perf_counter()
                results = await asyncio.gather(
                    *(pair(clients[2 * i], clients[2 * i + 1]) for i in range(PAIRS))
                )
                elapsed = time.perf_counter() - start
                cpu = time.process_time() - cpu
                sandbox_end = _process_cpu(proc.pid)
                if sandbox_cpu is not None and sandbox_end is not None:
                    sandbox_cpu = sandbox_end - sandbox_cpu
                return sum(results), elapsed, cpu, sandbox_cpu

        placed, elapsed, client_cpu, sandbox_cpu = asyncio.run(run())
        matched = _count_matched(url, accounts)
        if matched < placed // 2:
            raise RuntimeError(f"only {matched} of {placed} orders matched")
        return LoadResult(placed, matched, elapsed, client_cpu, sandbox_cpu)
    finally:
        proc.terminate()
        proc.wait(10)


async def _raw_pair(
    host: str, port: int, buyer: dict[str, str], seller: dict[str, str], per_pair: int
) -> int:
    """Crossing limit orders over two raw keep-alive connections, signed as DESIGN.md says.

    The least a client can do per order (one json.dumps, one HMAC, one write, one read), so that
    the rate measures the sandbox rather than the client.
    """
    conns = [await asyncio.open_connection(host, port) for _ in range(2)]
    macs = [hmac.new(a["api_secret"].encode(), digestmod=hashlib.sha512) for a in (buyer, seller)]
    keys = [buyer["api_key"], seller["api_key"]]
    try:
        for i in range(per_pair):
            order = (1, 0) if i % 2 else (0, 1)  # who makes, who takes: alternate
            for who in order:
                reader, writer = conns[who]
                side = "buy" if who == 0 else "sell"
                body = json.dumps(
                    {
                        "order": {
                            "instrument": "btc_usdt",
                            "type": side,
                            "amount": float(AMOUNT),
                            "price": float(PRICE),
                            "isLimit": True,
                            "isStop": False,
                        },
                        "ts": datetime.now(UTC).replace(tzinfo=None).isoformat(),
                    }
                ).encode()
                mac = macs[who].copy()
                mac.update(body)
                head = (
                    f"POST /altmarket/api/order HTTP/1.1\r\nHost: {host}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                    f"Key: {keys[who]}\r\nSign: {mac.hexdigest().upper()}\r\n\r\n"
                )
                writer.write(head.encode() + body)
                response = await reader.readuntil(b"\r\n\r\n")
                if not response.startswith(b"HTTP/1.1 200"):
                    raise RuntimeError(response.decode(errors="replace"))
                length = int(response.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                await reader.readexactly(length)
        return 2 * per_pair
    finally:
        for _, writer in conns:
            writer.close()


def sandbox_capacity(quick: bool = False) -> LoadResult:
    """The sandbox's own matching rate: the same crossing orders from minimal raw clients."""
    proc, url = start_sandbox()
    per_pair = ORDERS_PER_PAIR // 3 if quick else ORDERS_PER_PAIR
    host, port = url.removeprefix("http://").rsplit(":", 1)
    try:
        accounts = _funded_accounts(url)

        async def run() -> tuple[int, float, float, float | None]:
            cpu, sandbox_cpu = time.process_time(), _process_cpu(proc.pid)
            start = time.perf_counter()
            results = await asyncio.gather(
                *(
                    _raw_pair(host, int(port), accounts[2 * i], accounts[2 * i + 1], per_pair)
                    for i in range(PAIRS)
                )
            )
            elapsed = time.perf_counter() - start
            cpu = time.process_time() - cpu
            sandbox_end = _process_cpu(proc.pid)
            if sandbox_cpu is not None and sandbox_end is not None:
                sandbox_cpu = sandbox_end - sandbox_cpu
            return sum(results), elapsed, cpu, sandbox_cpu

        placed, elapsed, client_cpu, sandbox_cpu = asyncio.run(run())
        matched = _count_matched(url, accounts)
        if matched < placed // 2:
            raise RuntimeError(f"only {matched} of {placed} orders matched")
        return LoadResult(placed, matched, elapsed, client_cpu, sandbox_cpu)
    finally:
        proc.terminate()
        proc.wait(10)


def _funded_accounts(url: str) -> list[dict[str, str]]:
    accounts = []
    with httpx.Client(base_url=url + "/_sandbox") as admin:
        for _ in range(PAIRS * 2):
            account = admin.post("/accounts").raise_for_status().json()
            for asset, amount in (("btc", "1000"), ("usdt", "100000000")):
                admin.post(
                    f"/accounts/{account['api_key']}/deposits",
                    json={"asset": asset, "amount": amount},
                ).raise_for_status()
            accounts.append(account)
    return accounts


def _count_matched(url: str, accounts: list[dict[str, str]]) -> int:
    """Orders of different pairs meet each other too, so count what matched afterwards: every
    order that ended completely filled."""
    from tradespec import AltMarket

    matched = 0
    for account in accounts:
        with AltMarket(
            account["api_key"], account["api_secret"], base_url=url + "/altmarket"
        ) as client:
            matched += sum(
                1 for order in client.order_history(per_page=1000) if order.units_filled == AMOUNT
            )
    return matched


def main() -> None:
    """``python -m bench.sandbox_load [--quick]``: the rate, and where the CPU went."""
    quick = "--quick" in sys.argv
    for name, run in (("AsyncAltMarket clients", run_load), ("raw clients", sandbox_capacity)):
        result = run(quick)
        per_order = 1e6 / result.placed

        def spent(cpu: float | None, per_order: float = per_order) -> str:
            return "unknown" if cpu is None else f"{cpu:.2f} s ({cpu * per_order:.0f} us/order)"

        print(
            f"{name}: {result.matched} of {result.placed} orders matched in "
            f"{result.elapsed:.2f} s: {result.rate:.0f}/s\n  client CPU  {spent(result.client_cpu)}"
            f"\n  sandbox CPU {spent(result.sandbox_cpu)}"
        )


if __name__ == "__main__":
    main()
