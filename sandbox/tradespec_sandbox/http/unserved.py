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

from ..domain.errors import SandboxError
from .web import error_response

__all__ = ["shadowed_routes", "unserved_routes", "with_unserved"]

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
            error = SandboxError(
                501,
                "NotImplemented",
                f"The sandbox does not serve {operation} ({request.method} {path}) yet: the "
                "spec declares it, the sandbox has no implementation of it.",
            )
            return error_response(request.url.path, error)

        routes.append(Route(path, unserved, methods=sorted(names)))
    return routes


def with_unserved(served: Sequence[BaseRoute], package: str) -> list[BaseRoute]:
    """``served``, then the 501 routes of what it leaves out; 405s for shadowed methods first."""
    return [*shadowed_routes(served), *served, *unserved_routes(served, package)]


def shadowed_routes(routes: Sequence[BaseRoute]) -> list[Route]:
    """405 routes for the methods a templated path would wrongly take from a literal one.

    ``DELETE /api/orders/{orderId}`` also matches ``/api/orders/open``, which only has GET:
    starlette would route ``DELETE /api/orders/open`` to the cancel, with ``orderId`` "open".
    Put before ``routes``, these answer it 405 with the literal path's ``Allow`` instead.
    """
    plain = [r for r in routes if isinstance(r, Route)]
    allowed: dict[str, set[str]] = {}
    taken: dict[str, set[str]] = {}
    for literal in plain:
        if "{" in literal.path:
            continue
        allowed.setdefault(literal.path, set()).update(literal.methods or ())
        for template in plain:
            if "{" in template.path and template.path_regex.match(literal.path):
                taken.setdefault(literal.path, set()).update(template.methods or ())
    routes_405 = []
    for path, methods in sorted(taken.items()):
        wrong = sorted(methods - allowed[path] - {"HEAD"})
        if not wrong:
            continue
        allow = ", ".join(sorted(allowed[path] | ({"HEAD"} if "GET" in allowed[path] else set())))

        async def not_allowed(request: Request, allow: str = allow) -> Response:
            raise SandboxError(
                405, "MethodNotAllowed", "Method Not Allowed", headers={"Allow": allow}
            )

        routes_405.append(Route(path, not_allowed, methods=wrong))
    return routes_405
