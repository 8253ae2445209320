"""The backend for an ``http_client=`` of the user's: an ``httpx.Client`` or ``AsyncClient``,
used as given (its pool, proxies, TLS settings and transport), never closed by tradespec.

httpx's exceptions say where they happened: ``ConnectError``, ``ConnectTimeout`` and
``PoolTimeout`` are raised before any byte of the request is written, and ``ProxyError`` when a
proxy refused the tunnel; those are :class:`~.base.NotSent`. Every other failure may come after
the request left: :class:`~.base.MaybeSent`. Redirects are never followed, whatever the client's
``follow_redirects`` says, and the client's own ``auth`` is not applied (tradespec signs).

httpcore logs response headers at DEBUG as they arrive, before tradespec sees them; while a
client of the user's is in use, :class:`RedactingFilter` removes every credential of the live
clients from the records of httpx's and httpcore's loggers.

The attempt's deadline: httpcore reads each timeout from the request's ``timeout`` extension
when it starts waiting (for a pooled connection, connecting, each write, each read), so the
extension given here (:class:`_DeadlineTimeouts`) answers, for every phase, the lesser of the
caller's timeout and the time left: a server trickling a byte a second meets a ``ReadTimeout``
at the deadline, with the classification of the phase it hit (a pool or connect timeout is
"never sent"). httpcore asks once per phase, though, not once per ``recv``: a server trickling
its headers a byte at a time would hold the headers phase. An async attempt is therefore also
cancelled a moment after the deadline (:mod:`._deadlines`), whatever its transport. A sync
attempt cannot be cancelled; its socket is closed at the deadline instead, by one
:class:`_Watchdog` thread (shared, started on first use), told the socket through httpcore's
``trace`` extension when the answer's headers start: the blocked read returns, and the attempt
ends as a timeout. Between the body's chunks the deadline is checked too. So on httpx's own
transport (httpcore) every phase of a sync attempt ends by the deadline plus the watchdog's
slack; a custom transport that reads neither extension bounds only what it bounds itself.

The body is streamed raw (``iter_raw``: httpx decompresses nothing) into a
:class:`~.base.BodyReader`, which decodes it and stops at the cap.

The URL is sent as the engine encoded and signed it. httpx parses a URL given as text on every
request (some 10 us, a few percent of a call on loopback), though only the query changes from
call to call (a fresh ``ts``): :func:`wire_url` parses each URL without its query once, and
puts the query in as it is.
"""

from __future__ import annotations

import contextlib
import functools
import heapq
import itertools
import logging
import re
import socket
import sys
import threading
import time
import types
import weakref
from collections.abc import Iterable
from typing import Any

import httpx

from tradespec._transports._deadlines import COMPACT_AT, Deadlines
from tradespec._transports.base import (
    BodyReader,
    MaybeSent,
    NotSent,
    SendError,
    UnreadableAnswer,
    WireRequest,
    WireResponse,
    describe,
)

__all__ = [
    "AsyncHttpxBackend",
    "HttpxBackend",
    "RedactingFilter",
    "map_error",
    "redact_logs",
    "wire_url",
]

_NO_AUTH = httpx.Auth()
_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    # httpx2's, with httpcore2 (which logs as httpcore does).
    "httpx2",
    "httpcore2",
    "httpcore2.connection",
    "httpcore2.http11",
    "httpcore2.http2",
    "httpcore2.proxy",
    "httpcore2.socks",
)


def map_error(exc: Exception, lib: Any = httpx) -> SendError:
    """The seam's error for what httpx (or ``lib``, httpx2: the same classes) raised."""
    detail = describe(exc)
    if isinstance(exc, lib.DecodingError | lib.TooManyRedirects):
        return UnreadableAnswer(detail)
    if isinstance(exc, lib.ConnectTimeout | lib.PoolTimeout):
        return NotSent(detail, timeout=True)
    if isinstance(exc, lib.ConnectError):
        return NotSent(detail)
    if isinstance(exc, lib.ProxyError | lib.UnsupportedProtocol):
        return NotSent(detail, retryable=False)
    if isinstance(exc, lib.TimeoutException | TimeoutError):
        return MaybeSent(detail, timeout=True)
    if isinstance(exc, lib.LocalProtocolError) or not isinstance(exc, lib.TransportError):
        return MaybeSent(detail, retryable=False)
    return MaybeSent(detail)


def library(client: object) -> Any:
    """The module of ``client``'s classes: ``httpx``, or ``httpx2`` (Pydantic's continuation
    of httpx, the same API under another name) for an ``httpx2.Client`` / ``AsyncClient``,
    which the backends below drive as they drive httpx's."""
    if isinstance(client, httpx.Client | httpx.AsyncClient):
        return httpx
    from tradespec._transports import _httpx2

    return _httpx2.module_of(client)


