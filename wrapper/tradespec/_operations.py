"""Running the generated operations: the one way every request of tradespec is sent.

The generated packages describe each call of an operation as an ``Operation`` (the spec's policy
for it, the endpoint's ``_request`` with the caller's arguments, which builds the typed
``Request`` value, and the parser of its success answer).
``exchange.api.<tag>.<operation_id>(...)`` hands one to a runner here; the hand-written helpers
are *plans*: generators that yield :class:`Step` values (an operation, and what to report
if its fate becomes unknown) and receive each answer, written once and driven by
:func:`run_sync` or :func:`run_async`. Both turn an operation into a
:class:`~tradespec._engine.Call` with :func:`call_of` and send it through the client's engine:
signed, retried as the policy allows, every failure a tradespec error.

``exchange.request(...)`` sends what no spec knows yet through the same engine
(:func:`request_call`).
"""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, NoReturn, Protocol, Self, TypeVar, cast
from urllib.parse import urlencode

from tradespec._cache import Cache
from tradespec._engine import Call, Encode
from tradespec._messages import for_caller, plan_name
from tradespec._raw import CallOptions, RawResponse, checked_extras, checked_timeout
from tradespec._retry import Retry
from tradespec._sent import SentRequest
from tradespec._typed import either, reader
from tradespec.errors import (
    InvalidInputError,
    OrderStateUnknownError,
    TradespecError,
    TransportError,
)

if TYPE_CHECKING:
    from tradespec._engine import Engine
    from tradespec._send_loops import AsyncTransport, SyncTransport
    from tradespec._transports.base import WireResponse
    from tradespec.drift import _Drift as Drift  # pyright: ignore[reportPrivateUsage]
    from tradespec.errors import Sent

