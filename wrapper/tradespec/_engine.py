"""Everything about a request but the I/O: building it, reading the answer, deciding to retry.

Every request is described by a :class:`Call`: the request as the generated code describes it
(method, path, query, headers, and the body written once by the generated ``write_json``), the
function that reads a success answer, and how the operation may be sent again. The engine runs its
own send loop around it, because it must (1) sign every attempt afresh, (2) decide on retries
from what happened before the answer was parsed (a connect error is safe to retry for an order; a
read timeout is not), (3) read error answers itself, including 520s with HTML bodies, and (4)
keep the library exceptions, whose requests carry the signed headers, out of what it raises.

:class:`Engine` builds and signs each attempt's :class:`~tradespec._transports.base.WireRequest`
and makes those decisions; the backends (``_transports``) only send, and say by the class of the
error they raise whether a failed request may have left (``NotSent`` / ``MaybeSent``); the send
loops (``_send_loops``) sleep between attempts, and before each as the client's
:class:`~tradespec._ratelimit.RateLimiter` says. The engine tells that limiter what the server
said: every answer but a 429 (what a pace is learned from), and a 429's ``Retry-After``, which
pauses every request of the client, not only the refused one's retry (an order refused with 429
is still never sent again).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, AnyStr, Generic, NamedTuple, Protocol, TypeVar

from tradespec import _json
from tradespec._messages import not_found
from tradespec._ratelimit import RateLimiter
from tradespec._refusal import classify
from tradespec._retry import Retry, RetryPolicy, is_retryable_status
from tradespec._retry import parse_retry_after as _parse_retry_after
from tradespec._transports.base import (
    DEFAULT_MAX_RESPONSE_BYTES,
    NotSent,
    Timeout,
    UnreadableAnswer,
    WireRequest,
)
from tradespec.errors import (
    APIError,
    BadRequestError,
    InvalidOrderError,
    OrderStateUnknownError,
    RateLimitError,
    RequestTimeoutError,
    ResponseError,
    TradespecError,
    TransportError,
)

if TYPE_CHECKING:
    import httpx

    from tradespec._transports.base import SendError, WireResponse
    from tradespec.errors import Sent

__all__ = [
    "Attempts",
    "Call",
    "Clock",
    "Encode",
    "Engine",
    "ErrorDescriber",
    "RetryIn",
    "Signer",
]

logger = logging.getLogger("tradespec")
# A server's clock is learned only when it shows a time between 2000 and 2200 (UTC).
_SANE_UNIX = (946_684_800.0, 7_258_118_400.0)

T = TypeVar("T")


# The small internal records below are NamedTuples and a plain slotted class rather than attrs
# classes: attrs compiles each class's methods when the module is imported, which for these
# cost some 2 ms of importing a client (a tenth of what it adds to httpx).


class Call(NamedTuple, Generic[T]):
    """One HTTP operation: what to send, how to read the answer, how it may be retried."""

    name: str
    """The operation, for logs and messages (``create_order``)."""
    method: str
    """The HTTP method, upper case."""
    path: str
    """The path with its parameters filled in and encoded, relative to the base URL."""
    query: str
    """The query string, encoded (without ``?``); the signer may add to it."""
    headers: Mapping[str, str] | None
    """The operation's own headers (its header parameters), or None."""
    content: bytes | None
    """The body, written once when the call was made (the signer may add its fields)."""
    content_type: str | None
    """The body's ``Content-Type``, or None without a body."""
    parse: Callable[[bytes], T]
    """Reads a 2xx answer's body into the result; a ValueError it raises is a ResponseError, and
    an APIError (an error code the body carries) is raised with this request's context."""
    retry: Retry = Retry.SAFE
    private: bool = True
    """Whether the request carries the credentials (an operation the spec leaves public does
    not)."""
    order: bool = False
    """Whether a refusal is an InvalidOrderError (orders, offers, cancels)."""
    sent: Sent | None = None
    """What an OrderStateUnknownError reports as sent."""
    observe: Callable[[int], None] | None = None
    """Told each answer's status (``tradespec.drift``: a status the operation does not declare)."""
    answered: Callable[[WireResponse, bytes], None] | None = None
    """Told the success answer and its body (as read, credentials redacted) before it is parsed
    (``with_raw_response``)."""


class Clock(Protocol):
    """The server's clock as a signer that signs a time sees it: the engine corrects its
    ``offset`` from a 401's ``Date`` when it is visibly off."""

    offset: float

    def now(self) -> float:
        """The server's current time, in Unix seconds."""
        ...


