"""Transport security: credentials only over TLS that is checked, or to this machine.

* A ``base_url`` that is not https is refused (``InvalidInputError``, before any request) unless
  its host is loopback, or the caller opts in with ``allow_insecure=True``.
* Certificates are checked by default, against a real TLS server on 127.0.0.1 whose certificate
  comes from a CA the client does not trust: no request gets through, for every client, and
  ``allow_insecure`` does not change that. Trusting that CA (an ``http_client`` of the caller's)
  makes the same call work, so the failure is the certificate, and the host name is checked too.
  The default transports trust what httpx trusts: certifi's CAs, or ``SSL_CERT_FILE``.
* A redirect is not followed: the credentials never travel to the address it names, on the
  default transports and on an ``http_client`` of the caller's that follows redirects itself.

Only 127.0.0.1 is contacted; the other hosts are only parsed.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import trustme
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    InvalidInputError,
    ResponseError,
    TransportError,
)

from tests.reliability import figures
from tests.reliability.fault_server import FaultServer, Respond, respond_json
from tests.reliability.matrix import KEY, SECRET, TOKEN, _balances

CLIENTS = [AltMarket, AsyncAltMarket, Hashgreen, AsyncHashgreen]
ASYNC = (AsyncAltMarket, AsyncHashgreen)
REMOTE_HTTP = [
    "http://exchange.example",
    "http://exchange.alt.market",
    "HTTP://EXCHANGE.EXAMPLE:80/api",
    "http://10.0.0.1",
    "http://192.168.1.10:8080",
    "http://127.0.0.1.nip.io",
    "http://localhost.example.com",
    "http://0.0.0.0:8000",
    "http://[::ffff:10.0.0.1]",
    "http://2130706433",
]
LOOPBACK_HTTP = [
    "http://127.0.0.1:9",
    "http://127.8.9.10:9",
    "http://localhost:9",
    "http://[::1]:9",
]


def _make(cls: type, base_url: str, **kwargs: Any) -> Any:
    credentials = (TOKEN,) if cls in (Hashgreen, AsyncHashgreen) else (KEY, SECRET)
    return cls(*credentials, base_url=base_url, **kwargs)


def _call(client: Any) -> Any:
    """One private call (it carries the credentials), sync or async; closes the client."""
    private = "orders" if isinstance(client, Hashgreen | AsyncHashgreen) else "balances"
    if isinstance(client, ASYNC):

        async def run() -> Any:
            async with client:
                return await getattr(client, private)()

        return asyncio.run(run())
    with client:
        return getattr(client, private)()


def _answer(server: FaultServer) -> None:
    server.default("GET", "/api/wallet/balance", respond_json(_balances()))
    server.default("GET", "/orders", respond_json({"code": 0, "msg": "ok", "data": []}))


@pytest.mark.parametrize("url", REMOTE_HTTP)
@pytest.mark.parametrize("cls", CLIENTS)
def test_plain_http_to_another_host_is_refused(cls: type, url: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        _make(cls, url)
    assert caught.value.argument == "base_url"
    assert "allow_insecure" in str(caught.value)
    figures.count("transport.checks")


@pytest.mark.parametrize("url", LOOPBACK_HTTP)
@pytest.mark.parametrize("cls", CLIENTS)
def test_plain_http_to_this_machine_is_allowed(cls: type, url: str) -> None:
    assert _make(cls, url).base_url == url
    figures.count("transport.checks")


@pytest.mark.parametrize("cls", CLIENTS)
def test_plain_http_elsewhere_only_when_the_caller_opts_in(cls: type) -> None:
    assert _make(cls, "http://exchange.example", allow_insecure=True).base_url.startswith("http:")
    assert _make(cls, "https://exchange.example").base_url == "https://exchange.example"
    figures.count("transport.checks")


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _tls_server(ca: trustme.CA, name: str = "127.0.0.1") -> FaultServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(name).configure_cert(context)
    server = FaultServer(tls=context)
    _answer(server)
    return server


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[FaultServer]:
    with _tls_server(ca) as server:
        yield server


def _trusting(cls: type, ca: trustme.CA) -> httpx.Client | httpx.AsyncClient:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return httpx.AsyncClient(verify=context) if cls in ASYNC else httpx.Client(verify=context)


@pytest.mark.parametrize("allow_insecure", [False, True], ids=["default", "allow_insecure"])
@pytest.mark.parametrize("cls", CLIENTS)
def test_an_untrusted_certificate_stops_the_request(
    cls: type, allow_insecure: bool, tls_server: FaultServer
) -> None:
    client = _make(cls, tls_server.url, max_retries=0, allow_insecure=allow_insecure)
    with pytest.raises(TransportError) as caught:
        _call(client)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert tls_server.wait_until(lambda: tls_server.handshake_failures > 0)
    assert tls_server.handshake_failures == 1
    assert tls_server.requests == []
    figures.count("transport.checks")


@pytest.mark.parametrize("cls", CLIENTS)
def test_a_trusted_certificate_works_and_its_host_name_is_checked(
    cls: type, ca: trustme.CA, tls_server: FaultServer
) -> None:
    http = _trusting(cls, ca)
    _call(_make(cls, tls_server.url, http_client=http))
    assert len(tls_server.requests) == 1
    with _tls_server(ca, name="exchange.example") as wrong_name:
        client = _make(cls, wrong_name.url, http_client=http, max_retries=0)
        with pytest.raises(TransportError) as caught:
            _call(client)
        assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
        assert "127.0.0.1" in str(caught.value)  # the name it failed on
        assert wrong_name.requests == []
    figures.count("transport.checks")


@pytest.mark.parametrize("status", [301, 302, 307, 308])
@pytest.mark.parametrize("cls", CLIENTS)
def test_a_redirect_is_not_followed(cls: type, status: int) -> None:
    with FaultServer() as elsewhere, FaultServer() as server:
        _answer(elsewhere)
        moved = Respond(status, b"", {"Location": f"{elsewhere.url}/steal"})
        server.default("GET", "/api/wallet/balance", moved)
        server.default("GET", "/orders", moved)
        with pytest.raises(ResponseError) as caught:
            _call(_make(cls, server.url, max_retries=0))
        assert caught.value.status == status
        assert len(server.requests) == 1
        assert elsewhere.requests == []
    figures.count("transport.checks")


@pytest.mark.parametrize("cls", CLIENTS)
def test_the_default_transports_trust_ssl_cert_file_and_check_the_host_name(
    cls: type,
    ca: trustme.CA,
    tls_server: FaultServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
) -> None:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    _call(_make(cls, tls_server.url))
    assert len(tls_server.requests) == 1
    with _tls_server(ca, name="exchange.example") as wrong_name:
        with pytest.raises(TransportError) as caught:
            _call(_make(cls, wrong_name.url, max_retries=0))
        assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
        assert wrong_name.requests == []
    figures.count("transport.checks")


@pytest.mark.parametrize("cls", CLIENTS)
def test_a_given_client_that_follows_redirects_does_not_follow_ours(cls: type) -> None:
    with FaultServer() as elsewhere, FaultServer() as server:
        _answer(elsewhere)
        moved = Respond(302, b"", {"Location": f"{elsewhere.url}/steal"})
        server.default("GET", "/api/wallet/balance", moved)
        server.default("GET", "/orders", moved)
        http = (
            httpx.AsyncClient(follow_redirects=True)
            if cls in ASYNC
            else httpx.Client(follow_redirects=True)
        )
        with pytest.raises(ResponseError) as caught:
            _call(_make(cls, server.url, max_retries=0, http_client=http))
        assert caught.value.status == 302
        assert elsewhere.requests == []
    figures.count("transport.checks")
