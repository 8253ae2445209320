"""How Hashgreen's lost answers are settled (``tradespec._settle.Adapter``).

The API does not echo an order's offer, but it reports each order's ``coin_ids``: the coins the
offer spends. An offer's own coins are read from its spend bundle (the ``chia`` extra: the Chia
wallet SDK), every coin spent but the placeholders of its requested payments (whose parent is
all zeros). An order holding one of those coins is that offer's order, and no other offer's:
a coin is spent once. So on Hashgreen a found order is the offer's, and "not found" means no
order of the trader holds its coins. Without the SDK (or for an offer it cannot decode) the
coins are not known and an offer of unknown fate stays unknown; without a token, ``GET
/orders`` shows nothing, so nothing can be settled.
"""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from tradespec._operations import Plan, send
from tradespec._settle import CannotTell
from tradespec.hashgreen._helpers import HashgreenHelpers
from tradespec.hashgreen._types import SentOffer

if TYPE_CHECKING:
    from hashgreen_client.models.order import Order

    from tradespec._engine import Call
    from tradespec._operations import Step

__all__ = ["HashgreenSettling", "offer_coin_ids"]


@functools.lru_cache(maxsize=256)
def offer_coin_ids(offer: str) -> frozenset[str] | None:
    """The ids (hex) of the coins ``offer`` spends, or None when they cannot be read."""
    from tradespec.hashgreen._offers import load_sdk  # imported by the first offer settled

    sdk = load_sdk()
    if sdk is None:
        return None
    try:
        bundle = sdk.decode_offer(offer.strip().lower())
        ids = frozenset(
            bytes(spend.coin.coin_id()).hex()
            for spend in bundle.coin_spends
            if any(bytes(spend.coin.parent_coin_info))
        )
    except (ValueError, TypeError, AttributeError):
        return None
    return ids or None


class HashgreenSettling:
    """Finds and matches Hashgreen's orders by the coins their offers spend."""

    exchange = "hashgreen"

    def __init__(self, helpers: HashgreenHelpers) -> None:
        self.helpers = helpers

    def sent_for(self, step: Step[Any], call: Call[Any]) -> SentOffer | None:
        sent = step.sent
        if isinstance(sent, SentOffer):
            return sent
        if call.name == "create_order":
            offer = getattr(step.operation.arguments.get("body"), "offer", None)
            if isinstance(offer, str):
                return SentOffer(offer=offer.strip(), sent_at=datetime.now(UTC))
        return None

    def candidates(self, sent: SentOffer) -> Plan[list[Any]]:
        from hashgreen_client.api import OPERATIONS as OPS

        answer = yield from send(OPS.orders.list_orders())
        if any(order.coin_ids is None for order in answer.data):
            # Without every order's coins, absence proves nothing (and presence less).
            raise CannotTell("the order list does not report every order's coin_ids")
        return [order for order in answer.data if self.matches(order, sent)]

    def matches(self, found: Any, sent: SentOffer) -> bool:
        coins = offer_coin_ids(sent.offer)
        held = getattr(found, "coin_ids", None)
        if coins is None or not isinstance(held, list):
            return False
        return any(
            isinstance(coin, str) and coin.lower().removeprefix("0x") in coins
            for coin in cast("list[object]", held)
        )

    def key(self, found: Order) -> str:
        return f"order:{found.id}"

    def answer(self, found: Any, sent: SentOffer) -> Any:
        from hashgreen_client.models.order_response import OrderResponse

        return OrderResponse(code=0, data=found, msg="settled: found in the order list")

    def key_of_answer(self, answer: Any, sent: SentOffer) -> str | None:
        order = getattr(answer, "data", None)
        order_id = getattr(order, "id", None)
        return None if order_id is None else f"order:{order_id}"

    def unsettleable(self, sent: SentOffer) -> str | None:
        if self.helpers.missing_token is not None:
            return "an order posted without a token cannot be settled: no GET /orders shows it"
        if offer_coin_ids(sent.offer) is None:
            return (
                "the offer's coins cannot be read (the chia extra is not installed, or the "
                "offer does not decode), and Hashgreen's orders are matched by their coins"
            )
        return None

    def dump(self, sent: SentOffer) -> tuple[str, str]:
        return "hashgreen.offer", json.dumps(
            {"offer": sent.offer, "sent_at": sent.sent_at.isoformat()}
        )

    def load(self, kind: str, text: str) -> SentOffer:
        if kind != "hashgreen.offer":
            raise ValueError(f"not a Hashgreen intent: {kind!r}")
        fields = json.loads(text)
        return SentOffer(offer=fields["offer"], sent_at=datetime.fromisoformat(fields["sent_at"]))
