"""A tiny scripted HTTP server on 127.0.0.1, for the answers a real server can give on demand.

Queue canned responses (a 520 with an HTML body, a 429 with ``Retry-After``, a body of the wrong
shape), per route or in one FIFO, and read back every request exactly as it arrived (method, raw
path and query, headers, body bytes). Unscripted requests get a 599 whose body says so, which no
test expects, so a missing script fails loudly instead of hanging.

    with ScriptedServer() as server:
        server.add(200, json={"data": []})
        ... client(base_url=server.url) ...
        assert server.requests[0].path == "/api/assets-info"
"""

from __future__ import annotations

import json as jsonlib
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit


@dataclass(frozen=True)
class Received:
    """One request as the server saw it."""

    method: str
    target: str
    """The raw request target: path and query exactly as sent."""
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> str:
        """The raw query string (without ``?``), as it was on the wire."""
        return urlsplit(self.target).query

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query, keep_blank_values=True))

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None

    def json(self) -> Any:
        return jsonlib.loads(self.body)


@dataclass
class Canned:
    """A response to give: status, body (bytes, or JSON), headers."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Responder = Callable[[Received], Canned]


def canned(
    status: int = 200,
    *,
    json: Any = None,
    body: bytes | str | None = None,
    headers: dict[str, str] | None = None,
    content_type: str | None = None,
) -> Canned:
    """A canned response: ``json`` is serialized; ``body`` is sent as is."""
    all_headers = dict(headers or {})
    if json is not None:
        data = jsonlib.dumps(json).encode()
        all_headers.setdefault("Content-Type", content_type or "application/json")
    elif isinstance(body, str):
        data = body.encode()
        all_headers.setdefault("Content-Type", content_type or "text/html; charset=utf-8")
    else:
        data = body or b""
    return Canned(status, data, all_headers)


class ScriptedServer:
    """An HTTP/1.1 server on an ephemeral loopback port, answering from a script."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self._fifo: deque[Canned | Responder] = deque()
        self._routes: dict[tuple[str, str], deque[Canned | Responder]] = {}
        self._sticky: dict[tuple[str, str], Canned | Responder] = {}
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                received = Received(self.command, self.path, dict(self.headers.items()), body)
                answer = server._answer(received)
                self.send_response_only(answer.status)
                for key, value in answer.headers.items():
                    self.send_header(key, value)
                if not any(k.lower() == "date" for k in answer.headers):
                    self.send_header("Date", self.date_time_string())
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def add(self, response: Canned | Responder) -> None:
        """Answer the next unrouted request with ``response``."""
        with self._lock:
            self._fifo.append(response)

    def route(self, method: str, path: str, *responses: Canned | Responder) -> None:
        """Answer the next requests to ``method path`` with ``responses``, in order."""
        with self._lock:
            self._routes.setdefault((method.upper(), path), deque()).extend(responses)

    def always(self, method: str, path: str, response: Canned | Responder) -> None:
        """Answer every request to ``method path`` with ``response`` (after routed ones)."""
        with self._lock:
            self._sticky[(method.upper(), path)] = response

    def to(self, path: str) -> list[Received]:
        """The requests received for ``path``."""
        return [r for r in self.requests if r.path == path]

    def _answer(self, received: Received) -> Canned:
        key = (received.method, received.path)
        with self._lock:
            self.requests.append(received)
            queue = self._routes.get(key)
            if queue:
                response: Canned | Responder | None = queue.popleft()
            elif key in self._sticky:
                response = self._sticky[key]
            elif self._fifo:
                response = self._fifo.popleft()
            else:
                response = None
        if response is None:
            return canned(599, body=f"no scripted response for {received.method} {received.path}")
        return response(received) if callable(response) else response

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=10)
