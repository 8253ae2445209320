"""The transport seam: what a backend is given, what it returns, and the errors it may raise.

The exception tree a backend maps its library's errors into::

    SendError                the request got no answer
    ├── NotSent              nothing of it left this machine: connection refused, connect
    │                        timeout, DNS, pool timeout, TLS handshake, proxy tunnel refused
    ├── MaybeSent            some or all of it may have reached the server: read timeout,
    │                        reset, a write that failed after the first byte, a broken answer
    └── UnreadableAnswer     an answer came, but its bytes cannot be decoded (bad gzip)

An order is sent again only after :class:`NotSent`, so a backend must raise it only when it is
certain; anything it cannot place is :class:`MaybeSent`.

What every backend shares is here too: which proxy the environment names for a URL (as httpx
reads ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY``), and the TLS context
(httpx's own: certifi's CA bundle, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` when set).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    import ssl

    import httpx

__all__ = [
    "AsyncBackend",
    "MaybeSent",
    "NotSent",
    "SendError",
    "SyncBackend",
    "UnreadableAnswer",
    "WireRequest",
    "WireResponse",
    "environment_proxy",
    "tls_context",
]


class WireRequest(NamedTuple):
    """One attempt, exactly as it goes on the wire (signed: the backend changes nothing)."""

    method: str
    url: str
    """Absolute and already encoded, query included: a backend must not re-encode it."""
    path: str
    """The path alone, for logs and error messages."""
    headers: dict[str, str]
    body: bytes | None
    timeout: httpx.Timeout

    def __repr__(self) -> str:
        # Never the headers or the body: they carry the credentials and the signature.
        return f"<WireRequest {self.method} {self.path}>"


class WireResponse(NamedTuple):
    status: int
    headers: Mapping[str, str]
    """Case-insensitive (each library's own header mapping)."""
    body: bytes

    def __repr__(self) -> str:
        # A server may echo credentials in its headers or body.
        return f"<WireResponse {self.status}, {len(self.body)} bytes>"


class SendError(Exception):
    """The request got no answer; see the module docstring for the three kinds."""

    timeout: bool
    """A timeout (RequestTimeoutError) rather than another transport failure."""
    retryable: bool
    """False when trying again would fail the same way (a refused proxy, a bad protocol)."""

    def __init__(self, message: str, *, timeout: bool = False, retryable: bool = True) -> None:
        super().__init__(message)
        self.timeout = timeout
        self.retryable = retryable


class NotSent(SendError):
    """Nothing of the request left this machine: sending it again cannot duplicate it."""


class MaybeSent(SendError):
    """Some or all of the request may have reached the server."""


class UnreadableAnswer(SendError):
    """An answer came but its body cannot be decoded."""


class SyncBackend(Protocol):
    @property
    def closed(self) -> bool: ...
    def send(self, request: WireRequest) -> WireResponse: ...
    def close(self) -> None: ...


class AsyncBackend(Protocol):
    @property
    def closed(self) -> bool: ...
    async def send(self, request: WireRequest) -> WireResponse: ...
    async def aclose(self) -> None: ...


def describe(exc: BaseException) -> str:
    """``Type: message`` of an exception and the causes it chains, for the error's text."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(parts) < 4:
        seen.add(id(current))
        text = str(current)
        part = f"{type(current).__name__}: {text}" if text else type(current).__name__
        if not any(part in earlier for earlier in parts):
            parts.append(part)
        current = current.__cause__ or current.__context__
    return " <- ".join(parts)


def environment_proxy(url: str) -> str | None:
    """The proxy the environment names for ``url``, or None (direct).

    ``HTTPS_PROXY`` / ``HTTP_PROXY`` by scheme, else ``ALL_PROXY``, each in either case, unless
    ``NO_PROXY`` names the host (a name matches itself and its subdomains; ``*`` matches all):
    what httpx does with ``trust_env=True``, read by the standard library.
    """
    import urllib.request  # only when a backend of tradespec's own first sends
    from urllib.parse import urlsplit

    proxies = urllib.request.getproxies_environment()
    if not proxies:
        return None
    parts = urlsplit(url)
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy:
        return None
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    # In the standard library since Python 2, but not in typeshed's stubs.
    if urllib.request.proxy_bypass_environment(host, proxies):  # type: ignore[attr-defined]
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def tls_context() -> ssl.SSLContext:
    """Certificates and host names checked, against the CAs httpx trusts by default: certifi's
    bundle, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` when the environment sets them."""
    import httpx

    return httpx.create_ssl_context()
