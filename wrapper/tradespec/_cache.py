"""A cached answer (the market list, the assets), fetched once for a burst of concurrent callers.

A plan asks for a cached value by yielding a ``Cached`` (``_operations``): the runner then
fetches through :meth:`Cache.fill_sync` (threads wait on a lock: one fetch, the others take its
value) or
:meth:`Cache.fill_async` (tasks wait on the fetch in flight). A refresh asked for while another
caller's fetch was under way takes that fresh value instead of fetching again.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import asyncio

__all__ = ["Cache"]

T = TypeVar("T")


class Cache(Generic[T]):
    """One cached value, shared by a client and its ``with_options`` copies."""

    __slots__ = ("_generation", "_lock", "_pending", "value")

    def __init__(self) -> None:
        self.value: T | None = None
        self._generation = 0
        self._lock = threading.Lock()
        self._pending: asyncio.Future[None] | None = None

    def clear(self) -> None:
        self.value = None

    def _fresh(self, refresh: bool, seen: int) -> T | None:
        if self.value is not None and (not refresh or self._generation != seen):
            return self.value
        return None

    def fill_sync(self, fetch: Callable[[], T], refresh: bool) -> T:
        """The value; fetched now when absent (or ``refresh``), by one thread at a time."""
        seen = self._generation
        value = self._fresh(refresh, seen)
        if value is not None:
            return value
        with self._lock:
            value = self._fresh(refresh, seen)
            if value is None:
                value = self.value = fetch()
                self._generation += 1
            return value

    async def fill_async(self, fetch: Callable[[], Awaitable[T]], refresh: bool) -> T:
        """The value; fetched now when absent (or ``refresh``) by one task, the others waiting
        for it. If that fetch fails, each waiting task tries once more itself."""
        import asyncio

        seen = self._generation
        waited = False
        while True:
            value = self._fresh(refresh, seen)
            if value is not None:
                return value
            pending = self._pending
            if pending is None or waited:
                break
            waited = True
            await asyncio.shield(pending)
        own = self._pending is None
        if own:
            self._pending = asyncio.get_running_loop().create_future()
        try:
            value = await fetch()
            self.value = value
            self._generation += 1
            return value
        finally:
            if own and self._pending is not None:
                self._pending.set_result(None)
                self._pending = None
