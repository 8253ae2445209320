"""AltMarket's HMAC signing and the platform's clock, as the clients sign with them.

The engine signs every attempt with :meth:`AltMarketSigner.sign_wire` on the query and body
bytes exactly as they go on the wire, whatever the backend, and again on every attempt: a retry
gets a fresh ``ts`` and a fresh signature. Nothing here imports httpx: a client of tradespec's
own backends never loads it (``AltMarketAuth``, the same signer as an ``httpx.Auth``, is in
``_auth``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Protocol, Self, cast

__all__ = ["AltMarketSigner", "Clock", "encode_altmarket", "ticks_to_unix"]

# .NET ticks (100 ns units since 0001-01-01T00:00:00Z) at the Unix epoch.
_TICKS_AT_EPOCH = 621_355_968_000_000_000
_TICKS_PER_SECOND = 10_000_000
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
"""The methods whose body carries ``ts`` and is what is signed (the query is not signed)."""


class _Mac(Protocol):
    def copy(self) -> Self: ...
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def ticks_to_unix(ticks: int) -> float:
    """.NET ticks (AltMarket's ``serverTime``) as Unix seconds."""
    return (ticks - _TICKS_AT_EPOCH) / _TICKS_PER_SECOND


class Clock:
    """The platform's clock as seen from here: local time plus a learned offset.

    AltMarket refuses a ``ts`` more than 5 s from its own clock, so a machine whose clock is off
    signs with ``time.time() + offset``. The offset is learned from ``serverTime`` whenever the
    markets are fetched, and from the ``Date`` header of a 401 (see the transport).
    """

    __slots__ = ("_second", "offset")

    offset: float
    """Seconds the platform's clock is ahead of this machine's."""

    def __init__(self, offset: float = 0.0) -> None:
        self.offset = offset
        self._second: tuple[float, str] = (-1.0, "")
        """The last whole second written, and its text up to the seconds."""

    def now(self) -> float:
        """The platform's current time, in Unix seconds."""
        return time.time() + self.offset

    def timestamp(self) -> str:
        """The platform's current UTC time in ISO 8601 without zone, as the reference signs it."""
        return self.text_of(time.time() + self.offset)

    def text_of(self, unix: float) -> str:
        """``unix`` as :meth:`timestamp` writes it: what ``datetime.fromtimestamp(unix, UTC)``'s
        ``isoformat`` writes to the microsecond, without the zone (rounded as it rounds, half
        to even). Each signature needs one: the text up to the seconds is written once a
        second, which makes it a tenth of what the ``datetime`` costs."""
        fraction, whole = math.modf(unix)
        micros = round(fraction * 1e6)
        if micros >= 1_000_000:
            whole += 1.0
            micros -= 1_000_000
        elif micros < 0:  # a time before 1970
            whole -= 1.0
            micros += 1_000_000
        second = self._second
        if second[0] != whole:
            moment = datetime.fromtimestamp(whole, UTC).replace(tzinfo=None)
            second = self._second = (whole, moment.isoformat(timespec="seconds"))
        return f"{second[1]}.{micros:06d}"

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
    fields = {
        key: value for key, value in cast("Mapping[str, object]", payload).items() if key != "ts"
    }
    return write_json(fields, separators=(", ", ": "), ensure_ascii=True)


def body_with_ts(content: bytes | None, ts: str) -> bytes:
    """``content`` (a JSON object written by :func:`encode_altmarket`) with ``ts`` added last:
    the same bytes, not written again."""
    field = b'"ts": ' + json.dumps(ts).encode("ascii")
    if content is None or content == b"{}":
        return b"{" + field + b"}"
    return content[:-1] + b", " + field + b"}"


class AltMarketSigner:
    """Signs AltMarket requests with headers ``Key`` and ``Sign`` (see ``AltMarketAuth``)."""

    unsigned_query_methods = BODY_METHODS
    """The methods whose signature covers the body only: a query parameter added to one of
    them would be sent unsigned (the clients refuse ``extra_query`` there)."""

    def __init__(self, api_key: str, api_secret: str, clock: Clock | None = None) -> None:
        self._key = api_key
        # Keyed once; each signature copies the keyed state instead of re-deriving the pads:
        # the C object under hmac.HMAC where there is one (its copy skips a Python wrapper).
        keyed = hmac.new(api_secret.encode("utf-8"), digestmod=hashlib.sha512)
        self._mac: _Mac = getattr(keyed, "_hmac", None) or keyed
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
        if method in BODY_METHODS:
            body = body_with_ts(content, ts)
            headers["Content-Type"] = "application/json"
            headers["Sign"] = self.sign(body)
            return query, body
        query = query_with_ts(query, ts)
        headers["Sign"] = self.sign(b"?" + query.encode("ascii"))
        return query, None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key=<hidden>, api_secret=<hidden>)"


def query_with_ts(query: str, ts: str) -> str:
    """``query`` with ``ts`` set, encoded as httpx encodes query parameters.

    Appending to the text is all a query without ``ts`` needs; one that already has a ``ts`` (a
    request signed twice) has it replaced, not repeated, by httpx's own ``QueryParams``."""
    if query.startswith("ts=") or "&ts=" in query:
        import httpx  # only for a query that carries its own ts

        return str(httpx.QueryParams(query).set("ts", ts))
    encoded = ts.replace(":", "%3A")  # an ISO 8601 time needs nothing else escaped
    return f"{query}&ts={encoded}" if query else f"ts={encoded}"
