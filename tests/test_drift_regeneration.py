"""The regeneration loop closed on live answers, as a maintainer goes through it.

A bot (``tests/drift_bot.py``) trades on both exchanges of a sandbox answering in the live
platforms' shapes (``--live-shapes``). Its clients report exactly the drift those shapes bring
(the fields the documents do not list) and nothing for what the models already normalise
(ordinal and lowercase enums). The reports' overlays are applied to a copy of the specs with
``generator/generate.py --overlay``, the clients regenerated into a folder of their own, and the
same bot run again on them: the fields are typed attributes now, and nothing drifts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from tradespec.drift import DriftReport

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("openapi_python_client", reason="the generator is not installed")
pytest.importorskip("tradespec_sandbox", reason="the sandbox is not installed")

ORDER_FIELDS = ("remaining", "requestedPrice", "executionPrice")
"""What the live shapes add to every AltMarket order (sandbox/tradespec_sandbox/live_shapes.py)."""

EXPECTED_ALTMARKET = {
    (operation, f"{where}/{field}")
    for operation, where in [
        ("create_order", "/order"),
        ("cancel_order", "/order"),
        ("list_open_orders", "/-"),
        ("get_order_history", "/data/-"),
    ]
    for field in ORDER_FIELDS
}
EXPECTED_HASHGREEN = {
    # The envelope's trace_id, on every answer the bot reads.
    *(
        (operation, "/trace_id")
        for operation in (
            "list_markets",
            "get_statistics",
            "get_order_book",
            "get_trade_history",
            "create_order",
            "list_orders",
        )
    ),
    ("list_markets", "/data/-/is_hot"),
    ("list_markets", "/data/-/tags"),
    ("get_order_book", "/data/ts"),
    ("create_order", "/data/fee_display"),
    ("create_order", "/data/expired_at"),
    ("list_orders", "/data/-/fee_display"),
    ("list_orders", "/data/-/expired_at"),
}
TOUCHED = [
    "altmarket.Order.remaining",
    "altmarket.Order.executionPrice",
    "hashgreen.Market.is_hot",
    "hashgreen.Order.fee_display",
]


def _bot(out: Path, generated: Path | None) -> list[str]:
    tools = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": tools + os.pathsep + os.environ.get("PATH", "")}
    if generated is not None:
        paths = [generated, ROOT / "wrapper", ROOT / "sandbox", ROOT]
        env["PYTHONPATH"] = os.pathsep.join(str(path) for path in paths)
    touches = [argument for name in TOUCHED for argument in ("--touch", _python_name(name))]
    done = subprocess.run(
        [sys.executable, "-m", "tests.drift_bot", str(out), *touches],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout.splitlines()


def _python_name(name: str) -> str:
    exchange, model, field = name.split(".")
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in field)
    return f"{exchange}.{model}.{snake}"


def _places(report: DriftReport) -> set[tuple[str, str]]:
    return {(change.operation_id, change.pointer) for change in report.changes}


def test_live_drift_is_reported_patched_and_gone_after_regeneration(tmp_path: Path) -> None:
    first = _bot(tmp_path / "first", None)
    altmarket = DriftReport.load(tmp_path / "first" / "altmarket.json")
    hashgreen = DriftReport.load(tmp_path / "first" / "hashgreen.json")
    assert _places(altmarket) == EXPECTED_ALTMARKET, altmarket.lines()
    assert _places(hashgreen) == EXPECTED_HASHGREEN, hashgreen.lines()
    # Ordinal and lowercase enums are what the models normalise: not drift.
    assert {c.kind for c in altmarket.changes + hashgreen.changes} == {"undeclared_field"}
    assert all(f"untyped {_python_name(name)}" in first for name in TOUCHED), first

    # The spec patch, applied to a copy of the specs, and the clients regenerated from it.
    overlays = []
    for name, report in (("altmarket", altmarket), ("hashgreen", hashgreen)):
        overlay = tmp_path / f"{name}-drift.yaml"
        overlay.write_text(report.to_overlay())
        document = yaml.safe_load(overlay.read_text())
        assert document["extends"].startswith("urn:x-openapi:")
        assert not any("remove" in action for action in document["actions"])
        overlays += ["--overlay", str(overlay)]
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    generated = tmp_path / "generated"
    tools = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": tools + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "generator" / "generate.py"),
            str(generated),
            "--specs",
            str(specs),
            *overlays,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "patched altmarket.yaml" in done.stdout and "patched hashgreen.yaml" in done.stdout
    patched = yaml.safe_load((specs / "altmarket.yaml").read_text())
    order = patched["components"]["schemas"]["Order"]
    assert set(ORDER_FIELDS) <= set(order["properties"])
    assert not set(ORDER_FIELDS) & set(order.get("required", []))  # optional, as added

    second = _bot(tmp_path / "second", generated)
    assert "typed altmarket.Order.remaining Decimal" in second, second
    assert "typed altmarket.Order.execution_price Decimal" in second, second
    assert "typed hashgreen.Market.is_hot bool" in second, second
    assert "typed hashgreen.Order.fee_display str" in second, second
    for name in ("altmarket", "hashgreen"):
        again = DriftReport.load(tmp_path / "second" / f"{name}.json")
        assert not again, again.lines()
