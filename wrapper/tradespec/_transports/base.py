"""The transport seam: what a backend is given, what it returns, and the errors it may raise.

The exception tree a backend maps its library's errors into::

    SendError                the request got no answer
    ├── NotSent              nothing of it left this machine: connection refused, connect
    │                        timeout, DNS, pool timeout, TLS handshake, proxy tunnel refused
    ├── MaybeSent            some or all of it may have reached the server: read timeout,
    │                        reset, a write that failed after the first byte, a broken answer
    └── UnreadableAnswer     an answer came, but its bytes cannot be decoded (bad gzip)
        └── AnswerTooLarge   ... or it is larger than the client reads (``max_response_bytes``)

An order is sent again only after :class:`NotSent`, so a backend must raise it only when it is
certain; anything it cannot place is :class:`MaybeSent`.

Every attempt has a deadline (``WireRequest.deadline``, on ``time.monotonic``): a backend ends
it there, however slowly the server trickles its headers or body, with a timeout error
(``MaybeSent`` once any byte of the request left). And every answer is read through a
:class:`BodyReader`, which decodes ``gzip`` and ``deflate`` itself, in bounded steps, and stops
at ``WireRequest.max_bytes`` counted after decompression: a 300 MiB answer compressed to
300 KiB costs at most the cap in memory, not 300 MiB. Backends ask only for those two encodings
(:data:`ACCEPT_ENCODING`); an answer in another one is unreadable.

What every backend shares is here too: which proxy the environment names for a URL (as httpx
reads ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY``), and the TLS context
(httpx's own: certifi's CA bundle, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` when set).
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    import ssl
    from zlib import _Decompress as Decompressor  # pyright: ignore[reportPrivateUsage]

    import httpx

__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "AnswerTooLarge",
    "AsyncBackend",
    "BodyReader",
    "MaybeSent",
    "NotSent",
    "SendError",
    "SyncBackend",
    "Timeout",
    "UnreadableAnswer",
    "WireRequest",
    "WireResponse",
    "environment_proxy",
    "tls_context",
]


class Timeout(NamedTuple):
    """An attempt's limits in seconds (None: unbounded), as ``httpx.Timeout``'s four parts: a
    client's ``timeout=`` read without importing httpx, which backends of their own never load.
    """

    connect: float | None
    read: float | None
    write: float | None
    pool: float | None

    @classmethod
    def of(cls, value: float | httpx.Timeout | Timeout | None) -> Timeout:
        """Seconds for all four parts, or those of an ``httpx.Timeout``."""
        if value is None or isinstance(value, int | float):
            return cls(value, value, value, value)
        return cls(value.connect, value.read, value.write, value.pool)

    def as_dict(self) -> dict[str, float | None]:
        """The four parts by name, as ``httpx.Timeout.as_dict``."""
        return self._asdict()


class WireRequest(NamedTuple):
    """One attempt, exactly as it goes on the wire (signed: the backend changes nothing)."""

    method: str
    url: str
    """Absolute and already encoded, query included: a backend must not re-encode it."""
    path: str
    """The path alone, for logs and error messages."""
    headers: dict[str, str]
    body: bytes | None
    timeout: Timeout
    deadline: float | None = None
    """When the whole attempt must have ended, on ``time.monotonic`` (None: no deadline)."""
    max_bytes: int = 0
    """The most bytes of answer read, counted after decompression (0: the default cap)."""

    def __repr__(self) -> str:
        # Never the headers or the body: they carry the credentials and the signature.
        return f"<WireRequest {self.method} {self.path}>"

    def remaining(self) -> float | None:
        """Seconds left before the deadline (never below a millisecond), or None."""
        if self.deadline is None:
            return None
        return max(self.deadline - time.monotonic(), 0.001)

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline


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


class AnswerTooLarge(UnreadableAnswer):
    """The answer is larger than the client reads (``max_response_bytes``, decompressed)."""


DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""64 MiB: no answer of either API comes near it (10,000 orders are about 3 MiB)."""
ACCEPT_ENCODING = "gzip, deflate"
"""The encodings every backend asks for: those :class:`BodyReader` decodes within its cap."""
_STEP = 1024 * 1024  # the most a decompressor writes at once


