"""Each backend's errors, mapped to the seam's: "never sent" (an order may be sent again) only
where the library proves that no byte of the request left; everything else "may have been sent".

A wrong mapping here is the one bug that sends an order twice, so every library exception a
backend can raise is mapped directly, and the real failures (a refused connection, a TLS server
that is not one, a server that takes the request and drops the connection) are made on loopback.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import httpx
import pytest
import urllib3
from aiohttp.client_reqrep import ConnectionKey
from tradespec._transports import _aiohttp, _httpx, _urllib3
from tradespec._transports.base import (
    MaybeSent,
    NotSent,
    SendError,
    Timeout,
    UnreadableAnswer,
    WireRequest,
    environment_proxy,
)

Kind = tuple[type[SendError], bool]  # the seam's class, and whether it is a timeout
NOT_SENT: Kind = (NotSent, False)
NOT_SENT_TIMEOUT: Kind = (NotSent, True)
MAYBE: Kind = (MaybeSent, False)
MAYBE_TIMEOUT: Kind = (MaybeSent, True)
UNREADABLE: Kind = (UnreadableAnswer, False)


def _kind(error: SendError) -> Kind:
    return type(error), error.timeout


# ---------------------------------------------------------------------------- urllib3

_POOL = urllib3.HTTPConnectionPool("127.0.0.1", 9)
_CONN = urllib3.connection.HTTPConnection("127.0.0.1", 9)


URLLIB3_CASES: list[tuple[str, Exception, bool, Kind]] = [
    # (name, what urllib3 raised, whether a byte of the request had left, the seam's error)
    ("refused", urllib3.exceptions.NewConnectionError(_CONN, "refused"), False, NOT_SENT),
    (
        "dns",
        urllib3.exceptions.NameResolutionError("x.test", _CONN, socket.gaierror()),
        False,
        NOT_SENT,
    ),
    ("connect timeout", urllib3.exceptions.ConnectTimeoutError(), False, NOT_SENT_TIMEOUT),
    ("tls handshake", urllib3.exceptions.SSLError("CERTIFICATE_VERIFY_FAILED"), False, NOT_SENT),
    (
        "proxy refused",
        urllib3.exceptions.ProxyError("Tunnel connection failed: 403", OSError("403")),
        False,
        NOT_SENT,
    ),
    ("tls after sending", urllib3.exceptions.SSLError("bad record mac"), True, MAYBE),
    (
        "reset",
        urllib3.exceptions.ProtocolError("Connection aborted.", ConnectionResetError()),
        True,
        MAYBE,
    ),
    (
        "reset before sending",
        urllib3.exceptions.ProtocolError("aborted", ConnectionResetError()),
        False,
        NOT_SENT,
    ),
    (
        "read timeout",
        urllib3.exceptions.ReadTimeoutError(_POOL, "/", "timed out"),
        True,
        MAYBE_TIMEOUT,
    ),
    (
        "cut body",
        urllib3.exceptions.ProtocolError("Connection broken: IncompleteRead"),
        True,
        MAYBE,
    ),
    ("bad gzip", urllib3.exceptions.DecodeError("bad gzip"), True, UNREADABLE),
]


@pytest.mark.parametrize(
    ("raised", "sent", "expected"),
    [case[1:] for case in URLLIB3_CASES],
    ids=[case[0] for case in URLLIB3_CASES],
)
def test_urllib3_errors(raised: Exception, sent: bool, expected: Kind) -> None:
    assert _kind(_urllib3.map_error(raised, sent)) == expected


def test_a_refused_tunnel_is_not_retried() -> None:
    error = _urllib3.map_error(
        urllib3.exceptions.ProxyError("Tunnel connection failed: 403 Forbidden", OSError("403")),
        False,
    )
    assert isinstance(error, NotSent) and not error.retryable


# ---------------------------------------------------------------------------- aiohttp

_KEY = ConnectionKey("127.0.0.1", 9, False, True, None, None, None)

AIOHTTP_CASES: list[tuple[str, Exception, Kind]] = [
    (
        "refused",
        aiohttp.ClientConnectorError(_KEY, ConnectionRefusedError(111, "refused")),
        NOT_SENT,
    ),
    ("dns", aiohttp.ClientConnectorDNSError(_KEY, OSError(-2, "no such host")), NOT_SENT),
    (
        "certificate",
        aiohttp.ClientConnectorCertificateError(_KEY, ssl.SSLCertVerificationError("bad")),
        NOT_SENT,
    ),
    ("tls handshake", aiohttp.ClientConnectorSSLError(_KEY, ssl.SSLError("handshake")), NOT_SENT),
    (
        "proxy unreachable",
        aiohttp.ClientProxyConnectionError(_KEY, OSError(111, "refused")),
        NOT_SENT,
    ),
    (
        "connect or pool timeout",
        aiohttp.ConnectionTimeoutError("Connection timeout"),
        NOT_SENT_TIMEOUT,
    ),
    ("read timeout", aiohttp.SocketTimeoutError("Timeout on reading data"), MAYBE_TIMEOUT),
    ("disconnected", aiohttp.ServerDisconnectedError(), MAYBE),
    ("reset", aiohttp.ClientOSError(104, "Connection reset by peer"), MAYBE),
    ("cut body", aiohttp.ClientPayloadError("Response payload is not completed"), MAYBE),
    ("bad gzip", aiohttp.ClientPayloadError("Can not decompress data"), UNREADABLE),
    ("total timeout", TimeoutError(), MAYBE_TIMEOUT),
]


@pytest.mark.parametrize(
    ("raised", "expected"),
    [case[1:] for case in AIOHTTP_CASES],
    ids=[case[0] for case in AIOHTTP_CASES],
)
def test_aiohttp_errors(raised: Exception, expected: Kind) -> None:
    assert _kind(_aiohttp.map_error(raised)) == expected


# ---------------------------------------------------------------------------- httpx

_REQUEST = httpx.Request("GET", "http://127.0.0.1:9/")

HTTPX_CASES: list[tuple[str, Exception, Kind]] = [
    ("refused", httpx.ConnectError("refused", request=_REQUEST), NOT_SENT),
    ("connect timeout", httpx.ConnectTimeout("timeout", request=_REQUEST), NOT_SENT_TIMEOUT),
    ("pool timeout", httpx.PoolTimeout("timeout", request=_REQUEST), NOT_SENT_TIMEOUT),
    ("proxy refused", httpx.ProxyError("403", request=_REQUEST), NOT_SENT),
    ("read timeout", httpx.ReadTimeout("timeout", request=_REQUEST), MAYBE_TIMEOUT),
    ("write timeout", httpx.WriteTimeout("timeout", request=_REQUEST), MAYBE_TIMEOUT),
    ("read error", httpx.ReadError("reset", request=_REQUEST), MAYBE),
    ("write error", httpx.WriteError("broken pipe", request=_REQUEST), MAYBE),
    ("protocol", httpx.RemoteProtocolError("disconnected", request=_REQUEST), MAYBE),
    ("bad gzip", httpx.DecodingError("bad gzip", request=_REQUEST), UNREADABLE),
    ("not httpx", RuntimeError("closed"), MAYBE),
]


@pytest.mark.parametrize(
    ("raised", "expected"),
    [case[1:] for case in HTTPX_CASES],
    ids=[case[0] for case in HTTPX_CASES],
)
def test_httpx_errors(raised: Exception, expected: Kind) -> None:
    assert _kind(_httpx.map_error(raised)) == expected


@pytest.mark.parametrize(
    ("raised", "expected"),
    [case[1:] for case in HTTPX_CASES],
    ids=[case[0] for case in HTTPX_CASES],
)
def test_httpx2_errors_are_read_with_httpx2_s_own_classes(
    raised: Exception, expected: Kind
) -> None:
    httpx2: Any = pytest.importorskip("httpx2")
    # The same failure as httpx2 raises it: its class of the same name, not a subclass of httpx's.
    if isinstance(raised, httpx.HTTPError):
        raised = getattr(httpx2, type(raised).__name__)(
            str(raised), request=httpx2.Request("GET", "http://127.0.0.1:9/")
        )
        assert not isinstance(raised, httpx.HTTPError)
    assert _kind(_httpx.map_error(raised, httpx2)) == expected
    # Read with httpx's classes, every httpx2 failure would be one of unknown fate.
    if isinstance(raised, httpx2.HTTPError):
        assert _kind(_httpx.map_error(raised)) == MAYBE


# ---------------------------------------------------------------------------- real failures


def _request(url: str, method: str = "POST") -> WireRequest:
    body = b'{"order": 1}' if method == "POST" else None
    headers = {"Content-Type": "application/json"} if body else {}
    return WireRequest(method, url, "/", headers, body, Timeout.of(2.0))


@pytest.fixture
def listener() -> Iterator[Callable[[Callable[[socket.socket], None]], str]]:
    """A loopback server whose every connection is handed to ``serve``; yields its URL."""
    sockets: list[socket.socket] = []

    def start(serve: Callable[[socket.socket], None]) -> str:
        server = socket.create_server(("127.0.0.1", 0))
        sockets.append(server)

        def loop() -> None:
            while True:
                try:
                    conn, _ = server.accept()
                except OSError:
                    return
                threading.Thread(target=serve, args=(conn,), daemon=True).start()

        threading.Thread(target=loop, daemon=True).start()
        return f"http://127.0.0.1:{server.getsockname()[1]}"

    yield start
    for server in sockets:
        server.close()


def _take_request_then_drop(conn: socket.socket) -> None:
    conn.recv(65536)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    conn.close()  # an RST, with no answer


def _not_tls(conn: socket.socket) -> None:
    conn.recv(65536)
    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
    conn.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _send_sync(url: str) -> SendError:
    backend = _urllib3.Urllib3Backend()
    try:
        with pytest.raises(SendError) as caught:
            backend.send(_request(url))
        return caught.value
    finally:
        backend.close()


def _send_async(url: str) -> SendError:
    async def run() -> SendError:
        backend = _aiohttp.AiohttpBackend()
        try:
            with pytest.raises(SendError) as caught:
                await backend.send(_request(url))
            return caught.value
        finally:
            await backend.aclose()

    return asyncio.run(run())


def _send_httpx(url: str) -> SendError:
    with httpx.Client() as client:
        with pytest.raises(SendError) as caught:
            _httpx.HttpxBackend(client).send(_request(url))
        return caught.value


def _send_httpx2(url: str) -> SendError:
    httpx2: Any = pytest.importorskip("httpx2")
    with httpx2.Client() as client:
        with pytest.raises(SendError) as caught:
            _httpx.HttpxBackend(client).send(_request(url))
        return caught.value


def _send_httpx2_async(url: str) -> SendError:
    httpx2: Any = pytest.importorskip("httpx2")

    async def run() -> SendError:
        async with httpx2.AsyncClient() as client:
            with pytest.raises(SendError) as caught:
                await _httpx.AsyncHttpxBackend(client).send(_request(url))
            return caught.value

    return asyncio.run(run())


SENDERS = {
    "urllib3": _send_sync,
    "aiohttp": _send_async,
    "httpx": _send_httpx,
    "httpx2": _send_httpx2,
    "httpx2-async": _send_httpx2_async,
}


@pytest.mark.parametrize("backend", SENDERS)
def test_a_refused_connection_was_never_sent(backend: str) -> None:
    error = SENDERS[backend](f"http://127.0.0.1:{_free_port()}/")
    assert type(error) is NotSent and not error.timeout


@pytest.mark.parametrize("backend", SENDERS)
def test_a_failed_tls_handshake_was_never_sent(
    backend: str, listener: Callable[[Callable[[socket.socket], None]], str]
) -> None:
    url = listener(_not_tls).replace("http://", "https://")
    error = SENDERS[backend](url)
    assert type(error) is NotSent, repr(error)


@pytest.mark.parametrize("backend", SENDERS)
def test_a_request_taken_and_dropped_may_have_been_sent(
    backend: str, listener: Callable[[Callable[[socket.socket], None]], str]
) -> None:
    error = SENDERS[backend](listener(_take_request_then_drop))
    assert type(error) is MaybeSent, repr(error)


def _answer_then_close(closed: threading.Event) -> Callable[[socket.socket], None]:
    """Each connection: answers one request, kept alive, then closes (as a server ending an
    idle keep-alive connection does) and sets ``closed``."""

    def serve(conn: socket.socket) -> None:
        conn.recv(65536)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
        time.sleep(0.05)
        conn.close()
        closed.set()

    return serve


@pytest.mark.parametrize(
    ("connector", "reused_safely"),
    [
        (_aiohttp._CheckedOnReuse, True),  # pyright: ignore[reportPrivateUsage]
        (_aiohttp._CheckedOnConnect, True),  # pyright: ignore[reportPrivateUsage]
        (aiohttp.TCPConnector, False),  # what the check is for: the test can fail
    ],
)
def test_a_kept_alive_connection_the_server_closed_is_not_reused(
    connector: type[aiohttp.TCPConnector],
    reused_safely: bool,
    listener: Callable[[Callable[[socket.socket], None]], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An order sent on an idle connection the server has closed, before the event loop has
    read that close, would fail as "maybe sent" although no server could have read it: the
    default backend takes another connection instead."""
    monkeypatch.setattr(_aiohttp, "_Connector", connector)
    closed = threading.Event()
    url = listener(_answer_then_close(closed)) + "/"

    async def run() -> object:
        backend = _aiohttp.AiohttpBackend()
        try:
            first = await backend.send(_request(url))
            assert first.status == 200
            # Blocking the loop: it cannot read the close before the second request goes.
            assert closed.wait(5)
            try:
                return (await backend.send(_request(url))).status
            except SendError as exc:
                return exc
        finally:
            await backend.aclose()

    outcome = asyncio.run(run())
    if reused_safely:
        assert outcome == 200
    else:
        assert type(outcome) is MaybeSent, outcome


