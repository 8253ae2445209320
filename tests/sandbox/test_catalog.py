"""Catalogs: the built-in ``live`` one, files given with ``--catalog`` / ``catalog=``, their checks.

The money test at the end is the issue's: a script that signs as the AltMarket document does
funds ``usd`` and ``btc``, crosses two limit orders on ``btc_usd`` and sees both trade.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from tradespec_sandbox import serve_in_thread
from tradespec_sandbox.cli import main
from tradespec_sandbox.demo import ensure_demo
from tradespec_sandbox.domain.catalog import (
    DEFAULT_CATALOG,
    LIVE_CATALOG,
    CatalogError,
    catalog_from_data,
    catalog_to_data,
    load_catalog,
)
from tradespec_sandbox.state import SandboxState
from tradespec_sandbox.store import StoreError

from .helpers import Admin, AltMarket, Hashgreen
from .test_persistence import running

SMALL: dict[str, Any] = {
    "name": "small",
    "altmarket": {
        "assets": [
            {"id": "doge", "name": "Dogecoin", "scale": 8, "withdrawal_fee": "5",
             "confirmations": 40},
            {"id": "eur", "name": "Euro", "scale": 6, "withdrawal_fee": "1", "confirmations": 1},
        ],
        "markets": [
            {"instrument": "doge_eur", "base": "doge", "quote": "eur", "price_scale": 4,
             "amount_scale": 2, "min_price": "0.0001", "max_price": "100", "min_amount": "1",
             "maker_fee": "0.0005", "taker_fee": 0.001},
        ],
    },
    "hashgreen": {
        "currencies": [
            {"code": "XCH", "name": "Chia", "type": 1, "precision": 12, "min_amount": "0.001",
             "total_supply": "24101288"},
            {"code": "HOA", "name": "HOA", "type": 2, "precision": 3, "min_amount": "1",
             "total_supply": "1000000"},
        ],
        "markets": [
            {"code": "HOA-XCH", "base": "HOA", "quote": "XCH", "price_precision": 9,
             "base_amount_precision": 3},
        ],
    },
}  # fmt: skip


def test_the_live_catalog_uses_the_platforms_names() -> None:
    catalog = load_catalog("live")
    assert catalog is LIVE_CATALOG
    assert {"btc", "usdt", "eth", "usd"} <= set(catalog.assets)
    assert {"btc_usdt", "btc_usd", "eth_btc"} <= set(catalog.markets)
    for name, market in catalog.markets.items():
        assert name == f"{market.base}_{market.quote}"
        assert name == name.lower()
        base, quote = catalog.assets[market.base], catalog.assets[market.quote]
        assert market.price_scale + market.amount_scale <= quote.scale
        assert market.amount_scale <= base.scale
        assert 0 <= market.maker_fee <= market.taker_fee < Decimal("0.01")
    xch_usds = catalog.dex_markets["61dc1d387d9b5a6756c0d0a2"]  # the document's ids
    assert xch_usds.code == "XCH-USDS"
    assert xch_usds.base.id == "61717ed8b30c4dc5c0e21f6c"
    assert xch_usds.quote.id == "61d908b574779a699635c508"
    assert (xch_usds.price_precision, xch_usds.base_amount_precision) == (2, 3)


def test_the_default_catalog_is_named_as_the_live_platform_names_things() -> None:
    assert load_catalog("default") is DEFAULT_CATALOG
    assert list(DEFAULT_CATALOG.assets) == ["btc", "eth", "usdt", "xch", "usd"]
    assert list(DEFAULT_CATALOG.markets) == ["btc_usdt", "eth_btc", "xch_usdt", "btc_usd"]
    for instrument, market in DEFAULT_CATALOG.markets.items():
        assert instrument == f"{market.base}_{market.quote}" and instrument.islower()


@pytest.mark.parametrize("catalog", [DEFAULT_CATALOG, LIVE_CATALOG], ids=["default", "live"])
def test_a_catalog_written_out_reads_back_the_same(catalog: Any) -> None:
    again = catalog_from_data(json.loads(json.dumps(catalog_to_data(catalog))), catalog.name)
    assert again == catalog


def test_a_yaml_catalog_replaces_the_listing(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    path = tmp_path / "small.yaml"
    path.write_text(yaml.safe_dump(SMALL), encoding="utf-8")
    with serve_in_thread(catalog=path) as sandbox, httpx.Client(timeout=10) as http:
        admin = Admin(http, sandbox.url)
        account = admin.account(doge="1000", eur="50")
        trader = AltMarket(http, sandbox.url, account["api_key"], account["api_secret"])
        assets = trader.get("/api/assets-info").json()["data"]
        assert [a["id"] for a in assets] == ["doge", "eur"]
        assert list(trader.get("/api/markets").json()["pairs"]) == ["doge_eur"]
        order = trader.placed("doge_eur", "sell", "100", "0.0712")
        assert order["instrument"] == "doge_eur"
        assert trader.order("btc_usdt", "buy", "1", "1").status_code == 404
        markets = Hashgreen(http, sandbox.url).get("/markets").json()["data"]
        assert [m["code"] for m in markets] == ["HOA-XCH"]
        assert admin.get("/catalog")["name"] == "small"


def test_a_json_catalog_may_keep_the_default_hashgreen_markets(tmp_path: Path) -> None:
    path = tmp_path / "altmarket-only.json"
    path.write_text(json.dumps({"altmarket": SMALL["altmarket"]}), encoding="utf-8")
    catalog = load_catalog(path)
    assert catalog.name == "altmarket-only"
    assert list(catalog.markets) == ["doge_eur"]
    assert catalog.dex_markets == DEFAULT_CATALOG.dex_markets


def _with(path: str, value: Any) -> dict[str, Any]:
    """SMALL with the value at ``path`` (dots; list indexes as numbers) replaced or removed."""
    data: dict[str, Any] = json.loads(json.dumps(SMALL))
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key: Any = int(last) if isinstance(node, list) else last
    if value is KeyError:
        del node[key]
    else:
        node[key] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("altmarket.markets.0.quote", "usd", "markets[0].quote: 'usd' is not an asset"),
        ("altmarket.markets.0.price_scale", 5, "price_scale + amount_scale (7) exceeds"),
        ("altmarket.markets.0.amount_scale", 9, "amount_scale: 9 exceeds the scale of 'doge'"),
        ("altmarket.markets.0.min_price", "0.00001", "min_price: 0.00001 has more decimals"),
        ("altmarket.markets.0.maker_fee", "-0.001", "maker_fee: -0.001 must be at least 0"),
        ("altmarket.markets.0.taker_fee", "a lot", "taker_fee: expected a decimal number"),
        ("altmarket.markets.0.min_price", "500", "min_price 500 exceeds max_price"),
        ("altmarket.markets.0.base", "eur", "base and quote are the same asset"),
        ("altmarket.markets.0.instrument", KeyError, "markets[0]: instrument is required"),
        ("altmarket.markets.0.price_scal", 4, "unknown key 'price_scal'"),
        ("altmarket.assets.0.scale", "8", "assets[0].scale: expected an integer"),
        ("altmarket.assets.1.id", "doge", "asset 'doge' appears twice"),
        ("altmarket.assets.0.id", "bit coin", "assets[0].id: 'bit coin' is not a valid value"),
        ("altmarket.assets", [], "list at least one asset"),
        ("altmarket.markets", {"doge_eur": {}}, "altmarket.markets: expected a list"),
        ("hashgreen.markets.0.quote", "USDS", "markets[0].quote: 'USDS' is not a currency"),
        ("hashgreen.markets.0.id", "not-hex", "markets[0].id: 'not-hex' is not a valid"),
        ("hashgreen.currencies.1.asset_id", "abc", "asset_id: 'abc' is not a valid value"),
        ("hashgreen.markets.0.base_amount_precision", 4, "exceeds the precision of 'HOA'"),
        ("hashgreen.currencies.0.precision", True, "precision: expected an integer"),
        ("hashgreen", None, "small.json: hashgreen: expected a mapping, got nothing"),
        ("binance", {}, "unknown key 'binance'"),
    ],
)
def test_a_bad_catalog_is_refused_in_one_line_naming_the_fault(
    tmp_path: Path, path: str, value: Any, message: str
) -> None:
    file = tmp_path / "small.json"
    file.write_text(json.dumps(_with(path, value)), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(file)
    text = str(caught.value)
    assert message in text
    assert text.startswith("small.json")
    assert "\n" not in text


def test_files_that_cannot_be_read_are_refused_in_one_line(tmp_path: Path) -> None:
    cases = {
        "missing.yaml": None,
        "broken.json": "{",
        "broken.yaml": "altmarket: [unclosed",
        "list.yaml": "- just\n- a list\n",
    }
    messages = []
    for name, text in cases.items():
        if text is not None:
            (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(CatalogError) as caught:
            load_catalog(tmp_path / name)
        messages.append(str(caught.value))
    assert "cannot read the catalog" in messages[0]
    assert "default, live" in messages[0]
    assert "not valid JSON" in messages[1]
    assert "not valid YAML" in messages[2]
    assert "list.yaml: expected a mapping, got list" in messages[3]
    assert all("\n" not in m for m in messages)


def test_the_cli_refuses_a_bad_catalog_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_with("altmarket.markets.0.quote", "usd")), encoding="utf-8")
    assert main(["--catalog", str(bad), "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("tradespec-sandbox: bad.json: altmarket.markets[0].quote: 'usd'")


def test_the_cli_shows_a_catalog_in_the_format_it_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--catalog", "live", "--show-catalog"]) == 0
    shown = tmp_path / "shown.json"
    shown.write_text(capsys.readouterr().out, encoding="utf-8")
    again = load_catalog(shown)
    assert again.name == "live"
    assert again == LIVE_CATALOG


def test_the_cli_serves_a_catalog_and_funds_the_demo_with_its_assets() -> None:
    with running("--catalog", "live") as (_, base, lines), httpx.Client(timeout=10) as http:
        assert any("catalog             live (5 assets, 6 AltMarket markets" in x for x in lines)
        creds = dict(
            line.strip().removeprefix("export ").split("=", 1)
            for line in lines
            if line.strip().startswith("export ")
        )
        demo = AltMarket(http, base, creds["ALTMARKET_API_KEY"], creds["ALTMARKET_API_SECRET"])
        balances = {r["asset"]: r["totalBalance"] for r in demo.get("/api/wallet/balance").json()}
        assert balances == {"btc": 10, "eth": 100, "usdt": 1000000, "usd": 1000000, "xch": 10000}
        assert any("funded with 10 btc, 100 eth, 1,000,000 usdt" in x for x in lines)


def test_the_demo_liquidity_rests_on_every_market_of_the_live_catalog() -> None:
    state = SandboxState(catalog=LIVE_CATALOG)
    ensure_demo(state)
    for name, market in state.exchange.markets.items():
        assert market.book.bids.depth() and market.book.asks.depth(), name
    for dex_market in state.dex.markets.values():
        assert dex_market.book.bids.depth(), dex_market.market.code


def test_a_database_keeps_its_catalog(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    SandboxState(db, catalog=LIVE_CATALOG).close()
    SandboxState(db, catalog=LIVE_CATALOG).close()  # the same catalog: fine
    with pytest.raises(StoreError, match=r"state\.db was made with another catalog than 'default'"):
        SandboxState(db)


@pytest.mark.parametrize("catalog", ["default", "live"])
def test_a_script_signing_as_the_document_trades_btc_for_usd(catalog: str) -> None:
    """Two accounts fund usd and btc, cross on btc_usd, both trade, nothing is made."""
    with serve_in_thread(catalog=catalog) as sandbox, httpx.Client(timeout=10) as http:
        admin = Admin(http, sandbox.url)
        buyer_keys = admin.account(usd="40000")
        seller_keys = admin.account(btc="1")
        buyer = AltMarket(http, sandbox.url, buyer_keys["api_key"], buyer_keys["api_secret"])
        seller = AltMarket(http, sandbox.url, seller_keys["api_key"], seller_keys["api_secret"])
        resting = seller.placed("btc_usd", "sell", "0.5", "30000")
        taking = buyer.placed("btc_usd", "buy", "0.5", "30000")
        assert resting["status"] == "Working"
        assert taking["status"] == "Completed"
        history = seller.get("/api/order_history").json()["data"]
        assert [o["status"] for o in history] == ["Completed"]
        trades = {
            side: trader.get("/api/trade_history").json()["data"]
            for side, trader in (("buyer", buyer), ("seller", seller))
        }
        assert len(trades["buyer"]) == len(trades["seller"]) == 1
        held = {asset: Decimal(0) for asset in ("btc", "usd")}
        for keys in (buyer_keys, seller_keys):
            for asset, row in admin.balances(keys["api_key"]).items():
                if asset in held:
                    held[asset] += Decimal(row["total"])
        # Fees are taken out of what the two hold: together they hold no more than was put in.
        assert held["btc"] <= 1
        assert held["usd"] <= 40000
        assert admin.balances(buyer_keys["api_key"])["btc"]["total"] == "0.499"  # 0.2 % taker fee
        assert admin.ledger_balanced()


def test_the_readme_example_catalog_loads(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[2] / "sandbox" / "README.md").read_text("utf-8")
    (block,) = [b for b in re.findall(r"```yaml\n(.*?)```", text, flags=re.S) if "altmarket:" in b]
    path = tmp_path / "example.yaml"
    path.write_text(block, encoding="utf-8")
    catalog = load_catalog(path)
    assert catalog.name == "my-exchange"
    assert list(catalog.markets) == ["btc_usd"]
    assert LIVE_CATALOG.dex_markets["61dc1d387d9b5a6756c0d0a2"] == next(
        iter(catalog.dex_markets.values())
    )
