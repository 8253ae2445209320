"""Seeing what a client sends: ``TRADESPEC_LOG``, event hooks, and OpenTelemetry spans.

Each is decided when a client is made, and a client with none of them has no observer: its send
loop checks one attribute per attempt, and nothing else runs.

- ``TRADESPEC_LOG=debug|info|warning`` (read when a client is made, as ``OPENAI_LOG`` is) gives
  the ``tradespec`` logger a handler on stderr with a readable format and that level. Without
  it the logger has only a ``NullHandler`` and follows the application's logging
  configuration. At ``info`` each attempt is one line: ``GET /api/markets -> 200 in 3.2 ms
  (markets_info, attempt 1)``; at ``debug`` the retries and waits too.
- ``on_request`` and ``on_response`` (client arguments, kept by ``with_options``) are called
  for each attempt, retries included, with a :class:`RequestEvent` and a
  :class:`ResponseEvent`. The credentials (``Key``, ``Sign``, ``Authorization``) show as
  ``<redacted>``, and a secret anywhere else (a server echoing it) is replaced as well.
- With OpenTelemetry's API installed (the ``tradespec[otel]`` extra), a span per call
  (``tradespec <operation>``) and one per attempt inside it (``<METHOD> <path template>``),
  sent to the application's tracer provider. Their attributes: the operation id,
  the method, the path template, the status, the attempt, the outcome; never a credential, a
  query or a body. A failed call's span has an error status naming the error's class only.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from tradespec._transports.base import NotSent, SendError
from tradespec.errors import APIError, InvalidInputError, OrderStateUnknownError

if TYPE_CHECKING:
    from tradespec._engine import Call, Engine
    from tradespec._transports.base import AsyncBackend, SyncBackend, WireRequest, WireResponse

__all__ = [
    "Observer",
    "RequestEvent",
    "RequestHook",
    "ResponseEvent",
    "ResponseHook",
    "logging_from_environment",
    "observer_for",
    "tracing_installed",
]


LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
"""What ``TRADESPEC_LOG`` may say."""
_FORMAT = "[%(asctime)s %(levelname)s %(name)s] %(message)s"
_CREDENTIAL_HEADERS = frozenset({"key", "sign", "authorization", "cookie", "set-cookie"})
_REDACTED = "<redacted>"

logger = logging.getLogger("tradespec")


class RequestEvent(NamedTuple):
    """One attempt of a request as it leaves, for ``on_request`` (credentials redacted)."""

    operation: str
    """The operation id (``create_order``), or ``request`` for ``exchange.request``."""
    method: str
    """The HTTP method: ``GET``, ``POST``, ``DELETE``."""
    url: str
    """The URL sent, its query included (which carries no credential), any secret redacted."""
    path: str
    """The path alone (``/api/orders/123``), without the base URL or the query."""
    headers: Mapping[str, str]
    """The headers sent; ``Key``, ``Sign`` and ``Authorization`` read ``<redacted>``."""
    attempt: int
    """1 for the first attempt, 2 for the first retry, and so on."""


class ResponseEvent(NamedTuple):
    """What one attempt came to, for ``on_response``: an answer, or the failure that left it
    without one."""

    request: RequestEvent
    """The attempt this answers."""
    status: int | None
    """The HTTP status; None when no answer came (see ``outcome``)."""
    headers: Mapping[str, str]
    """The answer's headers, any secret the server echoed redacted (empty without an answer)."""
    elapsed: float
    """Seconds from sending the request to reading the whole answer (or to the failure)."""
    outcome: str
    """``ok`` (2xx), ``rejected`` (any other status), ``not_sent`` (nothing left this
    machine) or ``unknown`` (it may have reached the server; no answer was read)."""
    error: str | None
    """Why no answer came, redacted; None when one did."""


RequestHook = Callable[[RequestEvent], object]
"""``on_request``: called with each attempt before it is sent (an async client awaits what it
returns when that is awaitable)."""
ResponseHook = Callable[[ResponseEvent], object]
"""``on_response``: called with what each attempt came to."""


def logging_from_environment() -> None:
    """Apply ``TRADESPEC_LOG`` (``debug``, ``info`` or ``warning``): a stderr handler on the
    ``tradespec`` logger at that level, added once. Any other value changes nothing."""
    level = LEVELS.get(os.environ.get("TRADESPEC_LOG", "").strip().lower())
    if level is None:
        return
    if not any(getattr(handler, "_tradespec", False) for handler in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler._tradespec = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)


