"""Everything about a request but the I/O: building it, reading the answer, deciding to retry.

Every request is described by a :class:`Call`: the request as the generated code builds it
(``_get_kwargs``), the function that reads a success answer, and how the operation may be sent
again. tradespec runs its own send loop around the generated halves instead of calling the
generated ``sync_detailed``, because it must (1) sign every attempt afresh, (2) decide on retries
from what happened before the answer was parsed (a connect error is safe to retry for an order; a
read timeout is not), (3) read error answers itself, including 520s with HTML bodies, and (4)
keep the httpx exceptions, whose requests carry the signed headers, out of what it raises.

:class:`Engine` makes those decisions; the transports (``_transport``) only send and sleep.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import httpx

from tradespec._retry import Retry, RetryPolicy, is_retryable_status
from tradespec._retry import parse_retry_after as _parse_retry_after
from tradespec.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    InsufficientFundsError,
    InvalidOrderError,
    NotFoundError,
    OrderStateUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseError,
    ServerError,
    TradespecError,
    TransportError,
)

if TYPE_CHECKING:
    from tradespec._auth import Clock
    from tradespec.errors import Sent

__all__ = ["Attempts", "Call", "Engine", "EnvelopeError", "ErrorDescriber", "RetryIn"]

logger = logging.getLogger("tradespec")

T = TypeVar("T")
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that will fail the same way again.
_NOT_RETRYABLE = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.ProxyError)


# The small internal records below are NamedTuples and a plain slotted class rather than attrs
# classes: attrs compiles each class's methods when the module is imported, which for these
# cost some 2 ms of `from tradespec import AltMarket` (a tenth of what it adds to httpx).


class Call(NamedTuple, Generic[T]):
    """One HTTP operation: what to send, how to read the answer, how it may be retried."""

    name: str
    """The operation, for logs and messages (``create_order``)."""
    kwargs: Mapping[str, Any]
    """The generated ``_get_kwargs(...)``: method, path, params, json/data, headers."""
    parse: Callable[[httpx.Response], T]
    """Reads a 200 answer into the result; any exception it raises is a ResponseError."""
    retry: Retry = Retry.SAFE
    private: bool = True
    """Whether the request carries the credentials (Hashgreen's public operations do not)."""
    order: bool = False
    """Whether a refusal is an InvalidOrderError (orders, offers, cancels)."""
    sent: Sent | None = None
    """What an OrderStateUnknownError reports as sent."""


class EnvelopeError(Exception):
    """Raised by a ``parse`` when an answer's envelope carries an error code (Hashgreen)."""

    def __init__(self, code: int | str | None, message: str | None, body: object) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.body = body


@functools.lru_cache(maxsize=512)
def _parsed(url: str) -> httpx.URL:
    """A parsed URL, kept: most calls repeat a handful of URLs, and httpx.URL is immutable."""
    return httpx.URL(url)


class _Secrets(tuple[str, ...]):
    """The credentials to redact from what servers send back; never shown in a repr."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} secrets>"


class Attempts:
    __slots__ = ("ambiguous", "number", "resynced")

    def __init__(self) -> None:
        self.number = 0
        self.ambiguous = False
        """An earlier attempt may have reached the server and its answer was lost."""
        self.resynced = False


class RetryIn(NamedTuple):
    delay: float


ErrorDescriber = Callable[[object], tuple["str | int | None", "str | None"]]


class Engine:
    """Everything about a request but the I/O: building, reading, deciding to retry."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth | None,
        clock: Clock | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        describe_error: ErrorDescriber,
        secrets: tuple[str, ...],
        policy: RetryPolicy | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.clock = clock
        self.timeout = timeout
        self._timeout = httpx.Timeout(timeout)
        self.max_retries = max_retries
        self.describe_error = describe_error
        self.secrets = _Secrets(secret for secret in secrets if secret)
        self.policy = policy or RetryPolicy()
        self._no_auth = httpx.Auth()

    def evolve(self, *, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Engine:
        """A copy with other limits (None keeps this one's), sharing credentials and clock."""
        return Engine(
            base_url=self.base_url,
            auth=self.auth,
            clock=self.clock,
            timeout=self.timeout if timeout is None else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            describe_error=self.describe_error,
            secrets=self.secrets,
            policy=self.policy,
        )

    # ---------------------------------------------------------------- building

    def build(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> httpx.Request:
        """The request for one attempt (a fresh one each time; the auth signs it in send)."""
        kwargs = call.kwargs
        # The generated path is relative; it is appended to base_url as httpx's own base_url
        # merge would, so an injected client's base_url never redirects credentials elsewhere.
        # The query is encoded here by httpx.QueryParams, exactly as build_request(params=)
        # would, but without parsing the URL once more for it (a measurable share of a call).
        url = self.base_url + kwargs["url"]
        params = kwargs.get("params")
        if params:
            url = f"{url}?{httpx.QueryParams(params)}"
        return http.build_request(
            kwargs["method"],
            _parsed(url),
            json=kwargs.get("json"),
            data=kwargs.get("data"),
            headers=kwargs.get("headers"),
            timeout=self._timeout,
        )

    def auth_for(self, call: Call[Any]) -> httpx.Auth:
        if call.private and self.auth is not None:
            return self.auth
        return self._no_auth

    # ---------------------------------------------------------------- reading

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, "<redacted>")
        return text

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
        self, call: Call[T], request: httpx.Request, response: httpx.Response, state: Attempts
    ) -> T | RetryIn | TradespecError:
        """The result, a retry, or the error to raise, for an answer."""
        status = response.status_code
        method, path = request.method, request.url.path
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> %d (attempt %d)", method, path, status, state.number)
        if 200 <= status < 300:
            try:
                return call.parse(response)
            except EnvelopeError as exc:
                return self._envelope_error(call, request, response, exc)
            except TradespecError as exc:
                return exc
            except ValueError as exc:
                # Not JSON, or not the shape the spec declares (the generated parsers raise
                # UnexpectedResponseShape, a ValueError): the server's answer is at fault. Any
                # other exception is a bug of the reader, and is raised as it is.
                unreadable = ResponseError(
                    f"{method} {path}: the 200 answer could not be read "
                    f"({type(exc).__name__}: {self.redact(str(exc))[:300]})",
                    status=status,
                    body=self.redact(response.text),
                )
                unreadable.__cause__ = exc
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
        self, call: Call[Any], request: httpx.Request, exc: Exception, state: Attempts
    ) -> RetryIn | TradespecError:
        """A retry, or the error to raise, for a request that got no answer."""
        method, path = request.method, request.url.path
        detail = self.redact(str(exc)) or "no detail"
        if isinstance(exc, httpx.DecodingError | httpx.TooManyRedirects):
            error: TradespecError = ResponseError(
                f"{method} {path}: the answer could not be read ({type(exc).__name__}: {detail})"
            )
            if call.sent is not None:
                return self._fate_unknown(call, error)
            return error
        message = f"{type(exc).__name__}: {detail}"
        if isinstance(exc, httpx.TimeoutException):
            error = RequestTimeoutError(message, method=method, path=path)
        else:
            error = TransportError(message, method=method, path=path)
        logger.debug("%s %s failed: %s (attempt %d)", method, path, message, state.number)
        never_sent = isinstance(exc, _NEVER_SENT)
        if not never_sent:
            state.ambiguous = True
            if call.retry is Retry.ONCE:
                return self._fate_unknown(call, error)
        if not isinstance(exc, httpx.TransportError) or isinstance(exc, _NOT_RETRYABLE):
            return self._final(call, error, state)
        return self._retry_or(call, request, error, state, None, type(exc).__name__)

    def _retry_or(
        self,
        call: Call[Any],
        request: httpx.Request,
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
                    request.url.path,
                    delay,
                    why,
                    retries_made + 1,
                    self.max_retries,
                )
                return RetryIn(delay)
        return self._final(call, error, state)

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
        self, call: Call[Any], request: httpx.Request, response: httpx.Response
    ) -> TradespecError:
        """The error for an answer other than 200."""
        status = response.status_code
        method, path = request.method, request.url.path
        text = self.redact(response.text)
        body: object
        try:
            body = json.loads(text)
        except ValueError:
            body = text
        try:
            code, message = self.describe_error(body)
        except Exception:
            code, message = None, None
        if not message:
            message = text.strip()[:200] if isinstance(body, str) and text.strip() else "no message"
        if status < 400:
            return ResponseError(
                f"{method} {path}: unexpected status {status} ({message})", status=status, body=text
            )
        kind = _classify(status, code, message, call.order)
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

    def _envelope_error(
        self,
        call: Call[Any],
        request: httpx.Request,
        response: httpx.Response,
        exc: EnvelopeError,
    ) -> TradespecError:
        code = exc.code
        effective = code if isinstance(code, int) and 400 <= code <= 599 else 400
        message = self.redact(exc.message or "no message")
        kind = _classify(effective, code, message, call.order)
        return kind(
            message,
            status=response.status_code,
            code=code,
            body=self.redact_body(exc.body),
            method=request.method,
            path=request.url.path,
        )

    def _resync_clock(self, response: httpx.Response) -> bool:
        """Learn the clock offset from a 401's ``Date`` when the local clock is visibly off."""
        if self.clock is None:
            return False
        date = response.headers.get("Date")
        if not date:
            return False
        try:
            server = parsedate_to_datetime(date).timestamp() + 0.5  # Date is whole seconds
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        skew = server - self.clock.now()
        if abs(skew) <= 2.0:
            return False
        self.clock.offset += skew
        return True


def _classify(
    status: int, code: str | int | None, message: str | None, order: bool
) -> type[APIError]:
    if status == 401:
        return AuthenticationError
    if status == 403:
        return PermissionDeniedError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitError
    if status >= 500:
        return ServerError
    if "insufficient" in f"{code} {message}".lower():
        return InsufficientFundsError
    if 400 <= status < 500:
        return InvalidOrderError if order else BadRequestError
    return APIError