class Signer(Protocol):
    """Adds the credentials to one attempt (``_auth``): headers, and the query or the body."""

    def sign_wire(
        self, method: str, query: str, content: bytes | None, headers: dict[str, str]
    ) -> tuple[str, bytes | None]:
        """The query and the body bytes to send, those exact bytes signed."""
        ...


Encode = Callable[[object], bytes]
"""Writes a request body as JSON bytes: the generated ``types.write_json`` (money exact), in the
form the exchange signs. Raises the generated ``InvalidArgument`` for a value it cannot send."""


def _text(body: bytes) -> str:
    return body.decode("utf-8", "replace")


MIN_SECRET_LENGTH = 8
"""Credentials shorter than this are not searched for in what servers send back: replacing a
one-letter "secret" would mangle every message (``Connection refu<redacted>ed``), and text
that short is no secret to hide (real keys and tokens have 32 characters and more)."""


class _Secrets(tuple[AnyStr, ...]):
    """The credentials to redact from what servers send back (each whole, longest first, those
    of at least :data:`MIN_SECRET_LENGTH` characters), as text or as bytes; never shown in a
    repr."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} secrets>"


class Attempts:
    __slots__ = ("ambiguous", "not_sent", "number", "resynced")

    def __init__(self) -> None:
        self.number = 0
        self.ambiguous = False
        """An earlier attempt may have reached the server and its answer was lost."""
        self.resynced = False
        self.not_sent = False
        """The last attempt provably never left (``outcome`` ``not_sent``, unless ambiguous)."""


class RetryIn(NamedTuple):
    delay: float
    error: TradespecError | None = None
    """What to raise instead when the retry cannot start within the call's budget."""


ErrorDescriber = Callable[[object], tuple["str | int | None", "str | None"]]


