"""The ASGI application: the three APIs on one port, errors always in the caller's API shape."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .admin_api import AdminApi
from .altmarket_api import AltMarketApi
from .faults import FaultMiddleware, Faults
from .hashgreen_api import HashgreenApi
from .live_shapes import LiveShapesMiddleware
from .ratelimit import RateLimitMiddleware
from .state import SandboxState
from .unserved import with_unserved
from .web import ADMIN_PREFIX, ALTMARKET_PREFIX, HASHGREEN_PREFIX, ApiError, error_response

_CODES = {404: "NotFound", 405: "MethodNotAllowed"}


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 (no such path) and 405 (no such method), in the API's shape."""
    assert isinstance(exc, HTTPException)
    message = "No such path." if exc.status_code == 404 else str(exc.detail)
    error = ApiError(exc.status_code, _CODES.get(exc.status_code, "Error"), message)
    response = error_response(request.url.path, error)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _crash(request: Request, exc: Exception) -> Response:
    """A bug in the sandbox: still a JSON answer in the API's shape, so tests can tell."""
    error = ApiError(500, "InternalError", f"The sandbox failed: {type(exc).__name__}: {exc}")
    return error_response(request.url.path, error)


class SandboxDate:
    """Every answer's ``Date`` header tells the sandbox's clock, moved or not.

    A client can learn the platform's clock from ``Date`` as well as from ``serverTime``; when a
    test moves the sandbox's clock, both move. (uvicorn's own Date header is turned off.)
    """

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state
        self._last: tuple[datetime, bytes] = (datetime.min.replace(tzinfo=UTC), b"")

    def _date(self) -> bytes:
        """``formatdate(clock.time(), usegmt=True)``, formatted once per second of the clock."""
        moment = datetime.fromtimestamp(self.state.clock.time(), UTC).replace(microsecond=0)
        last, date = self._last
        if moment != last:
            date = format_datetime(moment, usegmt=True).encode()
            self._last = (moment, date)
        return date

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_dated(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"date"]
                message = {**message, "headers": [*headers, (b"date", self._date())]}
            await send(message)

        await self.app(scope, receive, send_dated)


def create_app(state: SandboxState) -> Starlette:
    faults = Faults()
    app = Starlette(
        routes=[
            Mount(
                ALTMARKET_PREFIX,
                routes=with_unserved(AltMarketApi(state).routes(), "altmarket_client"),
            ),
            Mount(
                HASHGREEN_PREFIX,
                routes=with_unserved(HashgreenApi(state).routes(), "hashgreen_client"),
            ),
            Mount(ADMIN_PREFIX, routes=AdminApi(state, faults).routes()),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _crash},
    )
    # Outermost last: the Date header, injected faults, the rate limit, then live shapes (which
    # rewrite only the answers the APIs made, not a fault's or a 429).
    app.add_middleware(LiveShapesMiddleware, state=state)
    app.add_middleware(RateLimitMiddleware, state=state)
    app.add_middleware(FaultMiddleware, faults=faults)
    app.add_middleware(SandboxDate, state=state)
    app.state.sandbox = state
    return app
