"""``rate_limit``: requests per second per account, 429 with Retry-After beyond it.

The token buckets are tested on a fake clock; the limit itself on the real sandbox over HTTP,
with concurrent bursts from threads.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from tradespec_sandbox import SandboxServer, serve_in_thread
from tradespec_sandbox.cli import parse_args
from tradespec_sandbox.http.ratelimit import TokenBuckets, parse_rate_limit

from .helpers import Admin, AltMarket, Hashgreen

BURST = 120
LIMIT = 20


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_lets_one_second_through_then_refills_at_the_rate() -> None:
    clock = FakeClock()
    buckets = TokenBuckets(20, clock)
    assert [buckets.take("a") for _ in range(20)] == [0.0] * 20
    assert buckets.take("a") == pytest.approx(0.05)  # the 21st waits for one token
    assert buckets.take("b") == 0.0  # another account has its own bucket
    clock.now += 0.5
    assert [buckets.take("a") for _ in range(10)] == [0.0] * 10
    assert buckets.take("a") > 0
    clock.now += 60
    assert sum(buckets.take("a") == 0.0 for _ in range(30)) == 20  # never more than a second's


def test_a_slow_rate_still_allows_one_request() -> None:
    clock = FakeClock()
    buckets = TokenBuckets(0.5, clock)
    assert buckets.take("a") == 0.0
    assert buckets.take("a") == pytest.approx(2.0)


@pytest.mark.parametrize("value", ["0", 0, None])
def test_zero_or_null_means_no_limit(value: object) -> None:
    assert parse_rate_limit(value) is None


def test_the_cli_takes_a_rate_limit_and_refuses_nonsense(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert parse_args(["--rate-limit", "20"]).rate_limit == 20.0
    assert parse_args([]).rate_limit is None
    with pytest.raises(SystemExit):
        parse_args(["--rate-limit", "fast"])
    assert "rate_limit must be requests per second" in capsys.readouterr().err


# ---- on the real sandbox ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def limited() -> Iterator[SandboxServer]:
    with serve_in_thread(rate_limit=LIMIT) as server:
        yield server


@pytest.fixture
def pool() -> Iterator[httpx.Client]:
    limits = httpx.Limits(max_connections=BURST, max_keepalive_connections=BURST)
    with httpx.Client(timeout=30, limits=limits) as client:
        yield client


def burst(call: Callable[[], httpx.Response], count: int = BURST) -> list[httpx.Response]:
    """``count`` calls at once from 40 threads."""
    with ThreadPoolExecutor(max_workers=40) as threads:
        return list(threads.map(lambda _: call(), range(count)))


def trader(server: SandboxServer, http: httpx.Client) -> AltMarket:
    keys = Admin(http, server.url).account()
    return AltMarket(http, server.url, keys["api_key"], keys["api_secret"])


def test_a_burst_beyond_the_limit_gets_429_with_retry_after(
    limited: SandboxServer, pool: httpx.Client
) -> None:
    client = trader(limited, pool)
    started = time.monotonic()
    answers = burst(lambda: client.get("/api/wallet/balance"))
    elapsed = time.monotonic() - started
    statuses = [a.status_code for a in answers]
    passed, refused = statuses.count(200), [a for a in answers if a.status_code == 429]
    assert passed + len(refused) == BURST
    # A second's worth at once, and what refilled while the burst ran; the rest refused.
    assert LIMIT <= passed <= LIMIT + LIMIT * elapsed + 1
    assert len(refused) >= BURST - passed
    first = refused[0]
    assert first.json()["errors"][0]["code"] == "TooManyRequests"
    assert "20 per second" in first.json()["errors"][0]["message"]
    assert all(int(a.headers["Retry-After"]) >= 1 for a in refused)


def test_reads_spaced_under_the_limit_are_never_refused(
    limited: SandboxServer, pool: httpx.Client
) -> None:
    client = trader(limited, pool)
    statuses = []
    for _ in range(30):  # 1.5 s at 20 per second... spaced at 1/15 s
        statuses.append(client.get("/api/wallet/balance").status_code)
        time.sleep(1 / 15)
    assert statuses == [200] * 30


def test_each_account_has_its_own_allowance(limited: SandboxServer, pool: httpx.Client) -> None:
    busy, quiet = trader(limited, pool), trader(limited, pool)
    assert 429 in [a.status_code for a in burst(lambda: busy.get("/api/wallet/balance"))]
    assert [quiet.get("/api/wallet/balance").status_code for _ in range(10)] == [200] * 10


def test_hashgreen_counts_tokens_and_addresses(limited: SandboxServer, pool: httpx.Client) -> None:
    admin = Admin(pool, limited.url)
    admin.post("/reset")  # forget what earlier tests counted for this address
    dex = Hashgreen(pool, limited.url, admin.account()["token"])
    public = burst(lambda: dex.get("/markets"))
    refused = [a for a in public if a.status_code == 429]
    assert refused
    assert refused[0].json() == {"code": 429, "msg": refused[0].json()["msg"], "data": None}
    assert int(refused[0].headers["Retry-After"]) >= 1
    # The private calls count against the token, not against the address's spent allowance.
    assert [dex.get("/orders").status_code for _ in range(10)] == [200] * 10
    # The test-only API is never limited.
    assert all(a.status_code == 200 for a in burst(lambda: pool.get(f"{limited.admin_url}/health")))


def test_without_a_limit_a_burst_is_never_refused(
    sandbox: SandboxServer, pool: httpx.Client
) -> None:
    client = trader(sandbox, pool)
    assert {a.status_code for a in burst(lambda: client.get("/api/wallet/balance"))} == {200}


def test_the_limit_can_be_set_while_running(sandbox: SandboxServer, pool: httpx.Client) -> None:
    admin = Admin(pool, sandbox.url)
    client = trader(sandbox, pool)
    try:
        assert admin.post("/settings", {"rate_limit": 5})["rate_limit"] == 5
        statuses = [a.status_code for a in burst(lambda: client.get("/api/wallet/balance"), 30)]
        assert 5 <= statuses.count(200) < 30
        assert 429 in statuses
    finally:
        assert admin.post("/settings", {"rate_limit": None})["rate_limit"] is None
    assert {a.status_code for a in burst(lambda: client.get("/api/wallet/balance"), 30)} == {200}
