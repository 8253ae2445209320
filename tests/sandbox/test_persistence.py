"""``--db``: state survives a restart, including after SIGKILL between requests; the CLI.

The sandbox runs as the real command (``python -m tradespec_sandbox``) in a subprocess.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from .helpers import Admin, AltMarket, Hashgreen

STARTUP_SECONDS = 20


@contextmanager
def running(*args: str) -> Iterator[tuple[subprocess.Popen[str], str, list[str]]]:
    """Start the CLI on a free port; yield the process, its base URL and what it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tradespec_sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        deadline = time.monotonic() + STARTUP_SECONDS
        while not lines or not lines[-1].startswith("Press Ctrl+C"):
            line = process.stdout.readline()
            assert line, f"the sandbox exited: {process.stderr.read() if process.stderr else ''}"
            lines.append(line.rstrip("\n"))
            assert time.monotonic() < deadline
        base = lines[0].rsplit(" ", 1)[1]
        for _ in range(200):  # bounded: the socket is bound before the banner, served soon after
            try:
                if httpx.get(f"{base}/_sandbox/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        yield process, base, lines
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_everything_acknowledged_survives_a_kill(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    with httpx.Client(timeout=10) as http:
        with running("--db", str(db), "--no-demo", "--settle-withdrawals-after", "never") as (
            process,
            base,
            _,
        ):
            admin = Admin(http, base)
            alice = admin.account(btc="2", usdt="100000")
            bob = admin.account(btc="1", usdt="50000")
            a = AltMarket(http, base, alice["api_key"], alice["api_secret"])
            b = AltMarket(http, base, bob["api_key"], bob["api_secret"])
            resting = a.placed("btc_usdt", "sell", "1", price="30000")
            b.placed("btc_usdt", "buy", "0.25", price="30000")
            stop = b.placed("btc_usdt", "sell", "0.5", stop="20000")
            withdrawal = {"assetId": "usdt", "amount": 100, "address": "t-addr", "transferId": "w1"}
            assert a.post("/api/wallet/withdrawal", withdrawal).status_code == 200
            hg = Hashgreen(http, base, alice["token"])
            posted = hg.post_offer(admin.offer(alice["token"], "XCH-USDS", "sell", "31.50", "2"))
            dex_order = posted.json()["data"]["id"]
            unposted = admin.offer(bob["token"], "XCH-USDS", "buy", "32.00", "0.5")
            admin.post("/clock", {"offset": 2.5})
            before = {
                "balances": a.get("/api/wallet/balance").json(),
                "history": b.get("/api/order_history").json(),
                "trades": a.get("/api/trade_history").json(),
                "transfers": a.get("/api/wallet/transfers").json(),
                "ledger": admin.get("/ledger"),
            }
            process.send_signal(signal.SIGKILL)
            process.wait(10)

        with running("--db", str(db), "--no-demo", "--settle-withdrawals-after", "never") as (
            _,
            base,
            _,
        ):
            admin = Admin(http, base)
            a = AltMarket(http, base, alice["api_key"], alice["api_secret"], skew=2.5)
            b = AltMarket(http, base, bob["api_key"], bob["api_secret"], skew=2.5)
            after = {
                "balances": a.get("/api/wallet/balance").json(),
                "history": b.get("/api/order_history").json(),
                "trades": a.get("/api/trade_history").json(),
                "transfers": a.get("/api/wallet/transfers").json(),
                "ledger": admin.get("/ledger"),
            }
            assert after == before
            assert admin.get("/clock")["offset"] == 2.5
            # The book was rebuilt: the rest of the sell order still trades, in priority.
            open_ids = [o["orderId"] for o in a.get("/api/orders/open").json()]
            assert open_ids == [resting["orderId"]]
            fill = b.placed("btc_usdt", "buy", "0.75", price="30000")
            assert fill["status"] == "Completed"
            # The stop is still armed: a trade at 20000 or below would fire it.
            assert [o["orderId"] for o in b.get("/api/orders/open").json()] == [stop["orderId"]]
            # Idempotency keys survive: the same transferId answers the first withdrawal.
            again = a.post("/api/wallet/withdrawal", {**withdrawal, "amount": 5}).json()
            assert again == before["transfers"][0]
            # Hashgreen: the posted order is there, the minted offer can still be posted.
            hg_a = Hashgreen(http, base, alice["token"])
            assert [o["id"] for o in hg_a.get("/orders").json()["data"]] == [dex_order]
            hg_b = Hashgreen(http, base, bob["token"])
            matched = hg_b.post_offer(unposted).json()["data"]
            assert matched["status"] == 3
            assert admin.ledger_balanced()


def test_cli_prints_urls_and_demo_credentials_and_stops_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    with running("--db", str(db)) as (process, base, lines):
        text = "\n".join(lines)
        assert f"AltMarket base URL  {base}/altmarket" in text
        assert f"Hashgreen base URL  {base}/hashgreen/api/v1" in text
        creds = dict(
            line.split("export ", 1)[1].split("=", 1) for line in lines if "export " in line
        )
        assert set(creds) == {"ALTMARKET_API_KEY", "ALTMARKET_API_SECRET", "HASHGREEN_TOKEN"}
        with httpx.Client(timeout=10) as http:
            demo = AltMarket(http, base, creds["ALTMARKET_API_KEY"], creds["ALTMARKET_API_SECRET"])
            balances = {
                row["asset"]: row["totalBalance"] for row in demo.get("/api/wallet/balance").json()
            }
            assert balances["btc"] == 10
            book = Hashgreen(http, base).get("/markets/XCH-USDS").json()["data"]["id"]
            rows = Hashgreen(http, base).get("/trades/book", market_id=book).json()["data"]
            assert rows["asks"] and rows["bids"]
        process.send_signal(signal.SIGINT)
        assert process.wait(10) == 0
    with running("--db", str(db)) as (process, _, lines_again):
        assert [line for line in lines_again if "export" in line] == [
            line for line in lines if "export" in line
        ]
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0
