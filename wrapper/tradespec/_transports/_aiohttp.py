"""The async default backend: aiohttp.

aiohttp raises its connector errors only while it opens a connection, before any byte of the
request is written: ``ClientConnectorError`` (refused, DNS, TLS handshake and certificate, the
proxy unreachable), ``ConnectionTimeoutError`` (connecting, or waiting for a free connection of
the pool), and ``ClientHttpProxyError`` (the proxy refused the tunnel). Those are
:class:`~.base.NotSent`; anything later (a read timeout, a reset, a cut body) is
:class:`~.base.MaybeSent`.

aiohttp is told to do nothing on its own: no redirects, no cookies, no netrc, and no silent
second try of a GET on a kept-alive connection that broke (the engine decides every retry). The
URL is sent as encoded and signed, never re-quoted. The pool holds 100 connections (as httpx's).

The attempt's deadline: aiohttp's ``connect`` timeout (waiting for the pool and connecting) is
at most the attempt's length, so a connect that cannot finish in time is still "never sent";
the whole attempt is cut a moment past the deadline (:mod:`._deadlines`, one timer for all
attempts in flight), which a server trickling its headers or body cannot outlast. The body is
read raw (``auto_decompress=False``) into a :class:`~.base.BodyReader`, which decodes it and
stops at the cap.
"""

from __future__ import annotations

import asyncio
import inspect
import select
import weakref
from typing import TYPE_CHECKING, Any

import aiohttp
from yarl import URL

from tradespec._transports._deadlines import Deadlines
from tradespec._transports.base import (
    DEFAULT_MAX_RESPONSE_BYTES,
    BodyReader,
    MaybeSent,
    NotSent,
    SendError,
    UnreadableAnswer,
    WireRequest,
    WireResponse,
    describe,
    environment_proxy,
    tls_context,
)

if TYPE_CHECKING:
    from aiohttp.client_proto import ResponseHandler
    from aiohttp.client_reqrep import ConnectionKey
    from aiohttp.connector import Connection
    from aiohttp.tracing import Trace

__all__ = ["AiohttpBackend", "map_error"]

_POOL = 100
_KEEP_ALIVE_SECONDS = 5.0  # httpx's keepalive_expiry
_SLACK = 0.05
"""How long after the deadline an attempt is cancelled: later than aiohttp's connect timeout,
which says the request never left."""


def map_error(exc: Exception) -> SendError:
    """The seam's error for what aiohttp raised while sending or reading."""
    detail = describe(exc)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return NotSent(detail, timeout=True)
    if isinstance(exc, aiohttp.ClientHttpProxyError):
        return NotSent(detail, retryable=False)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return NotSent(detail)
    if isinstance(exc, aiohttp.InvalidURL):
        return NotSent(detail, retryable=False)
    if isinstance(exc, aiohttp.ClientPayloadError) and "decompress" in detail.lower():
        return UnreadableAnswer(detail)
    timeout = isinstance(exc, asyncio.TimeoutError | TimeoutError)
    return MaybeSent(detail, timeout=timeout)


def _readable(transport: asyncio.BaseTransport | None) -> bool:
    """Whether an idle connection's socket has something to read: the server closed it (or
    sent what no request asked for). httpcore makes the same check before it reuses one."""
    if transport is None or transport.is_closing():
        return True
    sock = transport.get_extra_info("socket")
    if sock is None:
        return False
    if not hasattr(select, "poll"):  # Windows
        return bool(select.select([sock], [], [], 0)[0])
    poller = select.poll()
    poller.register(sock.fileno(), select.POLLIN)
    return bool(poller.poll(0))


