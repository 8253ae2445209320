"""Injected failures, for testing clients' retries and error handling against the sandbox.

``POST /_sandbox/faults`` with ``{"method": "POST", "path": "/altmarket/api/wallet/withdrawal",
"status": 503, "times": 1, "when": "after"}`` makes the next matching request fail:

* ``when: "before"`` (default): answered with the error, the request is never carried out;
* ``when: "after"``: carried out, then its answer is replaced by the error: the client sees a
  failure for something that happened (a lost response), the case idempotency keys are for.

``retry_after`` adds a ``Retry-After`` header (for 429); ``body`` replaces the API-shaped JSON
error with that text (``text/plain``), like a proxy's 520 page; ``delay`` (seconds, at most 600)
holds the answer that long first (after carrying the request out, for ``"after"``): a window in
which a client can be killed between sending a request and reading its answer.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..domain.errors import SandboxError
from ..http.web import error_response


@dataclass(slots=True)
class Fault:
    method: str
    path: str
    status: int
    times: int = 1
    when: str = "before"
    retry_after: str | None = None
    body: str | None = None
    delay: float = 0.0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        fault = cls(
            method=str(data.get("method", "*")).upper(),
            path=str(data["path"]),
            status=int(data.get("status", 503)),
            times=int(data.get("times", 1)),
            when=str(data.get("when", "before")),
            retry_after=None if data.get("retry_after") is None else str(data["retry_after"]),
            body=None if data.get("body") is None else str(data["body"]),
            delay=float(data.get("delay", 0.0)),
        )
        if not 0.0 <= fault.delay <= 600.0:
            raise ValueError("delay must be 0 to 600 seconds")
        if fault.when not in ("before", "after"):
            raise ValueError("when must be 'before' or 'after'")
        if not 400 <= fault.status <= 599 or fault.times < 1:
            raise ValueError("status must be 400 to 599 and times at least 1")
        return fault

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method) and path.rstrip("/") == self.path.rstrip("/")


class Faults:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None


class FaultMiddleware:
    """ASGI middleware that applies the faults before or after the request is served."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = None
        if scope["type"] == "http" and not scope["path"].startswith("/_sandbox"):
            fault = self.faults.take(scope["method"], scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.when == "after":

            async def swallow(message: Message) -> None:
                return None

            await self.app(scope, receive, swallow)
        if fault.delay:
            await asyncio.sleep(fault.delay)
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else None
        response = error_response(
            scope["path"],
            SandboxError(fault.status, "SandboxFault", "Injected by the sandbox.", headers),
        )
        if fault.body is not None:
            response.body = fault.body.encode()
            response.headers["content-length"] = str(len(response.body))
            response.headers["content-type"] = "text/plain; charset=utf-8"
        await response(scope, receive, send)
