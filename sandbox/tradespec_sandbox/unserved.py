"""Operations the specs declare and the sandbox does not serve yet: a ``501`` naming them.

After a spec gains an operation and ``nox -s generate`` runs, the generated operation tables
(``altmarket_client.operations``, ``hashgreen_client.operations``) list it before the sandbox
serves it. Every such operation is answered with ``501 Not Implemented``, in the API's error
shape, saying which operation it is, instead of a ``404`` that looks like a wrong path.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .web import ApiError, error_response

__all__ = ["unserved_routes", "with_unserved"]

_PARAMETER = re.compile(r"\{[^}]*\}")


def _shape(path: str) -> str:
    return _PARAMETER.sub("{}", path)


def unserved_routes(served: Sequence[BaseRoute], package: str) -> list[Route]:
    """A 501 route for each operation of ``package``'s spec that ``served`` does not serve."""
    operations: dict[str, Any] = importlib.import_module(f"{package}.operations").OPERATIONS
    known = {
        (method, _shape(route.path))
        for route in served
        if isinstance(route, Route)
        for method in route.methods or ()
    }
    extra: dict[str, list[tuple[str, str]]] = {}
    for policy in operations.values():
        if (policy.method, _shape(policy.path)) not in known:
            extra.setdefault(policy.path, []).append((policy.method, policy.operation_id))
    routes = []
    for path, served_here in sorted(extra.items()):
        names = {method: operation for method, operation in served_here}

        async def unserved(
            request: Request, names: dict[str, str] = names, path: str = path
        ) -> Response:
            operation = names.get(request.method, "this operation")
            error = ApiError(
                501,
                "NotImplemented",
                f"The sandbox does not serve {operation} ({request.method} {path}) yet: the "
                "spec declares it, the sandbox has no implementation of it.",
            )
            return error_response(request.url.path, error)

        routes.append(Route(path, unserved, methods=sorted(names)))
    return routes


def with_unserved(served: Sequence[BaseRoute], package: str) -> list[BaseRoute]:
    """``served``, then the 501 routes of what it leaves out."""
    return [*served, *unserved_routes(served, package)]
