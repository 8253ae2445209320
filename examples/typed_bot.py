# pyright: strict
"""A small bot over the README's API, checked by ``mypy --strict`` and pyright in strict mode
(``nox -s typecheck``): what a user's typed code sees of tradespec.

    python examples/typed_bot.py BASE_URL   # against a sandbox, credentials in the environment
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from decimal import Decimal

from tradespec import AltMarket, AsyncHashgreen, RawResponse, Side, errors
from tradespec import hashgreen as hg
from tradespec.altmarket import Balance, Order, OrderStatus, OrderType, SideName


def spread_order(exchange: AltMarket, instrument: str, side: SideName, edge: Decimal) -> Order:
    """Rest an order ``edge`` away from the last fill, or from the best open price."""
    market = exchange.markets()[instrument]
    trades = list(exchange.trade_history(market=instrument, per_page=10))
    last = trades[0].execution_price if trades else Decimal(30000)
    price = last - edge if side == Side.BUY else last + edge
    quantum = Decimal(1).scaleb(-market.price_scale)
    return exchange.limit_order(instrument, side, Decimal("0.001"), price.quantize(quantum))


def tidy(exchange: AltMarket) -> int:
    """Cancel what is still working; count what filled."""
    filled = 0
    for order in exchange.open_orders():
        if order.status is OrderStatus.WORKING and order.units_filled > 0:
            filled += 1
        with contextlib.suppress(errors.InvalidOrderError):  # filled in between
            exchange.cancel_order(order.order_id)
    return filled


def describe(order: Order) -> str:
    """Every documented way of comparing an AltMarket order's enumerations."""
    words: list[str] = []
    if order.status == "working":
        words.append("working")
    if order.order_type == "limit" or order.order_type == OrderType.STOP_LIMIT:
        words.append("priced")
    if order.side == Side.BUY or order.side == "sell":
        words.append(str(order.side))
    if order.status in ("cancelled", "rejected"):
        words.append("closed")
    if order.status is OrderStatus.COMPLETED:
        words.append("filled")
    return " ".join([*words, _state(order), *_pricing(order)])


def _state(order: Order) -> str:
    match order.status:
        case "working":
            return "open"
        case OrderStatus.CANCELLED | OrderStatus.REJECTED:
            return "gone"
        case _:
            return str(order.status.value)  # the API's own spelling ("Completed")


def _pricing(order: Order) -> list[str]:
    match order.order_type:
        case "market" | "stop_market":
            return ["at market"]
        case _:
            return []


def describe_offer(order: hg.Order) -> str:
    """Every documented way of comparing a Hashgreen order's enumerations."""
    words: list[str] = []
    if order.side == Side.BUY:
        words.append("bid")
    if order.side == "sell":
        words.append("ask")
    if order.status == "cancelled":
        words.append("cancelled")
    if order.status in ("active", "matched", hg.OrderStatus.CLEARING):
        words.append("live")
    return " ".join([*words, _offer_state(order)])


def _offer_state(order: hg.Order) -> str:
    match order.status:
        case "cleared":
            return "done"
        case hg.OrderStatus.INVALID:
            return "invalid"
        case _:
            return str(order.status.value)  # the API's own code (2)


async def best_prices(base_url: str) -> tuple[Decimal | None, Decimal | None]:
    async with AsyncHashgreen(base_url=f"{base_url}/hashgreen/api/v1") as dex:
        book = await dex.order_book("XCH-USDS")
        return book.best_bid, book.best_ask


def raw_balances(exchange: AltMarket) -> tuple[int, str, list[Balance]]:
    """The status, Content-Type and parsed model of one answer, with this call's own options."""
    raw: RawResponse[list[Balance]] = exchange.api.with_raw_response.wallet.get_balances(
        extra_headers={"X-Bot": "typed"}, extra_query={"bot": "typed"}, timeout=5
    )
    balances: list[Balance] = raw.parse()
    body: bytes = raw.content  # the answer's bytes, as they came
    print("raw bytes:", len(body) > 0)
    return raw.status_code, raw.headers.get("content-type", ""), balances


async def raw_markets(base_url: str) -> tuple[int, int]:
    """``await`` on the raw forms: an operation, and ``request`` for a path no spec knows."""
    async with AsyncHashgreen(base_url=f"{base_url}/hashgreen/api/v1") as dex:
        raw = await dex.api.with_raw_response.markets.list_markets(timeout=5.0)
        markets: list[hg.Market] = raw.parse().data
        envelope = await dex.with_raw_response.request("GET", "/markets", extra_query={"a": 1})
        return raw.status_code, len(markets) if envelope.status_code == 200 else -1


def main(base_url: str) -> None:
    with AltMarket(base_url=f"{base_url}/altmarket") as exchange:
        free = exchange.balances()["usdt"].available_balance
        if free > 100:
            order = spread_order(exchange, "btc_usdt", "buy", Decimal("50"))
            print(order.order_id, order.side, order.price, order.created_at.isoformat())
            print("order:", describe(order))
        print("filled:", tidy(exchange))
        page = exchange.api.history.get_order_history(per_page=5)
        print("history:", [row.order_id for row in page.data])
        status, content_type, balances = raw_balances(exchange)
        print("raw:", status, content_type, sorted(b.asset for b in balances)[:1])
    print("raw markets:", asyncio.run(raw_markets(base_url)))
    print("XCH-USDS:", asyncio.run(best_prices(base_url)))


if __name__ == "__main__":
    main(sys.argv[1])
