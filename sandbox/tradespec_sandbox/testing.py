"""A small client for the sandbox's test-only API (``/_sandbox``), for tests and scripts.

    from tradespec_sandbox import serve_in_thread
    from tradespec_sandbox.testing import SandboxAdmin

    with serve_in_thread(catalog="live") as sandbox, SandboxAdmin(sandbox.url) as admin:
        account = admin.account({"btc": "1", "usd": "50000"})
        offer = admin.offer(account.token, "XCH-USDS", "buy", "29.50", "1")

It needs only httpx (a dependency of tradespec itself), so the pytest plugin can hand it out
without the sandbox's server packages being imported for it. Every refused call raises
``SandboxAdminError`` with the status and the sandbox's message on one line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from types import TracebackType
from typing import Any

import httpx

Amount = Decimal | int | str


class _Keep(Enum):
    """Leave a setting as it is."""

    KEEP = "keep"


KEEP = _Keep.KEEP


class SandboxAdminError(Exception):
    """The test-only API refused a call."""


@dataclass(frozen=True)
class SandboxAccount:
    """An account of the sandbox: its AltMarket key pair, its Hashgreen token, what it was given.

    ``repr`` leaves the secrets out.
    """

    api_key: str = field(repr=False)
    api_secret: str = field(repr=False)
    token: str = field(repr=False)
    user_id: str
    funds: Mapping[str, Decimal] = field(default_factory=dict)


class SandboxAdmin:
    """The test-only API of the sandbox at ``base_url`` (``http://127.0.0.1:PORT``)."""

    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(base_url=f"{self.base_url}/_sandbox", timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SandboxAdmin:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _call(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> Any:
        response = self._http.request(method, path, json=dict(body) if body is not None else None)
        if response.status_code >= 300:
            try:
                errors = response.json()["errors"]
                message = "; ".join(str(e["message"]) for e in errors)
            except (ValueError, KeyError, TypeError):
                message = response.text[:200]
            raise SandboxAdminError(f"{method} /_sandbox{path}: {response.status_code} {message}")
        return response.json()

    # ---- accounts and money ---------------------------------------------------------------------

    def account(self, funds: Mapping[str, Amount] | None = None) -> SandboxAccount:
        """A new account, with a deposit of each ``{asset id: amount}`` of ``funds``."""
        made = self._call("POST", "/accounts")
        given = {asset: Decimal(str(amount)) for asset, amount in (funds or {}).items()}
        for asset, amount in given.items():
            self.deposit(made["api_key"], asset, amount)
        return SandboxAccount(
            made["api_key"], made["api_secret"], made["token"], made["user_id"], given
        )

    def deposit(self, api_key: str, asset: str, amount: Amount) -> dict[str, Any]:
        """Credit ``amount`` of ``asset`` to the account; the deposit, as a Transfer."""
        body = {"asset": asset, "amount": str(amount)}
        result: dict[str, Any] = self._call("POST", f"/accounts/{api_key}/deposits", body)
        return result

    def balances(self, api_key: str) -> dict[str, dict[str, Decimal]]:
        """``{asset: {"total", "held", "available"}}`` of the account."""
        rows = self._call("GET", f"/accounts/{api_key}/balances")
        return {
            asset: {name: Decimal(value) for name, value in row.items()}
            for asset, row in rows.items()
        }

    def offer(self, token: str, market: str, side: str, price: Amount, amount: Amount) -> str:
        """A Hashgreen offer minted for ``token``: ``side`` (buy/sell) ``amount`` at ``price``."""
        body = {
            "token": token,
            "market": market,
            "side": side,
            "price": str(price),
            "amount": str(amount),
        }
        offer: str = self._call("POST", "/hashgreen/offers", body)["offer"]
        return offer

    # ---- the sandbox itself ---------------------------------------------------------------------

    def reset(self) -> None:
        """Forget every account, order, trade, transfer and fault; the settings stay."""
        self._call("POST", "/reset")

    def settings(
        self,
        *,
        live_shapes: bool | None = None,
        rate_limit: float | _Keep | None = KEEP,
        strict: bool | None = None,
    ) -> dict[str, Any]:
        """Change the settings given (``rate_limit=None`` turns the limit off); the new ones."""
        body: dict[str, Any] = {}
        if live_shapes is not None:
            body["live_shapes"] = live_shapes
        if strict is not None:
            body["strict"] = strict
        if not isinstance(rate_limit, _Keep):
            body["rate_limit"] = rate_limit
        result: dict[str, Any] = self._call("POST", "/settings", body)
        return result

    def seed_liquidity(self) -> str:
        """Rest the CLI's maker orders on every market (both exchanges); the maker's API key."""
        maker: str = self._call("POST", "/liquidity")["maker"]
        return maker

    def move_clock(self, seconds: float) -> None:
        """Move the sandbox's clock by ``seconds`` (either way) from where it is."""
        self._call("POST", "/clock", {"advance": seconds})

    def complete_withdrawals(self) -> list[dict[str, Any]]:
        """Settle every pending withdrawal now; the withdrawals it settled."""
        done: list[dict[str, Any]] = self._call("POST", "/withdrawals/complete")
        return done

    def ledger_balanced(self) -> bool:
        """True when no asset was made or lost: deposits - withdrawals = what accounts hold."""
        return bool(self._call("GET", "/ledger")["balanced"])
