"""How AltMarket's lost answers are settled (``tradespec._settle.Adapter``).

AltMarket v1 has no client order id: an order is found by its fingerprint (instrument, side,
type, amount, prices) and a creation time after the send, among the open orders, then the
history since shortly before the send. A withdrawal is found by its ``transferId`` among the
latest transfers.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from altmarket_client.models.order_type import OrderType

from tradespec._operations import Plan
from tradespec._settle import CannotTell
from tradespec.altmarket._helpers import AltMarketHelpers, matches_sent
from tradespec.altmarket._types import SentOrder, SentWithdrawal

if TYPE_CHECKING:
    from altmarket_client.models.order import Order
    from altmarket_client.models.transfer import Transfer

    from tradespec._engine import Call
    from tradespec._operations import Step

__all__ = ["AltMarketSettling"]

_TRANSFERS = 100
"""How many of the latest transfers a withdrawal is looked for among."""

_KINDS = {
    (True, False): OrderType.LIMIT,
    (False, False): OrderType.MARKET,
    (True, True): OrderType.STOP_LIMIT,
    (False, True): OrderType.STOP_MARKET,
}


class AltMarketSettling:
    """Finds, matches and names AltMarket's orders and withdrawals."""

    exchange = "altmarket"

    def __init__(self, helpers: AltMarketHelpers) -> None:
        self.helpers = helpers

    def sent_for(self, step: Step[Any], call: Call[Any]) -> SentOrder | SentWithdrawal | None:
        sent = step.sent
        if isinstance(sent, SentOrder | SentWithdrawal):
            return sent
        # Sent through exchange.api: the fingerprint is read from the request body.
        from altmarket_client.models.create_order_request import CreateOrderRequest
        from altmarket_client.models.withdrawal_request import WithdrawalRequest

        body = step.operation.arguments.get("body")
        moment = datetime.fromtimestamp(self.helpers.clock.now(), UTC)
        if isinstance(body, CreateOrderRequest):
            order = body.order
            direction = str(order.type_).lower() if order.type_ is not None else ""
            if order.amount is None or direction not in ("buy", "sell"):
                return None
            kind = _KINDS[(bool(order.is_limit), bool(order.is_stop))]
            return SentOrder(
                order.instrument or "",
                "buy" if direction == "buy" else "sell",
                kind,
                order.amount,
                order.price,
                order.activation_price,
                moment,
            )
        if isinstance(body, WithdrawalRequest) and body.transfer_id is not None:
            return SentWithdrawal(
                body.asset_id, body.amount, body.address, body.transfer_id, moment
            )
        return None

    def candidates(self, sent: SentOrder | SentWithdrawal) -> Plan[list[Any]]:
        if isinstance(sent, SentOrder):
            matches, seen_all = yield from self.helpers.order_candidates_seen(sent)
            if not matches and not seen_all:
                raise CannotTell(
                    "the order history since the send fills a whole page: absence proves nothing"
                )
            return matches
        transfers = yield from self.helpers.transfers(_TRANSFERS)
        found = [t for t in transfers if t.transfer_id == sent.transfer_id]
        if not found and len(transfers) >= _TRANSFERS:
            raise CannotTell("the latest transfers fill the list: absence proves nothing")
        return found

    def matches(self, found: Any, sent: SentOrder | SentWithdrawal) -> bool:
        if isinstance(sent, SentOrder):
            return hasattr(found, "order_id") and matches_sent(found, sent)
        return getattr(found, "transfer_id", None) == sent.transfer_id

    def key(self, found: Order | Transfer) -> str:
        order_id = getattr(found, "order_id", None)
        if isinstance(order_id, str):
            return f"order:{order_id}"
        return f"transfer:{getattr(found, 'transfer_id', '')}"

    def answer(self, found: Any, sent: SentOrder | SentWithdrawal) -> Any:
        if isinstance(sent, SentOrder):
            from altmarket_client.models.order_response import OrderResponse

            return OrderResponse(order=found)
        return found

    def key_of_answer(self, answer: Any, sent: SentOrder | SentWithdrawal) -> str | None:
        if isinstance(sent, SentOrder):
            order = getattr(answer, "order", None)
            return None if order is None else self.key(order)
        transfer_id = getattr(answer, "transfer_id", None)
        return None if transfer_id is None else f"transfer:{transfer_id}"

    def unsettleable(self, sent: SentOrder | SentWithdrawal) -> str | None:
        return None

    def dump(self, sent: SentOrder | SentWithdrawal) -> tuple[str, str]:
        if isinstance(sent, SentOrder):
            fields: dict[str, Any] = {
                "instrument": sent.instrument,
                "side": sent.side,
                "order_type": str(sent.order_type),
                "amount": str(sent.amount),
                "price": None if sent.price is None else str(sent.price),
                "stop_price": None if sent.stop_price is None else str(sent.stop_price),
                "sent_at": sent.sent_at.isoformat(),
            }
            return "altmarket.order", json.dumps(fields)
        fields = {
            "asset": sent.asset,
            "amount": str(sent.amount),
            "address": sent.address,
            "transfer_id": sent.transfer_id,
            "sent_at": sent.sent_at.isoformat(),
        }
        return "altmarket.withdrawal", json.dumps(fields)

    def load(self, kind: str, text: str) -> SentOrder | SentWithdrawal:
        fields = json.loads(text)
        sent_at = datetime.fromisoformat(fields["sent_at"])
        if kind == "altmarket.order":
            order_type = OrderType(fields["order_type"])
            return SentOrder(
                fields["instrument"],
                fields["side"],
                order_type,
                Decimal(fields["amount"]),
                None if fields["price"] is None else Decimal(fields["price"]),
                None if fields["stop_price"] is None else Decimal(fields["stop_price"]),
                sent_at,
            )
        if kind == "altmarket.withdrawal":
            return SentWithdrawal(
                fields["asset"],
                Decimal(fields["amount"]),
                fields["address"],
                fields["transfer_id"],
                sent_at,
            )
        raise ValueError(f"not an AltMarket intent: {kind!r}")
