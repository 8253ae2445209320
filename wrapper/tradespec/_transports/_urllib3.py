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
``pool``: the pool never blocks, so no request waits for a connection.
"""

from __future__ import annotations

import threading
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

from tradespec._transports.base import (
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


# Named as urllib3's own: the name shows in urllib3's messages, so in tradespec's errors.
class HTTPConnection(connection.HTTPConnection):
    """Marks the attempt as sent at the first byte of the request itself."""

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
    ConnectionCls = HTTPConnection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = HTTPSConnection


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
            auth = urllib3.util.parse_url(proxy).auth
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
        try:
            response = self._manager(request.url).urlopen(
                request.method,
                request.url,
                body=request.body,
                headers=request.headers,
                retries=False,
                redirect=False,
                timeout=self._timeout(request),
                preload_content=True,
            )
        except SendError:
            raise
        except Exception as exc:
            raise map_error(exc, getattr(_progress, "sent", True)) from None
        return WireResponse(response.status, response.headers, response.data)

    def close(self) -> None:
        with self._lock:
            self.closed = True
            managers, self._managers = list(self._managers.values()), {}
        for manager in managers:
            manager.clear()
