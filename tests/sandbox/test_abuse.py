"""Hostile input and hostile clients: each case answers the status it should, and no 500 comes
from any input.

| case | answer |
|---|---|
| a number beyond the money bounds (``1e999999999999999999``) anywhere in a JSON body | 400 |
| a body over 1 MiB (declared by Content-Length, or chunked) | 413 |
| headers over 64 KiB, or over 100 of them | 431, connection closed |
| headers not finished within the header timeout | 408, connection closed |
| requests naming someone's API key without its signature | 401, counted against the address |
| junk keys or tokens from one address | counted in one bucket: memory stays bounded |
| an offer over 200,000 characters | 400, at once; the others are served meanwhile |
| a cross-site request to ``/_sandbox`` (text/plain body, foreign Host or Origin) | 415 / 403 |

Memory: a request holds at most its body (1 MiB) and headers (64 KiB); a 50 MB upload is
refused before it is read, so the process allocates almost nothing for it (measured below).
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tradespec_sandbox import SandboxServer, serve_in_thread
from tradespec_sandbox.domain.offers import MAX_OFFER_LENGTH, bech32m_decode, bech32m_encode
from tradespec_sandbox.middleware import limits
from tradespec_sandbox.server import exposure_warning
from tradespec_sandbox.state import SandboxState

from .helpers import Admin, AltMarket, sign, timestamp

HUGE = ["1e999999999999999999", "1e-9999999999999999999", "-1e999999999999999999", "9" * 200]


def _raw_exchange(sandbox: SandboxServer, data: bytes, read_timeout: float = 10) -> bytes:
    """Send ``data`` on a fresh connection; what comes back before the server closes it."""
    host, port = sandbox.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=read_timeout) as sock:
        with contextlib.suppress(OSError):  # closed mid-send: read what it answered
            sock.sendall(data)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


# ---- money bounds -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", HUGE)
def test_huge_numbers_in_orders_and_withdrawals_are_400(
    trader: AltMarket, http: httpx.Client, value: str
) -> None:
    bodies = [
        b'{"order": {"instrument": "btc_usdt", "type": "buy", "amount": %s}, "ts": "%s"}',
        b'{"order": {"instrument": "btc_usdt", "type": "buy", "amount": 1, "price": %s, '
        b'"isLimit": true}, "ts": "%s"}',
        b'{"order": {"instrument": "btc_usdt", "type": "buy", "amount": 1, "price": 100, '
        b'"activationPrice": %s, "isLimit": true, "isStop": true}, "ts": "%s"}',
    ]
    for template in bodies:
        raw = template % (value.encode(), timestamp().encode())
        headers = {"Key": trader.key, "Sign": sign(trader.secret, raw)}
        response = http.post(f"{trader.url}/api/order", content=raw, headers=headers)
        assert response.status_code == 400, response.text
        assert response.json()["errors"][0]["code"] in ("BadRequest", "InvalidOrder")
    raw = b'{"assetId": "btc", "amount": %s, "address": "a", "ts": "%s"}' % (
        value.encode(),
        timestamp().encode(),
    )
    headers = {"Key": trader.key, "Sign": sign(trader.secret, raw)}
    response = http.post(f"{trader.url}/api/wallet/withdrawal", content=raw, headers=headers)
    assert response.status_code == 400, response.text


@pytest.mark.parametrize("value", HUGE)
def test_huge_numbers_in_the_test_only_api_are_400(
    admin: Admin, http: httpx.Client, value: str
) -> None:
    account = admin.account()
    url = f"{admin.url}/accounts/{account['api_key']}/deposits"
    for amount in (value.encode(), b'"' + value.encode() + b'"'):
        body = b'{"asset": "btc", "amount": %s}' % amount
        response = http.post(url, content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 400, response.text
        assert response.json()["errors"][0]["message"]
    for field in ("price", "amount"):
        offer = {"token": account["token"], "market": "XCH-USDS", "side": "buy", "price": "1"}
        response = http.post(f"{admin.url}/hashgreen/offers", json={**offer, field: value})
        assert response.status_code == 400, response.text
    for clock in ({"advance": value}, {"offset": value}):
        assert http.post(f"{admin.url}/clock", json=clock).status_code == 400
    response = http.post(f"{admin.url}/settings", content=b'{"rate_limit": %s}' % value.encode())
    assert response.status_code == 400, response.text


_json_numbers = st.one_of(
    st.integers(),
    st.sampled_from([*HUGE, "1e308", "1e-308", "0.000000000000000000000000000001", "-0"]),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
)
_json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.text(max_size=20), _json_numbers.map(lambda n: ("num", n))
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _encode(value: Any) -> str:
    if isinstance(value, tuple):
        return str(value[1])
    if isinstance(value, list):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{_encode(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


_FIELDS = st.sampled_from(["amount", "price", "activationPrice", "asset", "assetId", "address"])


@given(
    order=st.dictionaries(_FIELDS | st.sampled_from(["instrument", "type"]), _json_values),
    deposit=st.dictionaries(_FIELDS, _json_values),
)
@settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_a_500(sandbox: SandboxServer, order: dict[str, Any], deposit: Any) -> None:
    with httpx.Client(timeout=10) as http:
        admin = Admin(http, sandbox.url)
        account = admin.get("/health") and _fuzz_account(admin)
        trader = AltMarket(http, sandbox.url, account["api_key"], account["api_secret"])
        order = {"instrument": "btc_usdt", "type": "buy", **order}
        raw = ('{"order":' + _encode(order) + ',"ts":"' + timestamp() + '"}').encode()
        headers = {"Key": trader.key, "Sign": sign(trader.secret, raw)}
        for path in ("/api/order", "/api/wallet/withdrawal"):
            answer = http.post(f"{trader.url}{path}", content=raw, headers=headers)
            assert answer.status_code < 500, answer.text
        answer = http.post(
            f"{admin.url}/accounts/{account['api_key']}/deposits",
            content=_encode(deposit).encode(),
            headers={"Content-Type": "application/json"},
        )
        assert answer.status_code < 500, answer.text


_FUZZ_ACCOUNT: dict[str, str] = {}


def _fuzz_account(admin: Admin) -> dict[str, str]:
    if not _FUZZ_ACCOUNT:
        _FUZZ_ACCOUNT.update(admin.account(btc="1", usdt="1000"))
    return _FUZZ_ACCOUNT


# ---- body and header limits -------------------------------------------------------------------


def test_a_declared_body_over_the_limit_is_413_before_it_is_read(sandbox: SandboxServer) -> None:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        head = (
            b"POST /_sandbox/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n"
        )
        answer = _raw_exchange(sandbox, head + b"[" * 65536)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert _status(answer) == 413
    assert b"PayloadTooLarge" in answer
    assert peak < 8 * 1024 * 1024  # the 50 MB are never held


def test_a_chunked_body_over_the_limit_is_413(sandbox: SandboxServer, http: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):  # 2.5 MiB, in 64 KiB chunks, with no Content-Length
            yield b" " * 65536

    try:
        response = http.post(
            f"{sandbox.admin_url}/accounts",
            content=chunks(),
            headers={"Content-Type": "application/json"},
        )
    except httpx.TransportError:  # closed while the rest was still being sent
        return
    assert response.status_code == 413, response.text


def test_a_body_under_the_limit_is_served(sandbox: SandboxServer, http: httpx.Client) -> None:
    body = json.dumps({"padding": "x" * (limits.MAX_BODY - 100)}).encode()
    response = http.post(
        f"{sandbox.admin_url}/accounts", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 201


@pytest.mark.parametrize(
    "headers",
    [
        b"X-Big: " + b"a" * (limits.MAX_HEADER_BYTES + 1) + b"\r\n",
        b"".join(b"X-H%d: v\r\n" % i for i in range(limits.MAX_HEADERS + 1)),
    ],
    ids=["one header of 64 KiB", f"{limits.MAX_HEADERS + 1} headers"],
)
def test_headers_over_the_limits_are_431(sandbox: SandboxServer, headers: bytes) -> None:
    request = b"GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + b"\r\n"
    answer = _raw_exchange(sandbox, request)
    assert _status(answer) == 431
    # Under both limits, the same request is served.
    fine = b"GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    assert _status(_raw_exchange(sandbox, fine)) == 200


def test_unfinished_headers_time_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "HEADER_TIMEOUT", 0.5)
    with serve_in_thread() as sandbox:
        started = time.monotonic()
        answer = _raw_exchange(sandbox, b"GET /_sandbox/health HTTP/1.1\r\nHost: 1", 30)
        assert _status(answer) == 408
        idle = _raw_exchange(sandbox, b"", 30)  # a connection that never sends a byte
        assert _status(idle) == 408
        assert time.monotonic() - started < 30
        # A request sent whole is served as before.
        with httpx.Client(timeout=10) as http:
            assert http.get(f"{sandbox.admin_url}/health").status_code == 200


def test_binding_beyond_loopback_warns() -> None:
    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.2"):
        assert exposure_warning(host) is None
    for host in ("0.0.0.0", "::", "192.168.1.20"):
        warning = exposure_warning(host)
        assert warning is not None and "test-only API" in warning and host in warning


# ---- the rate limiter -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def limited() -> Iterator[SandboxServer]:
    with serve_in_thread(rate_limit=5) as server:
        yield server


def test_unsigned_requests_naming_a_key_do_not_spend_its_limit(limited: SandboxServer) -> None:
    with httpx.Client(timeout=10) as http:
        victim_account = Admin(http, limited.url).account()
        victim = AltMarket(
            http, limited.url, victim_account["api_key"], victim_account["api_secret"]
        )
        url = f"{limited.altmarket_url}/api/wallet/balance?ts={timestamp()}"
        answers: list[int] = []
        while 429 not in answers and len(answers) < 500:  # until the address has run out
            answers.append(http.get(url, headers={"Key": victim.key, "Sign": "00"}).status_code)
        assert answers[0] == 401 and answers[-1] == 429
        # The same address, signed: counted against the victim's own account, which is fresh.
        assert victim.get("/api/wallet/balance").status_code == 200


def test_junk_keys_from_one_address_share_one_bucket(limited: SandboxServer) -> None:
    with httpx.Client(timeout=10) as http:
        url = f"{limited.altmarket_url}/api/markets?ts={timestamp()}"
        for i in range(300):
            http.get(url, headers={"Key": f"junk-{i}", "Sign": "00"})
        for i in range(100):
            http.get(f"{limited.hashgreen_url}/orders", headers={"Authorization": f"Bearer j{i}"})
    with limited.state.lock:
        buckets = limited.state.limiter.buckets
        assert buckets is not None and len(buckets) <= 3


# ---- offers -----------------------------------------------------------------------------------


def test_an_oversized_offer_is_refused_at_once_and_stalls_no_one(sandbox: SandboxServer) -> None:
    huge = bech32m_encode("offer", b"\x00\x06" + bytes(range(256)) * 780)  # ~320 KiB, valid
    assert len(huge) > MAX_OFFER_LENGTH

    def post() -> httpx.Response:
        with httpx.Client(timeout=30) as http:
            return http.post(f"{sandbox.hashgreen_url}/orders", data={"offer": huge})

    with ThreadPoolExecutor(4) as pool, httpx.Client(timeout=5) as health:
        posts = [pool.submit(post) for _ in range(4)]
        assert health.get(f"{sandbox.admin_url}/health").status_code == 200
        for future in posts:
            answer = future.result()
            assert answer.status_code == 400 and "longer than an offer" in answer.json()["msg"]


def test_offers_decode_in_linear_time() -> None:
    """Under the cap, the longest offer decodes: bounded by the test's own time, not timed."""
    payload = b"\x00\x06" + bytes(range(256)) * 480
    text = bech32m_encode("offer", payload)
    assert len(text) < MAX_OFFER_LENGTH
    done = threading.Event()

    def decode() -> None:
        for _ in range(5):
            assert bech32m_decode(text)[1] == payload
        done.set()

    thread = threading.Thread(target=decode, daemon=True)
    thread.start()
    assert done.wait(60)  # the quadratic regrouping took minutes for five of these