def observer_for(
    on_request: object, on_response: object, package: str, *, tracing: bool
) -> Observer | None:
    """The observer a new client needs, or None when nothing watches it. Reads
    ``TRADESPEC_LOG`` first; a hook that is not callable is refused before any request."""
    logging_from_environment()
    for name, hook in (("on_request", on_request), ("on_response", on_response)):
        if hook is not None and not callable(hook):
            raise InvalidInputError(name, f"expected a callable or None, got {type(hook).__name__}")
    tracer = _tracer(tracing)
    logs = logger.isEnabledFor(logging.INFO)
    if on_request is None and on_response is None and tracer is None and not logs:
        return None
    return Observer(
        on_request,  # type: ignore[arg-type]
        on_response,  # type: ignore[arg-type]
        tracer,
        package,
    )


def tracing_installed() -> bool:
    """Whether OpenTelemetry's API is installed (the ``otel`` extra)."""
    import importlib.util

    try:
        return importlib.util.find_spec("opentelemetry.trace") is not None
    except (ImportError, ValueError):
        return False


def _tracer(tracing: bool) -> Any:
    """OpenTelemetry's tracer for tradespec, or None. Spans reach the application's tracer
    provider once it sets one."""
    if not tracing:
        return None
    from opentelemetry import trace

    from tradespec import __version__

    return trace.get_tracer("tradespec", __version__)


def _outcome(exc: SendError) -> str:
    # MaybeSent, or an answer whose bytes could not be decoded: it may have been acted on.
    return "not_sent" if isinstance(exc, NotSent) else "unknown"


def _call_outcome(exc: BaseException) -> str:
    if isinstance(exc, OrderStateUnknownError):
        return "unknown"
    if isinstance(exc, APIError):
        return "rejected"
    return "failed"


