"""The ASGI application: the three APIs on one port, errors always in the caller's API shape."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount

from .admin_api import AdminApi
from .altmarket_api import AltMarketApi
from .faults import FaultMiddleware, Faults
from .hashgreen_api import HashgreenApi
from .state import SandboxState
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


def create_app(state: SandboxState) -> Starlette:
    faults = Faults()
    app = Starlette(
        routes=[
            Mount(ALTMARKET_PREFIX, routes=AltMarketApi(state).routes()),
            Mount(HASHGREEN_PREFIX, routes=HashgreenApi(state).routes()),
            Mount(ADMIN_PREFIX, routes=AdminApi(state, faults).routes()),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _crash},
    )
    app.add_middleware(FaultMiddleware, faults=faults)
    app.state.sandbox = state
    return app
