"""What an :class:`~tradespec.errors.OrderStateUnknownError` reports as sent when the request
came through ``exchange.api`` or ``exchange.request`` (the exchanges' helpers report their own:
``tradespec.altmarket.SentOrder``, ``SentWithdrawal``, ``tradespec.hashgreen.SentOffer``)."""

from __future__ import annotations

from datetime import datetime

import attrs

__all__ = ["SentRequest"]


@attrs.frozen(slots=True)
class SentRequest:
    """A request sent through ``exchange.api`` or ``exchange.request`` whose fate is unknown
    (kept by :class:`~tradespec.errors.OrderStateUnknownError`)."""

    operation: str
    """The ``operationId`` (or ``request`` for ``exchange.request``)."""
    method: str
    """The HTTP method, upper case."""
    path: str
    """The path as sent, relative to the base URL (the query string apart)."""
    sent_at: datetime
    """When it was sent, on this machine's clock (UTC)."""