# ---- the test-only API refuses cross-site requests ---------------------------------------------


def _accounts(sandbox: SandboxServer) -> int:
    with sandbox.state.lock:
        return len(sandbox.state.accounts.by_key)


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Content-Type": "text/plain"}, 415),
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
        ({"Content-Type": "multipart/form-data; boundary=x"}, 415),
        ({"Host": "evil.example:8765", "Content-Type": "application/json"}, 403),
        ({"Origin": "http://evil.example", "Content-Type": "application/json"}, 403),
        ({"Origin": "null"}, 403),
        ({"Sec-Fetch-Site": "cross-site"}, 403),
    ],
)
def test_cross_site_requests_to_the_test_only_api_are_refused(
    sandbox: SandboxServer, admin: Admin, http: httpx.Client, headers: dict[str, str], status: int
) -> None:
    admin.account()
    before = _accounts(sandbox)
    response = http.post(f"{sandbox.admin_url}/reset", content=b"{}", headers=headers)
    assert response.status_code == status, response.text
    assert response.json()["errors"][0]["message"]
    assert "access-control-allow-origin" not in response.headers
    assert _accounts(sandbox) == before  # nothing was reset


def test_same_site_requests_are_served(sandbox: SandboxServer, http: httpx.Client) -> None:
    host = sandbox.url.removeprefix("http://")
    for headers in (
        {},
        {"Content-Type": "application/json"},
        {"Content-Type": "application/json; charset=utf-8", "Origin": f"http://{host}"},
        {"Host": host.replace("127.0.0.1", "localhost")},
        {"Sec-Fetch-Site": "same-origin"},
    ):
        response = http.post(f"{sandbox.admin_url}/accounts", headers=headers)
        assert response.status_code == 201, (headers, response.text)


