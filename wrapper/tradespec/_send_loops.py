"""The send loops: a :class:`~tradespec._engine.Call` built, signed and sent by a backend
(``_transports``), sync or async, with the sleeps between the retries the engine asks for, and
before each attempt the wait the client's :class:`~tradespec._ratelimit.RateLimiter` asks for
(before the request is built, so its signature's ``ts`` is fresh). Every wait goes through the
transport's ``sleep`` (``time.sleep`` in the calling thread, ``asyncio.sleep`` in the calling
task), which tests replace.

Which backend: the user's ``http_client`` (httpx's or httpx2's) as given, else urllib3 for the
sync clients and aiohttp for the async ones, made (and their library imported) on the first
request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast, overload

from tradespec._engine import Attempts, Call, Engine, RetryIn
from tradespec._messages import for_caller
from tradespec._outcome import not_sent, told
from tradespec._ratelimit import RateLimiter
from tradespec._transports.base import ACCEPT_ENCODING, SendError
from tradespec.errors import RateLimitError, RequestTimeoutError, TradespecError, TransportError

if TYPE_CHECKING:
    import httpx
    import httpx2

    from tradespec._observe import Observer
    from tradespec._transports.base import AsyncBackend, SyncBackend

__all__ = ["AsyncHttp", "AsyncTransport", "Finish", "SyncHttp", "SyncTransport"]

T = TypeVar("T")
R = TypeVar("R")
A_contra = TypeVar("A_contra", contravariant=True)
R_co = TypeVar("R_co", covariant=True)
_USER_AGENT = "tradespec/0.1.0"
_CLOSED = "the client is closed (or its http_client was closed)"


def _headers(given: bool) -> dict[str, str]:
    # Only the encodings the body reader decodes within max_response_bytes (never brotli or
    # zstd, which a caller's httpx client would ask for when their packages are installed).
    headers = {"Accept-Encoding": ACCEPT_ENCODING}
    if not given:
        headers["User-Agent"] = _USER_AGENT
    return headers


class SyncHttp:
    """The sync backend: the user's httpx.Client, or urllib3 pools made on first use and
    closed by close()."""

    def __init__(self, given: httpx.Client | httpx2.Client | None) -> None:
        self.backend: SyncBackend | None = None
        self.given = given is not None
        self.headers: dict[str, str] = _headers(self.given)
        if given is not None:
            from tradespec._transports._httpx import HttpxBackend

            # An httpx2.Client is driven as an httpx one (the backend picks its classes).
            self.backend = HttpxBackend(cast("httpx.Client", given))
        self._lock = threading.Lock()
        self.closed = False

    def get(self) -> SyncBackend:
        backend = self.backend
        if backend is None:
            with self._lock:
                if self.closed:
                    raise not_sent(TradespecError("the client is closed"))
                if self.backend is None:
                    from tradespec._transports._urllib3 import Urllib3Backend

                    self.backend = Urllib3Backend()
                backend = self.backend
        return backend

    def close(self) -> None:
        self.closed = True
        if not self.given and self.backend is not None:
            self.backend.close()


class AsyncHttp:
    """The async backend: the user's httpx.AsyncClient, or an aiohttp session made on first use
    and closed by aclose()."""

    def __init__(self, given: httpx.AsyncClient | httpx2.AsyncClient | None) -> None:
        self.backend: AsyncBackend | None = None
        self.given = given is not None
        self.headers: dict[str, str] = _headers(self.given)
        if given is not None:
            from tradespec._transports._httpx import AsyncHttpxBackend

            self.backend = AsyncHttpxBackend(cast("httpx.AsyncClient", given))
        self.closed = False

    def get(self) -> AsyncBackend:
        backend = self.backend
        if backend is None:
            if self.closed:
                raise not_sent(TradespecError("the client is closed"))
            from tradespec._transports._aiohttp import AiohttpBackend

            backend = self.backend = AiohttpBackend()
        return backend

    async def aclose(self) -> None:
        self.closed = True
        if not self.given and self.backend is not None:
            await self.backend.aclose()


class Finish(Protocol[A_contra, R_co]):
    """What a call's answer becomes, in the send loop itself (a helper's plan of one read,
    ``_operations.Then``): a helper awaited has no coroutine of its own alive while its request
    is in flight (a fan-out of a thousand keeps them all at once)."""

    @property
    def name(self) -> str:
        """The helper's name, for the message of a :class:`TransportError` it raises."""
        ...

    def result(self, answer: A_contra, /) -> R_co:
        """The helper's result from the call's answer."""
        ...


