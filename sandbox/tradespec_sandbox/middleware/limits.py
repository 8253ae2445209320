"""Limits on what one request may make the sandbox hold, and for how long.

* A body is at most ``MAX_BODY`` bytes (1 MiB, a thousand times a real request): a larger
  ``Content-Length`` is answered 413 before anything is read, and a chunked body is cut off
  with a 413 once it grows past the limit (``BodyLimitMiddleware``).
* A request's line and headers are at most ``MAX_HEADER_BYTES`` (64 KiB) together and at most
  ``MAX_HEADERS`` (100) headers; beyond either, 431 and the connection is closed. uvicorn has no
  such settings for its httptools parser, so ``LimitedHttpToolsProtocol`` counts them; on h11
  (where httptools is missing) its own buffer limit is set to the same size and its 431 kept,
  and ``BodyLimitMiddleware`` counts them again (h11 checks its buffer only while a request is
  incomplete, so headers that arrive at once pass it).
* A connection must finish sending a request's headers within ``HEADER_TIMEOUT`` seconds of
  opening or of starting the request (408, then closed): unfinished headers do not keep a
  connection open.

So one request holds at most about 1.1 MiB (its body and headers) while it is served.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..domain.errors import SandboxError
from ..http.web import error_response

MAX_BODY = 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
MAX_HEADERS = 100
HEADER_TIMEOUT = 10.0

_TOO_LARGE = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"connection: close\r\n"
    b"content-length: %d\r\n\r\n%s"
)
_TIMED_OUT = b"HTTP/1.1 408 Request Timeout\r\nconnection: close\r\ncontent-length: 0\r\n\r\n"
_TOO_LARGE_TEXT = (
    f"Request headers too large: at most {MAX_HEADERS} headers and {MAX_HEADER_BYTES:,} bytes."
).encode()


def _too_large(exc: Exception | None = None) -> SandboxError:
    return SandboxError(
        413,
        "PayloadTooLarge",
        f"The body is larger than the sandbox takes ({MAX_BODY:,} bytes).",
        headers={"Connection": "close"},
    )


def _headers_too_large() -> SandboxError:
    message = _TOO_LARGE_TEXT.decode()
    return SandboxError(431, None, message, headers={"Connection": "close"})


class BodyLimitMiddleware:
    """Answers 413 to a body beyond ``MAX_BODY`` bytes, declared or sent, and 431 to headers
    beyond the limits that the protocol let through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = scope["headers"]
        size = len(scope.get("raw_path") or b"") + sum(len(n) + len(v) + 4 for n, v in headers)
        if len(headers) > MAX_HEADERS or size > MAX_HEADER_BYTES:
            await error_response(scope["path"], _headers_too_large())(scope, receive, send)
            return
        for name, value in headers:
            if name == b"content-length":
                if not value.isdigit() or int(value) > MAX_BODY:
                    await error_response(scope["path"], _too_large())(scope, receive, send)
                    return
                break
        received = 0

        async def bounded() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY:
                    raise _too_large()
            return message

        await self.app(scope, bounded, send)


class _HeaderWatch:
    """The header timeout, for either protocol: armed while a request's headers are awaited."""

    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    cycle: Any
    _timer: asyncio.TimerHandle | None = None
    _headers_too_large = False

    def _arm(self) -> None:
        if self._timer is None:
            self._timer = self.loop.call_later(HEADER_TIMEOUT, self._timed_out)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _timed_out(self) -> None:
        self._timer = None
        if not self.transport.is_closing():
            self.transport.write(_TIMED_OUT)
            self.transport.close()

    def _watch(self, feed: Any, data: bytes) -> None:
        cycle = self.cycle
        if cycle is None or cycle.response_complete:
            self._arm()  # the bytes of a new request's line and headers
        feed(data)
        if self.cycle is not cycle and self.cycle is not None:
            self._disarm()  # its headers are complete: the request is being served

    def _send_431(self) -> None:
        self._disarm()
        self.transport.write(_TOO_LARGE % (len(_TOO_LARGE_TEXT), _TOO_LARGE_TEXT))
        self.transport.close()


try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is missing: uvicorn runs on h11
    LimitedHttpToolsProtocol: type | None = None
else:

    class _LimitedHttpTools(_HeaderWatch, HttpToolsProtocol):
        """uvicorn's httptools protocol, with header size and count limits and a timeout."""

        _header_bytes = 0
        _header_count = 0

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            self._watch(super().data_received, data)

        def on_message_begin(self) -> None:
            self._header_bytes = self._header_count = 0
            super().on_message_begin()

        def _count(self, size: int, headers: int) -> None:
            self._header_bytes += size
            self._header_count += headers
            if self._header_bytes > MAX_HEADER_BYTES or self._header_count > MAX_HEADERS:
                self._headers_too_large = True
                raise ValueError("request headers too large")  # the parser stops: see below

        def on_url(self, url: bytes) -> None:
            self._count(len(url), 0)
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._count(len(name) + len(value) + 4, 1)
            super().on_header(name, value)

        def send_400_response(self, msg: str) -> None:
            # uvicorn answers any parser error 400; the one raised by _count is a 431.
            if self._headers_too_large:
                self._send_431()
            else:
                super().send_400_response(msg)

    LimitedHttpToolsProtocol = _LimitedHttpTools


class LimitedH11Protocol(_HeaderWatch, H11Protocol):
    """uvicorn's h11 protocol, with h11's 431 for headers beyond its buffer, and the timeout."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        next_event = self.conn.next_event

        def watched() -> Any:
            try:
                return next_event()
            except h11.RemoteProtocolError as exc:
                self._headers_too_large = exc.error_status_hint == 431
                raise

        self.conn.next_event = watched  # type: ignore[method-assign]

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._watch(super().data_received, data)

    def send_400_response(self, msg: str) -> None:
        if self._headers_too_large:
            self._send_431()
        else:
            super().send_400_response(msg)
