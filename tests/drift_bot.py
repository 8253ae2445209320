"""A bot that trades on both exchanges of a sandbox answering in the live platforms' shapes, and
saves what its clients saw that the specs do not know (``tradespec.drift``).

    python -m tests.drift_bot OUT_DIR [--touch MODULE.ATTRIBUTE ...]

Writes ``OUT_DIR/altmarket.json`` and ``OUT_DIR/hashgreen.json`` (``DriftReport.save``) and
prints each report's lines. ``--touch`` names attributes of the generated models to read from
what the bot received (``altmarket.Order.remaining``): each found is printed as
``typed <name> <type of its value>``, each missing as ``untyped <name>``.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from tradespec import AltMarket, Hashgreen
from tradespec_sandbox import serve_in_thread
from tradespec_sandbox.testing import SandboxAdmin


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--touch", action="append", default=[])
    options = parser.parse_args(argv)
    options.out.mkdir(parents=True, exist_ok=True)
    seen: dict[str, list[Any]] = {"altmarket": [], "hashgreen": []}
    with (
        serve_in_thread(catalog="live", live_shapes=True) as sandbox,
        SandboxAdmin(sandbox.url) as admin,
    ):
        buyer = admin.account({"usdt": "100000"})
        seller = admin.account({"btc": "2"})
        url = sandbox.altmarket_url
        with (
            AltMarket(buyer.api_key, buyer.api_secret, base_url=url) as exchange,
            AltMarket(seller.api_key, seller.api_secret, base_url=url) as other,
        ):
            exchange.assets()
            exchange.markets()
            exchange.balances()
            other.limit_order("btc_usdt", "sell", "0.25", "30000.5")
            resting = exchange.limit_order("btc_usdt", "buy", "0.5", "30000.5")  # half filled
            seen["altmarket"] += exchange.open_orders()
            seen["altmarket"] += list(exchange.order_history())
            seen["altmarket"] += list(exchange.trade_history())
            # A with_options copy shares the report.
            exchange.with_options(max_retries=0).cancel_order(resting.order_id)
            exchange.drift_report().save(options.out / "altmarket.json")
            print("\n".join(exchange.drift_report().lines()))
        with Hashgreen(buyer.token, base_url=sandbox.hashgreen_url) as dex:
            markets = [market for market in dex.markets() if market.code == "XCH-USDS"]
            seen["hashgreen"] += markets
            code = "XCH-USDS"
            seen["hashgreen"].append(dex.market(code))
            dex.statistics()
            seen["hashgreen"].append(dex.order_book(code))
            seen["hashgreen"] += dex.trades(code)
            market = markets[0]
            amount = max(market.base_ccy.min_amount_display or Decimal(1), Decimal(1))
            offer = admin.offer(buyer.token, code, "buy", "1", amount)
            seen["hashgreen"].append(dex.create_order(offer))
            seen["hashgreen"] += dex.orders()
            dex.drift_report().save(options.out / "hashgreen.json")
            print("\n".join(dex.drift_report().lines()))
    for name in options.touch:
        exchange_name, model, attribute = name.split(".")
        values = [
            getattr(value, attribute)
            for value in seen[exchange_name]
            if type(value).__name__ == model and hasattr(value, attribute)
        ]
        if values:
            print(f"typed {name} {type(values[0]).__name__}")
        else:
            print(f"untyped {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
