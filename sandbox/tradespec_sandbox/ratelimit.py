"""The sandbox's rate limit: requests per second per account, beyond it 429 with Retry-After.

Off unless ``SandboxState.rate_limit`` is set (``--rate-limit N``, ``serve_in_thread(rate_limit=N)``
or ``POST /_sandbox/settings``). Who is counted:

* AltMarket: each API key (the ``Key`` header; a request without one, by client address);
* Hashgreen's private operations (``/orders``): each bearer token (without one, by address);
* Hashgreen's public operations: each client address;
* the test-only API under ``/_sandbox``: never.

Each of them has a token bucket holding one second's worth of requests (``N``), refilled at
``N`` per second: a burst of ``N`` passes at once, then ``N`` a second. A refused request is
answered in the API's error shape (AltMarket ``{"errors": [{"code": "TooManyRequests", ...}]}``,
Hashgreen ``{"code": 429, "msg", "data": null}``) with ``Retry-After``: the whole seconds until
the bucket holds a request again (at least 1). A refused request takes nothing from the bucket.

A reset of the sandbox or a change of settings starts every bucket afresh. The check runs
on the server's event loop with no await inside it, so it needs no lock.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from decimal import Decimal

from starlette.types import ASGIApp, Receive, Scope, Send

from .state import SandboxState
from .web import ALTMARKET_PREFIX, HASHGREEN_PREFIX, ApiError, error_response

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
        if tokens >= 1.0:
            if len(self._buckets) >= MAX_BUCKETS and key not in self._buckets:
                self._forget_idle(now)
            self._buckets[key] = (tokens - 1.0, now)
            return 0.0
        self._buckets[key] = (tokens, now)
        return (1.0 - tokens) / self.rate

    def _forget_idle(self, now: float) -> None:
        """Drop the buckets that have filled up again: they are as good as new."""
        full = [
            key
            for key, (tokens, then) in self._buckets.items()
            if tokens + (now - then) * self.rate >= self.capacity
        ]
        for key in full:
            del self._buckets[key]


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def rate_key(scope: Scope) -> str | None:
    """Whose bucket a request counts against, or None when it is not limited."""
    path: str = scope.get("path", "")
    client = scope.get("client")
    address = f"address:{client[0] if client else '?'}"
    if path.startswith(ALTMARKET_PREFIX + "/"):
        key = _header(scope, b"key")
        return f"altmarket:key:{key}" if key else f"altmarket:{address}"
    if path.startswith(HASHGREEN_PREFIX + "/"):
        if path.startswith(HASHGREEN_PREFIX + "/orders"):
            scheme, _, token = (_header(scope, b"authorization") or "").partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return f"hashgreen:token:{token.strip()}"
        return f"hashgreen:{address}"
    return None


class RateLimitMiddleware:
    """Answers 429 to requests beyond ``state.rate_limit``; passes everything when it is None."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state
        self._buckets: TokenBuckets | None = None
        self._epoch = -1

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rate = self.state.rate_limit
        if rate is None or scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        key = rate_key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        buckets = self._buckets
        epoch = self.state.rate_limit_epoch
        if buckets is None or buckets.rate != rate or self._epoch != epoch:
            buckets = self._buckets = TokenBuckets(rate)  # set, changed or reset at run time
            self._epoch = epoch
        wait = buckets.take(key)
        if not wait:
            await self.app(scope, receive, send)
            return
        retry_after = max(1, math.ceil(wait))
        error = ApiError(
            429,
            "TooManyRequests",
            f"Too many requests: at most {rate:g} per second per account; "
            f"retry after {retry_after} s.",
            headers={"Retry-After": str(retry_after)},
        )
        await error_response(scope["path"], error)(scope, receive, send)
