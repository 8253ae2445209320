"""When to try a request again, and how long to wait.

What may be retried depends on the operation (see :class:`Retry` below); this module holds
the timing: jittered exponential backoff, and the server's ``Retry-After`` when it gives one.
"""

from __future__ import annotations

import enum
import random
from typing import NamedTuple

__all__ = ["Retry", "RetryPolicy", "is_retryable_status", "parse_retry_after"]

DEFAULT_MAX_RETRIES = 2


class Retry(enum.Enum):
    """How an operation may be repeated."""

    SAFE = "safe"
    """Idempotent (reads, cancels, the deposit address): retried on connection errors, timeouts,
    408, 429 and 5xx."""
    KEYED = "keyed"
    """Idempotent through a key the client chose (a withdrawal's ``transferId``): retried like
    SAFE; if every attempt fails after one may have reached the server, its fate is unknown."""
    ONCE = "once"
    """Never sent twice (orders): retried only when the request provably never left (connect
    error, connect or pool timeout); any failure after it may have arrived means fate unknown."""


def is_retryable_status(status: int) -> bool:
    """Statuses worth another attempt: 408, 429 and every 5xx (520 to 527 included)."""
    return status == 408 or status == 429 or 500 <= status <= 599


class RetryPolicy(NamedTuple):
    """Backoff timing. Delays are ``min(initial * 2**(n-1), max)`` with "equal jitter" (half
    fixed, half random), so concurrent clients spread out but never retry immediately.

    A ``Retry-After`` the server sends is obeyed as is when it is at most ``max_retry_after``
    seconds; a longer one is not waited out silently: the error is raised, carrying it.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, retry_number: int) -> float:
        """The jittered delay before retry number ``retry_number`` (1 for the first retry)."""
        base = min(self.initial_delay * 2.0 ** (retry_number - 1), self.max_delay)
        return base / 2 + random.uniform(0.0, base / 2)

    def delay(self, retry_number: int, retry_after: float | None) -> float | None:
        """Seconds to wait before retry ``retry_number``, or None when it should not be made."""
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return None
            return max(0.0, retry_after)
        return self.backoff(retry_number)


def parse_retry_after(value: str | None, date: str | None, now: float) -> float | None:
    """``Retry-After`` in seconds: delta-seconds, or an HTTP date.

    An HTTP date is measured from the response's ``Date`` header when there is one (both are the
    server's clock, so a skewed local clock does not matter), else from ``now``. A date in the past
    is 0; anything unreadable is None.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        if seconds != seconds or seconds in (float("inf"), float("-inf")):
            return None
        return max(0.0, seconds)
    from email.utils import parsedate_to_datetime  # only for a Retry-After that is a date

    try:
        target = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    reference = now
    if date:
        try:
            reference = parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            reference = now
    return max(0.0, target - reference)
