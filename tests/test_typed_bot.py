"""The typed bot of ``examples/`` (checked by mypy --strict and pyright strict in the typecheck
session) runs against the sandbox, so what it shows of the API is true."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from tradespec_sandbox import serve_in_thread

from tests.specs import response_examples

BOT = Path(__file__).resolve().parent.parent / "examples" / "typed_bot.py"


def test_typed_bot_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location("typed_bot", BOT)
    assert spec is not None and spec.loader is not None
    bot = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "typed_bot", bot)
    spec.loader.exec_module(bot)
    with serve_in_thread() as sandbox, httpx.Client(base_url=sandbox.admin_url) as admin:
        account = admin.post("/accounts").raise_for_status().json()
        admin.post(
            f"/accounts/{account['api_key']}/deposits", json={"asset": "usdt", "amount": "1000"}
        ).raise_for_status()
        monkeypatch.setenv("ALTMARKET_API_KEY", account["api_key"])
        monkeypatch.setenv("ALTMARKET_API_SECRET", account["api_secret"])
        bot.main(sandbox.url)
    printed = capsys.readouterr().out
    assert "filled: 0" in printed
    assert "history: ['" in printed
    assert "raw: 200 application/json" in printed
    assert "raw markets: (200, " in printed
    assert "XCH-USDS: (Decimal(" in printed or "XCH-USDS: (None" in printed


def _bot() -> Any:
    spec = importlib.util.spec_from_file_location("typed_bot_forms", BOT)
    assert spec is not None and spec.loader is not None
    bot = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bot)
    return bot


def _example(spec: str, operation_id: str) -> Any:
    return next(
        e.value
        for e in response_examples(spec)
        if e.operation_id == operation_id and e.status == "200"
    )


@pytest.mark.parametrize(
    ("status", "order_type", "side", "expected"),
    [
        ("Working", "Limit", "Buy", "working priced buy open"),
        ("working", 2, "sell", "working priced sell open"),  # any case, an ordinal
        ("Cancelled", "Market", "Sell", "sell closed gone at market"),
        ("canceled", "StopMarket", "Buy", "buy closed gone at market"),
        ("Completed", "Limit", "Buy", "priced buy filled Completed"),
        ("Pending", "Limit", "Buy", "priced buy Pending"),  # unknown, kept as sent
    ],
)
def test_the_bots_altmarket_comparisons_mean_what_they_say(
    status: object, order_type: object, side: object, expected: str
) -> None:
    from altmarket_client.models import Order

    raw = dict(_example("altmarket", "list_open_orders")[0])
    raw.update(status=status, orderType=order_type, side=side)
    assert _bot().describe(Order.from_dict(raw)) == expected


@pytest.mark.parametrize(
    ("status", "side", "expected"),
    [
        (2, 1, "bid live 2"),
        ("matched", "bid", "bid live 3"),
        (4, 2, "ask live 4"),
        (5, "ask", "ask done"),
        (6, "Sell", "ask cancelled 6"),
        (1, 1, "bid invalid"),
        (99, 1, "bid 99"),  # unknown, kept as sent
    ],
)
def test_the_bots_hashgreen_comparisons_mean_what_they_say(
    status: object, side: object, expected: str
) -> None:
    from hashgreen_client.models import Order

    raw = dict(_example("hashgreen", "list_orders")["data"][0])
    raw.update(status=status, side=side)
    assert _bot().describe_offer(Order.from_dict(raw)) == expected
