"""Hashgreen without a token: an offer can be posted (the API's token is optional there), the
order is owned by no one, and what needs a token refuses in one line before sending anything."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from tradespec import AsyncHashgreen, Hashgreen
from tradespec.errors import InvalidInputError
from tradespec_sandbox import SandboxServer, serve_in_thread


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with serve_in_thread() as server:
        yield server


def _minted(sandbox: SandboxServer, side: str, price: str) -> tuple[str, str]:
    with httpx.Client(timeout=10) as http:
        account = http.post(f"{sandbox.admin_url}/accounts").json()
        body = {
            "token": account["token"],
            "market": "XCH-USDS",
            "side": side,
            "price": price,
            "amount": "0.5",
        }
        offer: str = http.post(f"{sandbox.admin_url}/hashgreen/offers", json=body).json()["offer"]
        return account["token"], offer


def test_an_offer_is_posted_without_a_token(sandbox: SandboxServer) -> None:
    token, offer = _minted(sandbox, "sell", "66.60")
    with Hashgreen(base_url=sandbox.hashgreen_url) as dex:
        order = dex.create_order(offer)
        assert order.status.value == 2 and order.user_id == ""
        assert dex.order_book("XCH-USDS").best_ask is not None
    with Hashgreen(token, base_url=sandbox.hashgreen_url) as owner:
        assert all(o.id != order.id for o in owner.orders())  # owned by no one


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda dex: dex.orders(), "orders()"),
        (lambda dex: dex.cancel_order("61dc1d387d9b5a6756c0d0a2"), "cancel_order()"),
    ],
)
def test_what_needs_a_token_refuses_in_one_line(
    call: object, name: str, sandbox: SandboxServer
) -> None:
    with (
        Hashgreen(base_url=sandbox.hashgreen_url) as dex,
        pytest.raises(InvalidInputError) as caught,
    ):
        call(dex)  # type: ignore[operator]
    message = str(caught.value)
    assert "\n" not in message and name in message and "HASHGREEN_TOKEN" in message


async def test_the_async_client_posts_without_a_token_too(sandbox: SandboxServer) -> None:
    _, offer = _minted(sandbox, "buy", "11.10")
    async with AsyncHashgreen(base_url=sandbox.hashgreen_url) as dex:
        order = await dex.create_order(offer)
        assert order.status.value == 2
        with pytest.raises(InvalidInputError, match="orders"):
            await dex.orders()
