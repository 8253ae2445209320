"""The test-only API under ``/_sandbox``: not part of either public spec.

    POST /_sandbox/accounts                        -> {"api_key", "api_secret", "token", "user_id"}
    POST /_sandbox/accounts/{api_key}/deposits     {"asset", "amount"} -> the deposit (a Transfer)
    GET  /_sandbox/accounts/{api_key}/balances     -> {asset: {"total", "held", "available"}}
    POST /_sandbox/hashgreen/offers                {"token", "market", "side", "price", "amount"}
                                                   -> {"offer": "offer1..."}
    GET  /_sandbox/clock                           -> {"now", "offset", "server_time"}
    POST /_sandbox/clock                           {"offset": s} or {"advance": s}
    POST /_sandbox/withdrawals/fail-next           {"api_key"?} the next withdrawal will fail
    DELETE /_sandbox/withdrawals/fail-next         forget those requests
    POST /_sandbox/withdrawals/complete            {"transfer_id"?} settle pending withdrawals
    POST /_sandbox/faults                          {"method", "path", "status", ...} (faults.py)
    DELETE /_sandbox/faults                        forget every fault not yet used
    GET  /_sandbox/ledger                          -> the ledger invariant, per asset
    POST /_sandbox/reset                           forget everything (the settings stay)
    POST /_sandbox/liquidity                       rest the CLI's maker orders on every market
    GET  /_sandbox/settings                        -> {"live_shapes", "rate_limit", "strict"}
    POST /_sandbox/settings                        {"live_shapes"?: bool, "rate_limit"?: n|null,
                                                    "strict"?: bool}
    GET  /_sandbox/catalog                         -> the catalog, in its file format
    GET  /_sandbox/health                          -> {"status": "ok"}

Amounts are accepted as JSON numbers or decimal strings and answered as decimal strings. Errors
use AltMarket's shape, ``{"errors": [{"code", "message"}]}``. Requests from web pages are
refused (see ``_same_site_json``), and the rate limit never applies here.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..demo import seed_liquidity
from ..domain.accounts import Account
from ..domain.catalog import catalog_to_data
from ..domain.clock import iso
from ..domain.errors import SandboxError, bad_request
from ..domain.money import MoneyError, fmt, to_decimal
from ..middleware.faults import Fault, Faults
from ..state import SandboxState
from .altmarket_api import transfer_body
from .endpoint import Call, Endpoint, anonymous, endpoint
from .ratelimit import parse_rate_limit
from .web import json_response, parse_json

Handler = Callable[[Request, dict[str, Any]], Response]
MAX_CLOCK_OFFSET = 10 * 366 * 86400.0
# Hosts a request to the test-only API may name: an IP address, or localhost. A page on another
# site can make a browser send requests to 127.0.0.1, but the Host it sends is then its own
# name (a DNS rebinding attack), which is refused.
_LOCAL_NAMES = frozenset({"localhost", "localhost."})


class AdminApi:
    def __init__(self, state: SandboxState, faults: Faults) -> None:
        self.state = state
        self.faults = faults

    def routes(self) -> list[Route]:
        post, get = ["POST"], ["GET"]
        return [
            Route("/health", self._serve(self.health), methods=get),
            Route("/accounts", self._serve(self.create_account), methods=post),
            Route("/accounts/{api_key}/deposits", self._serve(self.deposit), methods=post),
            Route("/accounts/{api_key}/balances", self._serve(self.balances), methods=get),
            Route("/hashgreen/offers", self._serve(self.mint_offer), methods=post),
            Route("/clock", self._serve(self.get_clock), methods=get),
            Route("/clock", self._serve(self.set_clock), methods=post),
            Route("/withdrawals/fail-next", self._serve(self.fail_next), methods=post),
            Route("/withdrawals/fail-next", self._serve(self.fail_none), methods=["DELETE"]),
            Route("/withdrawals/complete", self._serve(self.complete), methods=post),
            Route("/faults", self._serve(self.add_fault), methods=post),
            Route("/faults", self._serve(self.clear_faults), methods=["DELETE"]),
            Route("/ledger", self._serve(self.ledger), methods=get),
            Route("/reset", self._serve(self.reset), methods=post),
            Route("/liquidity", self._serve(self.liquidity), methods=post),
            Route("/settings", self._serve(self.get_settings), methods=get),
            Route("/settings", self._serve(self.set_settings), methods=post),
            Route("/catalog", self._serve(self.get_catalog), methods=get),
        ]

    def _serve(self, handler: Handler) -> Endpoint:
        def serve(request: Request, call: Call[Account | None]) -> Response:
            return handler(request, call.body)

        return endpoint(self.state, serve, authenticate=_same_site_json, params=None, limited=False)

    def health(self, request: Request, body: dict[str, Any]) -> Response:
        return json_response({"status": "ok"}, numbers=False)

    def create_account(self, request: Request, body: dict[str, Any]) -> Response:
        account = self.state.create_account()
        return json_response(
            {
                "api_key": account.api_key,
                "api_secret": account.api_secret,
                "token": account.token,
                "user_id": account.user_id,
            },
            numbers=False,
            status=201,
        )

    def _account(self, request: Request) -> Account:
        key = request.path_params["api_key"]
        account = self.state.accounts.by_key.get(key)
        if account is None:
            raise SandboxError(404, "AccountNotFound", f"No account with API key {key!r}.")
        return account

    def deposit(self, request: Request, body: dict[str, Any]) -> Response:
        account = self._account(request)
        asset = body.get("asset")
        if not isinstance(asset, str):
            raise bad_request("asset (an asset id such as BTC) is required.")
        amount = _amount(body.get("amount"))
        transfer = self.state.wallet.deposit(account, asset, amount)
        transfer_json = transfer_body(transfer, self.state.catalog.assets)
        return json_response(transfer_json, numbers=False, status=201)

    def balances(self, request: Request, body: dict[str, Any]) -> Response:
        account = self._account(request)
        rows = self.state.ledger.account_balances(account.api_key, list(self.state.catalog.assets))
        return json_response(
            {
                asset: {"total": fmt(b.total), "held": fmt(b.held), "available": fmt(b.available)}
                for asset, b in rows
            },
            numbers=False,
        )

    def mint_offer(self, request: Request, body: dict[str, Any]) -> Response:
        token = body.get("token")
        account = self.state.accounts.by_token.get(token) if isinstance(token, str) else None
        if account is None:
            raise SandboxError(404, "AccountNotFound", "token is missing or unknown.")
        market = body.get("market")
        side = body.get("side")
        if not isinstance(market, str) or not isinstance(side, str):
            raise bad_request("market (code or id) and side (buy or sell) are required.")
        offer = self.state.dex.mint(account, market, side, body.get("price"), body.get("amount"))
        return json_response({"offer": offer}, numbers=False, status=201)

    def get_clock(self, request: Request, body: dict[str, Any]) -> Response:
        clock = self.state.clock
        return json_response(
            {"now": iso(clock.now()), "offset": clock.offset, "server_time": clock.ticks()},
            numbers=False,
        )

    def set_clock(self, request: Request, body: dict[str, Any]) -> Response:
        clock = self.state.clock
        offset = clock.offset
        if "offset" in body:
            offset = float(_amount(body["offset"], signed=True))
        if "advance" in body:
            offset += float(_amount(body["advance"], signed=True))
        if abs(offset) > MAX_CLOCK_OFFSET:
            raise bad_request(f"The clock can move at most {MAX_CLOCK_OFFSET:.0f} s either way.")
        clock.offset = offset
        return self.get_clock(request, body)

    def fail_next(self, request: Request, body: dict[str, Any]) -> Response:
        key = body.get("api_key")
        if key is not None and not isinstance(key, str):
            raise bad_request("api_key must be a string.")
        if key is not None and key not in self.state.accounts.by_key:
            raise SandboxError(404, "AccountNotFound", f"No account with API key {key!r}.")
        self.state.wallet.fail_next_withdrawal.add(key if isinstance(key, str) else "*")
        return json_response({"status": "ok"}, numbers=False)

    def fail_none(self, request: Request, body: dict[str, Any]) -> Response:
        self.state.wallet.fail_next_withdrawal.clear()
        return json_response({"status": "ok"}, numbers=False)

    def complete(self, request: Request, body: dict[str, Any]) -> Response:
        only = body.get("transfer_id")
        if only is not None and not isinstance(only, str):
            raise bad_request("transfer_id must be a string.")
        done = self.state.wallet.process_withdrawals(only)
        assets = self.state.catalog.assets
        return json_response([transfer_body(t, assets) for t in done], numbers=False)

    def add_fault(self, request: Request, body: dict[str, Any]) -> Response:
        try:
            fault = Fault.from_json(body)
        except KeyError as exc:
            raise bad_request(f"Invalid fault: {exc.args[0]} is required.") from None
        except (TypeError, ValueError) as exc:
            raise bad_request(f"Invalid fault: {exc}") from None
        self.faults.add(fault)
        return json_response({"status": "ok"}, numbers=False, status=201)

    def clear_faults(self, request: Request, body: dict[str, Any]) -> Response:
        self.faults.clear()
        return json_response({"status": "ok"}, numbers=False)

    def ledger(self, request: Request, body: dict[str, Any]) -> Response:
        report = self.state.ledger.audit()
        balanced = all(row["balanced"] == "true" for row in report.values())
        return json_response({"balanced": balanced, "assets": report}, numbers=False)

    def reset(self, request: Request, body: dict[str, Any]) -> Response:
        self.state.reset()
        self.faults.clear()
        return json_response({"status": "ok"}, numbers=False)

    def liquidity(self, request: Request, body: dict[str, Any]) -> Response:
        """The CLI's resting orders on every market, placed by a new maker account."""
        maker = seed_liquidity(self.state)
        return json_response({"maker": maker.api_key}, numbers=False, status=201)

    def get_settings(self, request: Request, body: dict[str, Any]) -> Response:
        settings = {
            "live_shapes": self.state.live_shapes,
            "rate_limit": self.state.rate_limit,
            "strict": self.state.strict,
        }
        return json_response(settings, numbers=True)

    def set_settings(self, request: Request, body: dict[str, Any]) -> Response:
        """Turn live shapes or strict mode on or off, set the rate limit (a number, or null)."""
        unknown = sorted(set(body) - {"live_shapes", "rate_limit", "strict"})
        if unknown:
            raise bad_request(f"Unknown setting {unknown[0]!r} (live_shapes, rate_limit, strict).")
        live_shapes = body.get("live_shapes", self.state.live_shapes)
        if not isinstance(live_shapes, bool):
            raise bad_request("live_shapes must be true or false.")
        strict = body.get("strict", self.state.strict)
        if not isinstance(strict, bool):
            raise bad_request("strict must be true or false.")
        rate_limit = self.state.rate_limit
        if "rate_limit" in body:
            try:
                rate_limit = parse_rate_limit(body["rate_limit"])
            except ValueError as exc:
                raise bad_request(str(exc)) from None
        self.state.live_shapes = live_shapes
        self.state.strict = strict
        self.state.rate_limit = rate_limit
        self.state.rate_limit_epoch += 1
        return self.get_settings(request, body)

    def get_catalog(self, request: Request, body: dict[str, Any]) -> Response:
        data = {"name": self.state.catalog.name, **catalog_to_data(self.state.catalog)}
        return json_response(data, numbers=False)


