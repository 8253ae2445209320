"""The sync default backend: urllib3, with exact knowledge of whether a request left.

urllib3 raises the same ``SSLError`` or ``ProtocolError`` for a failure while connecting and for
one after the request was written, so its exception types alone cannot say "never sent". The
connections here record it instead: the first byte of the request proper (not a proxy's
``CONNECT``) marks the attempt as sent, in a thread-local flag the backend reads when urllib3
raises. Before that mark, every failure is :class:`~.base.NotSent`.

urllib3 is told to do nothing on its own: no retries, no redirects; the body is read whole
before the connection goes back to the pool. A pool keeps up to 20 idle connections per host
(httpx keeps 20); more concurrent threads open extra connections that are closed after use.

Timeouts (``httpx.Timeout``): ``connect`` bounds connecting and, since urllib3 writes the request
on the socket with the timeout it connected with, every write too; ``read`` bounds each wait for
the answer's bytes. ``write`` is not used (writes are bounded by ``connect``), and neither is
``pool``: the pool never blocks, so no request waits for a connection. The attempt's deadline
bounds the whole answer: the response reads the socket through :class:`_DeadlineSocketIO`,
which gives each ``recv`` only the time left (a server trickling a byte a second cannot hold the
attempt past it), so it ends in urllib3's own ``ReadTimeoutError``.

The body is streamed (``preload_content=False``) into a :class:`~.base.BodyReader`, which
decodes it and stops at the cap; urllib3 decodes nothing itself.
"""

from __future__ import annotations

import http.client
import io
import socket
import threading
import time
from typing import Any

import urllib3
from urllib3 import connection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    DecodeError,
    LocationValueError,
    NewConnectionError,
    ProxyError,
    ProxySchemeUnknown,
    ReadTimeoutError,
)
from urllib3.exceptions import TimeoutError as Urllib3Timeout
from urllib3.util import parse_url

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

__all__ = ["Urllib3Backend", "map_error"]

_KEEP_ALIVE = 20
_progress = threading.local()
# urllib3 makes a Retry of ``retries=False`` on every request (twice: the manager and the pool
# each convert it); one made here is taken as it is. Retry objects are never changed (an
# increment makes a new one).
_NO_RETRIES = urllib3.Retry(False, redirect=False)


# Named as urllib3's own: the name shows in urllib3's messages, so in tradespec's errors.
class _DeadlineSocketIO(socket.SocketIO):
    """The socket as a response reads it: each ``recv`` waits at most until the deadline."""

    def __init__(self, sock: socket.socket, deadline: float, read: float | None) -> None:
        super().__init__(sock, "rb")
        self._socket = sock
        self._deadline = deadline
        self._read = read

    def readinto(self, b: Any) -> int | None:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            self._timeout_occurred = True
            raise TimeoutError("timed out: the attempt's deadline passed")
        read = self._read
        self._socket.settimeout(remaining if read is None or read > remaining else read)
        return super().readinto(b)


class _Response(http.client.HTTPResponse):
    """http.client's response, reading through :class:`_DeadlineSocketIO` when the attempt has
    a deadline (what ``sock.makefile`` would give, with the deadline)."""

    def __init__(
        self, sock: socket.socket, debuglevel: int = 0, method: str | None = None, url: Any = None
    ) -> None:
        deadline = getattr(_progress, "deadline", None)
        # http.client's __init__ reads the socket only through sock.makefile("rb").
        source: Any = sock if deadline is None else _DeadlineFile(sock, deadline)
        super().__init__(source, debuglevel, method, url)


class _DeadlineFile:
    """What ``_Response`` hands http.client for its socket: a ``makefile`` whose reader is a
    :class:`_DeadlineSocketIO` (made once, not a plain reader made and closed first)."""

    __slots__ = ("_deadline", "_sock")

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline

    def makefile(self, mode: str) -> io.BufferedReader:
        sock = self._sock
        sock._io_refs += 1  # type: ignore[attr-defined]  # as socket.makefile does
        raw = _DeadlineSocketIO(sock, self._deadline, sock.gettimeout())
        return io.BufferedReader(raw, io.DEFAULT_BUFFER_SIZE)


class HTTPConnection(connection.HTTPConnection):
    """Marks the attempt as sent at the first byte of the request itself."""

    response_class = _Response

    _connecting = False

    def connect(self) -> None:
        self._connecting = True
        try:
            super().connect()
        finally:
            self._connecting = False

    def send(self, data: Any) -> None:
        if not self._connecting:
            if self.sock is None:
                self.connect()
            _progress.sent = True
        super().send(data)


class HTTPSConnection(HTTPConnection, connection.HTTPSConnection):
    pass


class _Pool(HTTPConnectionPool):
    ConnectionCls = HTTPConnection  # pyright: ignore[reportAssignmentType] (urllib3 protocol)


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = HTTPSConnection  # pyright: ignore[reportAssignmentType] (urllib3 protocol)


_POOLS: dict[str, type[HTTPConnectionPool]] = {"http": _Pool, "https": _TLSPool}