class Engine:
    """Everything about a request but the I/O: building, reading, deciding to retry."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Signer | None,
        clock: Clock | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        describe_error: ErrorDescriber,
        secrets: tuple[str, ...],
        encode: Encode,
        policy: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        home: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.home = home
        """The API's own base URL (its spec's server), named when a 404 hints at base_url."""
        self.encode = encode
        """Writes the JSON bodies (see :data:`Encode`)."""
        self.auth = auth
        self.clock = clock
        self.timeout = timeout
        self._timeout = Timeout.of(timeout)
        self.attempt_seconds = attempt_seconds(self._timeout)
        """How long one attempt may take, connect to last byte (None: unbounded)."""
        self.budget_seconds = (
            None if self.attempt_seconds is None else (max_retries + 1) * self.attempt_seconds
        )
        """How long a call may take besides the backoff it is allowed: ``(max_retries + 1) x``
        the attempt's time. No wait starts that would end past it (``_transport``)."""
        self.max_response_bytes = max_response_bytes
        self.max_retries = max_retries
        self.describe_error = describe_error
        self.secrets = _Secrets(
            sorted({s for s in secrets if len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True)
        )
        self._secret_bytes = _Secrets(secret.encode("utf-8") for secret in self.secrets)
        """The same credentials as bytes, as a success answer's body is searched for them."""
        self.policy = policy or RetryPolicy()
        self.limiter = RateLimiter() if limiter is None else limiter
        """Spaces the requests (``rate_limit``), and pauses them all after a 429."""

    def evolve(self, *, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Engine:
        """A copy with other limits (None keeps this one's), sharing credentials, clock and
        rate limiter."""
        return Engine(
            base_url=self.base_url,
            auth=self.auth,
            clock=self.clock,
            timeout=self.timeout if timeout is None else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            describe_error=self.describe_error,
            secrets=self.secrets,
            encode=self.encode,
            policy=self.policy,
            limiter=self.limiter,
            home=self.home,
            max_response_bytes=self.max_response_bytes,
        )

    # ---------------------------------------------------------------- building

    def build(self, call: Call[Any], headers: Mapping[str, str]) -> WireRequest:
        """One attempt, exactly as it goes on the wire: signed afresh (a new ``ts`` and
        signature on every attempt) over the body written when the call was made. ``headers``
        are the backend's own (User-Agent)."""
        method = call.method
        sent_headers = dict(headers)
        if call.headers:
            sent_headers.update(call.headers)
        if call.content_type is not None:
            sent_headers["Content-Type"] = call.content_type
        query, body = call.query, call.content
        if call.private and self.auth is not None:
            query, body = self.auth.sign_wire(method, query, body, sent_headers)
        # The generated path is relative; it is appended to base_url, so nothing the caller
        # passes can send the credentials to another host.
        path = call.path
        url = f"{self.base_url}{path}?{query}" if query else self.base_url + path
        seconds = self.attempt_seconds
        deadline = None if seconds is None else time.monotonic() + seconds
        return WireRequest(
            method, url, path, sent_headers, body, self._timeout, deadline, self.max_response_bytes
        )

    # ---------------------------------------------------------------- reading

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, "<redacted>")
        return text

    def without_secrets(self, body: bytes) -> bytes:
        """A success answer as it is read: any credential the server echoed into it replaced
        whole, so no value read from it (a deposit address, an error text) holds one, nor any
        repr of the models made from it."""
        for raw in self._secret_bytes:
            if raw in body:
                body = body.replace(raw, b"<redacted>")
        return body

    def redact_body(self, body: object) -> object:
        """``body`` (decoded JSON) with any secret the server echoed replaced."""
        if not self.secrets:
            return body
        try:
            text = json.dumps(body)
        except (TypeError, ValueError):
            return None
        redacted = self.redact(text)
        return body if redacted == text else json.loads(redacted)

    def on_response(
        self, call: Call[T], request: WireRequest, response: WireResponse, state: Attempts
    ) -> T | RetryIn | TradespecError:
        """The result, a retry, or the error to raise, for an answer."""
        status = response.status
        method, path = request.method, request.path
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> %d (attempt %d)", method, path, status, state.number)
        if status != 429:
            self.limiter.accepted()
        if call.observe is not None:
            call.observe(status)
        if 200 <= status < 300:
            body = self.without_secrets(response.body)
            if call.answered is not None:
                call.answered(response, body)
            try:
                return call.parse(body)
            except APIError as exc:
                return self._in_context(call, request, response, exc)
            except TradespecError as exc:
                return exc
            except ValueError as exc:
                # Not JSON, or not the shape the spec declares (the generated parsers raise
                # UnexpectedResponseShape, a ValueError): the server's answer is at fault. Any
                # other exception is a bug of the reader, and is raised as it is.
                # The reader's exception is not chained: its message and its frames' locals
                # hold what the server sent, credentials it echoed included. Its redacted text
                # is in the message.
                unreadable = ResponseError(
                    f"{method} {path}: the {status} answer could not be read "
                    f"({type(exc).__name__}: {self.redact(str(exc))[:300]})",
                    status=status,
                    body=self.redact(_text(response.body)),
                )
                if call.sent is not None:
                    # The server answered 2xx: the order or withdrawal most likely went through,
                    # but what came back cannot say which order it is.
                    return self._fate_unknown(call, unreadable)
                return unreadable
        error = self.error_for(call, request, response)
        if status == 401 and not state.resynced and self._resync_clock(response):
            state.resynced = True
            logger.debug("%s %s: 401 with a skewed clock; signing again", method, path)
            return RetryIn(0.0)
        if isinstance(error, RateLimitError):
            self._pause(error)
        if not isinstance(error, APIError) or not is_retryable_status(status):
            return error
        ambiguous = status != 429 and status != 408
        if call.retry is Retry.ONCE:
            # 429 and 408 are refusals made before the request was acted on; a 5xx may come
            # from a proxy after the platform accepted the order.
            return self._fate_unknown(call, error) if ambiguous else error
        state.ambiguous = state.ambiguous or ambiguous
        retry_after = _parse_retry_after(
            response.headers.get("Retry-After"), response.headers.get("Date"), time.time()
        )
        return self._retry_or(call, request, error, state, retry_after, f"{status}")

    def on_exception(
        self, call: Call[Any], request: WireRequest, exc: SendError, state: Attempts
    ) -> RetryIn | TradespecError:
        """A retry, or the error to raise, for a request that got no answer."""
        method, path = request.method, request.path
        detail = self.redact(str(exc)) or "no detail"
        state.not_sent = isinstance(exc, NotSent)
        if isinstance(exc, UnreadableAnswer):
            error: TradespecError = ResponseError(
                f"{method} {path}: the answer could not be read ({detail})"
            )
            if call.sent is not None:
                return self._fate_unknown(call, error)
            return error
        if exc.timeout:
            error = RequestTimeoutError(detail, method=method, path=path)
        else:
            error = TransportError(detail, method=method, path=path)
        logger.debug("%s %s failed: %s (attempt %d)", method, path, detail, state.number)
        if not isinstance(exc, NotSent):
            # It may have reached the server: an order is never sent again.
            state.ambiguous = True
            if call.retry is Retry.ONCE:
                return self._fate_unknown(call, error)
        if not exc.retryable:
            return self._final(call, error, state)
        return self._retry_or(call, request, error, state, None, type(exc).__name__)

    def _retry_or(
        self,
        call: Call[Any],
        request: WireRequest,
        error: TradespecError,
        state: Attempts,
        retry_after: float | None,
        why: str,
    ) -> RetryIn | TradespecError:
        retries_made = state.number - 1
        if retries_made < self.max_retries:
            delay = self.policy.delay(retries_made + 1, retry_after)
            if delay is not None:
                logger.debug(
                    "retrying %s %s in %.2f s after %s (retry %d of %d)",
                    request.method,
                    request.path,
                    delay,
                    why,
                    retries_made + 1,
                    self.max_retries,
                )
                return RetryIn(delay, self._final(call, error, state))
        return self._final(call, error, state)

    def _pause(self, error: RateLimitError) -> None:
        """Hold every request of the client for a 429's ``Retry-After`` (one the policy would
        not wait out is not waited out silently by the others either: they meet their own 429)."""
        retry_after = error.retry_after
        if retry_after is not None and retry_after <= self.policy.max_retry_after:
            logger.debug("429: every request waits %.2f s (Retry-After)", retry_after)
            self.limiter.pause(retry_after)

    def _final(self, call: Call[Any], error: TradespecError, state: Attempts) -> TradespecError:
        if call.retry is Retry.KEYED and state.ambiguous:
            return self._fate_unknown(call, error)
        return error

    def _fate_unknown(self, call: Call[Any], cause: TradespecError) -> TradespecError:
        if call.sent is None:
            return cause
        return OrderStateUnknownError(
            f"{call.name}: the request may have reached the server and its answer was lost "
            f"({cause}); it was not sent again. find_order(error.sent) (or error.lookup()) "
            "asks the server what became of it.",
            sent=call.sent,
            cause=cause,
        )

    def error_for(
        self, call: Call[Any], request: WireRequest, response: WireResponse
    ) -> TradespecError:
        """The error for an answer other than 2xx."""
        status = response.status
        method, path = request.method, request.path
        text = self.redact(_text(response.body))
        body: object
        try:
            body = _json.loads(text)
        except ValueError:  # not JSON, or nested past the bound: kept as text
            body = text
        try:
            code, message = self.describe_error(body)
        except Exception:
            code, message = None, None
        if not message:
            message = text.strip()[:200] if isinstance(body, str) and text.strip() else "no message"
            if status == 404:
                message = not_found(self.base_url, self.home, message)
        if status < 400:
            return ResponseError(
                f"{method} {path}: unexpected status {status} ({message})", status=status, body=text
            )
        kind = classify(status, code, message, call.order)
        if kind is RateLimitError:
            retry_after = _parse_retry_after(
                response.headers.get("Retry-After"), response.headers.get("Date"), time.time()
            )
            return RateLimitError(
                message,
                status=status,
                code=code,
                body=body,
                method=method,
                path=path,
                retry_after=retry_after,
            )
        return kind(message, status=status, code=code, body=body, method=method, path=path)

    def _in_context(
        self,
        call: Call[Any],
        request: WireRequest,
        response: WireResponse,
        refusal: APIError,
    ) -> APIError:
        """A refusal the decoder read from a success answer (an error code in its body), as it
        is raised: with the request it answers (method and path) and the answer's status, a
        refusal of an order an :class:`InvalidOrderError`, and what the server wrote redacted
        once decoded (a credential escaped in the JSON text is found only then)."""
        kind = type(refusal)
        if call.order and kind is BadRequestError:
            kind = InvalidOrderError
        code = refusal.code
        return kind(
            self.redact(refusal.message),
            status=response.status,
            code=self.redact(code) if isinstance(code, str) else code,
            body=self.redact_body(refusal.body),
            method=request.method,
            path=request.path,
        )

    def _resync_clock(self, response: WireResponse) -> bool:
        """Learn the clock offset from a 401's ``Date`` when the local clock is visibly off."""
        if self.clock is None:
            return False
        date = response.headers.get("Date")
        if not date:
            return False
        from email.utils import parsedate_to_datetime  # only a 401 with a Date needs it

        try:
            server = parsedate_to_datetime(date).timestamp() + 0.5  # Date is whole seconds
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        if not _SANE_UNIX[0] <= server < _SANE_UNIX[1]:
            return False  # a Date no clock shows (year 9999): never learned
        skew = server - self.clock.now()
        if abs(skew) <= 2.0:
            return False
        self.clock.offset += skew
        return True


def attempt_seconds(timeout: Timeout) -> float | None:
    """How long one whole attempt may take: the longest of ``timeout``'s phases (``timeout=10``
    is 10 s from connecting to the answer's last byte); None when connect, read or write is
    unbounded."""
    phases = (timeout.connect, timeout.read, timeout.write)
    if any(phase is None for phase in phases):
        return None  # a phase the caller left unbounded (a long poll, say) bounds no attempt
    return max(t for t in (*phases, timeout.pool) if t is not None)
