"""Raw answers and per-call options.

``exchange.api.with_raw_response.<tag>.<operation>(...)`` and
``exchange.with_raw_response.request(...)`` answer a :class:`RawResponse`: the status, the
headers and the body bytes of the answer the value was read from, and the value itself
(``parse()``). Every operation, ``exchange.request`` and the raw forms take ``extra_headers=``,
``extra_query=`` and ``timeout=`` for that call alone; :func:`checked_extras` refuses, before
anything is sent, whatever would override or escape the credentials.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

from tradespec.errors import InvalidInputError

if TYPE_CHECKING:
    import httpx
else:
    from tradespec._lazy import LazyModule

    # The headers' mapping: httpx is imported by the first raw answer (or a resolved hint).
    httpx = LazyModule("httpx")

__all__ = [
    "REFUSED_HEADERS",
    "AsyncWithRawResponse",
    "CallOptions",
    "RawResponse",
    "WithRawResponse",
    "checked_extras",
    "checked_timeout",
    "helper_options",
]

T_co = TypeVar("T_co", covariant=True)

REFUSED_HEADERS = frozenset(
    {
        "key",
        "sign",
        "authorization",
        "host",
        "content-length",
        "transfer-encoding",
        "content-type",
        "accept-encoding",
    }
)
"""Header names (in any case) no call may set: the credentials (AltMarket's ``Key`` and
``Sign``, Hashgreen's ``Authorization``), and what the client sets for the bytes it signs and
reads (``Host``, ``Content-Length``, ``Transfer-Encoding``, ``Content-Type``,
``Accept-Encoding``)."""

_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class RawResponse(Generic[T_co]):
    """The answer a call's value was read from, as it came: ``status_code``, ``headers``,
    ``content`` (the body bytes), and ``parse()``, the value the call returns without
    ``with_raw_response`` (the generated model).

    The body was read, checked and parsed when the call returned (a body that cannot be read is
    the same :class:`~tradespec.errors.ResponseError` as without ``with_raw_response``), so
    ``parse()`` is a plain method on the async clients too, and returns the same object each
    time. Any credential the server echoed is replaced by ``<redacted>`` in the headers and
    the content, as in everything else the clients return.
    """

    __slots__ = ("_content", "_headers", "_status_code", "_value")

    def __init__(
        self, status_code: int, headers: httpx.Headers, content: bytes, value: T_co
    ) -> None:
        self._status_code = status_code
        self._headers = headers
        self._content = content
        self._value = value

    @property
    def status_code(self) -> int:
        """The answer's HTTP status (2xx: any other is raised as a tradespec error)."""
        return self._status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers, read case-insensitively (``raw.headers["x-request-id"]``)."""
        return self._headers

    @property
    def content(self) -> bytes:
        """The answer's body bytes, decompressed."""
        return self._content

    def parse(self) -> T_co:
        """The value the call answers without ``with_raw_response``: the operation's model
        (``exchange.request``: the decoded JSON)."""
        return self._value

    def __repr__(self) -> str:
        # Never the body or the headers (a server may echo anything).
        return f"<RawResponse {self.status_code}, {len(self.content)} bytes>"


SendRequest = Callable[
    [
        str,
        str,
        "Mapping[str, Any] | None",
        Any,
        "Mapping[str, str] | None",
        "Mapping[str, object] | None",
        "float | httpx.Timeout | None",
        bool,
    ],
    Any,
]
"""A client's ``exchange.request``, with the raw flag last."""


class WithRawResponse:
    """``exchange.with_raw_response``: ``exchange.request`` answering a :class:`RawResponse`
    (the operations have theirs at ``exchange.api.with_raw_response``)."""

    __slots__ = ("_send",)

    def __init__(self, send: SendRequest) -> None:
        self._send = send

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        """``exchange.request(...)``, answering the :class:`RawResponse` of its answer:
        ``status_code``, ``headers``, ``content``, and ``parse()``, the decoded JSON.

        Args:
            method: GET, POST, PUT, PATCH or DELETE; only GET and DELETE are retried.
            path: Relative to the client's ``base_url``, without a query.
            params: The query parameters, or None.
            json: The body of a POST, PUT or PATCH, sent as JSON, or None.
            extra_headers: Headers added to this call; the credentials and what the client
                sets for the bytes it signs and reads are refused (``InvalidInputError``).
            extra_query: Query parameters added to this call; ``ts`` is refused, and so is any
                on a request whose signature covers its body only (AltMarket's POST).
            timeout: This call's timeout, as the client's ``timeout=``; None: the client's.
        """
        answer: RawResponse[Any] = self._send(
            method, path, params, json, extra_headers, extra_query, timeout, True
        )
        return answer


class AsyncWithRawResponse:
    """``exchange.with_raw_response``: ``await exchange.request`` answering a
    :class:`RawResponse` (the operations have theirs at ``exchange.api.with_raw_response``)."""

    __slots__ = ("_send",)

    def __init__(self, send: SendRequest) -> None:
        self._send = send

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        """``await exchange.request(...)``, answering the :class:`RawResponse` of its answer:
        ``status_code``, ``headers``, ``content``, and ``parse()``, the decoded JSON.

        Args:
            method: GET, POST, PUT, PATCH or DELETE; only GET and DELETE are retried.
            path: Relative to the client's ``base_url``, without a query.
            params: The query parameters, or None.
            json: The body of a POST, PUT or PATCH, sent as JSON, or None.
            extra_headers: Headers added to this call; the credentials and what the client
                sets for the bytes it signs and reads are refused (``InvalidInputError``).
            extra_query: Query parameters added to this call; ``ts`` is refused, and so is any
                on a request whose signature covers its body only (AltMarket's POST).
            timeout: This call's timeout, as the client's ``timeout=``; None: the client's.
        """
        pending: Awaitable[RawResponse[Any]] = self._send(
            method, path, params, json, extra_headers, extra_query, timeout, True
        )
        return await pending


class CallOptions(NamedTuple):
    """A helper call's own options, given to each request of it (what the generated
    ``types.Options`` holds for an operation)."""

    extra_headers: Mapping[str, str] | None = None
    """Headers added to each request of the call, or None."""
    extra_query: Mapping[str, Any] | None = None
    """Query parameters added to each request of the call, or None."""
    timeout: object = None
    """The call's timeout (seconds or an ``httpx.Timeout``), or None: the client's."""


def helper_options(
    name: str, extra_headers: object, extra_query: object, timeout: object
) -> CallOptions | None:
    """A helper's ``extra_headers``, ``extra_query`` and ``timeout``, checked now, before its
    plan sends anything (a cached value it fetches first included), or None when none is set.
    Each request of the plan is checked again as it is made (its method decides whether an
    extra query may go)."""
    if extra_headers is None and extra_query is None and timeout is None:
        return None
    headers, query = checked_extras(name, "GET", extra_headers, extra_query, frozenset())
    return CallOptions(headers, query, checked_timeout(timeout))


def checked_timeout(value: object) -> object:
    """A call's ``timeout=``, checked as the clients' is (None: the client's)."""
    if value is None:
        return None
    from tradespec._base_client import check_timeout

    return check_timeout(value)


def checked_extras(
    name: str,
    method: str,
    extra_headers: object,
    extra_query: object,
    unsigned_query: frozenset[str],
) -> tuple[dict[str, str] | None, dict[str, Any] | None]:
    """The extra headers and query of a call of ``name`` (an operation, or ``request``), or an
    :class:`~tradespec.errors.InvalidInputError` raised before anything is sent.

    Header names are written in their usual case (``x-request-id`` is ``X-Request-Id``), so one
    never goes out twice in two cases. ``unsigned_query``: the methods whose signature does not
    cover the query (AltMarket's POST, PUT and PATCH, which sign the body only), where an extra
    query parameter is refused: it would go out unsigned.
    """
    headers: dict[str, str] | None = None
    if extra_headers is not None:
        if not isinstance(extra_headers, Mapping):
            raise InvalidInputError(
                "extra_headers",
                f"{name}: expected a mapping of header names to values, got "
                f"{type(extra_headers).__name__}",
            )
        headers = {}
        for key, value in cast("Mapping[object, object]", extra_headers).items():
            canonical = _header_name(name, key)
            if not isinstance(value, str) or any(c in value for c in "\r\n\0"):
                raise InvalidInputError(
                    "extra_headers",
                    f"{name}: the value of {key!r} must be a string without CR, LF or NUL",
                )
            headers[canonical] = value
        headers = headers or None
    query: dict[str, Any] | None = None
    if extra_query is not None:
        if not isinstance(extra_query, Mapping):
            raise InvalidInputError(
                "extra_query",
                f"{name}: expected a mapping of parameter names to values, got "
                f"{type(extra_query).__name__}",
            )
        if extra_query and method in unsigned_query:
            raise InvalidInputError(
                "extra_query",
                f"{name}: a {method} request's signature covers its body only, so an extra "
                "query parameter would be sent unsigned; it is refused",
            )
        query = {}
        for key, value in cast("Mapping[object, object]", extra_query).items():
            if not isinstance(key, str) or not key:
                raise InvalidInputError(
                    "extra_query",
                    f"{name}: a parameter name must be a non-empty string, got {key!r}",
                )
            if key.lower() == "ts":
                raise InvalidInputError(
                    "extra_query",
                    f"{name}: 'ts' is the signature's timestamp, set on every attempt; it "
                    "cannot be overridden",
                )
            query[key] = _query_value(name, key, value)
        query = query or None
    return headers, query


def _header_name(name: str, key: object) -> str:
    if not isinstance(key, str) or not key or any(c not in _TOKEN for c in key):
        raise InvalidInputError(
            "extra_headers", f"{name}: {key!r} is not a header name (letters, digits, '-', ...)"
        )
    if key.lower() in REFUSED_HEADERS:
        raise InvalidInputError(
            "extra_headers",
            f"{name}: {key!r} is set by the client (the credentials, or what it signs and "
            "reads); it cannot be overridden",
        )
    return "-".join(part[:1].upper() + part[1:].lower() for part in key.split("-"))


def _query_value(name: str, key: str, value: object) -> object:
    if isinstance(value, list | tuple):
        return [_scalar(name, key, item) for item in cast("Sequence[object]", value)]
    return _scalar(name, key, value)


def _scalar(name: str, key: str, value: object) -> str | int | float | bool:
    if isinstance(value, str | int) or (isinstance(value, float) and math.isfinite(value)):
        return value
    raise InvalidInputError(
        "extra_query",
        f"{name}: the value of {key!r} must be a string, an int, a finite float or a bool "
        f"(or a list of them), got {type(value).__name__}",
    )
