"""One endpoint adapter for the three APIs: read the body, authenticate, limit, serve, commit.

Every operation of AltMarket, Hashgreen and the test-only API is a plain function of the request
and a :class:`Call`, run by :func:`endpoint`, which does for all of them, in this order:

1. reads the body (bounded by ``limits.BodyLimitMiddleware``);
2. runs the operation's ``prepare`` step, if it has one, in a worker thread and outside the
   state lock (Hashgreen's offer decoding: one large offer never stalls the other clients);
3. under ``state.lock``: authenticates (the API's own scheme; a refusal there counts against
   the client's address in the rate limiter, never against the account it names), counts the
   request against the rate limit (the account once authenticated, the client's address for
   unauthenticated calls; never the test-only API), checks the query against the operation's
   parameters (unknown ones ignored, or refused with ``--strict``), serves it, and commits
   what it changed to the store.

Refusals are :class:`~.errors.SandboxError`, answered by the application's exception handler in
the API's shape; anything else raised is a bug, logged and answered as a 500 in the same shape.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..domain.accounts import Account
from ..domain.errors import SandboxError, internal_error
from ..state import SandboxState
from .web import known_query

Endpoint = Callable[[Request], Awaitable[Response]]


A = TypeVar("A", Account, Account | None)


@dataclass(slots=True)
class Call(Generic[A]):
    """An authenticated request: who (``account``, None when anonymous), its query and body.

    ``limit_key`` is the rate limiter's bucket for it (None: the client's address); ``body`` is
    the parsed JSON body where the API parses one; ``prepared`` what the operation's
    ``prepare`` step made of the request outside the lock.
    """

    account: A
    query: dict[str, list[str]]
    raw: bytes = b""
    body: Any = None
    limit_key: str | None = None
    prepared: Any = field(default=None)

    def one(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None


def anonymous(request: Request, body: bytes) -> Call[Account | None]:
    """No authentication: the query only (the test-only API, Hashgreen's public operations)."""
    return Call(None, parse_qs(request.url.query, keep_blank_values=True), body)


def client_address(request: Request) -> str:
    client = request.client
    return f"address:{client.host if client else '?'}"


def endpoint(
    state: SandboxState,
    handler: Callable[[Request, Call[A]], Response],
    *,
    authenticate: Callable[[Request, bytes], Call[A]],
    params: frozenset[str] | None = frozenset(),
    limited: bool = True,
    commit: bool = True,
    prepare: Callable[[Request, bytes], Any] | None = None,
    before: Callable[[], None] | None = None,
) -> Endpoint:
    """The ASGI endpoint serving ``handler``; see the module's docstring.

    ``params`` are the query parameters the operation has (None: it takes any and ignores all,
    even in strict mode); ``limited`` puts it under the rate limit; ``commit`` writes what it
    changed; ``before`` runs under the lock before ``handler`` (AltMarket settles withdrawals
    that are due).
    """

    async def serve(request: Request) -> Response:
        try:
            body = await request.body()
            prepared = await run_in_threadpool(prepare, request, body) if prepare else None
            with state.lock:
                try:
                    call = authenticate(request, body)
                except SandboxError as exc:
                    if limited and exc.status == 401:
                        state.limit(client_address(request))
                    raise
                if limited:
                    state.limit(call.limit_key or client_address(request))
                if params is not None:
                    call.query = known_query(call.query, params, state.strict)
                call.prepared = prepared
                if before is not None:
                    before()
                try:
                    return handler(request, call)
                finally:
                    if commit:
                        state.commit()  # writes only what changed, if anything
        except SandboxError:
            raise
        except Exception as exc:  # a bug: answer it in the API's shape, keep the server
            raise internal_error(exc) from exc

    return serve
