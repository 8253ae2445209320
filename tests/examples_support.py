"""What the README's and the documentation's examples assume: a funded account's credentials in
the environment, and ``sandbox_url`` and ``offer_path`` in their namespace."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from tradespec_sandbox import SandboxServer

FUNDS = (("btc", "1"), ("usdt", "100000"))


def funded_namespace(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, object]:
    """A fresh funded account (credentials set in the environment) and a minted sell offer of
    1 XCH on XCH-USDS in a file: the namespace the examples run in."""
    with httpx.Client(base_url=sandbox.admin_url) as admin:
        account = admin.post("/accounts").raise_for_status().json()
        for asset, amount in FUNDS:
            admin.post(
                f"/accounts/{account['api_key']}/deposits", json={"asset": asset, "amount": amount}
            ).raise_for_status()
        body = {
            "token": account["token"],
            "market": "XCH-USDS",
            "side": "sell",
            "price": "31.5",
            "amount": "1",
        }
        offer = admin.post("/hashgreen/offers", json=body).raise_for_status().json()["offer"]
    offer_path = tmp_path / "sell.offer"
    offer_path.write_text(offer)
    monkeypatch.setenv("ALTMARKET_API_KEY", account["api_key"])
    monkeypatch.setenv("ALTMARKET_API_SECRET", account["api_secret"])
    monkeypatch.setenv("HASHGREEN_TOKEN", account["token"])
    return {"sandbox_url": str(sandbox), "offer_path": offer_path}
