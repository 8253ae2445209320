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

The URL is sent as the engine encoded and signed it. httpx parses a URL given as text on every
request (some 10 us, a few percent of a call on loopback), though only the query changes from
call to call (a fresh ``ts``): :func:`wire_url` parses each URL without its query once, and
puts the query in as it is.
"""

from __future__ import annotations

import functools
import logging
import re
import weakref
from collections.abc import Iterable
from typing import Any

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
    if isinstance(exc, lib.TimeoutException):
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
    url._uri_reference = parsed._uri_reference._replace(query=query)
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


def _build(
    client: httpx.Client | httpx.AsyncClient, request: WireRequest, lib: Any = httpx
) -> httpx.Request:
    if lib is not httpx:
        from tradespec._transports import _httpx2

        return _httpx2.build(client, request)
    return client.build_request(
        request.method,
        wire_url(request.url),
        content=request.body,
        headers=request.headers,
        timeout=request.timeout,
    )


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
        try:
            response = self.client.send(
                _build(self.client, request, self.lib), auth=self.no_auth, follow_redirects=False
            )
        except Exception as exc:
            raise map_error(exc, self.lib) from None
        return WireResponse(response.status_code, response.headers, response.content)

    def close(self) -> None:
        """Nothing: the user's client is the user's to close."""


class AsyncHttpxBackend:
    """Sends with the user's ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.lib = library(client)
        self.no_auth = _NO_AUTH if self.lib is httpx else self.lib.Auth()

    @property
    def closed(self) -> bool:
        return self.client.is_closed

    async def send(self, request: WireRequest) -> WireResponse:
        try:
            response = await self.client.send(
                _build(self.client, request, self.lib), auth=self.no_auth, follow_redirects=False
            )
        except Exception as exc:
            raise map_error(exc, self.lib) from None
        return WireResponse(response.status_code, response.headers, response.content)

    async def aclose(self) -> None:
        """Nothing: the user's client is the user's to close."""
