"""What the four clients check and share: credentials, base URL, timeout, retries, rate limit;
the copy with other limits that ``with_options`` makes; closing and the context managers; and
running a helper's plan, binding a lookup to the
:class:`~tradespec.errors.OrderStateUnknownError` it may raise.

:class:`SyncClient` and :class:`AsyncClient` hold what is the same in the sync and async clients of
both exchanges; each client adds its exchange's configuration (``_setup``, which checks every
argument and ends in :meth:`ClientOptions._open`), its ``with_options`` (whose docstring names its
own example) and its methods. What a client shares with its copies is one :class:`ClientState`.
"""

from __future__ import annotations

# Named by DriftReport and DriftState, for typing.get_type_hints.
import importlib  # noqa: F401  # pyright: ignore[reportUnusedImport]
import ipaddress
import logging
import math
import os
import re
import sys
from collections.abc import Awaitable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast

from tradespec._arguments import flag
from tradespec._engine import Engine
from tradespec._operations import (
    AsyncRunner,
    Decode,
    MissingCredentials,
    Plan,
    SyncRunner,
    Then,
    request_call,
)
from tradespec._ratelimit import MIN_RATE
from tradespec._raw import CallOptions
from tradespec._send_loops import AsyncHttp, AsyncTransport, SyncHttp, SyncTransport
from tradespec._settle import Adapter, Intent, Ledger, Settled, Settler, check_settle_unknown
from tradespec.errors import InvalidInputError, OrderStateUnknownError

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeAlias

    import httpx

    from tradespec import _observe as observing
    from tradespec.drift import DriftReport
    from tradespec.drift import _Drift as Drift  # pyright: ignore[reportPrivateUsage]

    DriftState: TypeAlias = Drift | None
    RunnerParts: TypeAlias = tuple[
        Decode,
        MissingCredentials | None,
        Callable[[OrderStateUnknownError], None],
        Settler,
        DriftState,
    ]
    """A runner's arguments after its transport (``SyncRunner`` and ``AsyncRunner`` alike)."""
else:
    from tradespec._lazy import LazyModule

    # The same, for typing.get_type_hints: tradespec.drift is imported when the names are
    # resolved, so that importing a client does not import it (as errors.py names its types).
    DriftReport = "importlib.import_module('tradespec.drift').DriftReport"
    DriftState = "importlib.import_module('tradespec.drift')._Drift | None"
    observing = LazyModule("tradespec._observe")  # imported once something watches a client
    # Named by the annotations (timeout=, http_client=), imported when a hint is resolved: a
    # client on tradespec's own backends never loads httpx (a value can only be one of httpx's
    # types once httpx is imported, which the checks below rely on).
    httpx = LazyModule("httpx")

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncClient",
    "ClientOptions",
    "ClientState",
    "SyncClient",
    "check_base_url",
    "check_http_client",
    "check_max_response_bytes",
    "check_rate_limit",
    "check_retries",
    "check_timeout",
    "credential",
]

DEFAULT_TIMEOUT = 10.0
_logger = logging.getLogger("tradespec")
# A library's logger: silent unless the application configures logging (or TRADESPEC_LOG is set).
_logger.addHandler(logging.NullHandler())
_TRACING: list[bool] = []
"""Whether OpenTelemetry's API is installed (the ``otel`` extra): found once, for the first
client made."""

TransportT = TypeVar("TransportT", SyncTransport, AsyncTransport)
R = TypeVar("R")
_SyncClientT = TypeVar("_SyncClientT", bound="SyncClient")
_AsyncClientT = TypeVar("_AsyncClientT", bound="AsyncClient")


class ClientState:
    """What a client and its ``with_options`` copies share, made once by the client's
    constructor: one object, held by each copy as it is.

    The connections are shared through the transport (``with_engine``), and the credentials,
    clock and rate limiter through the engine (``Engine.evolve``); what each copy has of its
    own is its engine (timeout, retries), transport, settling window and runner.
    """

    __slots__ = (
        "adapter",
        "decode",
        "drift",
        "helpers",
        "ledger",
        "missing_credentials",
        "observer",
    )

    def __init__(
        self,
        *,
        helpers: Any,
        decode: Decode,
        missing_credentials: MissingCredentials | None,
        ledger: Ledger,
        adapter: Adapter,
        drift: DriftState,
        observer: observing.Observer | None,
    ) -> None:
        self.helpers = helpers
        """The exchange's helpers: their caches (markets, assets) and AltMarket's clock."""
        self.decode = decode
        """Reads a success answer's body (the exchange's decoder: see :data:`Decode`)."""
        self.missing_credentials = missing_credentials
        """The error for an operation that needs credentials the client was made without
        (None: it has them all)."""
        self.ledger = ledger
        """The account's intents (in the journal, if any)."""
        self.adapter = adapter
        """How the exchange's intents are named, looked up and matched (``_settling``)."""
        self.drift = drift
        """What answers carry that the spec does not know (None: ``drift="off"``)."""
        self.observer = observer
        """The hooks, logs and spans watching each attempt (None: nothing watches)."""


