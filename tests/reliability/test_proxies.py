"""Proxies from the environment, as httpx honours them, on every transport: ``HTTPS_PROXY``
tunnels the request through a real CONNECT proxy on 127.0.0.1 to a TLS server the client trusts
(``SSL_CERT_FILE``), ``NO_PROXY`` sends it direct, and a proxy that refuses the tunnel is an
error that was never sent: an order is not left with an unknown fate.
"""

from __future__ import annotations

import asyncio
import select
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from tradespec import AltMarket, AsyncAltMarket, TransportError

from tests.reliability import figures
from tests.reliability.fault_server import FaultServer, respond_json
from tests.reliability.matrix import AM_ORDER_ID, KEY, SECRET, _balances, _markets
from tests.wrapper.helpers import assets_json, order_json

TRANSPORTS = ["urllib3", "aiohttp", "httpx-sync", "httpx-async"]


class ConnectProxy:
    """A minimal HTTP CONNECT proxy on loopback (one thread per tunnel) that records targets."""

    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.tunnels: list[str] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        with client:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    return
                head += chunk
            method, target = head.split(b" ")[:2]
            self.tunnels.append(f"{method.decode()} {target.decode()}")
            if method != b"CONNECT" or self.refuse:
                client.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            host, port = target.decode().rsplit(":", 1)
            with socket.create_connection((host, int(port))) as upstream:
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                pair = {client: upstream, upstream: client}
                while True:
                    readable, _, _ = select.select(list(pair), [], [], 5)
                    if not readable:
                        return
                    for side in readable:
                        data = side.recv(65536)
                        if not data:
                            return
                        pair[side].sendall(data)

    def close(self) -> None:
        self._server.close()


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def exchange(ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    with FaultServer(tls=context) as server:
        server.default("GET", "/api/wallet/balance", respond_json(_balances()))
        server.default("GET", "/api/markets", _markets)
        server.default("GET", "/api/assets-info", respond_json(assets_json()))
        server.default("POST", "/api/order", respond_json({"order": order_json(AM_ORDER_ID)}))
        yield server


def _run(transport: str, url: str, call: str) -> Any:
    """``balances()`` or an order, on a fresh client of ``transport``; closes everything."""

    def act(client: Any) -> Any:
        if call == "balances":
            return client.balances()
        # A POST sent once, whose fate is unknown if it may have left: as an order.
        return client.request("POST", "/api/order", json={"instrument": "btc_usdt"})

    if transport in ("urllib3", "httpx-sync"):
        http = httpx.Client() if transport == "httpx-sync" else None
        try:
            with AltMarket(KEY, SECRET, base_url=url, max_retries=1, http_client=http) as client:
                client._transport.sleep = lambda delay: None
                return act(client)
        finally:
            if http is not None:
                http.close()

    async def run() -> Any:
        given = httpx.AsyncClient() if transport == "httpx-async" else None
        try:
            async with AsyncAltMarket(
                KEY, SECRET, base_url=url, max_retries=1, http_client=given
            ) as client:

                async def no_sleep(delay: float) -> None:
                    return None

                client._transport.sleep = no_sleep
                return await act(client)
        finally:
            if given is not None:
                await given.aclose()

    return asyncio.run(run())


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_https_proxy_from_the_environment_tunnels_the_request(
    transport: str, exchange: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = ConnectProxy()
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    try:
        balances = _run(transport, exchange.url, "balances")
    finally:
        proxy.close()
    assert balances["btc"].available_balance == 1
    port = exchange.url.rsplit(":", 1)[1]
    assert proxy.tunnels == [f"CONNECT 127.0.0.1:{port}"]
    assert len(exchange.requests) == 1
    figures.count("transport.checks")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_no_proxy_sends_it_direct(
    transport: str, exchange: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = ConnectProxy()
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    try:
        _run(transport, exchange.url, "balances")
    finally:
        proxy.close()
    assert proxy.tunnels == []
    assert len(exchange.requests) == 1
    figures.count("transport.checks")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_refused_tunnel_is_an_order_never_sent(
    transport: str, exchange: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = ConnectProxy(refuse=True)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "")
    try:
        with pytest.raises(TransportError) as caught:
            _run(transport, exchange.url, "order")
    finally:
        proxy.close()
    assert type(caught.value) is TransportError  # not OrderStateUnknownError
    assert "403" in str(caught.value)
    assert exchange.requests == []
    figures.count("transport.checks")
