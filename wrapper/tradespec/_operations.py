"""Running the generated operations: ``exchange.api.<tag>.<operation_id>(...)`` and
``exchange.request(...)``.

The generated facades hand an ``Operation`` (the spec's policy for it, the endpoint's
``_get_kwargs`` with the caller's arguments, and the parser of its success answer) to a runner;
the runners here turn it into a :class:`~tradespec._transport.Call` and send it through the
client's engine: signed, retried as the policy allows, every failure a tradespec error.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from tradespec._retry import Retry
from tradespec._transport import AsyncTransport, Call, SyncTransport
from tradespec.errors import InvalidInputError

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncRunner", "SentRequest", "SyncRunner", "call_of", "request_call"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

_RETRY_OF = {"safe": Retry.SAFE, "keyed": Retry.KEYED, "never": Retry.ONCE}
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_SAFE_METHODS = frozenset({"GET", "DELETE"})

Decode = Callable[["httpx.Response"], Any]
"""Reads a success answer's body into JSON (Hashgreen: and checks its envelope's code)."""


@attrs.frozen(slots=True)
class SentRequest:
    """A request sent through ``exchange.api`` or ``exchange.request`` whose fate is unknown
    (kept by :class:`~tradespec.errors.OrderStateUnknownError`)."""

    operation: str
    """The ``operationId`` (or ``request`` for :meth:`request`)."""
    method: str
    path: str
    """The path as sent, relative to the base URL (the query string apart)."""
    sent_at: datetime
    """When it was sent, on this machine's clock (UTC)."""


class _Policy(Protocol):
    @property
    def operation_id(self) -> str: ...
    @property
    def secured(self) -> bool: ...
    @property
    def retry(self) -> str: ...
    @property
    def order(self) -> bool: ...


class _Operation(Protocol[T_co]):
    # What both generated packages' ``types.Operation`` are (two classes of the same shape).
    @property
    def policy(self) -> _Policy: ...
    @property
    def get_kwargs(self) -> Callable[..., dict[str, Any]]: ...
    @property
    def arguments(self) -> dict[str, Any]: ...
    @property
    def parse(self) -> Callable[[Any], T_co]: ...


def call_of(operation: _Operation[T], decode: Decode, *, has_credentials: bool = True) -> Call[T]:
    """The call that sends ``operation``; an argument that cannot be sent is refused now."""
    policy = operation.policy
    name = policy.operation_id
    if policy.secured and not has_credentials:
        raise InvalidInputError("token", f"{name} needs credentials: pass them or set them")
    try:
        kwargs = operation.get_kwargs(**operation.arguments)
    except (TypeError, ValueError, AttributeError) as exc:
        argument = getattr(exc, "argument", None)
        if isinstance(argument, str):
            raise InvalidInputError(argument, f"{name}: {getattr(exc, 'reason', exc)}") from None
        raise InvalidInputError(
            "arguments", f"{name} cannot send these arguments ({type(exc).__name__}: {exc})"
        ) from None
    parse = operation.parse
    retry = _RETRY_OF[policy.retry]
    sent = None
    if retry is not Retry.SAFE:
        sent = SentRequest(name, kwargs["method"].upper(), kwargs["url"], datetime.now(UTC))
    return Call(
        name,
        kwargs,
        lambda response: parse(decode(response)),
        retry=retry,
        private=policy.secured,
        order=policy.order,
        sent=sent,
    )


def request_call(
    method: object,
    path: object,
    params: object,
    body: object,
    decode: Decode,
    *,
    private: bool,
) -> Call[Any]:
    """The call of ``exchange.request``: any endpoint, signed; retried only for GET and DELETE."""
    if not isinstance(method, str) or method.upper() not in _METHODS:
        raise InvalidInputError("method", f"expected one of {sorted(_METHODS)}, got {method!r}")
    verb = method.upper()
    if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
        raise InvalidInputError("path", f"expected a path such as '/api/assets-info', got {path!r}")
    if any(part in (".", "..") for part in path.split("/")) or any(c in path for c in "?#\\"):
        raise InvalidInputError(
            "path", f"must be a plain path without '.', '..', a query or a fragment: {path!r}"
        )
    if any(ord(c) < 0x21 or ord(c) > 0x7E for c in path):
        raise InvalidInputError("path", f"must be printable ASCII: {path!r}")
    if params is not None and not isinstance(params, Mapping):
        raise InvalidInputError(
            "params", f"expected a mapping or None, got {type(params).__name__}"
        )
    if body is not None:
        if verb in _SAFE_METHODS:
            raise InvalidInputError("json", f"a {verb} request carries no body")
        try:
            json.dumps(body, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise InvalidInputError("json", f"cannot be sent as JSON: {exc}") from None
    kwargs: dict[str, Any] = {"method": verb, "url": path}
    if params:
        kwargs["params"] = dict(params)
    if body is not None:
        kwargs["json"] = body
    retry = Retry.SAFE if verb in _SAFE_METHODS else Retry.ONCE
    sent = None
    if retry is Retry.ONCE:
        sent = SentRequest("request", verb, path, datetime.now(UTC))
    return Call("request", kwargs, decode, retry=retry, private=private, sent=sent)


class SyncRunner:
    """Runs the generated sync facades' operations on a client's transport."""

    __slots__ = ("_decode", "_has_credentials", "_transport")

    def __init__(self, transport: SyncTransport, decode: Decode, has_credentials: bool) -> None:
        self._transport = transport
        self._decode = decode
        self._has_credentials = has_credentials

    def run(self, operation: _Operation[T]) -> T:
        call = call_of(operation, self._decode, has_credentials=self._has_credentials)
        return self._transport.execute(call)


class AsyncRunner:
    """Runs the generated async facades' operations on a client's transport."""

    __slots__ = ("_decode", "_has_credentials", "_transport")

    def __init__(self, transport: AsyncTransport, decode: Decode, has_credentials: bool) -> None:
        self._transport = transport
        self._decode = decode
        self._has_credentials = has_credentials

    def run(self, operation: _Operation[T]) -> Awaitable[T]:
        call = call_of(operation, self._decode, has_credentials=self._has_credentials)
        return self._transport.execute(call)
