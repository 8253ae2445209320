"""The I/O: sending a :class:`~tradespec._engine.Call` with httpx, sync or async, and sleeping
between the retries the engine asks for."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from tradespec._engine import Attempts, Call, Engine, RetryIn
from tradespec.errors import TradespecError

__all__ = ["AsyncHttp", "AsyncTransport", "SyncHttp", "SyncTransport"]

T = TypeVar("T")
_USER_AGENT = "tradespec/0.1.0"


class SyncHttp:
    """The httpx.Client: the one given, or one made on first use and closed by close()."""

    def __init__(self, given: httpx.Client | None, timeout: float | httpx.Timeout | None) -> None:
        self._client = given
        self.owned = given is None
        self._timeout = timeout
        self._lock = threading.Lock()
        self.closed = False

    def get(self) -> httpx.Client:
        client = self._client
        if client is None:
            with self._lock:
                if self.closed:
                    raise TradespecError("the client is closed")
                if self._client is None:
                    self._client = httpx.Client(
                        timeout=self._timeout, headers={"User-Agent": _USER_AGENT}
                    )
                client = self._client
        return client

    def close(self) -> None:
        self.closed = True
        if self.owned and self._client is not None:
            self._client.close()


class AsyncHttp:
    """The httpx.AsyncClient: the one given, or one made on first use and closed by aclose()."""

    def __init__(
        self, given: httpx.AsyncClient | None, timeout: float | httpx.Timeout | None
    ) -> None:
        self._client = given
        self.owned = given is None
        self._timeout = timeout
        self.closed = False

    def get(self) -> httpx.AsyncClient:
        client = self._client
        if client is None:
            if self.closed:
                raise TradespecError("the client is closed")
            client = self._client = httpx.AsyncClient(
                timeout=self._timeout, headers={"User-Agent": _USER_AGENT}
            )
        return client

    async def aclose(self) -> None:
        self.closed = True
        if self.owned and self._client is not None:
            await self._client.aclose()


class SyncTransport:
    """Sends calls with an httpx.Client, sleeping between retries."""

    def __init__(self, engine: Engine, http: SyncHttp) -> None:
        self.engine = engine
        self.http = http
        self.sleep: Callable[[float], None] = time.sleep

    def execute(self, call: Call[T]) -> T:
        engine = self.engine
        state = Attempts()
        while True:
            state.number += 1
            client = self.http.get()
            if client.is_closed:
                raise TradespecError("the client is closed (or its http_client was closed)")
            request = engine.build(client, call)
            outcome: T | RetryIn | TradespecError
            try:
                response = client.send(request, auth=engine.auth_for(call))
            except Exception as exc:
                outcome = engine.on_exception(call, request, exc, state)
            else:
                outcome = engine.on_response(call, request, response, state)
            if isinstance(outcome, RetryIn):
                if outcome.delay > 0:
                    self.sleep(outcome.delay)
                continue
            if isinstance(outcome, TradespecError):
                raise outcome
            return outcome

    def with_engine(self, engine: Engine) -> SyncTransport:
        transport = SyncTransport(engine, self.http)
        transport.sleep = self.sleep
        return transport


class AsyncTransport:
    """Sends calls with an httpx.AsyncClient, sleeping between retries."""

    def __init__(self, engine: Engine, http: AsyncHttp) -> None:
        import asyncio  # only async clients need it

        self.engine = engine
        self.http = http
        self.sleep: Callable[[float], Any] = asyncio.sleep

    async def execute(self, call: Call[T]) -> T:
        engine = self.engine
        state = Attempts()
        while True:
            state.number += 1
            client = self.http.get()
            if client.is_closed:
                raise TradespecError("the client is closed (or its http_client was closed)")
            request = engine.build(client, call)
            outcome: T | RetryIn | TradespecError
            try:
                response = await client.send(request, auth=engine.auth_for(call))
            except Exception as exc:
                outcome = engine.on_exception(call, request, exc, state)
            else:
                outcome = engine.on_response(call, request, response, state)
            if isinstance(outcome, RetryIn):
                if outcome.delay > 0:
                    await self.sleep(outcome.delay)
                continue
            if isinstance(outcome, TradespecError):
                raise outcome
            return outcome

    def with_engine(self, engine: Engine) -> AsyncTransport:
        transport = AsyncTransport(engine, self.http)
        transport.sleep = self.sleep
        return transport
