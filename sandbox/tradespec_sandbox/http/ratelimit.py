"""The sandbox's rate limit: requests per second per account, beyond it 429 with Retry-After.

Off unless ``SandboxState.rate_limit`` is set (``--rate-limit N``, ``serve_in_thread(rate_limit=N)``
or ``POST /_sandbox/settings``). Who is counted (see ``endpoint.py``, which asks):

* AltMarket: each account, once its signature and ``ts`` passed: a request that names an API
  key without signing for it never counts against that key;
* Hashgreen's private operations: each account, once its token is known;
* everything unauthenticated (a failed signature or token, Hashgreen's public operations, an
  order posted without a token): each client address;
* the test-only API under ``/_sandbox``: never.

Memory is bounded: at most ``MAX_BUCKETS`` buckets are kept (some 200 bytes each, about 2 MiB in
all); beyond it the full (idle) ones are dropped first, then the least recently used.

Each of them has a token bucket holding one second's worth of requests (``N``), refilled at
``N`` per second: a burst of ``N`` passes at once, then ``N`` a second. A refused request is
answered in the API's error shape (AltMarket ``{"errors": [{"code": "TooManyRequests", ...}]}``,
Hashgreen ``{"code": 429, "msg", "data": null}``) with ``Retry-After``: the whole seconds until
the bucket holds a request again (at least 1). A refused request takes nothing from the bucket.

A reset of the sandbox or a change of settings starts every bucket afresh. The check runs under
the state's lock (``endpoint.py``).
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable
from decimal import Decimal

from ..domain.errors import SandboxError

MAX_RATE = 1_000_000.0
# Buckets kept before the full (idle) ones are dropped.
MAX_BUCKETS = 10_000


def parse_rate_limit(value: object) -> float | None:
    """A rate limit from JSON or the command line: a positive number, or 0 / null for none."""
    if value is None:
        return None
    number: float | None = None
    if isinstance(value, int | float | Decimal | str) and not isinstance(value, bool):
        try:
            number = float(value)
        except ValueError:
            number = None
    if number is None or not 0 <= number <= MAX_RATE:
        raise ValueError(
            f"rate_limit must be requests per second (above 0, at most {MAX_RATE:,.0f}), "
            "or 0 or null for no limit"
        )
    return number or None


class TokenBuckets:
    """One token bucket per key: capacity ``max(rate, 1)``, refilled at ``rate`` per second."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.capacity = max(rate, 1.0)
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when)

    def take(self, key: str) -> float:
        """Take one request for ``key``: 0.0 when allowed, else the seconds until one is."""
        now = self.clock()
        tokens, then = self._buckets.get(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - then) * self.rate)
        buckets = self._buckets
        if buckets.pop(key, None) is None and len(buckets) >= MAX_BUCKETS:
            self._forget_idle(now)
        # (Re)inserted last: the dict's order is least recently used first.
        if tokens >= 1.0:
            buckets[key] = (tokens - 1.0, now)
            return 0.0
        buckets[key] = (tokens, now)
        return (1.0 - tokens) / self.rate

    def __len__(self) -> int:
        return len(self._buckets)

    def _forget_idle(self, now: float) -> None:
        """Drop the buckets that have filled up again: they are as good as new."""
        full = [
            key
            for key, (tokens, then) in self._buckets.items()
            if tokens + (now - then) * self.rate >= self.capacity
        ]
        for key in full:
            del self._buckets[key]
        excess = len(self._buckets) - MAX_BUCKETS + MAX_BUCKETS // 10
        if excess > 0:  # all of them busy: the least recently used go
            for key in list(itertools.islice(self._buckets, excess)):
                del self._buckets[key]


class RateLimiter:
    """The sandbox's buckets, started afresh when the rate or its epoch changes."""

    def __init__(self) -> None:
        self.buckets: TokenBuckets | None = None
        self._epoch = -1

    def take(self, key: str, rate: float | None, epoch: int) -> None:
        """Count a request for ``key``; SandboxError 429 with Retry-After beyond the rate."""
        if rate is None:
            return
        buckets = self.buckets
        if buckets is None or buckets.rate != rate or self._epoch != epoch:
            buckets = self.buckets = TokenBuckets(rate)  # set, changed or reset at run time
            self._epoch = epoch
        wait = buckets.take(key)
        if not wait:
            return
        retry_after = max(1, math.ceil(wait))
        raise SandboxError(
            429,
            "TooManyRequests",
            f"Too many requests: at most {rate:g} per second per account; "
            f"retry after {retry_after} s.",
            headers={"Retry-After": str(retry_after)},
        )
