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
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable

import httpx

from tradespec._transports.base import (
    MaybeSent,
    NotSent,
    SendError,
    UnreadableAnswer,
    WireRequest,
    WireResponse,
    describe,
)

__all__ = ["AsyncHttpxBackend", "HttpxBackend", "RedactingFilter", "map_error", "redact_logs"]

_NO_AUTH = httpx.Auth()
_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def map_error(exc: Exception) -> SendError:
    """The seam's error for what httpx raised."""
    detail = describe(exc)
    if isinstance(exc, httpx.DecodingError | httpx.TooManyRedirects):
        return UnreadableAnswer(detail)
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return NotSent(detail, timeout=True)
    if isinstance(exc, httpx.ConnectError):
        return NotSent(detail)
    if isinstance(exc, httpx.ProxyError | httpx.UnsupportedProtocol):
        return NotSent(detail, retryable=False)
    if isinstance(exc, httpx.TimeoutException):
        return MaybeSent(detail, timeout=True)
    if isinstance(exc, httpx.LocalProtocolError) or not isinstance(exc, httpx.TransportError):
        return MaybeSent(detail, retryable=False)
    return MaybeSent(detail)


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


def _build(client: httpx.Client | httpx.AsyncClient, request: WireRequest) -> httpx.Request:
    return client.build_request(
        request.method,
        request.url,
        content=request.body,
        headers=request.headers,
        timeout=request.timeout,
    )


class HttpxBackend:
    """Sends with the user's ``httpx.Client``."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    @property
    def closed(self) -> bool:
        return self.client.is_closed

    def send(self, request: WireRequest) -> WireResponse:
        try:
            response = self.client.send(
                _build(self.client, request), auth=_NO_AUTH, follow_redirects=False
            )
        except Exception as exc:
            raise map_error(exc) from None
        return WireResponse(response.status_code, response.headers, response.content)

    def close(self) -> None:
        """Nothing: the user's client is the user's to close."""


class AsyncHttpxBackend:
    """Sends with the user's ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    @property
    def closed(self) -> bool:
        return self.client.is_closed

    async def send(self, request: WireRequest) -> WireResponse:
        try:
            response = await self.client.send(
                _build(self.client, request), auth=_NO_AUTH, follow_redirects=False
            )
        except Exception as exc:
            raise map_error(exc) from None
        return WireResponse(response.status_code, response.headers, response.content)

    async def aclose(self) -> None:
        """Nothing: the user's client is the user's to close."""