def test_the_default_backend_checks_where_aiohttp_takes_a_pooled_connection() -> None:
    """The aiohttp this runs on has the ``_get`` the check overrides (3.11 on): the check that
    keeps no frame alive while a request waits for the pool is the one used."""
    assert _aiohttp._Connector is _aiohttp._CheckedOnReuse  # pyright: ignore[reportPrivateUsage]


# ---------------------------------------------------------------------------- proxies


@pytest.mark.parametrize(
    ("env", "url", "expected"),
    [
        ({}, "https://exchange.example/api", None),
        ({"HTTPS_PROXY": "http://proxy:3128"}, "https://exchange.example/x", "http://proxy:3128"),
        ({"https_proxy": "proxy:3128"}, "https://exchange.example/x", "http://proxy:3128"),
        ({"HTTPS_PROXY": "http://proxy:3128"}, "http://127.0.0.1:8000/x", None),
        ({"HTTP_PROXY": "http://p:1"}, "http://127.0.0.1:8000/x", "http://p:1"),
        ({"ALL_PROXY": "http://p:2"}, "https://exchange.example/x", "http://p:2"),
        (
            {"HTTPS_PROXY": "http://p:1", "NO_PROXY": "exchange.example"},
            "https://exchange.example/",
            None,
        ),
        (
            {"HTTPS_PROXY": "http://p:1", "NO_PROXY": "example"},
            "https://api.exchange.example/",
            None,
        ),
        (
            {"HTTPS_PROXY": "http://p:1", "NO_PROXY": ".exchange.example"},
            "https://a.exchange.example/",
            None,
        ),
        (
            {"HTTPS_PROXY": "http://p:1", "NO_PROXY": "other.example"},
            "https://exchange.example/",
            "http://p:1",
        ),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "*"}, "https://exchange.example/", None),
        ({"HTTPS_PROXY": "http://p:1", "no_proxy": "127.0.0.1"}, "https://127.0.0.1:8443/", None),
    ],
)
def test_the_proxy_the_environment_names(
    env: dict[str, str], url: str, expected: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert environment_proxy(url) == expected
