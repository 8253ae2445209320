"""The hostile-value corpus (``hostile.py``): every field of every answer given the hostile
values of its type, and whole answers broken (depth, bombs, 100 MiB, endless, trickled), through
every operation that reads them, on all four transports.

Each case holds the promises a server cannot break: only ``tradespec.errors`` escape, the call
ends within ``(max_retries + 1) x timeout`` plus slack, the process's peak memory stays under a
bound, no order reaches the server twice, and no credential shows in anything the client said.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    Hashgreen,
    InvalidInputError,
    RateLimitError,
    ResponseError,
)

from tests.reliability import figures, hostile, matrix
from tests.reliability.fault_server import FaultServer, respond_json

CASES = hostile.all_cases()


def test_the_corpus_covers_every_field_every_structural_case_and_every_transport() -> None:
    # Every field of every operation's answer, as the spec declares it, on every transport.
    for op in hostile.OPERATIONS:
        schema = hostile.answer_schema(op.exchange, op.operation_id)
        for where in hostile.fields(op.exchange, schema, op.healthy()):
            for mode, backend in hostile.MODES:
                assert any(
                    c.operation == op
                    and (c.mode, c.backend) == (mode, backend)
                    and c.what.startswith(f"{where.id}=")
                    for c in CASES
                ), (op.name, where.id, backend)
    names = {c.what for c in CASES}
    assert {s.name for s in hostile.STRUCTURAL} <= names
    assert len({(c.mode, c.backend) for c in CASES}) == 4


@pytest.mark.parametrize("op", hostile.OPERATIONS, ids=lambda op: f"{op.exchange}-{op.name}")
def test_the_healthy_answers_are_read(op: hostile.Operation) -> None:
    # Else a hostile value might never be reached: each healthy answer must be read whole.
    case = hostile.Case(op, "sync", "urllib3", "healthy", lambda: respond_json(op.healthy()))
    verdict = hostile.run(case)
    assert verdict.error is None, repr(verdict.error)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_hostile(case: hostile.Case) -> None:
    verdict = hostile.run(case)
    figures.count("hostile.cases")
    figures.count("hostile.typed", int(verdict.typed))
    figures.count("hostile.in_time", int(verdict.in_time))
    figures.count("hostile.in_memory", int(verdict.in_memory))
    figures.count("hostile.secret_hits", verdict.secret_hits())
    figures.count("hostile.orders_twice", int(verdict.orders > 1))
    assert verdict.typed, f"{type(verdict.error).__name__} escaped: {verdict.error!r}"
    assert verdict.in_time, f"took {verdict.elapsed:.1f} s, budget {verdict.budget:.1f} s"
    assert verdict.in_memory, f"peak memory grew {verdict.peak_growth / 2**20:.0f} MiB"
    assert verdict.orders <= 1, "an order reached the server twice"
    assert verdict.secret_hits() == 0, "a credential leaked"
    if case.what in ("gzip_bomb", "deflate_bomb", "body_100mib", "endless_body"):
        assert verdict.error is not None, "a body past the cap was read"
        cause = getattr(verdict.error, "cause", None) or verdict.error
        assert isinstance(cause, ResponseError), repr(verdict.error)


# ---------------------------------------------------------------------------- a 429 storm

STORM = 6


@pytest.mark.parametrize(("mode", "backend"), hostile.MODES, ids=lambda v: str(v))
def test_a_429_storm_gives_each_call_up_within_its_budget(mode: str, backend: str) -> None:
    # Six concurrent reads, every answer a 429 with Retry-After: 1 (real sleeps): each call
    # gives up with a RateLimitError once its next attempt would start past its budget,
    # (max_retries + 1) x timeout plus its own backoffs, whatever the queue before it.
    with FaultServer() as server:
        server.default(
            "GET", "/api/wallet/balance", respond_json({"errors": []}, 429, **{"Retry-After": "1"})
        )
        started = time.monotonic()
        if mode == "sync":
            results = _storm_sync(server.url, backend)
        else:
            results = asyncio.run(_storm_async(server.url, backend))
    budget = (hostile.MAX_RETRIES + 1) * hostile.TIMEOUT + hostile.MAX_RETRIES * 1.0
    figures.count("hostile.cases", len(results))
    figures.count("hostile.typed", sum(isinstance(e, RateLimitError) for e, _ in results))
    figures.count("hostile.in_time", sum(t <= budget + hostile.SLACK for _, t in results))
    figures.count("hostile.in_memory", len(results))
    texts = [text for error, _ in results for text in hostile._texts(error)]
    hits = sum(text.count(secret) for text in texts for secret in matrix.SECRETS)
    figures.count("hostile.secret_hits", hits)
    assert hits == 0
    for error, elapsed in results:
        assert isinstance(error, RateLimitError), repr(error)
        assert elapsed <= budget + hostile.SLACK, f"{elapsed:.1f} s"
    assert time.monotonic() - started <= budget + hostile.SLACK + 2


def _storm_client(url: str, backend: str, sync: bool) -> Any:
    import httpx

    http: Any = None
    if backend == "httpx":
        http = httpx.Client() if sync else httpx.AsyncClient()
    cls: Any = AltMarket if sync else AsyncAltMarket
    kwargs: dict[str, Any] = {"http_client": http} if http is not None else {}
    return cls(
        matrix.KEY,
        matrix.SECRET,
        base_url=url,
        timeout=hostile.TIMEOUT,
        max_retries=hostile.MAX_RETRIES,
        **kwargs,
    ), http


def _storm_sync(url: str, backend: str) -> list[tuple[BaseException | None, float]]:
    client, http = _storm_client(url, backend, sync=True)
    results: list[tuple[BaseException | None, float]] = []
    lock = threading.Lock()

    def one() -> None:
        started = time.monotonic()
        error: BaseException | None = None
        try:
            client.balances()
        except Exception as exc:
            error = exc
        with lock:
            results.append((error, time.monotonic() - started))

    threads = [threading.Thread(target=one) for _ in range(STORM)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    client.close()
    if http is not None:
        http.close()
    return results


async def _storm_async(url: str, backend: str) -> list[tuple[BaseException | None, float]]:
    client, http = _storm_client(url, backend, sync=False)

    async def one() -> tuple[BaseException | None, float]:
        started = time.monotonic()
        try:
            await client.balances()
        except Exception as exc:
            return exc, time.monotonic() - started
        return None, time.monotonic() - started

    try:
        return list(await asyncio.gather(*(one() for _ in range(STORM))))
    finally:
        await client.aclose()
        if http is not None:
            await http.aclose()


# ---------------------------------------------------------------------------- offers


def _offers(tmp_path: Path) -> list[object]:
    fifo = tmp_path / "offer.fifo"
    os.mkfifo(fifo)
    return [
        "offer1" + "q" * 400_000,  # long, refused before decoding
        "offer1" + "qpzry9x8" * 32_000,  # under the cap, decoded in linear time
        Path("/dev/zero"),
        fifo,
        tmp_path,
        "/etc/passwd",  # a str is offer text, never opened
        str(matrix.OFFER)[:-1],
    ]


def test_hostile_offers_are_refused_before_anything_is_sent(tmp_path: Path) -> None:
    with FaultServer() as server, Hashgreen(matrix.TOKEN, base_url=server.url) as dex:
        for offer in _offers(tmp_path):
            started = time.monotonic()
            figures.count("hostile.cases")
            with pytest.raises(InvalidInputError) as refused:
                dex.create_order(offer)  # type: ignore[arg-type]
            elapsed = time.monotonic() - started
            figures.count("hostile.typed")
            figures.count("hostile.in_time", int(elapsed <= hostile.SLACK))
            figures.count("hostile.in_memory")
            texts = hostile._texts(refused.value)
            hits = sum(text.count(secret) for text in texts for secret in matrix.SECRETS)
            figures.count("hostile.secret_hits", hits)
            assert hits == 0
            assert refused.value.argument == "offer"
            assert elapsed <= hostile.SLACK
        assert server.requests == []
