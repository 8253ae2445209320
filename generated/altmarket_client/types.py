"""Contains some shared types for properties"""

import datetime
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from decimal import Decimal
from typing import IO, Any, BinaryIO, Generic, Literal, NamedTuple, Protocol, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def quote_path_segment(name: str, value: object) -> str:
    """Percent-encode a path parameter so that it stays exactly one path segment.

    Every reserved character is encoded, ``/``, ``?`` and ``#`` included.

    Raises:
        ValueError: If the value is empty, ``.`` or ``..``: no encoding keeps those in their segment
            (``/orders/..`` is ``/``, ``/orders/.`` is ``/orders``), so the request is not sent.
    """
    text = str(value)
    if text in ("", ".", ".."):
        raise InvalidArgument(name, f"a path parameter must not be {text!r}")
    return quote(text, safe="")


def read_money(value: object) -> Decimal:
    """A money value as ``Decimal``: a JSON number as the shortest decimal that round-trips it
    (``0.1`` is ``Decimal("0.1")``, exactly what the server meant by its double), a decimal
    string as written. Anything else is refused (``ValueError``, ``TypeError``): NaN, infinities,
    booleans, and numbers beyond ``Decimal``'s range (an exponent past 999,999 either way, where
    arithmetic in the default context overflows)."""
    kind = type(value)
    if kind is float:
        if value != value or value in (_INF, -_INF):
            raise ValueError(f"money must be finite, got {value!r}")
        return Decimal(repr(value))
    if kind is int:
        return Decimal(value)  # type: ignore[arg-type,unused-ignore]
    if isinstance(value, Decimal):
        return _in_range(value, value)
    if isinstance(value, str):
        text = value.strip()
        try:
            number = Decimal(text)
        except ArithmeticError:
            raise ValueError(f"not a decimal number: {_shown(value)}") from None
        if not text.isascii():
            raise ValueError(f"not a decimal number in ASCII digits: {_shown(value)}")
        return _in_range(number, value)
    raise TypeError(f"expected a number or a decimal string, got {kind.__name__}")


_INF = float("inf")
_MAX_EXPONENT = 999_999


def _in_range(number: Decimal, value: object) -> Decimal:
    if not number.is_finite():
        raise ValueError(f"money must be finite, got {_shown(value)}")
    if not -_MAX_EXPONENT <= number.adjusted() <= _MAX_EXPONENT:
        raise ValueError(f"money beyond Decimal's range: {_shown(value)}")
    return number


def _shown(value: object) -> str:
    # A long value is not cut: a cut could end inside a credential the server echoed, where
    # redaction (of whole credentials) would not find it.
    text = repr(value)
    return text if len(text) <= 40 else f"a {type(value).__name__} of {len(text)} characters"


def read_datetime(value: object) -> datetime.datetime:
    """An ISO 8601 date-time; one without a zone is UTC (the zone both APIs write in)."""
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__}")
    moment = datetime.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=datetime.UTC)
    return moment


Retry = Literal["safe", "keyed", "never"]
"""How an operation may be sent again: ``safe`` (idempotent: retried on connection errors,
timeouts, 408, 429 and 5xx), ``keyed`` (idempotent through a key the caller chose, named by
``Policy.idempotency_key``), ``never`` (sent at most once: once it may have reached the server,
a failure means its fate is unknown)."""


class Policy(NamedTuple):
    """What the spec says about one operation beyond plain OpenAPI (its ``x-tradespec-*``)."""

    operation_id: str
    """The operation's ``operationId``, also the facade method's name."""
    tag: str
    """The facade (``api.<tag>``) that holds the operation."""
    method: str
    """The HTTP method, upper case."""
    path: str
    """The path template, relative to the server's base URL."""
    secured: bool
    """Whether requests carry the credentials (the operation declares a security requirement)."""
    retry: Retry
    """How the operation may be sent again (``x-tradespec-retry``, else by method)."""
    idempotency_key: str | None
    """The body field that makes a ``keyed`` operation idempotent (``x-tradespec-idempotency-key``)."""
    order: bool
    """Whether a 4xx refusal is an order refused (``x-tradespec-order``: orders and cancels)."""
    paging: str | None
    """How a paged operation pages (``x-tradespec-paging``), or None."""


class Operation(NamedTuple, Generic[T]):
    """One call of an operation: its policy, how to build the request, how to read the answer."""

    policy: Policy
    get_kwargs: Callable[..., dict[str, Any]]
    """The endpoint module's ``_get_kwargs``: method, url, params, json/data, headers."""
    arguments: dict[str, Any]
    """The keyword arguments for ``get_kwargs``, as the facade method received them."""
    parse: Callable[[Any], T]
    """Reads the decoded JSON of a success answer into its model."""


class Runner(Protocol):
    """Sends an :class:`Operation` and returns its parsed success answer (sync facades)."""

    def run(self, operation: Operation[T]) -> T: ...


class AsyncRunner(Protocol):
    """Sends an :class:`Operation`; the async facades await what it returns."""

    def run(self, operation: Operation[T]) -> Awaitable[T]: ...


class InvalidArgument(ValueError):
    """An argument that cannot be put in a request (raised before anything is sent)."""

    def __init__(self, argument: str, reason: str) -> None:
        super().__init__(f"{argument}: {reason}")
        self.argument = argument
        self.reason = reason


__all__ = [
    "UNSET",
    "AsyncRunner",
    "File",
    "FileTypes",
    "InvalidArgument",
    "Operation",
    "Policy",
    "RequestFiles",
    "Response",
    "Retry",
    "Runner",
    "Unset",
    "quote_path_segment",
    "read_datetime",
    "read_money",
]