class ClientOptions(Generic[TransportT]):
    """What every client shares to make a copy of itself with other limits (``with_options``),
    and the properties that show its configuration.

    A client is made by its constructor (the exchange's ``_setup``, then :meth:`_open`) and a
    copy by :meth:`_with_limits`; both end in :meth:`_adopt`, the one place a client's state is
    set. The copy shares the :class:`ClientState` (caches, clock, hooks, drift, intents), the
    connections, credentials and rate limiter, gets an engine with the new timeout and retry
    limit, and closes nothing when closed.
    """

    _state: ClientState
    """What this client shares with its ``with_options`` copies."""
    _engine: Engine
    _transport: TransportT
    _settler: Settler
    """Writes order intents down (in the journal, if any) and settles lost answers."""
    _closes: bool
    """Whether closing this client closes its connections (False for a copy)."""
    _runner_made: SyncRunner | AsyncRunner | None
    _drift_package: ClassVar[str] = ""
    """The generated package whose ``_answer_schemas`` the answers are checked against."""
    _sent_types: ClassVar[tuple[type, ...]] = ()
    """What an OrderStateUnknownError may report as sent that ``_find`` looks up."""
    _asynchronous: ClassVar[bool] = False
    """Whether this is an async client (its ``http_client`` an ``AsyncClient``)."""

    @property
    def base_url(self) -> str:
        """The deployment this client talks to."""
        return self._engine.base_url

    @property
    def max_retries(self) -> int:
        """How many times a failed idempotent request is tried again."""
        return self._engine.max_retries

    @property
    def settle_unknown(self) -> float | None:
        """Seconds this client looks an order of unknown fate up before raising (None: off)."""
        return self._settler.window

    @property
    def rate_limit(self) -> float | None:
        """Requests per second this client and its ``with_options`` copies keep to together
        (None: no limit; a 429 pauses them all either way)."""
        return self._engine.limiter.rate

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._engine.base_url!r})"

    def drift_report(self) -> DriftReport:
        """What the answers to this client and its ``with_options`` copies carried that the
        spec does not know (a snapshot; empty with ``drift="off"`` or ``"log"``): see
        :mod:`tradespec.drift`. ``report.to_overlay()`` writes the spec patch."""
        drift = self._state.drift
        if drift is None:
            from tradespec.drift import _Drift as Drift  # pyright: ignore[reportPrivateUsage]

            drift = Drift(self._drift_package, "log", ())
        return drift.report()

    def _open(
        self,
        *,
        engine: Engine,
        http_client: object,
        helpers: object,
        decode: Decode,
        missing_credentials: MissingCredentials | None,
        ledger: Ledger,
        adapter: Adapter,
        settle_unknown: float | None,
        drift: object,
        on_request: object,
        on_response: object,
    ) -> None:
        """Make this client, of the exchange's configuration (its ``_setup``): the transport
        on ``http_client``, the drift collector and the observer, and the state its copies
        share."""
        transport = self._transport_for(engine, http_client)
        state = ClientState(
            helpers=helpers,
            decode=decode,
            missing_credentials=missing_credentials,
            ledger=ledger,
            adapter=adapter,
            drift=_drift_for(drift, self._drift_package, engine.secrets),
            observer=_observer_for(on_request, on_response, self._drift_package),
        )
        self._adopt(state, engine, transport, Settler(ledger, adapter, settle_unknown), True)

    def _adopt(
        self,
        state: ClientState,
        engine: Engine,
        transport: TransportT,
        settler: Settler,
        closes: bool,
    ) -> None:
        """Set this client's state: ``state`` (shared with its copies), its own engine,
        transport and settler; the observer, if any, watches the transport."""
        self._state = state
        self._engine = engine
        self._transport = transport
        self._settler = settler
        self._closes = closes
        self._runner_made = None
        if state.observer is not None:
            state.observer.attach(transport)  # the same hooks, logs and spans for every copy

    def _runner_parts(self) -> RunnerParts:
        """What this client's runner is made of besides its transport (the sync and async
        runners alike): the decoder, the credentials check, the lookup binder, the settler and
        the drift collector."""
        state = self._state
        return (
            state.decode,
            state.missing_credentials,
            self._bind_lookup,
            self._settler,
            state.drift,
        )

    @property
    def _runner(self) -> SyncRunner | AsyncRunner:
        """This client's runner (the sync or async one, made on first use)."""
        raise NotImplementedError

    def _request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json: Any,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        timeout: float | httpx.Timeout | None,
        raw: bool,
    ) -> Any:
        """``request`` and ``with_raw_response.request``, sync or async alike: the call signed
        and decoded as every operation of this exchange is (awaitable on the async clients)."""
        runner = self._runner
        call = request_call(
            method,
            path,
            params,
            json,
            self._state.decode,
            self._engine.encode,
            private=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            unsigned_query=runner.unsigned_query,
        )
        return runner.request(call, timeout, raw)

    def _bind_lookup(self, exc: OrderStateUnknownError) -> None:
        """Bind this client's lookup (``_find``) to an error whose ``sent`` it can look up."""
        raise NotImplementedError

    def _transport_for(self, engine: Engine, http_client: object) -> TransportT:
        """The send loop on ``http_client`` (checked: an httpx or httpx2 client of this client's
        kind, or None for a backend of tradespec's own)."""
        raise NotImplementedError

    def _with_limits(
        self,
        max_retries: int | None,
        timeout: float | httpx.Timeout | None,
        settle_unknown: float | None = None,
    ) -> Self:
        settler = self._settler
        if settle_unknown is not None:
            window = check_settle_unknown(settle_unknown)
            settler = Settler(settler.ledger, settler.adapter, window)
        engine = self._engine.evolve(
            timeout=None if timeout is None else check_timeout(timeout),
            max_retries=None if max_retries is None else check_retries(max_retries),
        )
        copy = object.__new__(type(self))  # not the constructor: nothing is checked or opened
        copy._adopt(self._state, engine, self._transport.with_engine(engine), settler, False)
        return copy


