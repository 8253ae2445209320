"""A fault-injecting HTTP/1.1 server on 127.0.0.1: real sockets, scripted per request.

Every request is read whole (head and ``Content-Length`` body), recorded, and answered by the
next action scripted for its method and path, then by the route's default, else by a 599 that
no test expects (a missing script fails loudly instead of hanging). The actions are what a
broken network or a broken server does to a client:

* :class:`Respond`: an answer (any status, headers and bytes, ``Content-Length`` set, kept alive);
* :class:`Reset`: the status line, the headers and the first bytes of the body, then a TCP reset
  (``SO_LINGER`` 0 and close), so the answer is lost after the request arrived;
* :class:`Hang`: no answer at all; the headers never come, and the client's read times out;
* :class:`Stall`: the headers and the first bytes of the body, then silence.

Connection refused is a port nobody listens on: :meth:`FaultServer.refuse` stops listening and
drops the kept-alive connections, :meth:`FaultServer.listen` starts again on the same port.

Every wait is bounded (``MAX_WAIT``), and :meth:`FaultServer.close` ends every thread.

    with FaultServer() as server:
        server.script("GET", "/api/wallet/balance", Respond(503), Respond(200, b"[]"))
        ... AltMarket(..., base_url=server.url).balances() ...
        assert len(server.to("GET", "/api/wallet/balance")) == 2
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import ssl
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

MAX_WAIT = 30.0
"""The longest any server thread waits for anything (a request, a client to go away)."""
_POLL = 0.01
_MAX_HEAD = 64 * 1024
_REASONS = {520: "Unknown Error", 521: "Web Server Is Down", 524: "A Timeout Occurred"}


@dataclass(frozen=True)
class Request:
    """One request as it arrived."""

    method: str
    target: str
    """The raw request target: path and query exactly as sent."""
    headers: dict[str, str]
    """Header names in lower case."""
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query, keep_blank_values=True))

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Respond:
    """An answer: ``status``, ``body`` and ``headers`` as given (``Date`` added unless given)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reset:
    """The answer's head and its first ``sent`` body bytes, then a TCP reset."""

    answer: Respond
    sent: int


@dataclass(frozen=True)
class Hang:
    """Never answer; wait (bounded) for the client to give up and close."""


@dataclass(frozen=True)
class Stall:
    """The answer's head (with the full ``Content-Length``) and ``sent`` body bytes, then
    silence until the client gives up."""

    answer: Respond
    sent: int


@dataclass(frozen=True)
class Trickle:
    """The answer (head and body) one ``step`` bytes every ``interval`` seconds, until it is
    sent or the client gives up; ``from_body``: the head at once, then the body trickled."""

    answer: Respond
    step: int = 1
    interval: float = 0.2
    from_body: bool = False


