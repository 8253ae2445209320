"""``journal=PATH``: intents written before they are sent, outcomes when known, and the ids
returned or attributed, kept across a restart of the client (here: the client dropped and made
again in the same process; ``tests/reliability/test_journal_kill.py`` kills a real process)."""

from __future__ import annotations

import gc
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    Hashgreen,
    HashgreenOrder,
    InvalidInputError,
    Order,
    OrderNotPlacedError,
    OrderStateUnknownError,
    SentOffer,
    SentOrder,
    TradespecError,
)

from tests.wrapper.sandbox_support import Admin, require_sandbox

require_sandbox()

ORDER_PATH = "/altmarket/api/order"


@pytest.fixture
def account(admin: Admin) -> dict[str, str]:
    return admin.account(btc="10", usdt="1000000")


def _altmarket(
    sandbox_url: str, account: dict[str, str], journal: Path, **options: Any
) -> AltMarket:
    client = AltMarket(
        account["api_key"],
        account["api_secret"],
        base_url=f"{sandbox_url}/altmarket",
        journal=journal,
        **options,
    )
    client._transport.sleep = lambda delay: None
    return client


def _restart(make: Callable[[], Any]) -> Any:
    """Drop every client of the journal (its lock goes with the last one), then make one again."""
    gc.collect()
    return make()


def test_an_intent_lost_before_a_restart_is_settled_after_it(
    sandbox_url: str, admin: Admin, account: dict[str, str], tmp_path: Path
) -> None:
    journal = tmp_path / "journal.sqlite"
    client = _altmarket(sandbox_url, account, journal)
    client.markets()
    admin.fault("POST", ORDER_PATH, 503, when="after")
    with pytest.raises(OrderStateUnknownError):
        client.limit_order("btc_usdt", "buy", "0.5", "25000")
    client.close()
    del client

    again = _restart(lambda: _altmarket(sandbox_url, account, journal))
    (intent,) = again.unsettled()
    assert isinstance(intent.sent, SentOrder)
    assert (intent.sent.amount, intent.sent.price) == (Decimal("0.5"), Decimal("25000"))
    (settled,) = again.settle()
    assert isinstance(settled.result, Order) and settled.result.price == Decimal("25000")
    assert again.unsettled() == []
    order_id = settled.result.order_id
    again.close()
    del again, settled
    gc.collect()  # the last client of the journal gone, its lock is released
    with sqlite3.connect(journal) as db:
        rows = db.execute("SELECT state, order_id FROM intents").fetchall()
    assert rows == [("placed", f"order:{order_id}")]


def test_ids_returned_before_a_restart_are_never_a_match_after_it(
    sandbox_url: str, admin: Admin, account: dict[str, str], tmp_path: Path
) -> None:
    journal = tmp_path / "journal.sqlite"
    client = _altmarket(sandbox_url, account, journal)
    placed = client.limit_order("btc_usdt", "sell", "0.1", "70000")
    client.close()
    del client

    again = _restart(lambda: _altmarket(sandbox_url, account, journal, settle_unknown=5))
    admin.fault("POST", ORDER_PATH, 503, when="before")  # refused unseen
    with pytest.raises(OrderNotPlacedError):
        again.limit_order("btc_usdt", "sell", "0.1", "70000")  # the same fingerprint
    assert [o.order_id for o in again.open_orders()] == [placed.order_id]
    again.close()


def test_a_second_process_cannot_open_the_journal(
    sandbox_url: str, account: dict[str, str], tmp_path: Path
) -> None:
    journal = tmp_path / "journal.sqlite"
    client = _altmarket(sandbox_url, account, journal)
    code = (
        "import sys; from tradespec import AltMarket, InvalidInputError\n"
        "try:\n"
        f"    AltMarket('k', 's', base_url='http://127.0.0.1:9', journal={str(journal)!r})\n"
        "except InvalidInputError as exc:\n"
        "    print(exc); sys.exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 3, done.stderr
    assert "in use by another process" in done.stdout
    client.close()


def test_the_journal_keeps_no_credential_and_keeps_accounts_apart(
    sandbox_url: str, admin: Admin, account: dict[str, str], tmp_path: Path
) -> None:
    journal = tmp_path / "journal.sqlite"
    other = admin.account(btc="1", usdt="100000")
    first = _altmarket(sandbox_url, account, journal)
    second = _altmarket(sandbox_url, other, journal)
    first.markets()
    admin.fault("POST", ORDER_PATH, 503, when="after")
    with pytest.raises(OrderStateUnknownError):
        first.market_order("btc_usdt", "buy", "0.01")
    assert len(first.unsettled()) == 1
    assert second.unsettled() == []
    first.close()
    second.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("journal"))
    for secret in (account["api_key"], account["api_secret"], other["api_key"]):
        assert secret.encode() not in raw


def test_a_journal_that_is_not_a_path_is_refused() -> None:
    for bad in (42, "", b"x"):
        with pytest.raises(InvalidInputError, match="journal"):
            AltMarket("k", "s", base_url="http://127.0.0.1:9", journal=bad)  # type: ignore[arg-type]


async def test_async_settle_after_a_restart(
    sandbox_url: str, admin: Admin, account: dict[str, str], tmp_path: Path
) -> None:
    journal = tmp_path / "journal.sqlite"

    def make() -> AsyncAltMarket:
        return AsyncAltMarket(
            account["api_key"],
            account["api_secret"],
            base_url=f"{sandbox_url}/altmarket",
            journal=journal,
        )

    client = make()
    await client.markets()
    admin.fault("POST", ORDER_PATH, 503, when="after")
    with pytest.raises(OrderStateUnknownError):
        await client.limit_order("btc_usdt", "buy", "0.3", "26000")
    await client.aclose()
    del client
    again = _restart(make)
    (intent,) = await again.unsettled()
    (settled,) = await again.settle()
    assert settled.intent == intent and settled.found
    await again.aclose()


def test_hashgreen_offers_are_settled_after_a_restart_by_their_coins(
    sandbox_url: str, admin: Admin, tmp_path: Path
) -> None:
    journal = tmp_path / "journal.sqlite"
    trader = admin.account()

    def make() -> Hashgreen:
        return Hashgreen(
            trader["token"], base_url=f"{sandbox_url}/hashgreen/api/v1", journal=journal
        )

    dex = make()
    offer = admin.offer(trader["token"], "XCH-USDS", "buy", "52", "1")
    admin.fault("POST", "/hashgreen/api/v1/orders", 502, when="after")
    with pytest.raises(OrderStateUnknownError):
        dex.create_order(offer)
    dex.close()
    del dex
    again = _restart(make)
    (intent,) = again.unsettled()
    assert isinstance(intent.sent, SentOffer) and intent.sent.offer == offer
    (settled,) = again.settle()
    assert isinstance(settled.result, HashgreenOrder)
    assert [o.id for o in again.orders()] == [settled.result.id]
    again.close()


def test_an_intent_the_journal_cannot_write_is_not_sent(
    sandbox_url: str, account: dict[str, str], tmp_path: Path
) -> None:
    journal = tmp_path / "journal.sqlite"
    client = _altmarket(sandbox_url, account, journal)
    client.markets()
    scope = client._settler.ledger.journal
    assert scope is not None
    scope.journal.db.execute("DROP TABLE intents")  # a journal gone bad under the client
    with pytest.raises(TradespecError, match="cannot write the intent down") as caught:
        client.limit_order("btc_usdt", "buy", "0.5", "25000")
    assert (caught.value.outcome, caught.value.retry_safe) == ("not_sent", True)
    assert client.open_orders() == []
    client.close()
