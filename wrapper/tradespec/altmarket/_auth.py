"""AltMarket's HMAC signing and the platform's clock.

The engine signs every attempt with ``sign_wire`` on the query and body bytes exactly as they go
on the wire, whatever the backend, and again on every attempt: a retry gets a fresh ``ts`` and a
fresh signature (``_signing``, which the clients use without importing httpx).
:class:`AltMarketAuth` is the same signer as an ``httpx.Auth``, for plain httpx.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from decimal import Decimal

import httpx

from tradespec.altmarket._signing import (
    BODY_METHODS,
    AltMarketSigner,
    Clock,
    body_with_ts,
    encode_altmarket,
    query_with_ts,
    ticks_to_unix,
)

__all__ = ["AltMarketAuth", "Clock", "encode_altmarket", "ticks_to_unix"]


class AltMarketAuth(AltMarketSigner, httpx.Auth):
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

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        ts = self._clock.timestamp()
        if request.method in BODY_METHODS:
            # Read exactly (a number with a fraction as the Decimal of its text) and written
            # again by the same writer as the clients' bodies.
            body: object = (
                json.loads(request.content, parse_float=Decimal) if request.content else {}
            )
            content = body_with_ts(encode_altmarket(body), ts)
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


def _with_ts(url: httpx.URL, ts: str) -> httpx.URL:
    """``url`` with ``ts`` set in its query, as the clients set it (:func:`query_with_ts`)."""
    return url.copy_with(query=query_with_ts(url.query.decode("ascii"), ts).encode("ascii"))