class RedactingFilter(logging.Filter):
    """Replaces the credentials of live clients in httpx's and httpcore's log records."""

    def __init__(self) -> None:
        super().__init__("tradespec-redact")
        self._owners: weakref.WeakKeyDictionary[object, tuple[str, ...]] = (
            weakref.WeakKeyDictionary()
        )

    def watch(self, owner: object, secrets: Iterable[str]) -> None:
        self._owners[owner] = tuple(secret for secret in secrets if secret)

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = [s for owned in list(self._owners.values()) for s in owned]
        if not secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in secrets:
            if secret in redacted:
                redacted = redacted.replace(secret, "<redacted>")
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = RedactingFilter()
_installed = False


def redact_logs(owner: object, secrets: Iterable[str]) -> None:
    """Keep ``secrets`` out of httpx's and httpcore's logs while ``owner`` lives."""
    global _installed
    _FILTER.watch(owner, secrets)
    if not _installed:
        for name in _LOGGERS:
            logging.getLogger(name).addFilter(_FILTER)
        _installed = True


@functools.lru_cache(maxsize=512)
def _parsed(url: str) -> tuple[httpx.URL, bool]:
    """``url`` (without a query) parsed, and whether a query can be put into it as it is: what
    httpx's parse of the whole URL gives, checked once here (else every call parses)."""
    parsed = httpx.URL(url)
    sample = "ts=2024-01-02T03%3A04%3A05.678901&a=b%2Fc"
    try:
        fast = _with_query(parsed, sample)
    except (AttributeError, TypeError, ValueError):
        return parsed, False
    return parsed, str(fast) == str(httpx.URL(f"{url}?{sample}"))


def _with_query(parsed: httpx.URL, query: str) -> httpx.URL:
    # httpx.URL(other) and copy_with() both parse the whole URL again; its parse result is a
    # NamedTuple whose query is replaced here (httpx >= 0.23; _parsed checks it gives the same).
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = parsed._uri_reference._replace(query=query)  # pyright: ignore[reportPrivateUsage]
    return url


# A query httpx's parse leaves as it is: unreserved characters, separators, percent escapes (what
# the engine's encoding writes). Any other query is parsed by httpx, as before.
_ENCODED_QUERY = re.compile(r"(?:[A-Za-z0-9._~&=+-]|%[0-9A-Fa-f]{2})*")


def wire_url(url: str) -> httpx.URL:
    """The encoded, signed ``url`` as an ``httpx.URL``, its query not encoded again."""
    prefix, mark, query = url.partition("?")
    parsed, fast = _parsed(prefix)
    if not mark:
        return parsed
    if fast and _ENCODED_QUERY.fullmatch(query):
        return _with_query(parsed, query)
    return httpx.URL(url)


class _DeadlineTimeouts(dict[str, Any]):
    """The ``timeout`` extension of one attempt: each phase's timeout, never past the deadline
    (httpcore asks with ``.get`` as each wait begins)."""

    __slots__ = ("deadline",)

    def __init__(self, timeouts: dict[str, Any], deadline: float) -> None:
        super().__init__(timeouts)
        self.deadline = deadline

    def get(self, key: str, default: Any = None) -> Any:
        value = super().get(key, default)
        remaining = self.deadline - time.monotonic()
        remaining = remaining if remaining > 0.001 else 0.001
        if value is None or value > remaining:
            return remaining
        return value


class _Watchdog:
    """Shuts down the sockets of sync attempts still reading at their deadline: one daemon
    thread for every client, which sleeps until the next deadline (or a new earlier one)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, socket.socket]] = []
        self._live: set[int] = set()
        self._tokens = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def watch(self, deadline: float, sock: socket.socket) -> int:
        token = next(self._tokens)
        with self._wake:
            self._live.add(token)
            heapq.heappush(self._heap, (deadline + _SLACK, token, sock))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="tradespec-deadlines", daemon=True
                )
                self._thread.start()
            elif self._heap[0][1] == token:
                self._wake.notify()
        return token

    def release(self, token: int) -> None:
        with self._wake:
            self._live.discard(token)
            heap = self._heap
            # Released entries leave the heap when they reach its top; behind an attempt stuck
            # there, they are dropped once they are most of it (_deadlines' bound, for threads).
            if len(heap) > 2 * COMPACT_AT and len(heap) > 2 * len(self._live):
                heap[:] = [entry for entry in heap if entry[1] in self._live]
                heapq.heapify(heap)

    def _run(self) -> None:
        with self._wake:
            while True:
                while self._heap and self._heap[0][1] not in self._live:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._wake.wait()
                    continue
                due, token, sock = self._heap[0]
                wait = due - time.monotonic()
                if wait > 0:
                    self._wake.wait(wait)
                    continue
                heapq.heappop(self._heap)
                self._live.discard(token)
                with contextlib.suppress(OSError):  # already closed
                    sock.shutdown(socket.SHUT_RDWR)


_WATCHDOG = _Watchdog()


class _Attempt:
    """A sync attempt's ``trace`` extension: when the answer's headers start, the connection's
    socket is handed to the watchdog until the attempt ends."""

    __slots__ = ("deadline", "outer", "token")

    def __init__(self, deadline: float, outer: Any) -> None:
        self.deadline = deadline
        self.outer = outer
        self.token: int | None = None

    def __call__(self, name: str, info: dict[str, Any]) -> None:
        if self.outer is not None:
            self.outer(name, info)
        if self.token is None and name.endswith(".receive_response_headers.started"):
            sock = _socket_of_caller()
            if sock is not None:
                self.token = _WATCHDOG.watch(self.deadline, sock)

    def done(self) -> None:
        if self.token is not None:
            _WATCHDOG.release(self.token)
            self.token = None


def _socket_of_caller() -> socket.socket | None:
    """The socket of the httpcore connection whose ``Trace`` called the extension: the
    connection (``self``, holding ``_network_stream``) a few frames up. None if not found."""
    frame: types.FrameType | None = sys._getframe(2)  # pyright: ignore[reportPrivateUsage]
    for _ in range(6):
        if frame is None:
            return None
        owner = frame.f_locals.get("self")
        stream = getattr(owner, "_network_stream", None)
        if stream is not None:
            try:
                sock = stream.get_extra_info("socket")
            except Exception:
                return None
            return sock if isinstance(sock, socket.socket) else None
        frame = frame.f_back
    return None


_SLACK = 0.05
"""How long after the deadline an async attempt is cancelled, when its transport did not end
it: later than httpcore's own timeouts, which say in which phase it ended."""


