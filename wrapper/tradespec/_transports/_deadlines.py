"""The async backends' attempt deadlines: one timer for every attempt in flight on a loop.

``asyncio.timeout`` bounds one block with a timer of its own: a ``Timeout``, a ``TimerHandle``
pushed on the loop's heap and cancelled again, and two coroutines for ``async with``, on every
attempt. Measured against a raw aiohttp call on loopback, that was the largest cost tradespec
added to a call. Here an attempt costs an entry on a heap of this module's own, and the loop
holds one timer, armed for the earliest deadline in flight: a call that ends before its
deadline (nearly all do) leaves the timer as it is, and when it fires with nothing due it is
armed again for the next deadline.

What happens at a deadline is what ``asyncio.timeout`` does: the task is cancelled, and the
``CancelledError`` that reaches the end of the watched block becomes the attempt's own error
(:func:`past_deadline`), while a cancellation from anyone else goes through untouched.

    with deadlines.watch(seconds):  # None: no deadline
        ...  # the attempt's I/O
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
from types import TracebackType
from typing import Final

from tradespec._transports.base import MaybeSent

__all__ = ["Deadlines", "Watch", "past_deadline"]

_LIVE: Final = 0
_DONE: Final = 1  # ended before its deadline, still on the heap until it reaches the top
_EXPIRED: Final = 2  # its deadline passed: the task was cancelled, the entry taken off

COMPACT_AT: Final = 1024
"""Ended entries kept on the heap before it is rebuilt without them (when they are also
more than half of it): a call stuck at the top does not make the heap grow without bound."""


class Watch:
    """One attempt's deadline, for the block it is entered around (:meth:`Deadlines.watch`)."""

    __slots__ = ("cancelling", "owner", "state", "task")

    def __init__(self, owner: Deadlines, task: asyncio.Task[object], cancelling: int) -> None:
        self.owner = owner
        self.task: asyncio.Task[object] | None = task
        self.cancelling = cancelling
        self.state = _LIVE

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        cut = self.owner.finish(self)
        if cut and exc_type is not None and issubclass(exc_type, asyncio.CancelledError):
            raise past_deadline() from None


_UNWATCHED: Final = contextlib.nullcontext()


class Deadlines:
    """Every deadline in flight on one event loop, behind one timer."""

    __slots__ = ("_armed", "_dead", "_handle", "_heap", "_loop", "_order")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._heap: list[tuple[float, int, Watch]] = []
        self._handle: asyncio.TimerHandle | None = None
        self._armed = float("inf")
        self._dead = 0
        self._order = itertools.count()

    @classmethod
    def of(cls, held: Deadlines | None) -> Deadlines:
        """``held`` if it is the running loop's, else a new one for it (a backend used from a
        second loop gets its own)."""
        loop = asyncio.get_running_loop()
        if held is not None and held._loop is loop:
            return held
        return cls(loop)

    def watch(self, seconds: float | None) -> contextlib.AbstractContextManager[None]:
        """The running task's attempt, for a ``with`` block: cancelled if it is still in the
        block ``seconds`` from now, and the block then ends with :func:`past_deadline`
        (None: no deadline, nothing watched)."""
        if seconds is None:
            return _UNWATCHED
        loop = self._loop
        task = asyncio.current_task(loop)
        if task is None:  # pragma: no cover - aiohttp and httpx need a task as well
            raise RuntimeError("an attempt's deadline needs a running task")
        watch = Watch(self, task, task.cancelling())
        when = loop.time() + seconds
        heapq.heappush(self._heap, (when, next(self._order), watch))
        if when < self._armed:
            self._arm(when)
        return watch

    def finish(self, watch: Watch) -> bool:
        """The attempt ended (any way): its deadline no longer applies. True if the deadline
        cut it: the cancellation it asked for is taken back then, and a ``CancelledError``
        the attempt ends with is the deadline's, not someone else's (as ``asyncio.timeout``
        tells them apart)."""
        cut = False
        if watch.state == _LIVE:
            watch.state = _DONE
            self._dead += 1
        elif watch.task is not None:
            cut = watch.task.uncancel() <= watch.cancelling
        watch.task = None
        heap = self._heap
        while heap and heap[0][2].state == _DONE:
            heapq.heappop(heap)
            self._dead -= 1
        if self._dead > COMPACT_AT and 2 * self._dead > len(heap):
            heap[:] = [entry for entry in heap if entry[2].state == _LIVE]
            heapq.heapify(heap)
            self._dead = 0
        return cut

    def _arm(self, when: float) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = self._loop.call_at(when, self._fire)
        self._armed = when

    def _fire(self) -> None:
        self._handle = None
        self._armed = float("inf")
        now = self._loop.time()
        heap = self._heap
        while heap:
            when, _, watch = heap[0]
            if watch.state == _DONE:
                heapq.heappop(heap)
                self._dead -= 1
                continue
            if when > now:
                self._arm(when)
                return
            heapq.heappop(heap)
            watch.state = _EXPIRED
            if watch.task is not None:
                watch.task.cancel()


def past_deadline() -> MaybeSent:
    """The error of an attempt cut at its deadline: it may have reached the server."""
    return MaybeSent("timed out: the attempt's deadline passed", timeout=True)
