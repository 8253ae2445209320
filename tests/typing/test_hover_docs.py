"""What an IDE shows: every field of what the clients return has a docstring on hover (checked
with jedi, the completion engine of several editors), and a ``side`` argument is typed as the
two literals an IDE offers.
"""

from __future__ import annotations

import importlib
import inspect
import typing

import jedi
import pytest

# What the helpers return, by the name a user imports it under.
RESULTS = {
    "tradespec.altmarket": [
        "Asset", "Market", "Balance", "Order", "Trade", "Transfer", "DepositAddress",
    ],
    "tradespec.hashgreen": ["Market", "Currency", "MarketStat", "Order", "Trade", "OrderBook"],
}  # fmt: skip


def _fields(module: str, name: str) -> list[str]:
    cls = getattr(importlib.import_module(module), name)
    fields = getattr(cls, "__attrs_attrs__", ())
    return [f.name for f in fields if f.name not in ("additional_properties",)]


CASES = [(module, name) for module, names in RESULTS.items() for name in names]


@pytest.mark.parametrize(("module", "name"), CASES, ids=lambda x: str(x))
def test_every_result_field_has_a_hover_docstring(module: str, name: str) -> None:
    fields = _fields(module, name)
    assert fields, name
    source = f"from {module} import {name}\nvalue: {name}\nvalue."
    lines = source.splitlines()
    script = jedi.Script(source)
    completions = {c.name: c for c in script.complete(len(lines), len(lines[-1]))}
    undocumented = [
        field
        for field in fields
        if field not in completions or not completions[field].docstring(raw=True).strip()
    ]
    assert not undocumented, f"{module}.{name}: no hover text for {undocumented}"


def test_a_side_argument_offers_both_sides() -> None:
    from tradespec import AltMarket
    from tradespec.altmarket import SideName

    assert inspect.signature(AltMarket.limit_order).parameters["side"].annotation == "SideName"
    assert set(typing.get_args(SideName)) == {"buy", "sell"}