def _build(
    client: httpx.Client | httpx.AsyncClient, request: WireRequest, lib: Any = httpx
) -> httpx.Request:
    if lib is not httpx:
        from tradespec._transports import _httpx2

        return _with_deadline(_httpx2.build(client, request), request)
    built = client.build_request(
        request.method,
        wire_url(request.url),
        content=request.body,
        headers=request.headers,
        timeout=request.timeout,
    )
    return _with_deadline(built, request)


def _with_deadline(built: httpx.Request, request: WireRequest) -> httpx.Request:
    """``built`` with the attempt's deadline in its ``timeout`` extension (see the module)."""
    if request.deadline is not None:
        built.extensions["timeout"] = _DeadlineTimeouts(
            built.extensions.get("timeout") or {}, request.deadline
        )
    return built


def _reader(response: httpx.Response, request: WireRequest) -> BodyReader:
    if response.is_stream_consumed:
        # A response made with its content (a MockTransport's): httpx has read and decoded it
        # already; only its size is left to check.
        reader = BodyReader(None, request.max_bytes)
        reader.feed(response.content)
        return reader
    reader = BodyReader(response.headers.get("Content-Encoding"), request.max_bytes)
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and not reader.decodes and int(length) > reader.limit:
        raise reader.too_large()
    return reader


class HttpxBackend:
    """Sends with the user's ``httpx.Client``."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.lib = library(client)
        self.no_auth = _NO_AUTH if self.lib is httpx else self.lib.Auth()

    @property
    def closed(self) -> bool:
        return self.client.is_closed

    def send(self, request: WireRequest) -> WireResponse:
        built = _build(self.client, request, self.lib)
        attempt = None
        if request.deadline is not None:
            attempt = _Attempt(request.deadline, built.extensions.get("trace"))
            built.extensions["trace"] = attempt
        try:
            response = self.client.send(
                built, auth=self.no_auth, follow_redirects=False, stream=True
            )
            try:
                reader = _reader(response, request)
                for chunk in () if response.is_stream_consumed else response.iter_raw():
                    reader.feed(chunk)
                    if request.expired():
                        raise MaybeSent("timed out: the attempt's deadline passed", timeout=True)
                body = reader.body()
            finally:
                response.close()
        except SendError:
            raise
        except Exception as exc:
            if attempt is not None and attempt.token is not None and request.expired():
                # The watchdog closed the socket at the deadline.
                raise MaybeSent(
                    f"timed out: the attempt's deadline passed ({describe(exc)})", timeout=True
                ) from None
            raise map_error(exc, self.lib) from None
        finally:
            if attempt is not None:
                attempt.done()
        return WireResponse(response.status_code, response.headers, body)

    def close(self) -> None:
        """Nothing: the user's client is the user's to close."""


class AsyncHttpxBackend:
    """Sends with the user's ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.lib = library(client)
        self.no_auth = _NO_AUTH if self.lib is httpx else self.lib.Auth()
        self._deadlines: Deadlines | None = None

    @property
    def closed(self) -> bool:
        return self.client.is_closed

    async def send(self, request: WireRequest) -> WireResponse:
        remaining = request.remaining()
        deadlines = self._deadlines = Deadlines.of(self._deadlines)
        try:
            with deadlines.watch(None if remaining is None else remaining + _SLACK):
                response = await self.client.send(
                    _build(self.client, request, self.lib),
                    auth=self.no_auth,
                    follow_redirects=False,
                    stream=True,
                )
                try:
                    reader = _reader(response, request)
                    if not response.is_stream_consumed:
                        async for chunk in response.aiter_raw():
                            reader.feed(chunk)
                    body = reader.body()
                finally:
                    await response.aclose()
        except SendError:
            raise
        except Exception as exc:
            raise map_error(exc, self.lib) from None
        return WireResponse(response.status_code, response.headers, body)

    async def aclose(self) -> None:
        """Nothing: the user's client is the user's to close."""
