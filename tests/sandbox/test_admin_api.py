"""The test-only API under /_sandbox: accounts, deposits, clock, faults, withdrawals, reset."""

from __future__ import annotations

import time

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tradespec_sandbox import SandboxServer, serve_in_thread

from .helpers import Admin, AltMarket


def test_accounts_and_deposits(admin: Admin, sandbox: SandboxServer, http: httpx.Client) -> None:
    created = http.post(f"{admin.url}/accounts")
    assert created.status_code == 201
    account = created.json()
    assert set(account) >= {"api_key", "api_secret", "token"}
    deposit = admin.deposit(account["api_key"], "usdt", "1234.5")
    assert (deposit["type"], deposit["status"], deposit["amount"]) == (
        "Deposit",
        "Completed",
        "1234.5",
    )
    assert admin.balances(account["api_key"])["usdt"] == {
        "total": "1234.5", "held": "0", "available": "1234.5"
    }  # fmt: skip
    client = AltMarket(http, sandbox.url, account["api_key"], account["api_secret"])
    [transfer] = client.get("/api/wallet/transfers").json()
    assert transfer["transferId"] == deposit["transferId"] and transfer["status"] == "Completed"


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/accounts/nobody/deposits", {"asset": "btc", "amount": "1"}, 404),
        ("/accounts/{key}/deposits", {"asset": "DOGE", "amount": "1"}, 404),
        ("/accounts/{key}/deposits", {"asset": "btc", "amount": "-1"}, 400),
        ("/accounts/{key}/deposits", {"asset": "btc", "amount": "abc"}, 400),
        ("/accounts/{key}/deposits", {"asset": "btc", "amount": "0.000000001"}, 400),
        ("/accounts/{key}/deposits", {"amount": "1"}, 400),
        ("/hashgreen/offers", {"token": "nobody", "market": "XCH-USDS"}, 404),
        ("/withdrawals/fail-next", {"api_key": "nobody"}, 404),
        ("/faults", {"status": 503}, 400),
        ("/faults", {"path": "/x", "status": 200}, 400),
        ("/faults", {"path": "/x", "status": 503, "delay": -1}, 400),
        ("/faults", {"path": "/x", "status": 503, "delay": "NaN"}, 400),
        ("/faults", {"path": "/x", "status": 503, "delay": 601}, 400),
    ],
)
def test_refusals(
    admin: Admin, http: httpx.Client, path: str, body: dict[str, object], status: int
) -> None:
    key = admin.account()["api_key"]
    response = http.post(f"{admin.url}{path.format(key=key)}", json=body)
    assert response.status_code == status, response.text
    assert response.json()["errors"][0]["message"]
    malformed = http.post(f"{admin.url}/accounts/{key}/deposits", content=b"{nope")
    assert malformed.status_code == 400


def test_faults_before_and_after(admin: Admin, trader: AltMarket) -> None:
    path = "/altmarket/api/wallet/withdrawal"
    admin.post("/faults", {"method": "POST", "path": path, "status": 503, "when": "after"})
    request = {"assetId": "btc", "amount": 1, "address": "bc1q", "transferId": "lost-1"}
    lost = trader.post("/api/wallet/withdrawal", request)
    assert lost.status_code == 503 and lost.json()["errors"][0]["code"] == "SandboxFault"
    retried = trader.post("/api/wallet/withdrawal", request)  # the first one did happen
    assert retried.status_code == 200 and retried.json()["transferId"] == "lost-1"
    balances = {row["asset"]: row for row in trader.get("/api/wallet/balance").json()}
    assert balances["btc"]["totalBalance"] == 9  # withdrawn once, not twice

    admin.post(
        "/faults",
        {"path": "/altmarket/api/wallet/balance", "status": 429, "retry_after": "2", "times": 2},
    )
    for _ in range(2):
        limited = trader.get("/api/wallet/balance")
        assert limited.status_code == 429 and limited.headers["retry-after"] == "2"
    assert trader.get("/api/wallet/balance").status_code == 200

    admin.post("/faults", {"path": "/hashgreen/api/v1/markets", "status": 520, "body": "<html>"})
    proxy = admin.http.get(f"{admin.url.removesuffix('/_sandbox')}/hashgreen/api/v1/markets")
    assert proxy.status_code == 520 and proxy.text == "<html>"
    assert proxy.headers["content-type"].startswith("text/plain")
    admin.http.delete(f"{admin.url}/faults")


def test_a_delayed_fault_after_holds_the_answer_of_what_it_carried_out(
    admin: Admin, trader: AltMarket
) -> None:
    path = "/altmarket/api/wallet/withdrawal"
    admin.post(
        "/faults",
        {"method": "POST", "path": path, "status": 503, "when": "after", "delay": 0.5},
    )
    request = {"assetId": "btc", "amount": 1, "address": "bc1q", "transferId": "held-1"}
    started = time.monotonic()
    held = trader.post("/api/wallet/withdrawal", request)
    assert held.status_code == 503
    assert time.monotonic() - started >= 0.5
    transfers = trader.get("/api/wallet/transfers").json()
    assert [t["transferId"] for t in transfers].count("held-1") == 1


