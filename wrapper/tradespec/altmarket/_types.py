"""AltMarket's hand-written types: what an order or a withdrawal was, as it was sent.

Everything the exchange answers is a generated model (``altmarket_client.models``), re-exported
by :mod:`tradespec.altmarket`: it carries every field the spec declares.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import attrs
from altmarket_client.models.order_type import OrderType

from tradespec._enums import SideName

__all__ = ["SentOrder", "SentWithdrawal"]


@attrs.frozen(slots=True)
class SentOrder:
    """An AltMarket order as it was sent (kept by
    :class:`~tradespec.errors.OrderStateUnknownError`, found again by ``find_order``)."""

    instrument: str
    """The market, for example ``btc_usdt``."""
    side: SideName
    """``"buy"`` or ``"sell"``."""
    order_type: OrderType
    """Limit, market, stop-limit or stop-market."""
    amount: Decimal
    """The amount of the base asset."""
    price: Decimal | None
    """The limit price, if any."""
    stop_price: Decimal | None
    """The stop (activation) price, if any."""
    sent_at: datetime
    """When it was sent, on the platform's clock as tradespec knows it (UTC)."""


@attrs.frozen(slots=True)
class SentWithdrawal:
    """An AltMarket withdrawal as it was sent; ``transfer_id`` finds it again."""

    asset: str
    """The asset withdrawn."""
    amount: Decimal
    """The amount withdrawn."""
    address: str
    """Where to."""
    transfer_id: str
    """The idempotency key the withdrawal was sent with."""
    sent_at: datetime
    """When it was sent, on the platform's clock as tradespec knows it (UTC)."""
