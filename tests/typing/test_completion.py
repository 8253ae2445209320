"""What an editor offers where a user writes code: jedi (the completion engine of IPython,
Jupyter, pylsp, jedi-language-server, vim and emacs) completes the client and its answers in
every form a user writes them, each name with its docstring; ``typing.get_type_hints`` (what
runtime tools read: pydantic, cattrs, typeguard, IDEs' runtime inspectors) resolves the public
surface; every ``exchange.api`` method documents its parameters.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Iterator
from typing import Any

import jedi
import pytest

# Where the cursor is: the end of the last line. Each form on both exchanges, and what it must
# offer (a few names, and how many at least).
FORMS: dict[str, tuple[str, set[str]]] = {
    "altmarket assignment": (
        "from tradespec import AltMarket\nexchange = AltMarket()\nexchange.",
        {"limit_order", "open_orders", "api", "close"},
    ),
    "altmarket with": (
        "from tradespec import AltMarket\nwith AltMarket() as exchange:\n    exchange.",
        {"limit_order", "open_orders", "api", "close"},
    ),
    "altmarket async with": (
        "from tradespec import AsyncAltMarket\n"
        "async def main():\n"
        "    async with AsyncAltMarket() as exchange:\n"
        "        exchange.",
        {"limit_order", "open_orders", "api", "aclose"},
    ),
    "altmarket await": (
        "from tradespec import AsyncAltMarket\n"
        "async def main(exchange: AsyncAltMarket):\n"
        "    order = await exchange.limit_order('btc_usdt', 'buy', '1', '30000')\n"
        "    order.",
        {"order_id", "status", "amount", "price", "additional_properties"},
    ),
    "altmarket for": (
        "from tradespec import AltMarket\n"
        "with AltMarket() as exchange:\n"
        "    for order in exchange.order_history():\n"
        "        order.",
        {"order_id", "status", "amount", "price"},
    ),
    "altmarket async for": (
        "from tradespec import AsyncAltMarket\n"
        "async def main():\n"
        "    async with AsyncAltMarket() as exchange:\n"
        "        async for trade in exchange.trade_history():\n"
        "            trade.",
        {"execution_price", "amount", "trade_time"},
    ),
    "altmarket api await": (
        "from tradespec import AsyncAltMarket\n"
        "async def main(exchange: AsyncAltMarket):\n"
        "    page = await exchange.api.history.get_order_history(per_page=5)\n"
        "    page.",
        {"data", "paging", "filters"},
    ),
    "altmarket raw with": (
        "from tradespec import AltMarket\n"
        "with AltMarket() as exchange:\n"
        "    raw = exchange.api.with_raw_response.wallet.get_balances(extra_query={'a': 1})\n"
        "    raw.",
        {"status_code", "headers", "content", "parse"},
    ),
    "altmarket raw parse": (
        "from tradespec import AltMarket\n"
        "with AltMarket() as exchange:\n"
        "    raw = exchange.api.with_raw_response.history.get_order_history(per_page=5)\n"
        "    raw.parse().",
        {"data", "paging", "filters"},
    ),
    "altmarket raw facade": (
        "from tradespec import AltMarket\nexchange = AltMarket()\nexchange.api.with_raw_response.",
        {"assets", "history", "markets", "trading", "wallet"},
    ),
    "altmarket raw request await": (
        "from tradespec import AsyncAltMarket\n"
        "async def main():\n"
        "    async with AsyncAltMarket() as exchange:\n"
        "        raw = await exchange.with_raw_response.request('GET', '/api/markets')\n"
        "        raw.",
        {"status_code", "headers", "content", "parse"},
    ),
    "hashgreen raw await": (
        "from tradespec import AsyncHashgreen\n"
        "async def main():\n"
        "    async with AsyncHashgreen() as dex:\n"
        "        raw = await dex.api.with_raw_response.markets.list_markets(timeout=5)\n"
        "        raw.parse().",
        {"data", "code"},
    ),
    "hashgreen with": (
        "from tradespec import Hashgreen\nwith Hashgreen() as dex:\n    dex.",
        {"order_book", "create_order", "markets", "close"},
    ),
    "hashgreen async with": (
        "from tradespec import AsyncHashgreen\n"
        "async def main():\n"
        "    async with AsyncHashgreen() as dex:\n"
        "        dex.",
        {"order_book", "create_order", "markets", "aclose"},
    ),
    "hashgreen await": (
        "from tradespec import AsyncHashgreen\n"
        "async def main():\n"
        "    async with AsyncHashgreen() as dex:\n"
        "        book = await dex.order_book('XCH-USDS')\n"
        "        book.",
        {"best_bid", "best_ask", "bids", "asks"},
    ),
    "hashgreen for": (
        "from tradespec import Hashgreen\n"
        "with Hashgreen() as dex:\n"
        "    for market in dex.markets():\n"
        "        market.",
        {"code", "base_ccy", "additional_properties"},
    ),
}


@pytest.mark.parametrize("form", list(FORMS))
def test_jedi_completes_each_form_with_docstrings(form: str) -> None:
    source, expected = FORMS[form]
    lines = source.splitlines()
    completions = {
        c.name: c
        for c in jedi.Script(source).complete(len(lines), len(lines[-1]))
        if not c.name.startswith("_")
    }
    assert expected <= set(completions), f"{form}: offered {sorted(completions)}"
    undocumented = [
        name
        for name, completion in completions.items()
        if not completion.docstring(raw=True).strip()
    ]
    assert not undocumented, f"{form}: no docstring for {undocumented}"


def _public_objects() -> Iterator[tuple[str, Any]]:
    """Every class and function the public packages export, every facade of ``exchange.api``,
    and the public methods and properties of each class (its own and the shared ones)."""
    seen: set[int] = set()

    def members(prefix: str, cls: type) -> Iterator[tuple[str, Any]]:
        yield prefix, cls
        for klass in cls.__mro__:
            if not klass.__module__.startswith(("tradespec", "altmarket_client", "hashgreen")):
                continue
            for name, value in vars(klass).items():
                if name.startswith("_") and name not in ("__init__", "__enter__", "__aenter__"):
                    continue
                function = value.fget if isinstance(value, property) else value
                function = getattr(function, "__func__", function)
                if inspect.isfunction(function):
                    yield f"{prefix}.{name}", function

    modules = ["tradespec", "tradespec.altmarket", "tradespec.hashgreen", "tradespec.errors"]
    for package in ("altmarket_client", "hashgreen_client"):
        modules += [f"{package}.models", f"{package}.types", f"{package}.api"]
        api = importlib.import_module(f"{package}.api")
        modules += [f"{package}.api.{info.name}" for info in pkgutil.iter_modules(api.__path__)]
    for module_name in modules:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if id(value) in seen:
                continue
            seen.add(id(value))
            if inspect.isclass(value):
                yield from members(f"{module_name}.{name}", value)
            elif inspect.isfunction(value):
                yield f"{module_name}.{name}", value


def test_get_type_hints_resolves_the_public_surface() -> None:
    failed: list[str] = []
    checked = 0
    for name, value in _public_objects():
        checked += 1
        try:
            typing.get_type_hints(value)
        except Exception as exc:  # what a runtime tool meets
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
    assert checked > 300
    assert not failed, "\n".join(failed)


def test_get_type_hints_of_the_fate_unknown_error_imports_nothing_until_asked() -> None:
    import subprocess
    import sys

    script = (
        "import sys, typing, tradespec\n"
        "loaded = [m for m in sys.modules if m.startswith(('altmarket_client', 'hashgreen_'))]\n"
        "assert not loaded, loaded\n"
        "hints = typing.get_type_hints(tradespec.OrderStateUnknownError.lookup)\n"
        "from altmarket_client.models import Order\n"
        "assert Order in typing.get_args(hints['return'])\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)


def test_get_type_hints_of_a_helper_names_the_generated_model() -> None:
    from altmarket_client.models import Order
    from tradespec import AltMarket

    hints = typing.get_type_hints(AltMarket.limit_order)
    assert hints["return"] is Order


def _api_methods() -> Iterator[tuple[str, Callable[..., Any]]]:
    for package in ("altmarket_client", "hashgreen_client"):
        api = importlib.import_module(f"{package}.api")
        for info in pkgutil.iter_modules(api.__path__):
            module = importlib.import_module(f"{package}.api.{info.name}")
            for cls_name in module.__all__:
                cls = getattr(module, cls_name)
                for name, function in vars(cls).items():
                    if not name.startswith("_") and inspect.isfunction(function):
                        yield f"{package}.{cls_name}.{name}", function


@pytest.mark.parametrize(("name", "method"), list(_api_methods()), ids=lambda x: str(x))
def test_every_api_method_documents_its_parameters(name: str, method: Callable[..., Any]) -> None:
    parameters = [p for p in inspect.signature(method).parameters if p != "self"]
    doc = inspect.getdoc(method) or ""
    assert " object at 0x" not in doc, f"{name}: a repr in its docstring"
    if not parameters:
        return
    assert "Args:" in doc, f"{name}: no Args section"
    section = doc.split("Args:", 1)[1]
    for parameter in parameters:
        entry = next(
            (line for line in section.splitlines() if line.strip().startswith(f"{parameter}:")),
            None,
        )
        assert entry is not None, f"{name}: {parameter} is not documented"
        text = entry.split(":", 1)[1].strip()
        assert len(text) > 10, f"{name}: {parameter} has no description"


@pytest.mark.parametrize(
    ("sync_name", "async_name"), [("AltMarket", "AsyncAltMarket"), ("Hashgreen", "AsyncHashgreen")]
)
def test_the_sync_and_async_clients_match(sync_name: str, async_name: str) -> None:
    """The same methods, parameters and docstrings (the return types differ by being awaited;
    ``with_options`` names its own example; ``close`` is ``aclose``)."""
    import tradespec

    sync_client, async_client = getattr(tradespec, sync_name), getattr(tradespec, async_name)

    def public(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")}

    assert public(sync_client) - {"close"} == public(async_client) - {"aclose"}
    for name in sorted(public(sync_client) - {"close"}):
        sync_member, async_member = getattr(sync_client, name), getattr(async_client, name)
        if name != "with_options":
            assert inspect.getdoc(sync_member) == inspect.getdoc(async_member), name
        if callable(sync_member):
            sync_parameters = inspect.signature(sync_member).parameters
            async_parameters = inspect.signature(async_member).parameters
            assert sync_parameters == async_parameters, name
    # The same arguments (http_client is an httpx.Client for one, an httpx.AsyncClient for the
    # other).
    sync_init, async_init = inspect.signature(sync_client), inspect.signature(async_client)
    assert [(p.name, p.kind, p.default) for p in sync_init.parameters.values()] == [
        (p.name, p.kind, p.default) for p in async_init.parameters.values()
    ]
