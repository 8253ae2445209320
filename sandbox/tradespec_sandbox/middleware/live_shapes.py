"""Live shapes: answers as the live platforms send them, not as their documents show them.

With ``SandboxState.live_shapes`` on (``--live-shapes``, ``serve_in_thread(live_shapes=True)`` or
``POST /_sandbox/settings``), every successful JSON answer of the two public APIs is rewritten
on its way out. The spec-shaped answer is built as always (so what the engine decides never
depends on the mode); only its shape changes:

AltMarket
    * an order's ``orderType`` and ``side`` are integers, the ordinals of the platform's enums
      (``orderType`` Limit 0, Market 1, StopLimit 2, StopMarket 3; ``side`` Buy 0, Sell 1), as is
      a trade's ``side``; ``type`` stays ``"buy"``/``"sell"``;
    * an order's ``status`` is lowercase (``"working"``, ``"cancelled"``);
    * an order carries fields the document does not list: ``remaining`` (amount not filled),
      ``requestedPrice`` (its limit price, 0 for market kinds) and ``executionPrice`` (the
      average price it traded at, 0 before any fill); ``stopPrice`` is left out unless it is a
      stop order, and a market's ``fee`` is left out (both may be missing from live answers);
    * ``paging.total`` of the histories disagrees with ``data``: it counts one page more than
      there is (the matching rows plus ``per_page``);
    * ``serverTime`` is .NET ticks, as it always is in the sandbox.

Hashgreen
    * the envelope carries a ``trace_id``; markets carry ``is_hot`` and ``tags``, currencies
      ``icon_url``; orders ``fee_display`` and ``expired_at``; trades ``is_buyer_maker``; order
      book answers ``ts``. None of them is in the document.

The answers stay readable by the generated clients, which keep unknown enum values and ignore
fields they do not know.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..domain.money import round_even
from ..http.jsonout import dumps
from ..http.web import ALTMARKET_PREFIX, HASHGREEN_PREFIX, parse_json
from ..state import SandboxState

ORDER_TYPES = {"Limit": 0, "Market": 1, "StopLimit": 2, "StopMarket": 3}
SIDES = {"Buy": 0, "Sell": 1}
STOP_TYPES = frozenset({"StopLimit", "StopMarket"})
ZERO = Decimal(0)

Rewrite = Callable[[SandboxState, Any], Any]


# ---- AltMarket ----------------------------------------------------------------------------------


def altmarket_order(state: SandboxState, order: dict[str, Any]) -> dict[str, Any]:
    """One order in the live platform's shape (see the module's docstring)."""
    out = dict(order)
    kind = order.get("orderType")
    if kind in ORDER_TYPES:
        out["orderType"] = ORDER_TYPES[kind]
        if kind not in STOP_TYPES:
            out.pop("stopPrice", None)
    if order.get("side") in SIDES:
        out["side"] = SIDES[order["side"]]
    if isinstance(order.get("status"), str):
        out["status"] = order["status"].lower()
    amount, filled = order.get("amount"), order.get("unitsFilled")
    if isinstance(amount, int | Decimal) and isinstance(filled, int | Decimal):
        out["remaining"] = amount - filled
    engine = state.exchange.orders.get(str(order.get("orderId")))
    if engine is not None:
        is_limit = engine.kind.is_limit and engine.price is not None
        out["requestedPrice"] = engine.price if is_limit else ZERO
        average = engine.notional / engine.filled if engine.filled else ZERO
        market = state.catalog.markets.get(engine.instrument)
        quote = state.catalog.assets.get(market.quote) if market is not None else None
        out["executionPrice"] = round_even(average, quote.scale) if quote is not None else average
    return out


def _one_order(state: SandboxState, body: Any) -> Any:
    if isinstance(body, dict) and isinstance(body.get("order"), dict):
        return {**body, "order": altmarket_order(state, body["order"])}
    return body


def _order_list(state: SandboxState, body: Any) -> Any:
    if isinstance(body, list):
        return [altmarket_order(state, o) if isinstance(o, dict) else o for o in body]
    return body


def _wrong_total(body: dict[str, Any]) -> dict[str, Any]:
    paging = body.get("paging")
    if isinstance(paging, dict) and isinstance(paging.get("total"), int):
        per_page = paging.get("per_page")
        extra = per_page if isinstance(per_page, int) and per_page > 0 else 1
        body = {**body, "paging": {**paging, "total": paging["total"] + extra}}
    return body


def _order_page(state: SandboxState, body: Any) -> Any:
    if not isinstance(body, dict):
        return body
    data = body.get("data")
    if isinstance(data, list):
        body = {**body, "data": _order_list(state, data)}
    return _wrong_total(body)


def _trade_page(state: SandboxState, body: Any) -> Any:
    if not isinstance(body, dict):
        return body
    data = body.get("data")
    if isinstance(data, list):
        trades = []
        for trade in data:
            if isinstance(trade, dict) and trade.get("side") in SIDES:
                trade = {**trade, "side": SIDES[trade["side"]]}
            trades.append(trade)
        body = {**body, "data": trades}
    return _wrong_total(body)


def _markets(state: SandboxState, body: Any) -> Any:
    pairs = body.get("pairs") if isinstance(body, dict) else None
    if not isinstance(pairs, dict):
        return body
    trimmed = {
        name: {k: v for k, v in pair.items() if k != "fee"} if isinstance(pair, dict) else pair
        for name, pair in pairs.items()
    }
    return {**body, "pairs": trimmed}


ALTMARKET_REWRITES: list[tuple[str, re.Pattern[str], Rewrite]] = [
    ("POST", re.compile(r"^/api/order$"), _one_order),
    ("DELETE", re.compile(r"^/api/orders/[^/]+$"), _one_order),
    ("GET", re.compile(r"^/api/orders/open$"), _order_list),
    ("GET", re.compile(r"^/api/order_history$"), _order_page),
    ("GET", re.compile(r"^/api/trade_history$"), _trade_page),
    ("GET", re.compile(r"^/api/markets$"), _markets),
]


# ---- Hashgreen ----------------------------------------------------------------------------------


def _each(data: Any, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    if isinstance(data, dict):
        return change(data)
    if isinstance(data, list):
        return [change(item) if isinstance(item, dict) else item for item in data]
    return data


def _currency(currency: Any) -> Any:
    if not isinstance(currency, dict):
        return currency
    code = str(currency.get("code", "")).lower()
    return {"icon_url": f"https://sandbox.invalid/icons/{code}.png", **currency}


def _market(market: dict[str, Any]) -> dict[str, Any]:
    out = {**market, "is_hot": False, "tags": []}
    for side in ("base_ccy", "quote_ccy"):
        if side in out:
            out[side] = _currency(out[side])
    return out


def _hashgreen_markets(state: SandboxState, data: Any) -> Any:
    return _each(data, _market)


def _hashgreen_orders(state: SandboxState, data: Any) -> Any:
    return _each(data, lambda order: {**order, "fee_display": "0", "expired_at": None})


def _hashgreen_trades(state: SandboxState, data: Any) -> Any:
    return _each(data, lambda trade: {**trade, "is_buyer_maker": trade.get("side") == 1})


def _hashgreen_book(state: SandboxState, data: Any) -> Any:
    return _each(data, lambda book: {**book, "ts": int(time.time() * 1000)})


HASHGREEN_REWRITES: list[tuple[str, re.Pattern[str], Rewrite]] = [
    ("GET", re.compile(r"^/markets(/[^/]+)?$"), _hashgreen_markets),
    ("GET", re.compile(r"^/trades/history$"), _hashgreen_trades),
    ("GET", re.compile(r"^/trades/book$"), _hashgreen_book),
    ("GET", re.compile(r"^/orders$"), _hashgreen_orders),
    ("POST", re.compile(r"^/orders$"), _hashgreen_orders),
    ("DELETE", re.compile(r"^/orders/[^/]+$"), _hashgreen_orders),
]


def _hashgreen(rewrite: Rewrite | None) -> Rewrite:
    def envelope(state: SandboxState, body: Any) -> Any:
        if not isinstance(body, dict) or "data" not in body:
            return body
        data = body["data"] if rewrite is None else rewrite(state, body["data"])
        return {**body, "data": data, "trace_id": secrets.token_hex(8)}

    return envelope


def rewrite_for(method: str, path: str) -> tuple[Rewrite, bool] | None:
    """How to rewrite the answer to ``method path``, and whether its decimals are numbers."""
    if path.startswith(ALTMARKET_PREFIX + "/"):
        rest = path[len(ALTMARKET_PREFIX) :]
        for verb, pattern, rewrite in ALTMARKET_REWRITES:
            if verb == method and pattern.match(rest):
                return rewrite, True
        return None
    if path.startswith(HASHGREEN_PREFIX + "/"):
        rest = path[len(HASHGREEN_PREFIX) :]
        for verb, pattern, hashgreen_rewrite in HASHGREEN_REWRITES:
            if verb == method and pattern.match(rest):
                return _hashgreen(hashgreen_rewrite), False
        return _hashgreen(None), False
    return None


# ---- the middleware -----------------------------------------------------------------------------


class LiveShapesMiddleware:
    """Rewrites successful JSON answers when ``state.live_shapes`` is on; else passes through."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.state.live_shapes or scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        plan = rewrite_for(scope["method"], scope["path"])
        if plan is None:
            await self.app(scope, receive, send)
            return
        rewrite, numbers = plan
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                if message["status"] // 100 != 2:
                    await send(message)  # errors keep their shape
                    return
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = self._rewritten(b"".join(chunks), rewrite, numbers)
            headers = [
                (k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"
            ]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)

    def _rewritten(self, raw: bytes, rewrite: Rewrite, numbers: bool) -> bytes:
        try:
            body = parse_json(raw)
        except Exception:  # not JSON: leave it as it is
            return raw
        with self.state.lock:
            changed = rewrite(self.state, body)
        return dumps(changed, decimals_as_numbers=numbers)