def _same_site_json(request: Request, body: bytes) -> Call[Account | None]:
    """The request's JSON body, once it is known not to come from a web page of another site.

    A web page the developer visits can send requests to 127.0.0.1 (form posts, ``fetch`` with
    ``mode: "no-cors"``), but only with a ``text/plain``, form or multipart body, an ``Origin``
    and ``Sec-Fetch-Site`` of its own, and, through DNS rebinding, a ``Host`` of its own name.
    So: a body only as ``application/json`` (415 otherwise; none at all is fine), a ``Host``
    that is an IP address or ``localhost``, and an ``Origin`` (when sent) of that same host
    (403 otherwise). No answer carries a CORS header, so no page can read one either.
    """
    host = request.headers.get("host", "")
    if _host_name(host) is None:
        raise SandboxError(
            403,
            "Forbidden",
            f"The test-only API answers only to an IP address or localhost, "
            f"not Host {host[:100]!r}.",
        )
    origin = request.headers.get("origin")
    if origin is not None and origin.lower() != f"http://{host}".lower():
        raise SandboxError(
            403, "Forbidden", f"The test-only API refuses requests from web pages ({origin[:100]})."
        )
    if request.headers.get("sec-fetch-site", "none") not in ("none", "same-origin"):
        raise SandboxError(403, "Forbidden", "The test-only API refuses cross-site requests.")
    content_type = request.headers.get("content-type")
    if content_type is not None:
        media = content_type.partition(";")[0].strip().lower()
        if media != "application/json":
            raise SandboxError(
                415,
                "UnsupportedMediaType",
                f"The test-only API takes JSON bodies (Content-Type: application/json), not "
                f"{media[:100]!r}.",
            )
    parsed = parse_json(body) if body.strip() else {}
    if not isinstance(parsed, dict):
        raise bad_request("The body must be a JSON object.")
    call = anonymous(request, body)
    call.body = parsed
    return call


def _host_name(host: str) -> str | None:
    """The name in a ``Host`` header when it is an IP address or localhost, else None."""
    name = host.strip().lower()
    if name.startswith("["):  # [::1]:8765
        name = name[1 : name.find("]")] if "]" in name else ""
    else:
        name = name.rpartition(":")[0] if ":" in name else name
    if name in _LOCAL_NAMES:
        return name
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return None
    return name


def _amount(value: Any, signed: bool = False) -> Decimal:
    try:
        amount = to_decimal(value, "amount")
    except MoneyError as exc:
        raise bad_request(str(exc)) from None
    if not signed and amount <= 0:
        raise bad_request("amount must be positive.")
    return amount