@dataclass(frozen=True)
class Endless:
    """A chunked answer whose body never ends: ``chunk`` again and again, as fast as the client
    reads, until it goes away (or ``MAX_WAIT``)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    chunk: bytes = b" " * 65536


Action = Respond | Reset | Hang | Stall | Trickle | Endless
Responder = Callable[[Request], Action]


def respond_json(
    value: Any, status: int = 200, content_type: str = "application/json", **headers: str
) -> Respond:
    """An answer carrying ``value`` as JSON."""
    return Respond(status, json.dumps(value).encode(), {"Content-Type": content_type, **headers})


class FaultServer:
    """An HTTP/1.1 server on an ephemeral port of 127.0.0.1, answering from a script."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls
        """Serve HTTPS with this server-side context (None: plain HTTP)."""
        self.handshake_failures = 0
        """TLS handshakes that failed (the client refused the certificate, say)."""
        self.requests: list[Request] = []
        self.errors: list[Exception] = []
        """Exceptions raised by scripted responders (a test's bug; none expected)."""
        self._queues: dict[tuple[str, str], deque[Action | Responder]] = {}
        self._defaults: dict[tuple[str, str], Action | Responder] = {}
        self._fallback: Action | Responder | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._connections: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None
        self._accepting: threading.Thread | None = None
        self._accepting_stop = threading.Event()
        self.port = 0
        self._bind()

    # ------------------------------------------------------------------ scripting

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def script(self, method: str, path: str, *actions: Action | Responder) -> None:
        """Answer the next requests to ``method path`` with ``actions``, in order."""
        with self._lock:
            self._queues.setdefault((method.upper(), path), deque()).extend(actions)

    def default(self, method: str, path: str, action: Action | Responder) -> None:
        """Answer every request to ``method path`` with ``action`` once its script is used up."""
        with self._lock:
            self._defaults[(method.upper(), path)] = action

    def fallback(self, action: Action | Responder) -> None:
        """Answer every request that no route scripts with ``action`` (instead of a 599)."""
        with self._lock:
            self._fallback = action

    def to(self, method: str, path: str) -> list[Request]:
        """The requests that arrived for ``method path``."""
        with self._lock:
            return [r for r in self.requests if r.method == method.upper() and r.path == path]

    def wait_until(self, condition: Callable[[], bool]) -> bool:
        """Wait (at most ``MAX_WAIT``) for what the server threads do after the client is done,
        such as counting a failed handshake; whether ``condition`` came true."""
        deadline = time.monotonic() + MAX_WAIT
        while not condition():
            if time.monotonic() > deadline:
                return False
            time.sleep(_POLL)
        return True

    def _next_action(self, request: Request) -> Action:
        key = (request.method, request.path)
        with self._lock:
            self.requests.append(request)
            queue = self._queues.get(key)
            chosen = queue.popleft() if queue else self._defaults.get(key, self._fallback)
        if chosen is None:
            message = f"no scripted answer for {request.method} {request.path}".encode()
            return Respond(599, message, {"Content-Type": "text/plain"})
        if isinstance(chosen, Respond | Reset | Hang | Stall | Trickle | Endless):
            return chosen
        try:
            return chosen(request)
        except Exception as exc:  # a bug in a test's script: fail loudly, not as a fault
            with self._lock:
                self.errors.append(exc)
            return Respond(599, f"the script failed: {exc!r}".encode(), {})

    # ------------------------------------------------------------------ listening

    def _bind(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener

    def _start_accepting(self) -> None:
        self._accepting_stop.clear()
        thread = threading.Thread(target=self._accept_loop, name="fault-server", daemon=True)
        self._accepting = thread
        thread.start()

    def refuse(self) -> None:
        """Stop listening and drop every open connection: connects are refused from now on."""
        self._stop_accepting()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def listen(self) -> None:
        """Listen again, on the same port."""
        if self._listener is None:
            self._bind()
            self._start_accepting()

    def _stop_accepting(self) -> None:
        self._accepting_stop.set()
        if self._accepting is not None:
            self._accepting.join(MAX_WAIT)
            self._accepting = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _accept_loop(self) -> None:
        listener = self._listener
        assert listener is not None
        while not self._accepting_stop.is_set() and not self._stop.is_set():
            readable, _, _ = select.select([listener], [], [], _POLL)
            if not readable:
                continue
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._connections.add(connection)
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    # ------------------------------------------------------------------ serving

    def _serve(self, connection: socket.socket) -> None:
        buffer = b""
        try:
            if self.tls is not None:
                connection.settimeout(MAX_WAIT)
                with self._lock:
                    self._connections.discard(connection)
                try:
                    connection = self.tls.wrap_socket(connection, server_side=True)
                except (ssl.SSLError, OSError):
                    with self._lock:
                        self.handshake_failures += 1
                    return
                with self._lock:
                    self._connections.add(connection)
            while not self._stop.is_set():
                request, buffer = self._read_request(connection, buffer)
                if request is None:
                    return
                if not self._act(connection, self._next_action(request)):
                    return
        except OSError:
            return
        finally:
            with self._lock:
                self._connections.discard(connection)
            with contextlib.suppress(OSError):
                connection.close()

    def _recv(self, connection: socket.socket, deadline: float) -> bytes | None:
        """Bytes that arrived, b"" at the end of the stream, None when stopped or out of time."""
        while not self._stop.is_set() and time.monotonic() < deadline:
            if isinstance(connection, ssl.SSLSocket) and connection.pending():
                return connection.recv(65536)
            readable, _, _ = select.select([connection], [], [], _POLL)
            if readable:
                return connection.recv(65536)
        return None

    def _read_request(
        self, connection: socket.socket, buffer: bytes
    ) -> tuple[Request | None, bytes]:
        deadline = time.monotonic() + MAX_WAIT
        while b"\r\n\r\n" not in buffer:
            if len(buffer) > _MAX_HEAD:
                return None, b""
            chunk = self._recv(connection, deadline)
            if not chunk:
                return None, b""
            buffer += chunk
        head, buffer = buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length") or 0)
        while len(buffer) < length:
            chunk = self._recv(connection, deadline)
            if not chunk:
                return None, b""
            buffer += chunk
        body, buffer = buffer[:length], buffer[length:]
        return Request(method.upper(), target, headers, body), buffer

    def _act(self, connection: socket.socket, action: Action) -> bool:
        """Carry out ``action``; whether the connection can serve another request."""
        if isinstance(action, Respond):
            if len(action.body) > 1024 * 1024:  # not copied into one buffer with the head
                connection.sendall(_head(action))
                connection.sendall(action.body)
            else:
                connection.sendall(_head(action) + action.body)
            return True
        if isinstance(action, Reset):
            connection.sendall(_head(action.answer) + action.answer.body[: action.sent])
            # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if isinstance(action, Trickle):
            self._trickle(connection, action)
            return False
        if isinstance(action, Endless):
            self._endless(connection, action)
            return False
        if isinstance(action, Stall):
            connection.sendall(_head(action.answer) + action.answer.body[: action.sent])
        self._wait_for_client_to_leave(connection)
        return False

    def _trickle(self, connection: socket.socket, action: Trickle) -> None:
        head, body = _head(action.answer), action.answer.body
        data = head + body
        if action.from_body:
            connection.sendall(head)
            data = body
        deadline = time.monotonic() + MAX_WAIT
        for start in range(0, len(data), action.step):
            if self._stop.is_set() or time.monotonic() > deadline:
                return
            try:
                connection.sendall(data[start : start + action.step])
            except OSError:
                return  # the client gave up
            if self._stop.wait(action.interval):
                return

    def _endless(self, connection: socket.socket, action: Endless) -> None:
        headers = dict(action.headers)
        lines = [f"HTTP/1.1 {action.status} OK", "Transfer-Encoding: chunked"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        piece = f"{len(action.chunk):x}\r\n".encode() + action.chunk + b"\r\n"
        deadline = time.monotonic() + MAX_WAIT
        connection.settimeout(1.0)
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                connection.sendall(piece)
            except OSError:
                return  # the client gave up (or stopped reading for a second)

    def _wait_for_client_to_leave(self, connection: socket.socket) -> None:
        deadline = time.monotonic() + MAX_WAIT
        while True:
            chunk = self._recv(connection, deadline)
            if not chunk:  # closed by the client, or stopped, or out of time
                return

    # ------------------------------------------------------------------ lifetime

    def close(self) -> None:
        self._stop.set()
        self.refuse()
        for thread in self._threads:
            thread.join(MAX_WAIT)

    def __enter__(self) -> Self:
        self._start_accepting()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _head(answer: Respond) -> bytes:
    status = answer.status
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = _REASONS.get(status, "Unknown")
    names = {name.lower() for name in answer.headers}
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{name}: {value}" for name, value in answer.headers.items()]
    if "date" not in names:
        lines.append(f"Date: {formatdate(usegmt=True)}")
    lines.append(f"Content-Length: {len(answer.body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