class BodyReader:
    """An answer's body, fed as raw chunks as they arrive: decoded (``gzip``, ``deflate``,
    or none) and kept, until more than ``limit`` decoded bytes, :class:`AnswerTooLarge`."""

    __slots__ = ("_decoders", "_deflate", "_parts", "_size", "limit")

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        self.limit = limit or DEFAULT_MAX_RESPONSE_BYTES
        self._parts: list[bytes] = []
        self._size = 0
        self._deflate = False
        self._decoders: list[Decompressor] = []
        # Decoded in the reverse of the order applied (RFC 9110 8.4).
        for coding in reversed([c.strip().lower() for c in (content_encoding or "").split(",")]):
            if coding in ("", "identity"):
                continue
            if coding in ("gzip", "x-gzip"):
                self._decoders.append(zlib.decompressobj(zlib.MAX_WBITS | 16))
            elif coding == "deflate":
                # The zlib format, or (as some servers send) raw deflate: httpx's guess too.
                self._decoders.append(zlib.decompressobj())
                self._deflate = True
            else:
                raise UnreadableAnswer(f"the answer is in an encoding not asked for: {coding!r}")

    def feed(self, chunk: bytes) -> None:
        """Take the next raw chunk of the body."""
        data = chunk
        for index, decoder in enumerate(self._decoders):
            data = self._inflate(index, decoder, data)
        if data:
            self._keep(data)

    def _inflate(self, index: int, decoder: Decompressor, data: bytes) -> bytes:
        pieces: list[bytes] = []
        room = self.limit - self._size
        written = 0
        try:
            while data:
                piece = decoder.decompress(data, min(_STEP, room - written + 1))
                written += len(piece)
                if written > room:
                    raise self.too_large()
                pieces.append(piece)
                data = decoder.unconsumed_tail
                if not piece and not data:
                    break
        except zlib.error as exc:
            if self._deflate and index == 0 and not self._size and not written:
                # Raw deflate: start again without the zlib header.
                self._deflate = False
                self._decoders[0] = zlib.decompressobj(-zlib.MAX_WBITS)
                return self._inflate(index, self._decoders[0], data)
            raise UnreadableAnswer(f"the answer's body cannot be decompressed ({exc})") from None
        self._deflate = False
        return b"".join(pieces)

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self.limit:
            raise self.too_large()
        self._parts.append(data)

    def too_large(self) -> AnswerTooLarge:
        """The error for an answer past the cap (its parts kept so far are dropped)."""
        self._parts.clear()
        return AnswerTooLarge(
            f"the answer is larger than max_response_bytes ({self.limit:,} bytes, counted "
            "after decompression); it was not read further"
        )

    def body(self) -> bytes:
        """The whole decoded body (call once the raw body has ended)."""
        decoders = self._decoders
        for index, decoder in enumerate(decoders):
            try:
                tail = decoder.flush()
            except zlib.error as exc:
                raise UnreadableAnswer(
                    f"the answer's body cannot be decompressed ({exc})"
                ) from None
            for later in range(index + 1, len(decoders)):
                tail = self._inflate(later, decoders[later], tail) if tail else tail
            if tail:
                self._keep(tail)
        parts = self._parts
        return parts[0] if len(parts) == 1 else b"".join(parts)

    @property
    def decodes(self) -> bool:
        """Whether the body is compressed (its length on the wire says nothing of the cap)."""
        return bool(self._decoders)

    @property
    def size(self) -> int:
        """Decoded bytes so far."""
        return self._size


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
    import os
    import ssl  # only when a backend of tradespec's own first sends

    # What httpx.create_ssl_context() makes, without importing httpx.
    cafile = os.environ.get("SSL_CERT_FILE")
    if cafile:
        return ssl.create_default_context(cafile=cafile)
    capath = os.environ.get("SSL_CERT_DIR")
    if capath:
        return ssl.create_default_context(capath=capath)
    import certifi

    return ssl.create_default_context(cafile=certifi.where())
