# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""What the models, the facades and the engine share: ``Unset``, the request value of an
operation (:class:`Request`, :class:`Operation`, :class:`Policy`), the readers of money and
times, and the one writer of request bodies (:func:`write_json`)."""

import datetime
import threading
from collections.abc import Awaitable, Callable, Mapping
from decimal import Decimal
from json.encoder import encode_basestring as _encode_string
from json.encoder import encode_basestring_ascii as _encode_string_ascii
from typing import Any, Generic, Literal, NamedTuple, Protocol, TypeVar, cast
from urllib.parse import quote

# What the raw facades answer (``with_raw_response``): the one class, the clients'.
from tradespec._raw import RawResponse


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


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


SMALL_DECIMALS: tuple[Decimal, ...] = tuple(Decimal(number) for number in range(256))
"""``Decimal(n)`` for n from 0 to 255, made once: money that is a small JSON integer (a zero fee,
a stop price of 0) shares one of these, as small ints are shared (a ``Decimal`` is immutable)."""

FIRST_READ = threading.Lock()
"""Held while a model makes the ``additional_properties`` a typed reading left unset, on its
first read: two threads reading it first at once get the same dict, so no write to it is lost."""


def first_read(model: object, name: str) -> Any:
    """The ``__getattr__`` of the models with a typed reading, which leaves their
    ``additional_properties`` unset (its structs refuse undeclared fields): the first read makes
    it, holding :data:`FIRST_READ`. Any other attribute not set is an ``AttributeError``."""
    if name == "additional_properties":
        with FIRST_READ:  # another thread's first read may have made it meanwhile
            try:
                return object.__getattribute__(model, name)
            except AttributeError:
                made: dict[str, Any] = {}
                object.__setattr__(model, name, made)  # past any __setattr__ of the model's
                return made
    raise AttributeError(
        f"{type(model).__name__!r} object has no attribute {name!r}", name=name, obj=model
    )


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
    auth: str
    """``secured`` (needs the credentials), ``optional`` (carries them when the client has them)
    or ``public``."""
    retry: Retry
    """How the operation may be sent again (``x-tradespec-retry``, else by method)."""
    idempotency_key: str | None
    """The body field that makes a ``keyed`` operation idempotent (``x-tradespec-idempotency-key``)."""
    order: bool
    """Whether a 4xx refusal is an order refused (``x-tradespec-order``: orders and cancels)."""
    paging: str | None
    """How a paged operation pages (``x-tradespec-paging``), or None."""


class Request(NamedTuple):
    """One call of an operation as the engine sends it: everything about the request but the
    credentials, which the engine adds (and signs) on every attempt."""

    policy: Policy
    """The operation's policy; its ``method`` is the request's."""
    path: str
    """The path with its parameters filled in, each percent-encoded as one segment."""
    query: Mapping[str, Any] | None = None
    """The query parameters the caller set (an absent optional one is not there), or None."""
    headers: Mapping[str, str] | None = None
    """The header parameters the caller set, or None."""
    json: Any = None
    """A JSON body: what the body model's ``to_dict()`` returns (money still ``Decimal``), to be
    written once by :func:`write_json`; None without one."""
    form: Mapping[str, Any] | None = None
    """A form body (``application/x-www-form-urlencoded``): the body model's ``to_dict()``."""


class Options(NamedTuple):
    """What one call adds to its operation (the facades' ``extra_headers=``, ``extra_query=``
    and ``timeout=``), carried by its :class:`Operation`: the runner checks them before anything
    is sent (no credential can be overridden) and adds them to the request it sends."""

    extra_headers: Mapping[str, str] | None = None
    """Headers added to this call beyond the operation's, or None."""
    extra_query: Mapping[str, Any] | None = None
    """Query parameters added to this call beyond the operation's, or None."""
    timeout: object = None
    """This call's timeout (seconds or an ``httpx.Timeout``), or None: the client's."""


def options_of(
    extra_headers: Mapping[str, str] | None, extra_query: Mapping[str, Any] | None, timeout: object
) -> Options | None:
    """The :class:`Options` of a facade call, or None when it sets none (the common call)."""
    if extra_headers is None and extra_query is None and timeout is None:
        return None
    return Options(extra_headers, extra_query, timeout)


class Parse(Protocol[T_co]):
    """An endpoint module's reader of its success answer (``_parse_success``).

    A protocol rather than a ``Callable`` field: pyright binds a ``Callable`` field of a
    ``NamedTuple`` like a method when it matches :class:`Operation` against a protocol."""

    def __call__(self, data: Any, /) -> T_co:
        """The model read from the decoded JSON of a success answer."""
        ...


class Operation(NamedTuple, Generic[T]):
    """One call of an operation: its policy, how to build the request, how to read the answer."""

    policy: Policy
    build: Callable[..., Request]
    """The endpoint module's ``_request``: the :class:`Request` for ``arguments``."""
    arguments: dict[str, Any]
    """The keyword arguments for ``build``, as the facade method received them."""
    parse: Parse[T]
    """Reads the decoded JSON of a success answer into its model."""
    options: Options | None = None
    """What this call adds to the operation (extra headers and query, its timeout), or None."""


