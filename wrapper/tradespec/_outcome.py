"""What an error says is safe: its ``outcome`` and ``retry_safe``, set on each instance.

The classes carry defaults (``tradespec.errors``); the send loop knows more about the request an
error is about, and sets both on the instance before raising it (:func:`told`):

* ``not_sent``: the last attempt never left (a connect error) and no earlier one may have
  arrived; ``rejected``: the server answered a refusal (4xx, 408, 429) and no earlier attempt
  may have arrived; ``unknown``: any attempt may have reached the server and been acted on (a
  timeout after sending, a 5xx, an answer that could not be read).
* ``retry_safe``: resending cannot double an effect: always for reads and cancels (``safe``
  operations), for a withdrawal resent with its key (``keyed``), and for an order only when it
  was ``not_sent`` or ``rejected``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tradespec._retry import Retry
from tradespec.errors import (
    APIError,
    InvalidInputError,
    OrderStateUnknownError,
    ServerError,
    TradespecError,
    TransportError,
)

if TYPE_CHECKING:
    from tradespec._engine import Attempts, Call
    from tradespec.errors import Outcome

__all__ = ["not_sent", "told"]


def told(call: Call[Any], state: Attempts, error: TradespecError) -> TradespecError:
    """``error`` with the ``outcome`` and ``retry_safe`` of ``call`` after ``state``'s attempts."""
    outcome: Outcome
    if isinstance(error, InvalidInputError):
        outcome = "not_sent"
    elif isinstance(error, OrderStateUnknownError) or state.ambiguous:
        outcome = "unknown"
    elif isinstance(error, TransportError):
        outcome = "not_sent" if state.not_sent else "unknown"
    elif isinstance(error, APIError) and not isinstance(error, ServerError):
        outcome = "rejected"
    else:
        # A 5xx, or an answer that could not be read: the server may have acted.
        outcome = "unknown"
    error.outcome = outcome
    error.retry_safe = outcome in ("not_sent", "rejected") or call.retry is not Retry.ONCE
    return error


def not_sent(error: TradespecError) -> TradespecError:
    """``error``, about a request that never left (the client was closed, say)."""
    error.outcome = "not_sent"
    error.retry_safe = True
    return error