def _drift_for(mode: object, package: str, secrets: tuple[str, ...]) -> DriftState:
    """The client's drift collector for ``drift=mode`` (None: ``"off"``)."""
    if mode == "off" and isinstance(mode, str):
        return None
    from tradespec.drift import _check_mode as check_mode  # pyright: ignore[reportPrivateUsage]
    from tradespec.drift import _Drift as Drift  # pyright: ignore[reportPrivateUsage]

    checked = check_mode(mode)
    return None if checked is None else Drift(package, checked, secrets)


def _observer_for(
    on_request: object, on_response: object, package: str
) -> observing.Observer | None:
    """``TRADESPEC_LOG`` and the hooks and spans, if any, as one observer (None: nothing
    watches)."""
    if not _TRACING:
        from tradespec._observe import tracing_installed

        _TRACING.append(tracing_installed())
    if (
        on_request is None
        and on_response is None
        and not _TRACING[0]
        and "TRADESPEC_LOG" not in os.environ
        and not _logger.isEnabledFor(logging.INFO)
    ):
        return None  # nothing watches: no observer
    from tradespec._observe import observer_for

    return observer_for(on_request, on_response, package, tracing=_TRACING[0])


class SyncClient(ClientOptions[SyncTransport]):
    """What the sync clients share: ``close``, ``with``, and running a helper's plan."""

    def _transport_for(self, engine: Engine, http_client: object) -> SyncTransport:
        return SyncTransport(engine, SyncHttp(cast("httpx.Client | None", http_client)))

    def close(self) -> None:
        """Close the connections this client opened (never an ``http_client`` it was given)."""
        if self._closes:
            self._transport.http.close()

    # A self TypeVar, not Self: the same for type checkers, and jedi (IPython, Jupyter, pylsp)
    # completes the client inside `with` only so.
    def __enter__(self: _SyncClientT) -> _SyncClientT:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def _runner(self) -> SyncRunner:
        # One per client and transport (a with_options copy has its own transport).
        runner = self._runner_made
        if not isinstance(runner, SyncRunner) or not runner.sends_on(self._transport):
            runner = self._runner_made = SyncRunner(self._transport, *self._runner_parts())
        return runner

    def _run(self, plan: Plan[R] | Then[R], options: CallOptions | None = None) -> R:
        return self._runner.plan(plan, options)

    def unsettled(self) -> list[Intent]:
        """The orders and withdrawals whose answer was lost and whose outcome is not known yet:
        this account's in this process, and, with a ``journal``, those a process that stopped
        (or was killed) left open."""
        return self._settler.ledger.unknown()

    def settle(self) -> list[Settled]:
        """Settle every :meth:`unsettled` intent: each with its result, the order (or
        transfer) it became, :class:`~tradespec.errors.OrderNotPlacedError`, or
        :class:`~tradespec.errors.OrderStateUnknownError` when that cannot be told yet.
        Looks each up (for what is left of ``settle_unknown`` since it was sent, at least
        once), never sends anything again, and never raises a lookup's error."""
        return self._settler.settle_sync(self._runner)

    def _bind_lookup(self, exc: OrderStateUnknownError) -> None:
        sent = exc.sent
        if isinstance(sent, self._sent_types):
            # The error's one internal seam: the client's lookup, bound by the client.
            exc._bind(lookup=lambda: self._find(sent))  # pyright: ignore[reportPrivateUsage]

    def _find(self, sent: Any) -> Any:
        """What ``sent`` (one of ``_sent_types``) became: the client's ``find_*``."""
        raise NotImplementedError


