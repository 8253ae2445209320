"""Pacing one client's requests: ``rate_limit=``, and the pause a 429 asks for.

A :class:`RateLimiter` belongs to a client and is shared by its ``with_options`` copies. It never
sleeps itself: :meth:`~RateLimiter.reserve` takes the next free slot under a lock held for a few
arithmetic operations and answers how long to wait for it, and the send loop (``_send_loops``)
waits that long with its own sleep: ``time.sleep`` in the calling thread, ``asyncio.sleep`` in the
calling task. So one limiter paces threads and tasks alike, with no thread of its own and none per
request, and the tests' sleep hook (``client._transport.sleep``) stands in for every wait. The wait
comes before the request is built, so an AltMarket signature's ``ts`` is always fresh.

Pacing (``rate_limit=N``): slots ``1/N`` s apart ("virtual scheduling", the GCRA of ATM networks),
no burst. ``N`` a second never exceeds a server's token bucket of ``N`` a second, whatever the
bucket's size, and ``N`` requests made at once finish ``(N-1)/N`` s later.

A 429 with ``Retry-After: R`` (the engine reports it; even with ``rate_limit=None``): nothing of
this client is sent before ``R`` has passed, not only the refused request's retry. The requests
that waited would all go the moment the pause ends, and all but a few be refused again, so after
a pause they are spaced at the pace the server was seen to accept: the answers other than 429 in
the second before the 429 (one per ``R`` s when there were none). That pace holds until the
requests queued behind it have gone and ``R`` more seconds have passed; a ``rate_limit`` is never
exceeded. A 120-request burst against a server allowing 20 a second thus costs the 100 refusals
of the burst itself, then none, instead of some 300 (each retry wave refused but for 20).

Why not a library: pyrate-limiter (4.5.1 here) does sync and async, but sleeps by itself
(``time.sleep`` / ``asyncio.sleep``, not the client's sleep), leaks its buckets from a background
thread or task, counts whole milliseconds, and has no notion of a pause the server imposes, which
would have to be written beside it anyway; aiolimiter (1.3.0) is async only. This is one lock and
a few floats.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

__all__ = ["MIN_RATE", "RateLimiter"]

MIN_RATE = 1 / 86400
"""The slowest ``rate_limit``: one request a day."""
_WINDOW = 1.0
"""Seconds of accepted answers a pace after a 429 is learned from."""
_REMEMBERED = 4096
"""Accepted answers remembered (the fastest pace learned is this many per window)."""


class RateLimiter:
    """When each request of one client (and its ``with_options`` copies) may go."""

    __slots__ = (
        "_accepted",
        "_clock",
        "_interval",
        "_lock",
        "_next",
        "_pace",
        "_pace_until",
        "epoch",
        "not_before",
        "rate",
    )

    def __init__(
        self, rate: float | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        """Requests per second (``rate_limit``), or None."""
        self._interval = 0.0 if rate is None else 1.0 / rate
        self._clock = clock
        self._lock = threading.Lock()
        self._next = 0.0
        """The next free slot, when paced."""
        self.not_before = 0.0
        """The end of the pause the last 429 asked for (on ``clock``)."""
        self.epoch = 0
        """Bumped by every pause: a waiter that sees it change takes a slot after the pause."""
        self._pace = 0.0
        """The interval learned from a 429 (0.0: none), and until when it holds."""
        self._pace_until = 0.0
        self._accepted: deque[float] = deque(maxlen=_REMEMBERED)

    def now(self) -> float:
        """The limiter's clock (``time.monotonic``)."""
        return self._clock()

    def reserve(self, ready: float = 0.0) -> float:
        """Take the next slot for a request ready to go at ``ready`` (on :meth:`now`'s clock; the
        end of a retry's backoff, which a test's sleep does not really wait out): the seconds to
        wait from then (0.0: go)."""
        if not self._interval and not self._pace:  # no pacing: only a pause can hold it
            wait = self.not_before - max(self._clock(), ready)
            return wait if wait > 0.0 else 0.0
        with self._lock:
            now = max(self._clock(), ready)
            pace = self._pace
            if pace and now >= self._pace_until and self._next <= now:
                self._pace = pace = 0.0
            interval = max(self._interval, pace)
            slot = max(now, self._next, self.not_before)
            if interval:
                self._next = slot + interval
            return slot - now

    def paused(self) -> bool:
        """Whether a 429's pause is still on."""
        return self.not_before > self._clock()

    def accepted(self) -> None:
        """An answer other than 429 came back (what a pace after a pause is learned from)."""
        self._accepted.append(self._clock())

    def pause(self, seconds: float) -> None:
        """A 429 asked to wait ``seconds``: nothing is sent before then, and paced after."""
        with self._lock:
            now = self._clock()
            self.not_before = max(self.not_before, now + seconds)
            self.epoch += 1
            since = now - _WINDOW
            accepted = 0
            for at in reversed(self._accepted):
                if at < since:
                    break
                accepted += 1
            self._pace = _WINDOW / accepted if accepted else max(seconds, _WINDOW)
            self._pace_until = self.not_before + seconds
