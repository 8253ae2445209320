"""The ASGI application: the three APIs on one port, errors always in the caller's API shape."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..domain.errors import SandboxError, internal_error
from ..middleware.faults import FaultMiddleware, Faults
from ..middleware.limits import BodyLimitMiddleware
from ..middleware.live_shapes import LiveShapesMiddleware
from ..state import SandboxState
from .admin_api import AdminApi
from .altmarket_api import AltMarketApi
from .hashgreen_api import HashgreenApi
from .unserved import shadowed_routes, with_unserved
from .web import ADMIN_PREFIX, ALTMARKET_PREFIX, HASHGREEN_PREFIX, error_response


async def _refused(request: Request, exc: Exception) -> Response:
    """Every refusal, from an API, an engine or a middleware, in the shape of the API called."""
    assert isinstance(exc, SandboxError)
    return error_response(request.url.path, exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 (no such path) and 405 (no such method), in the API's shape.

    A 405's ``Allow`` lists the methods of every route of the path (starlette's names only
    the first route's, where one path has a route per method).
    """
    assert isinstance(exc, HTTPException)
    message = "No such path." if exc.status_code == 404 else str(exc.detail)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        # Routing moved root_path into the mount that matched: match again from the top.
        top = {**request.scope, "root_path": request.scope.get("app_root_path", "")}
        allowed = _allowed(request.app.router.routes, top)
        if allowed:
            headers["Allow"] = ", ".join(sorted(allowed))
    error = SandboxError(exc.status_code, None, message, headers)
    return error_response(request.url.path, error)


def _allowed(routes: list[BaseRoute], scope: Scope) -> set[str]:
    methods: set[str] = set()
    for route in routes:
        match, child = route.matches(scope)
        if match is Match.NONE:
            continue
        if isinstance(route, Mount):
            methods |= _allowed(route.routes, {**scope, **child})
        elif isinstance(route, Route):
            methods |= route.methods or set()
    return methods


async def _crash(request: Request, exc: Exception) -> Response:
    """A bug in the sandbox: still a JSON answer in the API's shape, so tests can tell."""
    return error_response(request.url.path, internal_error(exc))


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
            Mount(ADMIN_PREFIX, routes=_with_shadowed(AdminApi(state, faults).routes())),
        ],
        exception_handlers={
            SandboxError: _refused,
            HTTPException: _http_error,
            Exception: _crash,
        },
    )
    # Outermost last: the Date header, the body limit, injected faults, then live shapes (which
    # rewrite only the answers the APIs made, not a fault's or an error). The rate limit is
    # counted by the endpoints, after authentication (endpoint.py).
    app.add_middleware(LiveShapesMiddleware, state=state)
    app.add_middleware(FaultMiddleware, faults=faults)
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(SandboxDate, state=state)
    app.state.sandbox = state
    return app


def _with_shadowed(routes: list[Route]) -> list[BaseRoute]:
    return [*shadowed_routes(routes), *routes]
