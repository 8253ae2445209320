"""Secrets: the API key, the API secret and the bearer token appear nowhere a user, a log or a
crash report can show them.

The whole fault matrix (``matrix.py``: every fault, both exchanges, sync and async, on every
transport) runs at DEBUG logging on every logger (tradespec, urllib3, aiohttp, httpx, httpcore).
Searched: every log line, the ``str`` and ``repr`` of every client, result and exception (and its
cause, its ``sent`` and its ``body``), every formatted traceback (chained causes included, and
once more with every frame's local variables), and every exception pickled. One fault makes the
server echo every credential back.

A server that echoes a credential in a response *header* is searched for too: the default
transports do not log headers, and httpcore, which logs them at DEBUG as they arrive, is used only
with an ``http_client=`` of the caller's, where tradespec's filter on httpx's and httpcore's
loggers redacts them.
"""

from __future__ import annotations

import asyncio
import pickle
import traceback
from collections.abc import Iterable
from typing import Any

import httpx
import pytest
from tradespec import AltMarket, AsyncAltMarket, AsyncHashgreen, Hashgreen

from tests.reliability import figures, matrix
from tests.reliability.fault_server import FaultServer, Respond
from tests.reliability.matrix import CASES, KEY, SECRET, SECRETS, TOKEN


def hits(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(secret, the text around it) for every secret found, in any letter case."""
    found: list[tuple[str, str]] = []
    for text in texts:
        folded = text.lower()
        for secret in SECRETS:
            at = folded.find(secret.lower())
            if at >= 0:
                found.append((secret, text[max(0, at - 80) : at + 80]))
    return found


def test_the_search_finds_a_planted_secret() -> None:
    assert hits([f"...{KEY.upper()}...", "nothing", f"Bearer {TOKEN}"]) == [
        (KEY, f"...{KEY.upper()}..."),
        (TOKEN, f"Bearer {TOKEN}"),
    ]


def _local_tracebacks(error: BaseException) -> str:
    return "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())


def test_no_secret_in_anything_the_clients_said_under_every_fault() -> None:
    searched = 0
    found: list[tuple[str, str, str]] = []
    on_the_wire = 0
    for case in CASES:
        got = matrix.outcome(case)
        texts = list(got.texts)
        if got.error is not None:
            texts.append(_local_tracebacks(got.error))
            texts.append(pickle.dumps(got.error).decode("latin-1"))
        searched += len(texts)
        found += [(case.id, secret, around) for secret, around in hits(texts)]
        # The credentials did travel (as headers), so the search looks for something real.
        credential = KEY if case.exchange == "altmarket" else TOKEN
        on_the_wire += sum(credential in str(r.headers) for r in got.received)
    figures.count("secrets.texts", searched)
    figures.count("secrets.hits", len(found))
    assert on_the_wire > len(CASES)
    assert found == []


@pytest.mark.parametrize("cls", [AltMarket, AsyncAltMarket, Hashgreen, AsyncHashgreen])
def test_no_secret_in_a_client_or_its_parts(cls: type) -> None:
    credentials = (KEY, SECRET) if cls in (AltMarket, AsyncAltMarket) else (TOKEN,)
    client = cls(*credentials, base_url="http://127.0.0.1:9")
    clone = client.with_options(max_retries=0, timeout=1)
    texts = [repr(client), str(client), repr(clone), repr(vars(client)), repr(vars(clone))]
    engine = client._engine
    texts += [repr(vars(engine)), repr(engine.auth), repr(engine.secrets), str(engine.auth)]
    found = hits(texts)
    figures.count("secrets.texts", len(texts))
    figures.count("secrets.hits", len(found))
    assert found == []


def _library(transport: str) -> Any:
    """The module of an ``http_client=`` of the caller's for ``transport``; None: the default."""
    if transport.startswith("httpx2"):
        return pytest.importorskip("httpx2")
    return httpx if transport.startswith("httpx") else None


@pytest.mark.parametrize(
    "transport",
    ["urllib3", "aiohttp", "httpx-sync", "httpx-async", "httpx2-sync", "httpx2-async"],
)
def test_a_credential_echoed_in_a_response_header_stays_out_of_the_debug_log(
    transport: str,
) -> None:
    echo = Respond(200, b"[]", {"Content-Type": "application/json", "X-Echo": f"{KEY} {SECRET}"})
    with FaultServer() as server, matrix.debug_logs() as logs:
        server.default("GET", "/api/wallet/balance", echo)
        lib: Any = _library(transport)
        if transport in ("urllib3", "httpx-sync", "httpx2-sync"):
            http = lib.Client() if lib is not None else None
            with AltMarket(KEY, SECRET, base_url=server.url, max_retries=0, http_client=http) as c:
                c.balances()
            if http is not None:
                http.close()
        else:

            async def run() -> None:
                given = lib.AsyncClient() if lib is not None else None
                async with AsyncAltMarket(
                    KEY, SECRET, base_url=server.url, max_retries=0, http_client=given
                ) as client:
                    await client.balances()
                if given is not None:
                    await given.aclose()

            asyncio.run(run())
    echoed = [line for line in logs if "X-Echo" in line or "x-echo" in line]
    if transport.startswith("httpx"):
        assert echoed, "httpcore logged no response headers: the test would find nothing"
    figures.count("secrets.texts", len(logs))
    figures.count("secrets.hits", len(hits(logs)))
    assert hits(logs) == []