class AsyncClient(ClientOptions[AsyncTransport]):
    """What the async clients share: ``aclose``, ``async with``, and running a helper's plan."""

    _asynchronous: ClassVar[bool] = True

    def _transport_for(self, engine: Engine, http_client: object) -> AsyncTransport:
        return AsyncTransport(engine, AsyncHttp(cast("httpx.AsyncClient | None", http_client)))

    async def aclose(self) -> None:
        """Close the connections this client opened (never an ``http_client`` it was given)."""
        if self._closes:
            await self._transport.http.aclose()

    # A self TypeVar, not Self: jedi completes the client inside `async with` only so.
    async def __aenter__(self: _AsyncClientT) -> _AsyncClientT:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @property
    def _runner(self) -> AsyncRunner:
        # One per client and transport (a with_options copy has its own transport): a burst of
        # calls in flight keeps one runner alive, not one each.
        runner = self._runner_made
        if not isinstance(runner, AsyncRunner) or not runner.sends_on(self._transport):
            runner = self._runner_made = AsyncRunner(self._transport, *self._runner_parts())
        return runner

    def _run(self, plan: Plan[R] | Then[R], options: CallOptions | None = None) -> Awaitable[R]:
        return self._runner.plan(plan, options)

    async def unsettled(self) -> list[Intent]:
        """The orders and withdrawals whose answer was lost and whose outcome is not known yet:
        this account's in this process, and, with a ``journal``, those a process that stopped
        (or was killed) left open."""
        return self._settler.ledger.unknown()

    async def settle(self) -> list[Settled]:
        """Settle every :meth:`unsettled` intent: each with its result, the order (or
        transfer) it became, :class:`~tradespec.errors.OrderNotPlacedError`, or
        :class:`~tradespec.errors.OrderStateUnknownError` when that cannot be told yet.
        Looks each up (for what is left of ``settle_unknown`` since it was sent, at least
        once), never sends anything again, and never raises a lookup's error."""
        return await self._settler.settle_async(self._runner)

    def _bind_lookup(self, exc: OrderStateUnknownError) -> None:
        sent = exc.sent
        if isinstance(sent, self._sent_types):
            # The error's one internal seam: the client's lookup, bound by the client.
            exc._bind(alookup=lambda: self._find(sent))  # pyright: ignore[reportPrivateUsage]

    async def _find(self, sent: Any) -> Any:
        """What ``sent`` (one of ``_sent_types``) became: the client's ``find_*``."""
        raise NotImplementedError


def check_http_client(value: object, *, asynchronous: bool) -> None:
    """Refuse an ``http_client`` that is neither httpx's nor httpx2's client of the right kind
    (``AsyncClient`` for the async clients)."""
    if value is None:
        return
    kind = "AsyncClient" if asynchronous else "Client"
    loaded = sys.modules.get("httpx")
    if loaded is not None and isinstance(
        value, loaded.AsyncClient if asynchronous else loaded.Client
    ):
        return
    from tradespec._transports._httpx2 import is_client

    if not is_client(value, asynchronous=asynchronous):
        raise InvalidInputError("http_client", f"expected an httpx.{kind} or an httpx2.{kind}")


def credential(value: str | None, variable: str, argument: str) -> str | None:
    """An explicit credential, else the environment's; an empty one is refused."""
    if value is None:
        value = os.environ.get(variable) or None
        if value is None:
            return None
    if not isinstance(value, str) or not value.strip():  # pyright: ignore[reportUnnecessaryIsInstance]
        raise InvalidInputError(argument, f"must be a non-empty string (or set {variable})")
    return value.strip()


_LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})


