"""A tour of tradespec against the embedded sandbox exchange: ``nox -s demo``.

It starts the sandbox in this process on a free loopback port, opens two funded accounts, and
walks both clients through every operation, printing what happens. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterable, Sequence

import httpx
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    Hashgreen,
    InsufficientFundsError,
    InvalidInputError,
    Order,
)
from tradespec_sandbox import serve_in_thread


def title(text: str) -> None:
    print(f"\n== {text} " + "=" * max(0, 74 - len(text)))


def say(text: str) -> None:
    print(f"   {text}")


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    cells = [[str(h) for h in headers]] + [["-" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("   " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("   " + "  ".join("-" * w for w in widths))


def describe(order: Order) -> str:
    kind = order.order_type or "?"
    side = order.side or "?"
    price = f" @ {order.price}" if order.price else ""
    stop = f" stop {order.stop_price}" if order.stop_price else ""
    return (
        f"#{order.order_id}: {kind} {side} {order.amount} {order.instrument}{price}{stop}"
        f" -> {order.status}, filled {order.units_filled}"
    )


def open_account(admin: httpx.Client, funds: dict[str, str]) -> dict[str, str]:
    account: dict[str, str] = admin.post("/accounts").raise_for_status().json()
    for asset, amount in funds.items():
        admin.post(
            f"/accounts/{account['api_key']}/deposits", json={"asset": asset, "amount": amount}
        ).raise_for_status()
    return account


def altmarket_tour(
    base: str, admin: httpx.Client, alice: dict[str, str], bob: dict[str, str]
) -> None:
    url = f"{base}/altmarket"
    with (
        AltMarket(alice["api_key"], alice["api_secret"], base_url=url) as a,
        AltMarket(bob["api_key"], bob["api_secret"], base_url=url) as b,
    ):
        title("AltMarket: what is listed")
        table(
            ["asset", "name", "scale", "withdrawal fee"],
            [(x.id, x.asset_name, x.scale, x.withdrawal_fee) for x in a.assets()],
        )
        print()
        table(
            ["market", "price scale", "amount scale", "maker fee", "taker fee", "status"],
            [
                (name, m.price_scale, m.amount_scale, m.maker_fee, m.taker_fee, m.status)
                for name, m in a.markets().items()
            ],
        )
        say(f"clock offset learned from serverTime: {a.clock_offset:+.3f} s")

        title("AltMarket: Alice's balances, before trading")
        show_balances(a)

        title("AltMarket: a limit order rests, another one takes it")
        resting = a.limit_order("btc_usdt", "buy", "0.5", "30000.25")
        say(f"Alice  {describe(resting)}")
        show_balances(a, "usdt")
        taker = b.limit_order("btc_usdt", "sell", "0.2", "30000")
        say(f"Bob    {describe(taker)}")
        [still_open] = [o for o in a.open_orders() if o.order_id == resting.order_id]
        say(f"Alice's order is now filled {still_open.units_filled} of {still_open.amount}")
        market = b.market_order("btc_usdt", "sell", "0.1")
        say(f"Bob    {describe(market)}")

        title("AltMarket: stop orders wait for the last trade price")
        stop = a.stop_market_order("btc_usdt", "sell", "0.05", "29000")
        say(f"Alice  {describe(stop)}")
        stop_limit = a.stop_limit_order("btc_usdt", "buy", "0.05", "31100", "31000")
        say(f"Alice  {describe(stop_limit)}")
        table(
            ["open order", "kind", "side", "amount", "price", "stop", "pending"],
            [
                (o.order_id, o.order_type, o.side, o.amount, o.price, o.stop_price, o.is_pending)
                for o in a.open_orders()
            ],
        )

        title("AltMarket: cancelling")
        cancelled = a.cancel_order(resting.order_id)
        say(f"cancel_order -> {describe(cancelled)}")
        say(f"cancel_all_orders -> {a.cancel_all_orders()} more cancelled")
        say(f"open orders left: {len(a.open_orders())}")
        show_balances(a, "usdt")

        title("AltMarket: refused before or by the exchange")
        try:
            a.limit_order("btc_usdt", "buy", "0.1234567", "30000")
        except InvalidInputError as exc:
            say(f"InvalidInputError, nothing sent: {exc}")
        try:
            a.limit_order("btc_usdt", "buy", "1000", "30000")
        except InsufficientFundsError as exc:
            say(f"InsufficientFundsError from the exchange (HTTP {exc.status}): {exc.message}")

        title("AltMarket: history, page after page")
        for n in range(3):
            b.limit_order("btc_usdt", "sell", "0.01", str(40000 + n))
        orders = list(a.order_history(per_page=2)) + list(b.order_history(per_page=2))
        say(f"{len(orders)} orders in both histories, read 2 per page")
        table(
            ["trade", "time", "side", "amount", "price", "fee"],
            [
                (
                    t.trade_seq,
                    f"{t.trade_time:%H:%M:%S}",
                    t.side,
                    t.amount,
                    t.execution_price,
                    t.commission,
                )
                for t in itertools.islice(a.trade_history(market="btc_usdt"), 5)
            ],
        )

        title("AltMarket: wallet")
        address = a.deposit_address("btc")
        say(f"deposit address for btc: {address.address} ({address.payment_system})")
        first = a.withdraw("btc", "0.01", "bc1qdemo0address", transfer_id="demo-withdrawal-1")
        again = a.withdraw("btc", "0.01", "bc1qdemo0address", transfer_id="demo-withdrawal-1")
        say(f"withdrawal {first.transfer_id}: {first.status}, fee {first.fee}")
        say(f"sent again with the same transfer_id: the same withdrawal ({again.transfer_id})")
        admin.post("/withdrawals/complete", json={"transfer_id": first.transfer_id})
        say("the exchange settles it (the sandbox's test-only API moves it along)")
        table(
            ["transfer", "type", "asset", "amount", "status"],
            [(t.transfer_id, t.type_, t.asset, t.amount, t.status) for t in a.transfers(count=5)],
        )
        show_balances(a)


def show_balances(client: AltMarket, only: str | None = None) -> None:
    rows = [
        (asset, b.total_balance, b.in_order, b.available_balance)
        for asset, b in client.balances().items()
        if only is None or asset == only
    ]
    table(["asset", "total", "in orders", "available"], rows)


async def async_tour(base: str, alice: dict[str, str]) -> None:
    title("AltMarket, async: the same client, awaited")
    async with AsyncAltMarket(
        alice["api_key"], alice["api_secret"], base_url=f"{base}/altmarket"
    ) as client:
        balances, markets = await asyncio.gather(client.balances(), client.markets())
        say(f"{len(balances)} balances and {len(markets)} markets, fetched concurrently")


def hashgreen_tour(
    base: str, admin: httpx.Client, alice: dict[str, str], bob: dict[str, str]
) -> None:
    url = f"{base}/hashgreen/api/v1"
    title("Hashgreen: markets and statistics (public)")
    with Hashgreen(base_url=url) as public:
        table(
            ["market", "id", "price precision", "amount precision"],
            [(m.code, m.id, m.price_precision, m.base_amount_precision) for m in public.markets()],
        )

    def mint(token: str, side: str, price: str, amount: str) -> str:
        body = {
            "token": token,
            "market": "XCH-USDS",
            "side": side,
            "price": price,
            "amount": amount,
        }
        offer: str = admin.post("/hashgreen/offers", json=body).raise_for_status().json()["offer"]
        return offer

    with Hashgreen(alice["token"], base_url=url) as a, Hashgreen(bob["token"], base_url=url) as b:
        title("Hashgreen: orders are Chia offers")
        resting_bid = b.create_order(mint(bob["token"], "buy", "31.00", "1"))
        say(f"Bob posts an offer to buy 1 XCH at 31.00: {resting_bid.id}, {resting_bid.status}")
        ask = a.create_order(mint(alice["token"], "sell", "31.50", "2"))
        say(f"Alice posts an offer to sell 2 XCH at 31.50: {ask.id}, {ask.status}")
        book = a.order_book("XCH-USDS")
        say(
            f"book: best bid {book.best_bid}, best ask {book.best_ask}, "
            f"spread {book.spread}, mid {book.mid}"
        )
        bid = b.create_order(mint(bob["token"], "buy", "31.50", "1.5"))
        say(f"Bob posts an offer to buy 1.5 XCH at 31.50: {bid.id}, {bid.status}")
        table(
            ["trade", "price", "amount", "maker side"],
            [(t.id, t.price, t.base_amount_display, t.side) for t in a.trades("XCH-USDS")[:3]],
        )
        with Hashgreen(base_url=url) as public:
            stats = public.statistics("XCH-USDS")
        say(
            f"XCH-USDS over 24 h: last {stats.price}, high {stats.high}, volume {stats.base_volume}"
        )
        try:
            a.create_order("offer1notanoffer")
        except InvalidInputError as exc:
            say(f"a malformed offer is refused before sending: {exc}")
        table(
            ["Alice's order", "side", "price", "amount", "status"],
            [
                (o.id, o.side, o.price, o.base_amount_display, o.status)
                for o in a.orders("XCH-USDS")
            ],
        )
        cancelled = a.cancel_order(ask.id)
        say(f"cancel_order {cancelled.id}: {cancelled.status}")
        b.cancel_order(resting_bid.id)


def main() -> None:
    print("tradespec demo: both clients against the embedded sandbox exchange")
    with serve_in_thread() as sandbox:
        base = str(sandbox)
        say(f"sandbox listening on {base}")
        with httpx.Client(base_url=f"{base}/_sandbox") as admin:
            alice = open_account(admin, {"btc": "2", "usdt": "100000"})
            bob = open_account(admin, {"btc": "3", "usdt": "50000"})
            say("two funded accounts: Alice (2 btc, 100,000 usdt), Bob (3 btc, 50,000 usdt)")
            altmarket_tour(base, admin, alice, bob)
            asyncio.run(async_tour(base, alice))
            hashgreen_tour(base, admin, alice, bob)
    title("done")
    print()


if __name__ == "__main__":
    main()
