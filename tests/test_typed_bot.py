"""The typed bot of ``examples/`` (checked by mypy --strict and pyright strict in the typecheck
session) runs against the sandbox, so what it shows of the API is true."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import httpx
import pytest
from tradespec_sandbox import serve_in_thread

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
    assert "XCH-USDS: (Decimal(" in printed or "XCH-USDS: (None" in printed