def _watch_logs(http: SyncHttp | AsyncHttp, engine: Engine) -> None:
    if http.given and engine.secrets:
        from tradespec._transports._httpx import redact_logs

        redact_logs(http, engine.secrets)


def out_of_budget(
    call: Call[Any], state: Attempts, last: TradespecError | None, limiter: RateLimiter
) -> TradespecError:
    """What a call raises when its next attempt would start past its budget: the last error
    it met (with the ``outcome`` of the attempts made), else a 429's pause (a
    ``RateLimitError``, nothing sent), else the rate limit's wait (a ``RequestTimeoutError``,
    nothing sent)."""
    if last is not None:
        return told(call, state, last)
    method, path = call.method, call.path
    pause = limiter.not_before - limiter.now()
    if pause > 0:
        return not_sent(
            RateLimitError(
                f"the client is paused {pause:.2f} s more by a 429, past this call's time "
                "(max_retries + 1) x timeout; it was not sent",
                status=429,
                method=method,
                path=path,
                retry_after=pause,
            )
        )
    return not_sent(
        RequestTimeoutError(
            "the client's rate_limit would send it after its time, (max_retries + 1) x timeout; "
            "it was not sent",
            method=method,
            path=path,
        )
    )


class SyncTransport:
    """Sends calls with the sync backend, sleeping between retries."""

    observer: Observer | None = None
    """What watches each attempt (``_observe``), set by the client; None for most."""

    def __init__(self, engine: Engine, http: SyncHttp) -> None:
        self.engine = engine
        self.http = http
        self.sleep: Callable[[float], None] = time.sleep
        _watch_logs(http, engine)

    @overload
    def execute(self, call: Call[T]) -> T: ...

    @overload
    def execute(self, call: Call[T], then: Finish[T, R]) -> R: ...

    def execute(self, call: Call[Any], then: Finish[Any, Any] | None = None) -> Any:
        """Send ``call``, retrying as the engine says; its answer, or ``then.result`` of it
        (a :class:`TransportError` then names ``then``'s helper, as the runners' do)."""
        try:
            engine = self.engine
            http = self.http
            limiter = engine.limiter
            state = Attempts()
            # When this attempt may go, on the limiter's clock: the end of its slot or of a retry's
            # backoff, which a test's sleep does not really wait out.
            ready = 0.0
            # The call's budget: no wait starts that would end past it; each backoff the engine
            # asks for extends it by that backoff.
            budget = engine.budget_seconds
            end = None if budget is None else time.monotonic() + budget
            last: TradespecError | None = None
            while True:
                state.number += 1
                epoch = limiter.epoch
                wait = limiter.reserve(ready)
                if wait > 0.0:
                    if end is not None and time.monotonic() + wait > end:
                        raise out_of_budget(call, state, last, limiter)
                    ready = max(ready, limiter.now()) + wait
                    if not self._wait(limiter, wait, epoch, end):
                        raise out_of_budget(call, state, last, limiter)
                backend = http.get()
                if backend.closed:
                    raise not_sent(TradespecError(_CLOSED))
                request = engine.build(call, http.headers)
                outcome: object
                try:
                    observer = self.observer  # hooks, logs, spans (_observe); None: nothing watches
                    response = (
                        backend.send(request)
                        if observer is None
                        else observer.send(backend, engine, call, request, state.number)
                    )
                except SendError as exc:
                    outcome = engine.on_exception(call, request, exc, state)
                else:
                    outcome = engine.on_response(call, request, response, state)
                if isinstance(outcome, RetryIn):
                    last = outcome.error
                    if outcome.delay > 0:
                        if end is not None:
                            end += outcome.delay
                        ready = max(ready, limiter.now()) + outcome.delay
                        self.sleep(outcome.delay)
                    continue
                if isinstance(outcome, TradespecError):
                    raise told(call, state, outcome)
                return outcome if then is None else then.result(outcome)
        except TransportError as exc:
            if then is None:
                raise
            raise for_caller(exc, self.engine.base_url, then.name) from exc

    def _wait(self, limiter: RateLimiter, wait: float, epoch: int, end: float | None) -> bool:
        """Wait for the slot; again, for a new one, if a 429 paused the client meanwhile.
        False, without waiting, when the wait would end past ``end``."""
        while True:
            self.sleep(wait)
            if limiter.epoch == epoch or not limiter.paused():
                return True
            epoch = limiter.epoch
            wait = limiter.reserve()
            if wait <= 0.0:
                return True
            if end is not None and time.monotonic() + wait > end:
                return False

    def with_engine(self, engine: Engine) -> SyncTransport:
        transport = SyncTransport(engine, self.http)
        transport.sleep = self.sleep
        return transport


