"""A caller's httpx client sends the URL the engine encoded and signed, byte for byte.

The httpx backend parses each URL without its query once and puts the query in as it is
(``wire_url``); the result must be what httpx's own parse of the whole URL gives, for every
query, the engine's (unreserved characters, ``&``, ``=``, ``+`` and percent escapes) and others.
"""

from __future__ import annotations

import httpx
from hypothesis import given
from hypothesis import strategies as st
from tradespec._transports._httpx import wire_url

BASES = (
    "http://127.0.0.1:8000/altmarket/api/wallet/balance",
    "https://EXAMPLE.com:443/api/v1/orders/abc%2F..%3F",
    "https://api.example.com/a/./b/../c",
    "http://[::1]:8080/x",
)
# The engine's queries, with stray and broken percent escapes among them.
ENCODED = st.text(alphabet="abcXYZ0189._~&=+-%3AF", max_size=60)
ANY = st.text(max_size=40)


def _same(url: str) -> None:
    ours, theirs = wire_url(url), httpx.URL(url)
    assert str(ours) == str(theirs)
    assert ours.raw_path == theirs.raw_path
    assert (ours.scheme, ours.host, ours.port) == (theirs.scheme, theirs.host, theirs.port)
    assert ours == theirs


@given(st.sampled_from(BASES), ENCODED | ANY)
def test_the_url_is_what_httpx_would_send(base: str, query: str) -> None:
    try:
        httpx.URL(f"{base}?{query}")
    except httpx.InvalidURL:
        return  # refused by httpx either way (a control character)
    _same(f"{base}?{query}")


def test_a_signed_query_goes_in_as_it_is() -> None:
    url = f"{BASES[0]}?Page=2&ts=2026-11-27T10%3A05%3A11.123456"
    _same(url)
    assert wire_url(url).query == b"Page=2&ts=2026-11-27T10%3A05%3A11.123456"
    _same(BASES[0])