_SHARED: dict[str, Operation[Any]] = {}


def shared_operation(
    policy: Policy, build: Callable[..., Request], parse: Parse[T]
) -> Operation[T]:
    """The one :class:`Operation` of an operation that takes no arguments, for every call that
    sets no options: made once (it is immutable), so a burst of such calls keeps none each;
    again if the endpoint's ``_request`` or ``_parse_success`` is no longer the one it holds."""
    operation = _SHARED.get(policy.operation_id)
    if operation is None or operation.build is not build or operation.parse is not parse:
        operation = _SHARED[policy.operation_id] = Operation(policy, build, {}, parse)
    return cast("Operation[T]", operation)


class Runner(Protocol):
    """Sends an :class:`Operation` and returns its parsed success answer (sync facades)."""

    def run(self, operation: Operation[T]) -> T: ...

    def run_raw(self, operation: Operation[T]) -> RawResponse[T]:
        """Send it and return the answer as it came (``with_raw_response``)."""
        ...


class AsyncRunner(Protocol):
    """Sends an :class:`Operation`; the async facades await what it returns."""

    def run(self, operation: Operation[T]) -> Awaitable[T]: ...

    def run_raw(self, operation: Operation[T]) -> Awaitable[RawResponse[T]]:
        """Send it; the raw facades await the answer as it came (``with_raw_response``)."""
        ...


class InvalidArgument(ValueError):
    """An argument that cannot be put in a request (raised before anything is sent)."""

    def __init__(self, argument: str, reason: str) -> None:
        super().__init__(f"{argument}: {reason}")
        self.argument = argument
        self.reason = reason


def write_json(
    value: object,
    *,
    separators: tuple[str, str] = (",", ":"),
    ensure_ascii: bool = False,
) -> bytes:
    """``value`` (what a model's ``to_dict()`` returns) as JSON bytes, as ``json.dumps`` writes
    it with the same options, except that a ``Decimal`` is written as a JSON number in its plain
    decimal text (``format(d, "f")``: ``Decimal("0.10")`` is ``0.10``, never an exponent).

    The platforms read JSON numbers as doubles, so a ``Decimal`` that no double carries exactly
    (``Decimal(repr(float(d))) != d``: more than some 15 significant digits) is refused, as are
    NaN and infinities, rather than rounded.

    Raises:
        InvalidArgument: Naming the field (its JSON key) whose value cannot be sent exactly.
    """
    parts: list[str] = []
    _write(
        value,
        parts,
        separators[0],
        separators[1],
        _encode_string_ascii if ensure_ascii else _encode_string,
        "body",
        0,
    )
    return "".join(parts).encode("utf-8")


_MAX_DEPTH = 100
"""How deeply a request body may nest (no request of either API nests more than a few levels)."""


def _write(
    value: object,
    out: list[str],
    item: str,
    key_sep: str,
    string: Callable[[str], str],
    name: str,
    depth: int,
) -> None:
    kind = type(value)
    if kind is str:
        out.append(string(value))  # type: ignore[arg-type]
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is Decimal or isinstance(value, Decimal):
        out.append(_decimal_text(value, name))  # type: ignore[arg-type]
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        if value != value or value in (_INF, -_INF):
            raise InvalidArgument(name, f"must be a finite number, got {value!r}")
        out.append(float.__repr__(value))
    elif isinstance(value, str):
        out.append(string(value))
    elif depth >= _MAX_DEPTH:
        raise InvalidArgument(name, f"nests more than {_MAX_DEPTH} levels deep")
    elif isinstance(value, Mapping):
        out.append("{")
        first = True
        for key, item_value in value.items():
            if not first:
                out.append(item)
            first = False
            out.append(string(_key_text(key, name)))
            out.append(key_sep)
            _write(item_value, out, item, key_sep, string, str(key), depth + 1)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for index, element in enumerate(value):
            if index:
                out.append(item)
            _write(element, out, item, key_sep, string, name, depth + 1)
        out.append("]")
    else:
        raise InvalidArgument(name, f"cannot be sent as JSON: {type(value).__name__}")


def _decimal_text(number: Decimal, name: str) -> str:
    if not number.is_finite():
        raise InvalidArgument(name, f"must be a finite number, got {number}")
    if Decimal(repr(float(number))) != number:
        raise InvalidArgument(
            name,
            f"{number:f} cannot be sent exactly: the API carries numbers as doubles "
            "(about 15 significant digits)",
        )
    return format(number, "f")


def _key_text(key: object, name: str) -> str:
    # As json.dumps converts keys.
    if isinstance(key, str):
        return key
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    if isinstance(key, float):
        return float.__repr__(key)
    raise InvalidArgument(name, f"a JSON key must be a string, got {type(key).__name__}")


__all__ = [
    "FIRST_READ",
    "SMALL_DECIMALS",
    "UNSET",
    "AsyncRunner",
    "InvalidArgument",
    "Operation",
    "Options",
    "Policy",
    "Request",
    "Retry",
    "Runner",
    "Unset",
    "first_read",
    "options_of",
    "quote_path_segment",
    "read_datetime",
    "read_money",
    "write_json",
]