# A URL whose text is already what httpx.URL would write: lowercase scheme and host (ASCII
# labels, no IDNA), a port that is not the scheme's default, a path of plain segments. It is
# read without importing httpx; any other URL is read by httpx.URL (tests/wrapper/test_inputs.py
# checks the two agree).
_LABEL = r"(?!xn--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_PLAIN_URL = (  # compiled by re on first use, not when tradespec is imported
    rf"(https?)://({_LABEL}(?:\.{_LABEL})*)(?::([1-9][0-9]{{0,4}}))?(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?"
)
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def _plain_url(url: str) -> tuple[str, str] | None:
    """The scheme and host of a URL that httpx.URL would write as it is, else None."""
    match = re.fullmatch(_PLAIN_URL, url)
    if match is None:
        return None
    scheme, host, port = match.groups()
    if port is not None and (int(port) > 65535 or port == _DEFAULT_PORTS[scheme]):
        return None
    if host.rpartition(".")[2].isdigit() and not _canonical_ipv4(host):
        return None  # a number where a name ends: httpx reads it as an address, or refuses it
    return scheme, host


def _canonical_ipv4(host: str) -> bool:
    try:
        return str(ipaddress.IPv4Address(host)) == host
    except ValueError:
        return False


def check_base_url(url: object, allow_insecure: object) -> str:
    """``url`` if it is https, or plain http to a loopback host, or ``allow_insecure``."""
    flag(allow_insecure, "allow_insecure")
    if isinstance(url, str) and (plain := _plain_url(url)) is not None:
        (scheme, host), text = plain, url
    else:
        scheme, host, text = _parsed_url(url)
    if scheme == "http" and not allow_insecure and not _is_loopback(host):
        raise InvalidInputError(
            "base_url",
            f"refusing plain http to {host}: credentials would travel in clear text; "
            "use https, or pass allow_insecure=True",
        )
    return text.rstrip("/")


def _parsed_url(url: object) -> tuple[str, str, str]:
    """The scheme, host and text of ``url`` as httpx.URL reads and writes it."""
    loaded = sys.modules.get("httpx")
    if not isinstance(url, str) and (loaded is None or not isinstance(url, loaded.URL)):
        raise InvalidInputError("base_url", f"expected a URL string, got {type(url).__name__}")
    import httpx

    try:
        parsed = httpx.URL(str(url))
    except httpx.InvalidURL as exc:
        raise InvalidInputError("base_url", f"not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidInputError("base_url", f"expected an http(s) URL with a host, got {url!r}")
    if parsed.username or parsed.password:
        raise InvalidInputError("base_url", "must not carry credentials")
    if parsed.query or parsed.fragment:
        raise InvalidInputError("base_url", "must not carry a query or a fragment")
    return parsed.scheme, parsed.host, str(parsed)


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_retries(value: object, argument: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(argument, f"expected a non-negative int, got {value!r}")
    return value


MAX_TIMEOUT = 86400.0


def check_timeout(value: object) -> float | httpx.Timeout | None:
    """Seconds (at most a day: an infinite or huge one overflows the socket's deadline and
    fails every request; None is no timeout), or an ``httpx.Timeout``."""
    if value is None:
        return value
    loaded = sys.modules.get("httpx")
    if loaded is not None and isinstance(value, loaded.Timeout):
        return cast("httpx.Timeout", value)
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not 0 < value <= MAX_TIMEOUT
    ):
        raise InvalidInputError(
            "timeout",
            f"expected seconds > 0 and at most {MAX_TIMEOUT:.0f}, an httpx.Timeout or None "
            f"(no timeout), got {value!r}",
        )
    return float(value)


MIN_RESPONSE_BYTES = 1024


def check_max_response_bytes(value: object) -> int:
    """The most bytes of an answer a client reads (decompressed): an int of at least 1 KiB."""
    if isinstance(value, bool) or not isinstance(value, int) or value < MIN_RESPONSE_BYTES:
        raise InvalidInputError(
            "max_response_bytes",
            f"expected an int of at least {MIN_RESPONSE_BYTES} (bytes), got {value!r}",
        )
    return value


def check_rate_limit(value: object) -> float | None:
    """Requests per second (a finite number, at least one a day), or None for no limit."""
    if value is None:
        return None
    rate = math.nan
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            rate = float(value)
        except OverflowError:  # an int too big for a float
            rate = math.inf
    if not (math.isfinite(rate) and rate >= MIN_RATE):
        raise InvalidInputError(
            "rate_limit",
            f"expected requests per second, a finite number > 0 (at least {MIN_RATE:.3g}: one "
            f"a day), or None (no limit), got {value!r}",
        )
    return rate