__all__ = [
    "AsyncRunner",
    "Decode",
    "MissingCredentials",
    "Plan",
    "SentRequest",
    "Step",
    "SyncRunner",
    "Then",
    "cached",
    "call_of",
    "one",
    "request_call",
    "send",
    "then",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
TransportT = TypeVar("TransportT", "SyncTransport", "AsyncTransport")

_RETRY_OF = {"safe": Retry.SAFE, "keyed": Retry.KEYED, "never": Retry.ONCE}
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_SAFE_METHODS = frozenset({"GET", "DELETE"})

MissingCredentials = Callable[[str], InvalidInputError]
"""The error for an operation (named) that needs the credentials a client was made without: the
client's one check of its credentials, and its one message."""

Decode = Callable[[bytes], Any]
"""Reads a success answer's body bytes into JSON; an error code the body carries (an envelope's)
it raises as the :class:`~tradespec.errors.APIError` that code names."""


class _Policy(Protocol):
    @property
    def operation_id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def secured(self) -> bool: ...
    @property
    def auth(self) -> str: ...
    @property
    def retry(self) -> str: ...
    @property
    def order(self) -> bool: ...


class Request(Protocol):
    """What both generated packages' ``types.Request`` are: one call, as the engine sends it."""

    @property
    def path(self) -> str: ...
    @property
    def query(self) -> Mapping[str, Any] | None: ...
    @property
    def headers(self) -> Mapping[str, str] | None: ...
    @property
    def json(self) -> Any: ...
    @property
    def form(self) -> Mapping[str, Any] | None: ...


class Options(Protocol):
    """What both generated packages' ``types.Options`` are: what one call adds to its
    operation."""

    @property
    def extra_headers(self) -> Mapping[str, str] | None: ...
    @property
    def extra_query(self) -> Mapping[str, Any] | None: ...
    @property
    def timeout(self) -> object: ...


class Operation(Protocol[T_co]):
    """What both generated packages' ``types.Operation`` are (two classes of one shape)."""

    @property
    def policy(self) -> _Policy: ...
    @property
    def build(self) -> Callable[..., Request]: ...
    @property
    def arguments(self) -> dict[str, Any]: ...
    @property
    def parse(self) -> Callable[[Any], T_co]: ...
    @property
    def options(self) -> Options | None: ...


class Step(NamedTuple, Generic[T]):
    """One operation of a plan, and what an OrderStateUnknownError reports if its fate becomes
    unknown (None: a generic :class:`SentRequest`)."""

    operation: Operation[T]
    sent: Sent | None = None


class Cached(NamedTuple, Generic[T]):
    """A plan's request for a cached value: the cache, the step that fetches it, what makes the
    value from the answer, and whether to fetch even when a value is there."""

    cache: Cache[T]
    step: Step[Any]
    convert: Callable[[Any], T]
    refresh: bool = False


class Pager(Protocol[T_co]):
    """What the runners need of a paged iteration (``tradespec._pagination.Pager``)."""

    def next_step(self) -> Step[Any] | None: ...

    def accept(self, answer: object) -> Iterable[T_co]: ...


Plan = Generator["Step[Any] | Cached[Any]", Any, T]
"""A helper written once for both clients: yields steps, receives their answers, returns."""

A = TypeVar("A")


class Then(Generic[T]):
    """A helper's plan of one step: send ``operation`` (one that is not an order's: those are
    generator plans, which say what was sent), and make the helper's result from its answer with
    ``convert`` (None: the answer as it is).

    The runners send it without driving a generator: a call in flight keeps two frames fewer,
    which a fan-out of a thousand calls keeps all at once. ``yield from`` in another plan sends
    it as a step of that plan."""

    __slots__ = ("_step", "convert", "name", "operation")

    def __init__(
        self, name: str, operation: Operation[Any], convert: Callable[[Any], T] | None
    ) -> None:
        self.name = name
        """The helper's name, for the message of an error it raises."""
        self.operation = operation
        self.convert = convert
        self._step = Step(operation)

    def __iter__(self) -> Generator[Step[Any], Any, T]:
        answer = yield self._step
        return self.result(answer)

    def step(self, options: CallOptions | None) -> Step[Any]:
        """The step to send, with a helper call's own ``options`` (None: the operation's)."""
        return self._step if options is None else with_call_options(self._step, options)

    def result(self, answer: Any) -> T:
        """The helper's result from the step's answer."""
        return answer if self.convert is None else self.convert(answer)


def one(name: str, operation: Operation[T]) -> Then[T]:
    """The plan of helper ``name``: send ``operation``; its answer is the helper's result."""
    return _plan(name, operation, None)


def then(name: str, operation: Operation[A], convert: Callable[[A], T]) -> Then[T]:
    """The plan of helper ``name``: send ``operation``, and make its result with ``convert``."""
    return _plan(name, operation, convert)


def _plan(name: str, operation: Operation[Any], convert: Callable[[Any], Any] | None) -> Then[Any]:
    # The plan of an operation without arguments (its generated builder's one shared value) is
    # made once, as that is: a burst of such calls keeps none each.
    if operation.arguments or operation.options is not None:
        return Then(name, operation, convert)
    key = (name, id(operation), convert)
    known = _SHARED_PLANS.get(key)
    if known is None:
        known = Then(name, operation, convert)
        if len(_SHARED_PLANS) < 256:
            _SHARED_PLANS[key] = known
    return known


_REUSED_OPERATIONS = 256
"""The most operations a runner keeps the reused call of (then it starts again)."""

_SHARED_PLANS: dict[tuple[object, ...], Then[Any]] = {}
"""The plans of argument-less operations, by helper name, operation (its id: the plan holds it,
so that id is not reused while the plan is kept) and converter."""


class Guard(Protocol):
    """What a runner hands its order and withdrawal steps to (``_settle.Settler``): it writes
    the intent down and settles a lost answer."""

    def guards(self, call: Call[Any]) -> bool: ...

    def without_window(self) -> Guard: ...

    def run_sync(self, runner: SyncRunner, step: Step[Any], call: Call[Any]) -> Any: ...

    def run_async(
        self, runner: AsyncRunner, step: Step[Any], call: Call[Any]
    ) -> Awaitable[Any]: ...


def send(operation: Operation[T], sent: Sent | None = None) -> Generator[Step[T], T, T]:
    """``answer = yield from send(operation)`` in a plan: typed end to end."""
    answer: T = yield Step(operation, sent)
    return answer


def cached(
    cache: Cache[T], operation: Operation[Any], convert: Callable[[Any], T], refresh: bool
) -> Generator[Cached[T], T, T]:
    """``value = yield from cached(...)``: the cached value, fetched once for a burst of callers
    (when absent, or when ``refresh``) and made from the answer by ``convert``."""
    value: T = yield Cached(cache, Step(operation), convert, refresh)
    return value


def reusable(operation: Operation[Any], sent: Sent | None) -> bool:
    """Whether a runner makes the call of ``operation`` once and reuses it (see
    :func:`call_of`)."""
    return (
        not operation.arguments
        and sent is None
        and operation.policy.retry == "safe"
        and operation.options is None
    )


def call_of(
    operation: Operation[T],
    decode: Decode,
    encode: Encode,
    *,
    missing_credentials: MissingCredentials | None = None,
    sent: Sent | None = None,
    drift: Drift | None = None,
    unsigned_query: frozenset[str] = frozenset(),
) -> Call[T]:
    """The call that sends ``operation``; an argument that cannot be sent is refused now.

    The body is written here, once (``encode``: money exactly, or refused naming its field), and
    those bytes are what the engine signs and sends on every attempt. A runner makes the call of
    an operation without arguments that may be repeated once, and reuses it (a Call is
    immutable; :func:`reusable`): a burst of reads then keeps fewer objects alive while in
    flight.
    ``drift``: the client's bookkeeping of what answers carry that the spec does not know.
    ``unsigned_query``: the methods whose signature does not cover the query, where the
    operation's ``extra_query`` is refused (see :func:`tradespec._raw.checked_extras`).
    """
    policy = operation.policy
    name = policy.operation_id
    # An optional credential (create_order's token) is sent when the client has one.
    if policy.auth == "secured" and missing_credentials is not None:
        raise missing_credentials(name)
    options = operation.options
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    if options is not None:
        extra_headers, extra_query = checked_extras(
            name, policy.method, options.extra_headers, options.extra_query, unsigned_query
        )
    try:
        request = operation.build(**operation.arguments)
        content, content_type = _body(request, encode)
    except (TypeError, ValueError, AttributeError) as exc:
        argument = getattr(exc, "argument", None)
        if isinstance(argument, str):
            raise InvalidInputError(argument, f"{name}: {getattr(exc, 'reason', exc)}") from None
        raise InvalidInputError(
            "arguments", f"{name} cannot send these arguments ({type(exc).__name__}: {exc})"
        ) from None
    parse = operation.parse
    retry = _RETRY_OF[policy.retry]
    method = policy.method
    path = request.path
    if sent is None and retry is not Retry.SAFE:
        sent = SentRequest(name, method, path, datetime.now(UTC))
    headers = request.headers
    if extra_headers:
        headers = {**(headers or {}), **extra_headers}
    query = request.query
    if extra_query:
        query = {**(query or {}), **extra_query}
    read: Callable[[bytes], T] = (
        either(parse, decode)
        if drift is None
        else drift.reader(name, parse, decode, reader(parse, decode))
    )
    call = Call(
        name,
        method,
        path,
        _query(query),
        headers,
        content,
        content_type,
        read,
        retry=retry,
        private=policy.secured,  # the engine adds credentials only when it holds them
        order=policy.order,
        sent=sent,
        observe=None if drift is None else drift.observer(name),
    )
    return call


def _query(params: Mapping[str, Any] | None) -> str:
    """``params`` encoded as httpx's ``QueryParams`` encodes them (without importing httpx): a
    list or tuple is one pair per item, ``True`` / ``False`` are ``true`` / ``false``, ``None``
    is empty, anything else its ``str``."""
    if not params:
        return ""
    pairs = [
        (str(key), _form_value(item))
        for key, value in params.items()
        for item in (
            cast("Sequence[object]", value) if isinstance(value, list | tuple) else (value,)
        )
    ]
    return urlencode(pairs)


def _body(request: Request, encode: Encode) -> tuple[bytes | None, str | None]:
    """The request body bytes and their Content-Type: JSON through ``encode``, or a form."""
    if request.json is not None:
        return encode(request.json), "application/json"
    form = request.form
    if form is not None:
        pairs = [(key, _form_value(value)) for key, value in form.items()]
        return urlencode(pairs, doseq=True).encode("utf-8"), "application/x-www-form-urlencoded"
    return None, None


def _form_value(value: object) -> str:
    # As httpx encodes form fields.
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def request_call(
    method: object,
    path: object,
    params: object,
    body: object,
    decode: Decode,
    encode: Encode,
    *,
    private: bool,
    extra_headers: object = None,
    extra_query: object = None,
    unsigned_query: frozenset[str] = frozenset(),
) -> Call[Any]:
    """The call of ``exchange.request``: any endpoint, signed; retried only for GET and DELETE.
    ``extra_headers`` and ``extra_query`` are checked as an operation's are."""
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
    content: bytes | None = None
    if body is not None:
        if verb in _SAFE_METHODS:
            raise InvalidInputError("json", f"a {verb} request carries no body")
        try:
            content = encode(body)
        except (TypeError, ValueError) as exc:
            raise InvalidInputError("json", f"cannot be sent as JSON: {exc}") from None
    headers, extra = checked_extras("request", verb, extra_headers, extra_query, unsigned_query)
    query: dict[str, Any] | None = dict(cast("Mapping[str, Any]", params)) if params else None
    if extra:
        query = {**(query or {}), **extra}
    retry = Retry.SAFE if verb in _SAFE_METHODS else Retry.ONCE
    sent = None
    if retry is Retry.ONCE:
        sent = SentRequest("request", verb, path, datetime.now(UTC))
    return Call(
        "request",
        verb,
        path,
        _query(query),
        headers,
        content,
        None if content is None else "application/json",
        decode,
        retry=retry,
        private=private,
        sent=sent,
    )


_NO_METHODS: frozenset[str] = frozenset()
_TIMED_RUNNERS = 16
"""How many runners with their own ``timeout=`` a runner keeps (one per timeout value)."""


def unsigned_query_of(engine: Engine) -> frozenset[str]:
    """The methods whose signature does not cover the query (AltMarket's signer: those with a
    body), where an extra query parameter is refused."""
    methods = getattr(engine.auth, "unsigned_query_methods", None)
    return cast("frozenset[str]", methods) if isinstance(methods, frozenset) else _NO_METHODS


def _timeout_key(timeout: object) -> object:
    if isinstance(timeout, float):
        return timeout
    phases = cast("Any", timeout)  # an httpx.Timeout (check_timeout), which is not hashable
    return (phases.connect, phases.read, phases.write, phases.pool)


def _timed_engine(transport: SyncTransport | AsyncTransport, timeout: object) -> Engine:
    return transport.engine.evolve(timeout=cast("Any", timeout), max_retries=None)


Seen = list["tuple[WireResponse, bytes]"]


def _recorder(seen: Seen) -> Callable[[WireResponse, bytes], None]:
    """A raw call's ``answered`` hook: each answer (its response and body) kept in ``seen``."""

    def record(response: WireResponse, body: bytes) -> None:
        seen.append((response, body))

    return record


def with_call_options(step: Step[T], options: CallOptions | None) -> Step[T]:
    """``step`` with a helper call's own options (None: as it is)."""
    if options is None:
        return step
    operation = cast("Any", step.operation)._replace(options=options)  # a generated NamedTuple
    return Step(operation, step.sent)


def _raw_of(seen: Seen, value: T, engine: Engine) -> RawResponse[T]:
    """The :class:`RawResponse` of the success answer ``value`` was read from."""
    if not seen:  # every value a call returns was read from an answer it was told
        raise TradespecError("the call answered without an answer to show")
    import httpx

    response, body = seen[-1]
    headers = httpx.Headers(
        [(key, engine.redact(value)) for key, value in response.headers.items()]
    )
    return RawResponse(response.status, headers, body, value)


class _Runner(Generic[TransportT]):
    """What the sync and async runners share: their parts, the runners of calls with their
    own ``timeout=``, and making a step's call."""

    __slots__ = (
        "_bind",
        "_decode",
        "_drift",
        "_fixed",
        "_missing_credentials",
        "_reused",
        "_settler",
        "_timed",
        "_transport",
        "unsigned_query",
    )

    def __init__(
        self,
        transport: TransportT,
        decode: Decode,
        missing_credentials: MissingCredentials | None,
        bind: Callable[[OrderStateUnknownError], None] | None = None,
        settler: Guard | None = None,
        drift: Drift | None = None,
    ) -> None:
        self._transport: TransportT = transport
        self._decode = decode
        self._missing_credentials = missing_credentials
        self._bind = bind
        self._settler = settler
        """Writes order intents down and settles lost answers (``_settle``)."""
        self._drift = drift
        self._timed: dict[object, Self] = {}
        """The runners of calls with their own ``timeout=``, by timeout."""
        self._reused: dict[int, tuple[Operation[Any], Call[Any]]] = {}
        """The reused calls (:func:`reusable`) this runner sent, by their operation's id (each
        with its operation, the generated builder's one value, which it keeps alive: the id is
        not reused)."""
        self._fixed = False
        """Whether this runner is one of those (a call's ``timeout=`` is then its own)."""
        self.unsigned_query = unsigned_query_of(transport.engine)
        """The methods whose signature does not cover the query (no ``extra_query`` there)."""

    def sends_on(self, transport: TransportT) -> bool:
        """Whether this runner sends on ``transport``."""
        return self._transport is transport

    def timed(self, timeout: object) -> Self:
        """The runner of a call with its own ``timeout=`` (checked as the client's is; None:
        this one): the client's engine with that timeout, the same connections, rate limiter,
        hooks and settling."""
        if timeout is None or self._fixed:
            return self
        checked = checked_timeout(timeout)
        key = _timeout_key(checked)
        runner = self._timed.get(key)
        if runner is None:
            transport = self._transport
            timed = transport.with_engine(_timed_engine(transport, checked))
            if transport.observer is not None:
                transport.observer.attach(timed)
            runner = type(self)(
                timed,
                self._decode,
                self._missing_credentials,
                self._bind,
                self._settler,
                self._drift,
            )
            runner._fixed = True
            if len(self._timed) < _TIMED_RUNNERS:
                self._timed[key] = runner
        return runner

    def _reraise(self, exc: TradespecError, name: str) -> NoReturn:
        """Raise what the plan of helper ``name`` raised as its caller sees it: an
        OrderStateUnknownError bound to the client's lookup, a TransportError naming the
        helper (or the public method that called it) and the host."""
        if isinstance(exc, TransportError):
            raise for_caller(exc, self._transport.engine.base_url, name) from exc
        if isinstance(exc, OrderStateUnknownError) and self._bind is not None:
            self._bind(exc)
        raise exc

    def _made(self, step: Step[T]) -> tuple[Self, Call[T]]:
        """The runner that sends ``step`` (the one of its own ``timeout=``, if it has one) and
        the call it sends."""
        options = step.operation.options
        runner = self
        if options is not None and options.timeout is not None and not self._fixed:
            runner = self.timed(options.timeout)
        return runner, runner._call(step)

    def _call(self, step: Step[T]) -> Call[T]:
        operation = step.operation
        known = self._reused.get(id(operation))
        if known is not None and known[0] is operation and step.sent is None:
            return known[1]  # an operation without arguments, sent again
        call = call_of(
            step.operation,
            self._decode,
            self._transport.engine.encode,
            missing_credentials=self._missing_credentials,
            sent=step.sent,
            drift=self._drift,
            unsigned_query=self.unsigned_query,
        )
        if reusable(operation, step.sent):
            if len(self._reused) >= _REUSED_OPERATIONS:
                self._reused.clear()
            self._reused[id(operation)] = (operation, call)
        return call


class SyncRunner(_Runner["SyncTransport"]):
    """Sends operations, steps and plans on a sync client's transport. ``bind`` is given each
    :class:`~tradespec.errors.OrderStateUnknownError` a plan raises (the client binds its
    lookup to it)."""

    def run(self, operation: Operation[T]) -> T:
        """Send one operation (what the generated facades call)."""
        return self.step(Step(operation))

    def run_raw(self, operation: Operation[T]) -> RawResponse[T]:
        """Send one operation and answer its :class:`RawResponse` (``with_raw_response``).
        An order whose answer is lost raises as with ``settle_unknown`` off: there is no
        answer to show (the journal writes it down as ever)."""
        step = Step(operation)
        options = operation.options
        runner = self if options is None else self.timed(options.timeout)
        seen: Seen = []
        call = runner._call(step)._replace(answered=_recorder(seen))
        settler = runner._settler
        if settler is not None and settler.guards(call):
            value = cast("T", settler.without_window().run_sync(runner, step, call))
        else:
            value = runner._transport.execute(call)
        return _raw_of(seen, value, runner._transport.engine)

    def request(self, call: Call[Any], timeout: object, raw: bool) -> Any:
        """Send ``exchange.request``'s call, with its own ``timeout`` (None: the client's);
        ``raw``: answer its :class:`RawResponse`."""
        runner = self.timed(timeout)
        if not raw:
            return runner._transport.execute(call)
        seen: Seen = []
        value = runner._transport.execute(call._replace(answered=_recorder(seen)))
        return _raw_of(seen, value, runner._transport.engine)

    def step(self, step: Step[T]) -> T:
        runner, call = self._made(step)
        return runner._guarded(step, call)

    def _guarded(self, step: Step[T], call: Call[T]) -> T:
        """Send ``step``'s ``call``: through the settler when it guards the call."""
        settler = self._settler
        if settler is not None and settler.guards(call):
            return cast("T", settler.run_sync(self, step, call))
        return self._transport.execute(call)

    def execute(self, call: Call[T]) -> T:
        """Send ``call`` as it is (what the settler sends its step with)."""
        return self._transport.execute(call)

    def sleep(self, seconds: float) -> None:
        """Wait between lookups, as the transport waits between retries."""
        self._transport.sleep(seconds)

    def _answer(self, step: Step[Any] | Cached[Any], options: CallOptions | None) -> Any:
        if isinstance(step, Cached):
            # A cached value is shared by every caller: fetched without one call's options.
            request = step
            return request.cache.fill_sync(
                lambda: request.convert(self.step(request.step)), request.refresh
            )
        return self.step(with_call_options(step, options))

    def plan(self, plan: Plan[T] | Then[T], options: CallOptions | None = None) -> T:
        """Drive ``plan``: send each step it yields and give it back the answer (or the error).
        ``options``: the helper call's own, given to each step (not to a cached fetch)."""
        if type(plan) is Then:
            return self.then(plan, options)
        plan = cast("Plan[T]", plan)
        try:
            step = next(plan)
            while True:
                try:
                    answer = self._answer(step, options)
                except TradespecError as exc:
                    step = plan.throw(exc)
                else:
                    step = plan.send(answer)
        except StopIteration as stop:
            return cast(T, stop.value)
        except (OrderStateUnknownError, TransportError) as exc:
            self._reraise(exc, plan_name(plan))
        finally:
            plan.close()

    def then(self, plan: Then[T], options: CallOptions | None = None) -> T:
        """Send a plan of one step, and make its result; see :meth:`plan`."""
        step = plan.step(options)
        runner, call = self._made(step)
        if call.sent is None:  # a read: sent as it is, its result made in the send loop
            return runner._transport.execute(call, plan)
        try:
            return plan.result(runner._guarded(step, call))
        except (OrderStateUnknownError, TransportError) as exc:
            self._reraise(exc, plan.name)

    def iterate(self, pager: Pager[T]) -> Iterator[T]:
        """Every row of every page, fetched one page at a time as the iteration needs it."""
        while (step := pager.next_step()) is not None:
            yield from pager.accept(self.step(step))


class AsyncRunner(_Runner["AsyncTransport"]):
    """Sends operations, steps and plans on an async client's transport. ``bind`` is given each
    :class:`~tradespec.errors.OrderStateUnknownError` a plan raises (the client binds its
    lookup to it)."""

    def run(self, operation: Operation[T]) -> Awaitable[T]:
        """Send one operation (what the generated facades await)."""
        return self.step(Step(operation))

    async def run_raw(self, operation: Operation[T]) -> RawResponse[T]:
        """Send one operation and answer its :class:`RawResponse` (``with_raw_response``).
        An order whose answer is lost raises as with ``settle_unknown`` off: there is no
        answer to show (the journal writes it down as ever)."""
        step = Step(operation)
        options = operation.options
        runner = self if options is None else self.timed(options.timeout)
        seen: Seen = []
        call = runner._call(step)._replace(answered=_recorder(seen))
        settler = runner._settler
        if settler is not None and settler.guards(call):
            value = cast("T", await settler.without_window().run_async(runner, step, call))
        else:
            value = await runner._transport.execute(call)
        return _raw_of(seen, value, runner._transport.engine)

    async def request(self, call: Call[Any], timeout: object, raw: bool) -> Any:
        """Send ``exchange.request``'s call, with its own ``timeout`` (None: the client's);
        ``raw``: answer its :class:`RawResponse`."""
        runner = self.timed(timeout)
        if not raw:
            return await runner._transport.execute(call)
        seen: Seen = []
        value = await runner._transport.execute(call._replace(answered=_recorder(seen)))
        return _raw_of(seen, value, runner._transport.engine)

    def step(self, step: Step[T]) -> Awaitable[T]:
        runner, call = self._made(step)
        return runner._guarded(step, call)

    def _guarded(self, step: Step[T], call: Call[T]) -> Awaitable[T]:
        """Send ``step``'s ``call``: through the settler when it guards the call."""
        settler = self._settler
        if settler is not None and settler.guards(call):
            return cast("Awaitable[T]", settler.run_async(self, step, call))
        return self._transport.execute(call)

    def execute(self, call: Call[T]) -> Awaitable[T]:
        """Send ``call`` as it is (what the settler sends its step with)."""
        return self._transport.execute(call)

    async def sleep(self, seconds: float) -> None:
        """Wait between lookups, as the transport waits between retries."""
        await self._transport.sleep(seconds)

    async def _cached(self, request: Cached[T]) -> T:
        async def fetch() -> T:
            return request.convert(await self.step(request.step))

        return await request.cache.fill_async(fetch, request.refresh)

    def plan(self, plan: Plan[T] | Then[T], options: CallOptions | None = None) -> Awaitable[T]:
        """Drive ``plan`` asynchronously; see :meth:`SyncRunner.plan`. A plan of one step is
        awaited as :meth:`then` (one coroutine fewer alive while it is in flight)."""
        if type(plan) is Then:
            return self.then(plan, options)
        return self._drive(cast("Plan[T]", plan), options)

    async def _drive(self, plan: Plan[T], options: CallOptions | None) -> T:
        try:
            step = next(plan)
            while True:
                try:
                    # A plain step is awaited as it is: one coroutine fewer alive per call in
                    # flight (a fan-out of a thousand keeps them all at once).
                    if isinstance(step, Cached):
                        answer = await self._cached(step)
                    else:
                        answer = await self.step(with_call_options(step, options))
                except TradespecError as exc:
                    step = plan.throw(exc)
                else:
                    step = plan.send(answer)
        except StopIteration as stop:
            return cast(T, stop.value)
        except (OrderStateUnknownError, TransportError) as exc:
            self._reraise(exc, plan_name(plan))
        finally:
            plan.close()

    def then(self, plan: Then[T], options: CallOptions | None = None) -> Awaitable[T]:
        """Send a plan of one step, and make its result; see :meth:`SyncRunner.then`. A read
        is the send loop's coroutine alone, which makes the result (a fan-out of a thousand
        keeps one coroutine fewer per call)."""
        step = plan.step(options)
        runner, call = self._made(step)
        if call.sent is None:
            return runner._transport.execute(call, plan)
        return self._then(plan, runner._guarded(step, call))

    async def _then(self, plan: Then[T], answer: Awaitable[Any]) -> T:
        try:
            return plan.result(await answer)
        except (OrderStateUnknownError, TransportError) as exc:
            self._reraise(exc, plan.name)

    async def iterate(self, pager: Pager[T]) -> AsyncIterator[T]:
        """Every row of every page, fetched one page at a time; see :meth:`SyncRunner.iterate`."""
        while (step := pager.next_step()) is not None:
            for row in pager.accept(await self.step(step)):
                yield row