def map_error(exc: Exception, sent: bool) -> SendError:
    """The seam's error for what urllib3 raised, ``sent`` telling whether any byte left."""
    detail = describe(exc)
    if isinstance(exc, DecodeError):
        return UnreadableAnswer(detail)
    if isinstance(exc, LocationValueError | ProxySchemeUnknown):
        return NotSent(detail, retryable=False)
    # urllib3's NewConnectionError (refused, DNS) is a ConnectTimeoutError by inheritance only.
    timeout = isinstance(exc, Urllib3Timeout | TimeoutError) and not isinstance(
        exc, NewConnectionError
    )
    if not sent:
        # A proxy that refuses the tunnel refuses it again.
        refused_tunnel = isinstance(exc, ProxyError) and "Tunnel connection failed" in detail
        return NotSent(detail, timeout=timeout, retryable=not refused_tunnel)
    return MaybeSent(detail, timeout=timeout or isinstance(exc, ReadTimeoutError))


class Urllib3Backend:
    """Sends with urllib3 pools (through a proxy when the environment names one)."""

    def __init__(self) -> None:
        self._managers: dict[str | None, urllib3.PoolManager] = {}
        self._proxies: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._context = tls_context()
        self._timeouts: dict[tuple[float | None, float | None], urllib3.Timeout] = {}
        self.closed = False

    def _manager(self, url: str) -> urllib3.PoolManager:
        origin = url[: url.find("/", url.find("//") + 2)]
        try:
            proxy = self._proxies[origin]
        except KeyError:
            proxy = self._proxies[origin] = environment_proxy(url)
        manager = self._managers.get(proxy)
        if manager is None:
            with self._lock:
                if self.closed:
                    raise NotSent("the client is closed", retryable=False)
                manager = self._managers.get(proxy)
                if manager is None:
                    manager = self._managers[proxy] = self._make(proxy)
        return manager

    def _make(self, proxy: str | None) -> urllib3.PoolManager:
        options: dict[str, Any] = {"maxsize": _KEEP_ALIVE, "ssl_context": self._context}
        manager: urllib3.PoolManager
        if proxy is None:
            manager = urllib3.PoolManager(**options)
        else:
            auth = parse_url(proxy).auth
            headers = urllib3.make_headers(proxy_basic_auth=auth) if auth else None
            manager = urllib3.ProxyManager(proxy, proxy_headers=headers, **options)
        manager.pool_classes_by_scheme = _POOLS
        return manager

    def _timeout(self, request: WireRequest) -> urllib3.Timeout:
        # One per limits, shared: urllib3 starts its clocks on a clone of it for each request.
        t = request.timeout
        key = (t.connect, t.read)
        timeout = self._timeouts.get(key)
        if timeout is None:
            timeout = self._timeouts[key] = urllib3.Timeout(connect=t.connect, read=t.read)
        return timeout

    def send(self, request: WireRequest) -> WireResponse:
        _progress.sent = False
        _progress.deadline = request.deadline
        try:
            response = self._manager(request.url).urlopen(
                request.method,
                request.url,
                body=request.body,
                headers=request.headers,
                retries=_NO_RETRIES,
                redirect=False,
                timeout=self._timeout(request),
                preload_content=False,
                decode_content=False,
            )
        except SendError:
            raise
        except Exception as exc:
            raise map_error(exc, getattr(_progress, "sent", True)) from None
        finally:
            _progress.deadline = None
        return WireResponse(response.status, response.headers, _read_body(response, request))

    def close(self) -> None:
        with self._lock:
            self.closed = True
            managers, self._managers = list(self._managers.values()), {}
        for manager in managers:
            manager.clear()


_CHUNK = 64 * 1024


def _read_body(response: urllib3.BaseHTTPResponse, request: WireRequest) -> bytes:
    """The body, read and decoded within the cap; the connection is closed unless it was
    read to its end."""
    done = False
    try:
        headers = response.headers
        encoding = headers.get("Content-Encoding")
        length = headers.get("Content-Length")
        if encoding is None and length and length.isdigit():
            # Neither decoded nor chunked: read in one call (the reader's second, empty read is
            # not needed to know the end). http.client raises IncompleteRead for a body cut short.
            size = int(length)
            limit = request.max_bytes or DEFAULT_MAX_RESPONSE_BYTES
            if size > limit:
                raise BodyReader(None, limit).too_large()
            if 0 < size <= _CHUNK:
                body = response.read(size, decode_content=False)
                if len(body) != size:  # the connection ended it: as urllib3 says on its next read
                    raise MaybeSent(
                        f"IncompleteRead: the answer ended after {len(body)} of {size} bytes"
                    )
                done = True
                return body
        reader = BodyReader(encoding, request.max_bytes)
        if length and length.isdigit() and not reader.decodes and int(length) > reader.limit:
            raise reader.too_large()
        while chunk := response.read(_CHUNK, decode_content=False):
            reader.feed(chunk)
        body = reader.body()
        done = True
        return body
    except SendError:
        raise
    except Exception as exc:
        raise map_error(exc, True) from None
    finally:
        if not done:
            response.close()  # closes its connection: what is left unread is never read
        response.release_conn()
