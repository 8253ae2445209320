"""A bot killed with SIGKILL mid-burst loses nothing: restarted with the same ``journal=``, it
settles every intent, to its order or to "not placed", with no order attributed twice and none
sent again.

The sandbox runs as users run it (``--db``, its own process). The bot (``journal_bot``) sends a
burst of limit orders, each at its own price, through an async client with a journal and a rate
limit; the sandbox carries the first ones out and holds their answers (fault ``"after"`` with a
``"delay"``), the next ones are answered, the last ones still wait for the rate limiter, written
down but never sent, when the bot is killed.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

from tradespec import AltMarket

from tests.reliability import figures
from tests.reliability.sandbox_process import SandboxProcess

ROOT = Path(__file__).resolve().parents[2]
BURST = 16
HELD = 4
KILL_AT = 8  # orders at the sandbox
DEADLINE = 90.0


def _bot(mode: str, url: str, account: dict[str, str], journal: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "BOT_URL": url,
        "BOT_JOURNAL": str(journal),
        "BOT_ORDERS": str(BURST),
        "BOT_RATE": "4",
        "ALTMARKET_API_KEY": account["api_key"],
        "ALTMARKET_API_SECRET": account["api_secret"],
        "PYTHONUNBUFFERED": "1",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.journal_bot", mode],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_bot_killed_mid_burst_settles_every_intent_from_its_journal(tmp_path: Path) -> None:
    journal = tmp_path / "bot-journal.sqlite"
    with SandboxProcess(db=tmp_path / "sandbox.sqlite") as sandbox:
        admin = sandbox.admin()
        account = admin.account({"usdt": "1000000", "btc": "10"})
        admin.http.post(
            "/faults",
            json={
                "method": "POST",
                "path": "/altmarket/api/order",
                "status": 503,
                "when": "after",
                "delay": 300,
                "times": HELD,
            },
        ).raise_for_status()
        with AltMarket(
            account["api_key"], account["api_secret"], base_url=sandbox.altmarket_url
        ) as watcher:
            bot = _bot("place", sandbox.altmarket_url, account, journal)
            try:
                deadline = time.monotonic() + DEADLINE
                while len(watcher.open_orders()) < KILL_AT:
                    assert bot.poll() is None, bot.communicate()
                    assert time.monotonic() < deadline, "the burst did not start"
                    time.sleep(0.05)
            finally:
                os.kill(bot.pid, signal.SIGKILL)
                out, _ = bot.communicate(timeout=30)
            assert bot.returncode == -signal.SIGKILL
            assert "done" not in out.split()
            acknowledged = [line.split() for line in out.splitlines() if line.startswith("placed")]
            # What the journal held at the kill: an answer can be written down as placed and the
            # bot killed before it printed the line, so stdout is a subset of this, not its equal.
            with closing(sqlite3.connect(journal)) as db:  # closed: the journal is one process's
                open_at_kill = db.execute(
                    "SELECT COUNT(*) FROM intents WHERE state IN ('pending', 'unknown')"
                ).fetchone()[0]
                placed_at_kill = {
                    str(row[0]).removeprefix("order:")
                    for row in db.execute("SELECT order_id FROM intents WHERE state = 'placed'")
                }

            restarted = _bot("settle", sandbox.altmarket_url, account, journal)
            out, err = restarted.communicate(timeout=DEADLINE)
            assert restarted.returncode == 0, err[-2000:]
            report = json.loads(out.strip().splitlines()[-1])
            held = list(watcher.order_history())
        admin.close()

    with sqlite3.connect(journal) as db:
        intents = db.execute("SELECT id, sent, state, order_id FROM intents").fetchall()
        attributed = db.execute("SELECT order_id, intent_id FROM attributed").fetchall()
    # The journal holds no credential.
    raw = journal.read_bytes() + (tmp_path / "bot-journal.sqlite-wal").read_bytes() * (
        (tmp_path / "bot-journal.sqlite-wal").exists()
    )
    assert account["api_key"].encode() not in raw and account["api_secret"].encode() not in raw

    exchange_orders = {o.order_id: o for o in held}
    by_intent = {row[0]: row for row in intents}
    ids_of_intents = Counter(row[3] for row in intents if row[3] is not None)
    placed_ids = {row[3].removeprefix("order:") for row in intents if row[2] == "placed"}
    prices = Counter(o.price for o in held)

    lost = sum(1 for row in intents if row[2] not in ("placed", "not_placed"))
    lost += sum(1 for order_id in exchange_orders if order_id not in placed_ids)
    twice = sum(1 for count in ids_of_intents.values() if count > 1)
    twice += len(attributed) - len({row[0] for row in attributed})
    resent = sum(count - 1 for count in prices.values())
    not_placed_held = sum(
        1
        for row in intents
        if row[2] == "not_placed" and json.loads(row[1])["price"] in {str(p) for p in prices}
    )
    figures.count("journal.intents", len(intents))
    figures.count("journal.acknowledged", len(acknowledged))
    figures.count("journal.in_flight", len(exchange_orders) - len(acknowledged))
    figures.count("journal.found", sum(1 for r in report["results"] if "found" in r))
    figures.count("journal.not_placed", sum(1 for r in report["results"] if "not_placed" in r))
    figures.count("journal.lost", lost)
    figures.count("journal.attributed_twice", twice)
    figures.count("journal.resent", resent)

    assert len(intents) == BURST  # every intent written before its request left
    assert report["unsettled"] == open_at_kill
    assert {line[2] for line in acknowledged} <= placed_at_kill
    assert open_at_kill <= BURST - len(acknowledged)
    assert report["left"] == 0
    assert len(exchange_orders) >= KILL_AT and len(acknowledged) < len(exchange_orders)
    assert (lost, twice, resent, not_placed_held) == (0, 0, 0, 0)
    for row in intents:  # each found order is the one at its intent's price
        if row[2] == "placed":
            order = exchange_orders[row[3].removeprefix("order:")]
            assert str(order.price) == json.loads(row[1])["price"]
    placed_intents = {number for number, row in by_intent.items() if row[2] == "placed"}
    assert placed_intents == {row[1] for row in attributed}