class _CheckedOnConnect(aiohttp.TCPConnector):
    """Never hands out a kept-alive connection the server has already closed.

    aiohttp learns that an idle connection was closed only when its event loop next reads the
    socket; a request sent on it meanwhile fails with ``ServerDisconnectedError``, which cannot
    be told apart from a server that took the request and died, so an order on it would end
    with an unknown fate although it never reached the server. A reused connection whose
    socket is readable is closed here instead, and another one taken.

    This one checks in ``connect`` (what an aiohttp without 3.11's ``_get`` offers); see
    :class:`_CheckedOnReuse`.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)  # pyright: ignore[reportUnknownMemberType] (aiohttp's own)
        self._handed_out: weakref.WeakSet[ResponseHandler] = weakref.WeakSet()

    async def connect(
        self, req: aiohttp.ClientRequest, traces: list[Trace], timeout: aiohttp.ClientTimeout
    ) -> Connection:
        while True:
            connection = await super().connect(req, traces, timeout)
            protocol = connection.protocol
            if protocol is None:
                return connection
            if protocol not in self._handed_out:
                self._handed_out.add(protocol)
                return connection
            if not _readable(connection.transport):
                return connection
            connection.close()


class _CheckedOnReuse(aiohttp.TCPConnector):
    """:class:`_CheckedOnConnect`'s promise, kept where aiohttp takes a pooled connection
    (``_get``, aiohttp 3.11 on): only reused connections pass there, and a request waiting for a
    free connection keeps no frame of this class alive (a fan-out of a thousand calls on a pool
    of a hundred keeps nine hundred waiting)."""

    async def _get(self, key: ConnectionKey, traces: list[Trace]) -> Connection | None:
        get = super()._get  # pyright: ignore[reportPrivateUsage]
        while (connection := await get(key, traces)) is not None:
            if not _readable(connection.transport):
                return connection
            connection.close()
        return None


def _takes_pooled_in_get() -> bool:
    """Whether this aiohttp takes a pooled connection in ``async _get(key, traces)``, the shape
    it has had since 3.11 (checked, as it is not aiohttp's public API)."""
    get = getattr(aiohttp.BaseConnector, "_get", None)
    if get is None or not inspect.iscoroutinefunction(get):
        return False
    return list(inspect.signature(get).parameters) == ["self", "key", "traces"]


_Connector: type[aiohttp.TCPConnector] = (
    _CheckedOnReuse if _takes_pooled_in_get() else _CheckedOnConnect
)


async def _read(response: aiohttp.ClientResponse, request: WireRequest) -> WireResponse:
    """The answer to ``request``, its body read within the cap. Its own coroutine: a request
    waiting for the pool or for its answer keeps none of these locals (a fan-out of a thousand
    keeps most waiting)."""
    headers = response.headers
    encoding = headers.get("Content-Encoding")
    length = response.content_length
    content = response.content
    if encoding is None and length is not None and length > 0:
        # Neither decoded nor chunked: the body is read as it comes, within its
        # length (aiohttp's parser stops there, and raises for a body cut short).
        limit = request.max_bytes or DEFAULT_MAX_RESPONSE_BYTES
        if length > limit:
            raise BodyReader(None, limit).too_large()
        body = await content.read(length)
        if len(body) < length:
            parts = [body]
            size = len(body)
            while size < length and (part := await content.read(length - size)):
                parts.append(part)
                size += len(part)
            if size < length:  # aiohttp raises first; never a body cut short
                raise MaybeSent(f"the answer ended after {size} of {length} bytes")
            body = b"".join(parts)
        return WireResponse(response.status, headers, body)
    reader = BodyReader(encoding, request.max_bytes)
    if length is not None and not reader.decodes and length > reader.limit:
        raise reader.too_large()
    while chunk := await content.readany():
        reader.feed(chunk)
    return WireResponse(response.status, headers, reader.body())


class AiohttpBackend:
    """Sends with one aiohttp session, made on first use (inside the running loop)."""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str | None] = {}
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        self._deadlines: Deadlines | None = None
        self.closed = False

    def _open(self) -> aiohttp.ClientSession:
        if self.closed:
            raise NotSent("the client is closed", retryable=False)
        connector = _Connector(
            limit=_POOL, ssl=tls_context(), keepalive_timeout=_KEEP_ALIVE_SECONDS
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            trust_env=False,
            # No skip_auto_headers: every request carries its own User-Agent (the engine's
            # headers), which aiohttp never replaces; a skip list costs a header copy a request.
        )
        if hasattr(session, "_retry_connection"):
            # aiohttp retries a request on a closed pooled connection itself; the send loop
            # decides what is resent, so that is off (a private flag, checked to exist).
            session._retry_connection = False  # pyright: ignore[reportPrivateUsage]
        self._session = session
        return session

    def _timeout(self, request: WireRequest, remaining: float | None) -> aiohttp.ClientTimeout:
        t = request.timeout
        # A read timeout no shorter than the whole attempt cannot end a wait before the
        # deadline does (its watch, in send): no timer is set for it on every read.
        read = t.read
        if read is not None and remaining is not None and read >= remaining:
            read = None
        key = (t.connect, read, t.pool, request.deadline is not None)
        timeout = self._timeouts.get(key)
        if timeout is None:
            # ``connect`` bounds waiting for the pool and connecting; ``sock_connect`` the
            # connection alone; ``sock_read`` every wait for the server's bytes.
            pool_and_connect = None if t.pool is None or t.connect is None else t.pool + t.connect
            if request.deadline is not None and pool_and_connect is not None:
                # Ends before the attempt's deadline, so that it says "never sent".
                pool_and_connect = min(pool_and_connect, max(t.connect or 0.0, t.pool or 0.0))
            timeout = self._timeouts[key] = aiohttp.ClientTimeout(
                total=None, connect=pool_and_connect, sock_connect=t.connect, sock_read=read
            )
        return timeout

    def _proxy(self, url: str) -> str | None:
        origin = url[: url.find("/", url.find("//") + 2)]
        try:
            return self._proxies[origin]
        except KeyError:
            proxy = self._proxies[origin] = environment_proxy(url)
            return proxy

    async def send(self, request: WireRequest) -> WireResponse:
        session = self._session or self._open()
        proxy = self._proxy(request.url)
        remaining = request.remaining()
        deadlines = self._deadlines = Deadlines.of(self._deadlines)
        try:
            with deadlines.watch(None if remaining is None else remaining + _SLACK):
                async with session.request(
                    request.method,
                    URL(request.url, encoded=True),
                    data=request.body,
                    headers=request.headers,
                    allow_redirects=False,
                    timeout=self._timeout(request, remaining),
                    proxy=proxy,
                ) as response:
                    return await _read(response, request)
        except SendError:
            raise
        except (aiohttp.ClientError, OSError) as exc:  # TimeoutError is an OSError
            raise map_error(exc) from None

    @property
    def is_open(self) -> bool:
        return self._session is not None and not self._session.closed

    async def aclose(self) -> None:
        self.closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()
