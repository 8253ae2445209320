"""A local exchange that speaks the AltMarket and Hashgreen APIs, for tests and demos.

    tradespec-sandbox --host 127.0.0.1 --port 8765          # or: python -m tradespec_sandbox

    from tradespec_sandbox import serve_in_thread
    with serve_in_thread() as sandbox:                      # a free loopback port
        sandbox.url, sandbox.altmarket_url, sandbox.hashgreen_url, sandbox.admin_url

AltMarket is served at ``/altmarket``, Hashgreen at ``/hashgreen/api/v1``, and the test-only API
(accounts, deposits, minted offers, the clock, faults, settings) at ``/_sandbox``; see
``http.admin_api``.

The package is grouped as starlette groups its middleware: ``domain`` (the engines: accounts,
ledger, exchange, wallet, DEX, offers, catalogs, money; no HTTP in them), ``http`` (the ASGI
application, the endpoint adapter, the three APIs, the rate limiter) and ``middleware`` (body
and header limits, injected faults, live shapes); ``state``, ``store``, ``server`` and ``cli``
tie them together. ``tradespec_sandbox.pytest_plugin`` gives pytest fixtures for all of it.

The names below are imported when first used, not with the package: the pytest plugin lives in
this package and is loaded by every pytest run where tradespec is installed, so importing the
package must stay cheap and must work without the ``sandbox`` extra.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .domain.catalog import Catalog, CatalogError, load_catalog
    from .http.app import create_app
    from .server import SandboxServer, serve_in_thread
    from .state import SandboxState

_SERVER_PACKAGES = frozenset({"starlette", "uvicorn", "pydantic"})
_WHERE = {
    "create_app": ".http.app",
    "Catalog": ".domain.catalog",
    "CatalogError": ".domain.catalog",
    "load_catalog": ".domain.catalog",
    "SandboxServer": ".server",
    "serve_in_thread": ".server",
    "SandboxState": ".state",
}

__all__ = [
    "Catalog",
    "CatalogError",
    "SandboxServer",
    "SandboxState",
    "create_app",
    "load_catalog",
    "serve_in_thread",
]


def __getattr__(name: str) -> Any:
    module_name = _WHERE.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        module = importlib.import_module(module_name, __name__)
    except ModuleNotFoundError as exc:  # the extra is missing: say how to get it
        if exc.name is None or exc.name.partition(".")[0] not in _SERVER_PACKAGES:
            raise
        raise ModuleNotFoundError(
            f"the sandbox needs its server dependencies ({exc.name} is missing): "
            'pip install "tradespec[sandbox]"',
            name=exc.name,
        ) from exc
    value = getattr(module, name)
    globals()[name] = value
    return value
