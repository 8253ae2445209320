"""Integration-test support: the sandbox exchange's test-only admin API.

Integration modules start with :func:`require_sandbox`, which skips them until the sandbox
(``tradespec_sandbox.serve_in_thread``) is installed; the ``sandbox_url`` and ``admin`` fixtures
are in ``conftest.py``; :func:`both_shapes` runs a module's tests in both of the sandbox's
answer shapes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest


def require_sandbox() -> Any:
    """``tradespec_sandbox.serve_in_thread``, or skip the calling test module."""
    module = pytest.importorskip("tradespec_sandbox")
    serve = getattr(module, "serve_in_thread", None)
    if serve is None:  # pragma: no cover - only before the sandbox landed
        pytest.skip("tradespec_sandbox.serve_in_thread is not there yet", allow_module_level=True)
    return serve


SHAPES = ("spec", "live")


def both_shapes() -> Any:
    """A module-scoped ``sandbox_shapes`` fixture that runs a module's tests against a sandbox
    answering in the documents' shapes, then against one answering in the live platforms' shapes::

        sandbox_shapes = both_shapes()
    """

    @pytest.fixture(scope="module", params=SHAPES)
    def sandbox_shapes(request: pytest.FixtureRequest) -> str:
        shapes: str = request.param
        return shapes

    return sandbox_shapes


class Admin:
    """The sandbox's test-only API under ``/_sandbox``."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = httpx.Client(base_url=f"{base_url}/_sandbox", timeout=10)

    def _post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.http.post(path, json=body or {})
        response.raise_for_status()
        return response.json()

    def account(self, **deposits: str) -> dict[str, str]:
        """A fresh account (api_key, api_secret, token), funded with ``deposits``."""
        account: dict[str, str] = self._post("/accounts")
        for asset, amount in deposits.items():
            self._post(
                f"/accounts/{account['api_key']}/deposits", {"asset": asset, "amount": amount}
            )
        return account

    def offer(self, token: str, market: str, side: str, price: str, amount: str) -> str:
        """A sandbox-minted Chia offer for ``token``."""
        body = {"token": token, "market": market, "side": side, "price": price, "amount": amount}
        offer: str = self._post("/hashgreen/offers", body)["offer"]
        return offer

    def fault(self, method: str, path: str, status: int, **extra: Any) -> None:
        """Make the next matching request fail (``when="after"``: after it was carried out)."""
        self._post("/faults", {"method": method, "path": path, "status": status, **extra})

    def clear_faults(self) -> None:
        self.http.delete("/faults").raise_for_status()

    def clock(self, offset: float) -> None:
        self._post("/clock", {"offset": offset})

    def complete_withdrawals(self) -> None:
        self._post("/withdrawals/complete")

    def balance(self, api_key: str, asset: str) -> Decimal:
        response = self.http.get(f"/accounts/{api_key}/balances")
        response.raise_for_status()
        return Decimal(response.json()[asset]["total"])

    def settings(self, **settings: Any) -> dict[str, Any]:
        """Change the sandbox's settings (``live_shapes``, ``rate_limit``: None for none)."""
        changed: dict[str, Any] = self._post("/settings", settings)
        return changed

    def reset(self) -> None:
        """Forget every account, order and fault: each test starts from an empty exchange."""
        self._post("/reset")

    def close(self) -> None:
        self.http.close()
