"""The sandbox's matching rate: limit orders matched per second, driven by async clients.

The sandbox runs in its own process (as a user would run it, ``python -m tradespec_sandbox``);
pairs of accounts place crossing limit orders through ``AsyncAltMarket`` over loopback, each
order matching the one before it, for a bounded number of rounds.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from decimal import Decimal

import httpx

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


def matched_orders_per_second(quick: bool = False) -> float:
    from tradespec import AltMarket, AsyncAltMarket

    proc, url = start_sandbox()
    per_pair = ORDERS_PER_PAIR // 3 if quick else ORDERS_PER_PAIR
    try:
        accounts = []
        with httpx.Client(base_url=url + "/_sandbox") as admin:
            for _ in range(PAIRS * 2):
                account = admin.post("/accounts").raise_for_status().json()
                for asset, amount in (("BTC", "1000"), ("USDT", "100000000")):
                    admin.post(
                        f"/accounts/{account['api_key']}/deposits",
                        json={"asset": asset, "amount": amount},
                    ).raise_for_status()
                accounts.append(account)

        async def pair(buyer: dict[str, str], seller: dict[str, str]) -> int:
            async with (
                AsyncAltMarket(
                    buyer["api_key"], buyer["api_secret"], base_url=url + "/altmarket"
                ) as b,
                AsyncAltMarket(
                    seller["api_key"], seller["api_secret"], base_url=url + "/altmarket"
                ) as s,
            ):
                await b.markets()
                await s.markets()
                for i in range(per_pair):
                    maker, taker = (s, b) if i % 2 else (b, s)
                    side_maker, side_taker = ("sell", "buy") if i % 2 else ("buy", "sell")
                    await maker.limit_order("BTC-USDT", side_maker, AMOUNT, PRICE)
                    await taker.limit_order("BTC-USDT", side_taker, AMOUNT, PRICE)
                return 2 * per_pair

        async def run() -> tuple[int, float]:
            start = time.perf_counter()
            results = await asyncio.gather(
                *(pair(accounts[2 * i], accounts[2 * i + 1]) for i in range(PAIRS))
            )
            return sum(results), time.perf_counter() - start

        placed, elapsed = asyncio.run(run())
        # Orders of different pairs meet each other too, so count what matched afterwards:
        # every order that ended completely filled.
        matched = 0
        for account in accounts:
            with AltMarket(
                account["api_key"], account["api_secret"], base_url=url + "/altmarket"
            ) as client:
                matched += sum(
                    1 for order in client.order_history(per_page=1000) if order.filled == AMOUNT
                )
        if matched < placed // 2:
            raise RuntimeError(f"only {matched} of {placed} orders matched")
        return matched / elapsed
    finally:
        proc.terminate()
        proc.wait(10)