class Observer:
    """A client's hooks, logging and tracing, driven by its send loop: :meth:`send` (or
    :meth:`asend`) wraps each attempt's one call of the backend, and :meth:`attach` wraps the
    transport's ``execute`` in a call span when tracing."""

    __slots__ = ("_templates", "on_request", "on_response", "package", "tracer")

    def __init__(
        self,
        on_request: RequestHook | None,
        on_response: ResponseHook | None,
        tracer: Any,
        package: str,
    ) -> None:
        self.on_request = on_request
        self.on_response = on_response
        self.tracer = tracer
        self.package = package
        self._templates: Mapping[str, str] | None = None

    # ------------------------------------------------------------------ wiring

    def attach(self, transport: object) -> None:
        """Make ``transport`` (a client's send loop, ``_transport``) report to this observer."""
        from tradespec._send_loops import AsyncTransport, Finish, SyncTransport

        if not isinstance(transport, SyncTransport | AsyncTransport):
            raise TypeError(f"not a transport: {type(transport).__name__}")
        transport.observer = self
        if self.tracer is None:
            return
        if isinstance(transport, AsyncTransport):
            arun = transport.execute

            async def traced_async(call: Call[Any], then: Finish[Any, Any] | None = None) -> Any:
                with self._call_span(call):
                    return await (arun(call) if then is None else arun(call, then))

            transport.execute = traced_async  # type: ignore[method-assign]
        else:
            run = transport.execute

            def traced(call: Call[Any], then: Finish[Any, Any] | None = None) -> Any:
                with self._call_span(call):
                    return run(call) if then is None else run(call, then)

            transport.execute = traced  # type: ignore[method-assign]

    # ------------------------------------------------------------------ attempts

    def send(
        self,
        backend: SyncBackend,
        engine: Engine,
        call: Call[Any],
        request: WireRequest,
        attempt: int,
    ) -> WireResponse:
        """``backend.send(request)``, reported."""
        event = self._request_event(engine, call, request, attempt)
        span = self._attempt_span(call, request, attempt)
        if self.on_request is not None:
            self.on_request(event)
        start = time.perf_counter()
        try:
            response = backend.send(request)
        except SendError as exc:
            done = self._failed(engine, event, span, exc, time.perf_counter() - start)
            if self.on_response is not None:
                self.on_response(done)
            raise
        done = self._answered(engine, event, span, response, time.perf_counter() - start)
        if self.on_response is not None:
            self.on_response(done)
        return response

    async def asend(
        self,
        backend: AsyncBackend,
        engine: Engine,
        call: Call[Any],
        request: WireRequest,
        attempt: int,
    ) -> WireResponse:
        """``await backend.send(request)``, reported; an awaitable a hook returns is awaited."""
        event = self._request_event(engine, call, request, attempt)
        span = self._attempt_span(call, request, attempt)
        if self.on_request is not None:
            await _maybe_await(self.on_request(event))
        start = time.perf_counter()
        try:
            response = await backend.send(request)
        except SendError as exc:
            done = self._failed(engine, event, span, exc, time.perf_counter() - start)
            if self.on_response is not None:
                await _maybe_await(self.on_response(done))
            raise
        done = self._answered(engine, event, span, response, time.perf_counter() - start)
        if self.on_response is not None:
            await _maybe_await(self.on_response(done))
        return response

    def _request_event(
        self, engine: Engine, call: Call[Any], request: WireRequest, attempt: int
    ) -> RequestEvent:
        headers = {
            name: _REDACTED if name.lower() in _CREDENTIAL_HEADERS else engine.redact(value)
            for name, value in request.headers.items()
        }
        event = RequestEvent(
            call.name, request.method, engine.redact(request.url), request.path, headers, attempt
        )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s (%s, attempt %d) headers %s",
                event.method, event.url, call.name, attempt,
                ", ".join(f"{name}: {value}" for name, value in headers.items()),
            )  # fmt: skip
        return event

    def _answered(
        self,
        engine: Engine,
        event: RequestEvent,
        span: Any,
        response: WireResponse,
        elapsed: float,
    ) -> ResponseEvent:
        status = response.status
        outcome = "ok" if 200 <= status < 300 else "rejected"
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "%s %s -> %d in %.1f ms (%s, attempt %d)",
                event.method, event.path, status, elapsed * 1000, event.operation, event.attempt,
            )  # fmt: skip
        if span is not None:
            span.set_attribute("http.response.status_code", status)
            span.set_attribute("tradespec.outcome", outcome)
            if outcome != "ok":
                _error_status(span, f"HTTP {status}")
            span.end()
        headers = {name: engine.redact(value) for name, value in response.headers.items()}
        return ResponseEvent(event, status, headers, elapsed, outcome, None)

    def _failed(
        self, engine: Engine, event: RequestEvent, span: Any, exc: SendError, elapsed: float
    ) -> ResponseEvent:
        outcome = _outcome(exc)
        detail = engine.redact(str(exc)) or type(exc).__name__
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "%s %s -> no answer (%s) in %.1f ms (%s, attempt %d): %s",
                event.method, event.path, outcome, elapsed * 1000, event.operation,
                event.attempt, detail,
            )  # fmt: skip
        if span is not None:
            span.set_attribute("tradespec.outcome", outcome)
            _error_status(span, type(exc).__name__)
            span.end()
        return ResponseEvent(event, None, {}, elapsed, outcome, detail)

    # ------------------------------------------------------------------ spans

    def _template(self, call: Call[Any], path: str) -> str:
        templates = self._templates
        if templates is None:
            import importlib

            try:
                table = importlib.import_module(f"{self.package}.operations").OPERATIONS
                templates = {name: policy.path for name, policy in table.items()}
            except (ImportError, AttributeError):
                templates = {}
            self._templates = templates
        # exchange.request's path is the caller's own (no spec names its parameters).
        return templates.get(call.name, path)

    def _attempt_span(self, call: Call[Any], request: WireRequest, attempt: int) -> Any:
        if self.tracer is None:
            return None
        from opentelemetry.trace import SpanKind

        template = self._template(call, request.path)
        return self.tracer.start_span(
            f"{request.method} {template}",
            kind=SpanKind.CLIENT,
            attributes={
                "tradespec.operation": call.name,
                "http.request.method": request.method,
                "url.template": template,
                "tradespec.attempt": attempt,
            },
        )

    def _call_span(self, call: Call[Any]) -> Any:
        from contextlib import contextmanager

        from opentelemetry.trace import SpanKind

        method = call.method
        path = call.path

        @contextmanager
        def span() -> Any:
            with self.tracer.start_as_current_span(
                f"tradespec {call.name}",
                kind=SpanKind.INTERNAL,
                attributes={
                    "tradespec.operation": call.name,
                    "http.request.method": method,
                    "url.template": self._template(call, path),
                },
                record_exception=False,
                set_status_on_exception=False,
            ) as current:
                try:
                    yield current
                except BaseException as exc:
                    current.set_attribute("tradespec.outcome", _call_outcome(exc))
                    _error_status(current, type(exc).__name__)
                    raise
                current.set_attribute("tradespec.outcome", "ok")

        return span()


def _error_status(span: Any, description: str) -> None:
    from opentelemetry.trace import Status, StatusCode

    span.set_status(Status(StatusCode.ERROR, description))


async def _maybe_await(result: object) -> None:
    if hasattr(result, "__await__"):
        await cast("Awaitable[object]", result)