def test_no_cors_preflight_is_granted(sandbox: SandboxServer, http: httpx.Client) -> None:
    response = http.options(
        f"{sandbox.admin_url}/reset",
        headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert response.status_code in (403, 405)
    assert not any(name.startswith("access-control-") for name in response.headers)


@pytest.fixture(scope="module")
def on_h11() -> Iterator[str]:
    """A sandbox served by uvicorn's h11 protocol (where httptools is missing), with the limits."""
    import uvicorn
    from tradespec_sandbox.http.app import create_app
    from tradespec_sandbox.state import SandboxState

    config = uvicorn.Config(
        create_app(SandboxState()),
        http=limits.LimitedH11Protocol,
        h11_max_incomplete_event_size=limits.MAX_HEADER_BYTES,
        log_level="warning",
        lifespan="off",
    )
    server = uvicorn.Server(config)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.mark.parametrize(
    "headers",
    [
        b"X-Big: " + b"a" * (limits.MAX_HEADER_BYTES + 1) + b"\r\n",
        b"".join(b"X-H%d: v\r\n" % i for i in range(limits.MAX_HEADERS + 1)),
    ],
    ids=["one header of 64 KiB", f"{limits.MAX_HEADERS + 1} headers"],
)
def test_headers_over_the_limits_are_431_on_h11_too(on_h11: str, headers: bytes) -> None:
    sandbox = SandboxServer(on_h11, SandboxState())
    request = b"GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + b"\r\n"
    assert _status(_raw_exchange(sandbox, request)) == 431
    fine = b"GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    assert _status(_raw_exchange(sandbox, fine)) == 200
