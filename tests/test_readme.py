"""The README's examples, run in order against the sandbox, so the README never goes stale.

Every ```python block of the README's "Usage" and "Testing offline" sections runs in one shared
namespace holding ``sandbox_url`` and ``offer_path``, with a funded account's credentials in the
environment, exactly as the README says.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from tradespec_sandbox import SandboxServer, serve_in_thread

from tests.examples_support import funded_namespace

README = Path(__file__).resolve().parent.parent / "README.md"
SECTIONS = ("## Usage", "## Testing offline")


def readme_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    blocks: list[str] = []
    for section in re.split(r"(?m)^(?=## )", text):
        if section.startswith(SECTIONS):
            blocks += re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return blocks


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with serve_in_thread() as server:
        yield server


def test_readme_has_examples_for_every_public_method() -> None:
    code = "\n".join(readme_blocks())
    altmarket = [
        "assets", "markets", "balances", "limit_order", "market_order", "stop_limit_order",
        "stop_market_order", "create_order", "cancel_order", "cancel_all_orders", "open_orders",
        "order_history", "trade_history", "deposit_address", "withdraw", "transfers",
    ]  # fmt: skip
    hashgreen = ["markets", "market", "statistics", "order_book", "trades", "orders"]
    hashgreen += ["create_order", "cancel_order"]
    for name in altmarket:
        assert re.search(rf"exchange\.{name}\(", code), name
    for name in hashgreen:
        assert re.search(rf"dex\.{name}\(", code), name


def test_readme_examples_run(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    namespace = funded_namespace(sandbox, tmp_path, monkeypatch)
    printed = io.StringIO()
    blocks = readme_blocks()
    assert len(blocks) >= 8
    with contextlib.redirect_stdout(printed):
        for number, block in enumerate(blocks, 1):
            exec(compile(block, f"README.md python block {number}", "exec"), namespace)

    # What the examples promise in their comments actually happened.
    out = printed.getvalue()
    assert "allows at most 6" in out
    assert "400 InsufficientFunds" in out
    assert "cancelled" in out.lower()
    assert namespace["again"] is not None
