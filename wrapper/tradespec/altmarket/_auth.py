"""AltMarket's HMAC signing and the platform's clock.

The engine signs every attempt with ``sign_wire`` on the query and body bytes exactly as they go
on the wire, whatever the backend, and again on every attempt: a retry gets a fresh ``ts`` and a
fresh signature. :class:`AltMarketAuth` is also an ``httpx.Auth``, for plain httpx.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Generator, Mapping
from datetime import UTC, datetime
from decimal import Decimal

import httpx

__all__ = ["AltMarketAuth", "Clock", "encode_altmarket", "ticks_to_unix"]

# .NET ticks (100 ns units since 0001-01-01T00:00:00Z) at the Unix epoch.
_TICKS_AT_EPOCH = 621_355_968_000_000_000
_TICKS_PER_SECOND = 10_000_000
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def ticks_to_unix(ticks: int) -> float:
    """.NET ticks (AltMarket's ``serverTime``) as Unix seconds."""
    return (ticks - _TICKS_AT_EPOCH) / _TICKS_PER_SECOND


class Clock:
    """The platform's clock as seen from here: local time plus a learned offset.

    AltMarket refuses a ``ts`` more than 5 s from its own clock, so a machine whose clock is off
    signs with ``time.time() + offset``. The offset is learned from ``serverTime`` whenever the
    markets are fetched, and from the ``Date`` header of a 401 (see the transport).
    """

    __slots__ = ("offset",)

    offset: float
    """Seconds the platform's clock is ahead of this machine's."""

    def __init__(self, offset: float = 0.0) -> None:
        self.offset = offset

    def now(self) -> float:
        """The platform's current time, in Unix seconds."""
        return time.time() + self.offset

    def timestamp(self) -> str:
        """The platform's current UTC time in ISO 8601 without zone, as the reference signs it."""
        moment = datetime.fromtimestamp(self.now(), UTC).replace(tzinfo=None)
        return moment.isoformat(timespec="microseconds")

    def learn(self, server_unix: float, local_unix: float) -> None:
        """Take the offset from a server time observed at local time ``local_unix``."""
        self.offset = server_unix - local_unix

    def __repr__(self) -> str:
        return f"Clock(offset={self.offset:+.3f})"


def encode_altmarket(payload: object) -> bytes:
    """An AltMarket request body, as the platform verifies its signature: what Python's
    ``json.dumps`` writes by default (``", "`` and ``": "``, non-ASCII escaped), money as the
    exact ``Decimal`` text (the generated ``write_json``), and without ``ts``, which the signer
    adds on every attempt."""
    from altmarket_client.types import write_json

    if not isinstance(payload, Mapping):
        raise TypeError(f"AltMarket request bodies are JSON objects, got {type(payload).__name__}")
    fields = {key: value for key, value in payload.items() if key != "ts"}
    return write_json(fields, separators=(", ", ": "), ensure_ascii=True)


def _body_with_ts(content: bytes | None, ts: str) -> bytes:
    """``content`` (a JSON object written by :func:`encode_altmarket`) with ``ts`` added last:
    the same bytes, not written again."""
    field = b'"ts": ' + json.dumps(ts).encode("ascii")
    if content is None or content == b"{}":
        return b"{" + field + b"}"
    return content[:-1] + b", " + field + b"}"


class AltMarketAuth(httpx.Auth):
    """Signs AltMarket requests with headers ``Key`` and ``Sign``.

    GET and DELETE: ``ts`` joins the query, and the payload is ``?`` plus the query string exactly
    as sent. POST: ``ts`` joins the JSON body, written as plain ``json.dumps(obj)`` does (the
    reference's default separators) with money as its exact decimal text, and the payload is those
    body bytes. ``Sign`` is the uppercase hex HMAC-SHA512 of the payload under the secret. Setting
    ``ts`` replaces any earlier one, so signing the same request twice is safe.

    Usable on its own with plain httpx::

        httpx.Client(auth=AltMarketAuth(key, secret))
    """

    requires_request_body = True
    unsigned_query_methods = _BODY_METHODS
    """The methods whose signature covers the body only: a query parameter added to one of
    them would be sent unsigned (the clients refuse ``extra_query`` there)."""

    def __init__(self, api_key: str, api_secret: str, clock: Clock | None = None) -> None:
        self._key = api_key
        # Keyed once; each signature copies the keyed state instead of re-deriving the pads.
        self._mac = hmac.new(api_secret.encode("utf-8"), digestmod=hashlib.sha512)
        self._clock = clock if clock is not None else Clock()

    def sign(self, payload: bytes) -> str:
        """The ``Sign`` header for ``payload``."""
        mac = self._mac.copy()
        mac.update(payload)
        return mac.hexdigest().upper()

    def sign_wire(
        self, method: str, query: str, content: bytes | None, headers: dict[str, str]
    ) -> tuple[str, bytes | None]:
        """Sign one attempt: the query and the body bytes to send; adds ``Key`` and ``Sign``.

        ``content`` is the body :func:`encode_altmarket` wrote; ``ts`` is added to it."""
        ts = self._clock.timestamp()
        headers["Key"] = self._key
        if method in _BODY_METHODS:
            body = _body_with_ts(content, ts)
            headers["Content-Type"] = "application/json"
            headers["Sign"] = self.sign(body)
            return query, body
        query = _query_with_ts(query, ts)
        headers["Sign"] = self.sign(b"?" + query.encode("ascii"))
        return query, None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        ts = self._clock.timestamp()
        if request.method in _BODY_METHODS:
            # Read exactly (a number with a fraction as the Decimal of its text) and written
            # again by the same writer as the clients' bodies.
            body = json.loads(request.content, parse_float=Decimal) if request.content else {}
            content = _body_with_ts(encode_altmarket(body), ts)
            headers = request.headers.copy()
            headers["Content-Length"] = str(len(content))
            headers["Content-Type"] = "application/json"
            headers["Key"] = self._key
            headers["Sign"] = self.sign(content)
            yield httpx.Request(
                request.method,
                request.url,
                headers=headers,
                content=content,
                extensions=request.extensions,
            )
            return
        request.url = _with_ts(request.url, ts)
        request.headers["Key"] = self._key
        request.headers["Sign"] = self.sign(b"?" + request.url.query)
        yield request

    def __repr__(self) -> str:
        return "AltMarketAuth(api_key=<hidden>, api_secret=<hidden>)"


def _with_ts(url: httpx.URL, ts: str) -> httpx.URL:
    """``url`` with ``ts`` set in its query, encoded as httpx encodes query parameters.

    Appending to the text costs one URL parse; ``copy_set_param`` costs a query parse, a query
    encoding and a URL parse, a tenth of a fast call. It is kept for a query that already has a
    ``ts`` (a request signed twice), where the earlier one must be replaced, not repeated.
    """
    query = url.query
    if query.startswith(b"ts=") or b"&ts=" in query:
        return url.copy_set_param("ts", ts)
    encoded = ts.replace(":", "%3A")  # an ISO 8601 time needs nothing else escaped
    return httpx.URL(f"{url}{'&' if query else '?'}ts={encoded}")


def _query_with_ts(query: str, ts: str) -> str:
    """``query`` with ``ts`` set, encoded as httpx encodes query parameters; see _with_ts."""
    if query.startswith("ts=") or "&ts=" in query:
        return str(httpx.QueryParams(query).set("ts", ts))
    encoded = ts.replace(":", "%3A")
    return f"{query}&ts={encoded}" if query else f"ts={encoded}"