def test_clock(admin: Admin) -> None:
    try:
        moved = admin.post("/clock", {"offset": 120})
        assert moved["offset"] == 120
        advanced = admin.post("/clock", {"advance": 30})
        assert advanced["offset"] == 150
        assert admin.get("/clock")["server_time"] > 0
    finally:
        admin.post("/clock", {"offset": 0})


def test_reset_forgets_everything(http: httpx.Client) -> None:
    with serve_in_thread() as own:
        admin = Admin(http, own.url)
        account = admin.account(btc="1")
        client = AltMarket(http, own.url, account["api_key"], account["api_secret"])
        assert client.get("/api/wallet/balance").status_code == 200
        assert admin.post("/reset") == {"status": "ok"}
        assert client.get("/api/wallet/balance").status_code == 401
        assert admin.get("/ledger") == {"balanced": True, "assets": {}}


def test_serve_in_thread_gives_its_urls() -> None:
    with serve_in_thread() as server:
        assert str(server) == server.url and server.url.startswith("http://127.0.0.1:")
        assert server.altmarket_url == f"{server.url}/altmarket"
        assert server.hashgreen_url == f"{server.url}/hashgreen/api/v1"
        assert httpx.get(f"{server.admin_url}/health").json() == {"status": "ok"}
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.admin_url}/health", timeout=2)


def test_the_date_header_follows_the_sandbox_clock(admin: Admin, http: httpx.Client) -> None:
    from email.utils import parsedate_to_datetime

    try:
        admin.post("/clock", {"offset": 3600})
        response = http.get(f"{admin.url}/health")
        dates = response.headers.get_list("date")
        assert len(dates) == 1
        shown = parsedate_to_datetime(dates[0]).timestamp()
        assert abs(shown - (time.time() + 3600)) < 3
    finally:
        admin.post("/clock", {"offset": 0})


@pytest.mark.parametrize(
    "times",
    [
        [1790000000.0, 1790000000.25, 1790000000.9999994, 1790000000.9999996, 1790000001.5],
        [1790003600.75, 1789996400.5, 0.0, 1790000000.5],
    ],
)
def test_the_date_header_is_formatdate_of_the_clock(
    times: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Formatted once per second of the sandbox clock, the header is still exactly formatdate's
    (which rounds to the microsecond first: x.9999996 is the next second)."""
    from email.utils import formatdate

    from starlette.types import Receive, Scope, Send
    from tradespec_sandbox.http.app import SandboxDate
    from tradespec_sandbox.state import SandboxState

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        return None

    state = SandboxState()
    dated = SandboxDate(app, state)
    for moment in times:
        monkeypatch.setattr(state.clock, "time", lambda moment=moment: moment)
        assert dated._date() == formatdate(moment, usegmt=True).encode()


def test_withdrawals_can_settle_by_themselves(http: httpx.Client) -> None:
    with serve_in_thread(settle_withdrawals_after=60) as own:
        admin = Admin(http, own.url)
        account = admin.account(btc="1")
        client = AltMarket(http, own.url, account["api_key"], account["api_secret"])
        body = {"assetId": "btc", "amount": 0.5, "address": "bc1q", "transferId": "auto"}
        assert (
            client.post("/api/wallet/withdrawal", body).json()["status"] == "AwaitingConfirmation"
        )
        assert client.get("/api/wallet/transfers").json()[0]["status"] == "AwaitingConfirmation"
        admin.post("/clock", {"advance": 61})
        client.skew = 61
        assert client.get("/api/wallet/transfers").json()[0]["status"] == "Completed"
        assert admin.ledger_balanced()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
ADMIN_POSTS = [
    "/accounts/{key}/deposits",
    "/hashgreen/offers",
    "/clock",
    "/withdrawals/fail-next",
    "/withdrawals/complete",
    "/faults",
]
FIELDS = st.sampled_from(
    ["asset", "amount", "token", "market", "side", "price", "offset", "advance", "api_key",
     "transfer_id", "path", "status", "times", "when", "method", "retry_after", "body"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, database=None, derandomize=True)
@given(path=st.sampled_from(ADMIN_POSTS), body=st.dictionaries(FIELDS, JSON, max_size=5) | JSON)
def test_the_test_only_api_never_fails_on_bad_input(
    sandbox: SandboxServer, http: httpx.Client, path: str, body: object
) -> None:
    key = _fuzz_account(sandbox, http)
    response = http.post(f"{sandbox.admin_url}{path.format(key=key)}", json=body)
    try:
        assert response.status_code < 500, response.text
        assert response.headers["content-type"].startswith("application/json")
    finally:
        http.post(f"{sandbox.admin_url}/clock", json={"offset": 0})
        http.delete(f"{sandbox.admin_url}/faults")
        http.delete(f"{sandbox.admin_url}/withdrawals/fail-next")


_FUZZ_KEY: list[str] = []


def _fuzz_account(sandbox: SandboxServer, http: httpx.Client) -> str:
    if not _FUZZ_KEY:
        _FUZZ_KEY.append(http.post(f"{sandbox.admin_url}/accounts").json()["api_key"])
    return _FUZZ_KEY[0]


def test_huge_deposits_are_refused(admin: Admin, http: httpx.Client) -> None:
    key = admin.account()["api_key"]
    response = http.post(
        f"{admin.url}/accounts/{key}/deposits", json={"asset": "btc", "amount": 1e300}
    )
    assert response.status_code == 400
