"""A bot as users write one, for the journal's kill test: ``python -m tests.reliability.journal_bot
place|settle`` with the sandbox's URL, the account's key and secret, and the journal's path in
the environment (``BOT_URL``, ``ALTMARKET_API_KEY``, ``ALTMARKET_API_SECRET``, ``BOT_JOURNAL``).

``place`` sends a burst of ``BOT_ORDERS`` limit orders at once, each at its own price, through
an async client with ``journal=`` (and a rate limit, so that some intents are written while
their requests wait their turn), printing ``placed <price> <order id>`` for each answer. The test
kills it with SIGKILL mid-burst. ``settle`` is the bot restarted with the same journal: it prints
one JSON line of what ``unsettled()`` and ``settle()`` say.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from decimal import Decimal

from tradespec import AsyncAltMarket, Order, OrderNotPlacedError


def price_of(number: int) -> Decimal:
    """The price of the burst's order ``number``: each order its own, so each is told apart."""
    return Decimal(20000 + number)


async def place(exchange: AsyncAltMarket, count: int) -> None:
    await exchange.markets()

    async def one(number: int) -> None:
        order = await exchange.limit_order("btc_usdt", "buy", "0.01", price_of(number))
        print(f"placed {order.price} {order.order_id}", flush=True)

    print("burst", flush=True)
    await asyncio.gather(*(one(n) for n in range(count)), return_exceptions=True)
    print("done", flush=True)


async def settle(exchange: AsyncAltMarket) -> None:
    unsettled = await exchange.unsettled()
    results: list[dict[str, object]] = []
    for settled in await exchange.settle():
        result = settled.result
        sent_price = str(getattr(settled.intent.sent, "price", ""))
        if isinstance(result, Order):
            results.append({"price": sent_price, "found": result.order_id})
        elif isinstance(result, OrderNotPlacedError):
            results.append({"price": sent_price, "not_placed": True})
        else:
            results.append({"price": sent_price, "unknown": str(result)})
    again = await exchange.unsettled()
    print(json.dumps({"unsettled": len(unsettled), "results": results, "left": len(again)}))


async def main(mode: str) -> None:
    async with AsyncAltMarket(
        base_url=os.environ["BOT_URL"],
        journal=os.environ["BOT_JOURNAL"],
        rate_limit=float(os.environ.get("BOT_RATE", "4")),
        timeout=60,
    ) as exchange:
        if mode == "place":
            await place(exchange, int(os.environ.get("BOT_ORDERS", "16")))
        else:
            await settle(exchange)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