class AsyncTransport:
    """Sends calls with the async backend, sleeping between retries."""

    observer: Observer | None = None
    """What watches each attempt (``_observe``), set by the client; None for most."""

    def __init__(self, engine: Engine, http: AsyncHttp) -> None:
        import asyncio  # only async clients need it

        self.engine = engine
        self.http = http
        self.sleep: Callable[[float], Any] = asyncio.sleep
        _watch_logs(http, engine)

    @overload
    async def execute(self, call: Call[T]) -> T: ...

    @overload
    async def execute(self, call: Call[T], then: Finish[T, R]) -> R: ...

    async def execute(self, call: Call[Any], then: Finish[Any, Any] | None = None) -> Any:
        """Send ``call``, retrying as the engine says; its answer, or ``then.result`` of it
        (a :class:`TransportError` then names ``then``'s helper, as the runners' do)."""
        try:
            engine = self.engine
            http = self.http
            limiter = engine.limiter
            state = Attempts()
            # When this attempt may go, on the limiter's clock: the end of its slot or of a retry's
            # backoff, which a test's sleep does not really wait out.
            ready = 0.0
            # The call's budget: no wait starts that would end past it; each backoff the engine
            # asks for extends it by that backoff.
            budget = engine.budget_seconds
            end = None if budget is None else time.monotonic() + budget
            last: TradespecError | None = None
            while True:
                state.number += 1
                epoch = limiter.epoch
                wait = limiter.reserve(ready)
                if wait > 0.0:
                    if end is not None and time.monotonic() + wait > end:
                        raise out_of_budget(call, state, last, limiter)
                    ready = max(ready, limiter.now()) + wait
                    if not await self._wait(limiter, wait, epoch, end):
                        raise out_of_budget(call, state, last, limiter)
                backend = http.get()
                if backend.closed:
                    raise not_sent(TradespecError(_CLOSED))
                request = engine.build(call, http.headers)
                outcome: object
                try:
                    observer = self.observer  # hooks, logs, spans (_observe); None: nothing watches
                    response = await (
                        backend.send(request)
                        if observer is None
                        else observer.asend(backend, engine, call, request, state.number)
                    )
                except SendError as exc:
                    outcome = engine.on_exception(call, request, exc, state)
                else:
                    outcome = engine.on_response(call, request, response, state)
                if isinstance(outcome, RetryIn):
                    last = outcome.error
                    if outcome.delay > 0:
                        if end is not None:
                            end += outcome.delay
                        ready = max(ready, limiter.now()) + outcome.delay
                        await self.sleep(outcome.delay)
                    continue
                if isinstance(outcome, TradespecError):
                    raise told(call, state, outcome)
                return outcome if then is None else then.result(outcome)
        except TransportError as exc:
            if then is None:
                raise
            raise for_caller(exc, self.engine.base_url, then.name) from exc

    async def _wait(self, limiter: RateLimiter, wait: float, epoch: int, end: float | None) -> bool:
        """Wait for the slot; again, for a new one, if a 429 paused the client meanwhile.
        False, without waiting, when the wait would end past ``end``."""
        while True:
            await self.sleep(wait)
            if limiter.epoch == epoch or not limiter.paused():
                return True
            epoch = limiter.epoch
            wait = limiter.reserve()
            if wait <= 0.0:
                return True
            if end is not None and time.monotonic() + wait > end:
                return False

    def with_engine(self, engine: Engine) -> AsyncTransport:
        transport = AsyncTransport(engine, self.http)
        transport.sleep = self.sleep
        return transport
