"""Every exception tradespec raises, and nothing else escapes a public method.

::

    TradespecError
    ├── InvalidInputError            a bad argument; also a ValueError; raised before the request
    ├── TransportError               the request failed on the way: connect, reset, protocol
    │   └── RequestTimeoutError      ... or timed out
    ├── OrderStateUnknownError       an order or withdrawal may have reached the server, and its
    │                                fate is unknown; ``sent`` says what, ``lookup()`` finds it
    ├── OrderNotPlacedError          ... settled: the exchange showed no such order for a window
    ├── ResponseError                the answer made no sense: not JSON, wrong shape, odd status
    └── APIError                     the server said no: ``status``, ``code``, ``message``, ``body``
        ├── BadRequestError          400, 409, 422 and other refusals below 500
        │   ├── InvalidOrderError    ... of an order or a cancel
        │   └── InsufficientFundsError
        ├── AuthenticationError      401 (wrong key, signature, token, or ``ts`` window)
        ├── PermissionDeniedError    403
        ├── NotFoundError            404
        ├── RateLimitError           429, with ``retry_after`` in seconds when the server says
        └── ServerError              500 to 599, 520 to 527 included

Every instance says what is safe: ``outcome`` (:data:`Outcome`: ``"not_sent"``, ``"rejected"``,
``"not_found"`` or ``"unknown"``) and ``retry_safe`` (whether sending the same request again
cannot double an effect). They are set per instance: a :class:`TransportError` is ``"not_sent"``
when the connection failed before the request left and ``"unknown"`` when it may have arrived.

Secrets (API key and secret, bearer token, signatures) never appear in a message, an attribute
or a chained exception: transport failures are re-raised without the httpx exception (whose
request carries the signed headers), and server messages that echo a secret are redacted.
"""

from __future__ import annotations

# Named by Sent and Found, resolved by typing.get_type_hints.
import importlib  # noqa: F401  # pyright: ignore[reportUnusedImport]
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from typing import TypeAlias

    from altmarket_client.models.order import Order
    from altmarket_client.models.transfer import Transfer
    from hashgreen_client.models.order import Order as HashgreenOrder

    from tradespec._sent import SentRequest
    from tradespec.altmarket._types import SentOrder, SentWithdrawal
    from tradespec.hashgreen._types import SentOffer

    Sent: TypeAlias = SentOrder | SentWithdrawal | SentOffer | SentRequest
    """What an :class:`OrderStateUnknownError` reports as sent."""
    Found: TypeAlias = Order | HashgreenOrder | Transfer | None
    """What :meth:`OrderStateUnknownError.lookup` finds."""
else:
    # The same, for typing.get_type_hints: each module is imported when the names are resolved,
    # so that importing tradespec imports none of them (and this module, imported by all of them,
    # imports none of them either).
    def _names(*names: tuple[str, str]) -> str:
        return " | ".join(f"importlib.import_module({module!r}).{name}" for module, name in names)

    Sent = _names(
        ("tradespec.altmarket._types", "SentOrder"),
        ("tradespec.altmarket._types", "SentWithdrawal"),
        ("tradespec.hashgreen._types", "SentOffer"),
        ("tradespec._sent", "SentRequest"),
    )
    Found = (
        _names(
            ("altmarket_client.models.order", "Order"),
            ("hashgreen_client.models.order", "Order"),
            ("altmarket_client.models.transfer", "Transfer"),
        )
        + " | None"
    )

Outcome = Literal["not_sent", "rejected", "not_found", "unknown"]
"""What became of the request an error is about: ``"not_sent"`` (it never left this machine),
``"rejected"`` (the server answered that it did not act on it), ``"not_found"`` (its fate was
settled: the exchange showed no such order or transfer for the whole settling window) or
``"unknown"`` (it may have been acted on)."""

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "InsufficientFundsError",
    "InvalidInputError",
    "InvalidOrderError",
    "NotFoundError",
    "OrderNotPlacedError",
    "OrderStateUnknownError",
    "Outcome",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseError",
    "ServerError",
    "TradespecError",
    "TransportError",
]


class TradespecError(Exception):
    """The root of every error tradespec raises.

    ``outcome`` and ``retry_safe`` say what is safe to do next; each class has a default (the
    table in the docs' "Errors, retries and order safety" page) and the client sets them on each
    instance from what it knows of that request.
    """

    message: str
    outcome: Outcome = "unknown"
    """What became of the request: ``"not_sent"``, ``"rejected"``, ``"not_found"`` or
    ``"unknown"`` (see :data:`Outcome`)."""
    retry_safe: bool = False
    """Whether sending the same request again cannot double an effect: True for what never
    left or was refused, for reads and cancels, and for a withdrawal resent with its key."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors do not survive Exception's default pickling (it replays
        # ``args``); rebuild from the attributes instead, leaving out private ones (the bound
        # lookup of an OrderStateUnknownError is a closure over a live client).
        state = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        return (_restore, (type(self), state))


def _restore(cls: type[TradespecError], state: dict[str, Any]) -> TradespecError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


class InvalidInputError(TradespecError, ValueError):
    """An argument was refused before any request was sent.

    ``argument`` names the parameter at fault; the message says what is wrong with it.
    """

    argument: str
    outcome: Outcome = "not_sent"
    retry_safe: bool = True

    def __init__(self, argument: str, problem: str) -> None:
        super().__init__(f"{argument}: {problem}")
        self.argument = argument


class TransportError(TradespecError):
    """The request did not get an answer: the connection failed, was reset, or broke the protocol.

    ``method`` and ``path`` say which request (never its query, headers or body).
    """

    method: str
    path: str

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(f"{method} {path}: {message}")
        self.method = method
        self.path = path


class RequestTimeoutError(TransportError):
    """The request timed out (connecting, writing, reading, or waiting for a pooled connection)."""


class ResponseError(TradespecError):
    """The server answered something tradespec cannot read: not JSON, or not the declared shape.

    ``status`` is the HTTP status of that answer and ``body`` its text (redacted of secrets).
    """

    status: int | None
    body: str | None

    def __init__(self, message: str, *, status: int | None = None, body: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = body


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown Status"


class APIError(TradespecError):
    """The server refused the request.

    ``status`` is the HTTP status (200 for a Hashgreen envelope that carries an error code),
    ``code`` the server's error code (AltMarket: a string such as ``"InsufficientFunds"``;
    Hashgreen: the envelope's integer ``code``), ``message`` its explanation and ``body`` the
    decoded JSON body (or its text when it is not JSON). ``method`` and ``path`` say which request.
    """

    status: int
    code: str | int | None
    body: object
    method: str
    path: str
    outcome: Outcome = "rejected"
    retry_safe: bool = True

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: str | int | None = None,
        body: object = None,
        method: str = "",
        path: str = "",
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.body = body
        self.method = method
        self.path = path

    def __str__(self) -> str:
        where = f"{self.method} {self.path}: " if self.method else ""
        code = f" [{self.code}]" if self.code is not None else ""
        return f"{where}{self.status} {_reason(self.status)}{code}: {self.message}"


class BadRequestError(APIError):
    """The server refused the request as invalid (400, 409, 422 or another 4xx)."""


class InvalidOrderError(BadRequestError):
    """The server refused an order, an offer or a cancel."""


class InsufficientFundsError(BadRequestError):
    """The balance cannot cover the order or the withdrawal."""


class AuthenticationError(APIError):
    """401: wrong or missing credentials, a bad signature, or a ``ts`` outside the window."""


class PermissionDeniedError(APIError):
    """403: the credentials may not do this."""


class NotFoundError(APIError):
    """404: no such order, market, asset or route."""


class RateLimitError(APIError):
    """429: too many requests. ``retry_after`` is how many seconds the server asked to wait."""

    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: str | int | None = None,
        body: object = None,
        method: str = "",
        path: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status=status, code=code, body=body, method=method, path=path)
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx, including the 520 to 527 that proxies answer, often with a body that is not JSON.

    Neither platform documents a 5xx as "not executed", so its ``outcome`` is ``"unknown"``;
    ``retry_safe`` is True for reads, cancels and keyed withdrawals."""

    outcome: Outcome = "unknown"
    retry_safe: bool = False


class OrderStateUnknownError(TradespecError):
    """An order or a withdrawal was sent, and whether the server acted on it is unknown.

    This happens when the answer was lost after the request may have reached the server: a
    timeout while reading, a connection reset after sending, a 5xx from a proxy, or a 200 whose
    body could not be read. tradespec never sends an order again on its own. ``sent`` describes
    what was sent (:class:`~tradespec.altmarket.SentOrder`,
    :class:`~tradespec.altmarket.SentWithdrawal`, :class:`~tradespec.hashgreen.SentOffer`, or a
    :class:`~tradespec.SentRequest` for an operation sent through ``exchange.api`` or
    ``exchange.request``), and ``cause`` is the failure that hid the answer.

    ``exchange.find_order(error.sent)`` (``find_transfer`` for a withdrawal) asks the server what
    became of it: the matching order or transfer, or None when none is found. ``lookup()`` (on a
    sync client) and ``await alookup()`` (on an async client) do the same on the client that
    raised the error.
    """

    sent: Sent
    cause: TradespecError | None
    outcome: Outcome = "unknown"
    retry_safe: bool = False
    _lookup: Callable[[], Found] | None = None
    _alookup: Callable[[], Awaitable[Found]] | None = None

    def __init__(
        self,
        message: str,
        *,
        sent: Sent,
        cause: TradespecError | None = None,
    ) -> None:
        super().__init__(message)
        self.sent = sent
        self.cause = cause

    def _bind(
        self,
        lookup: Callable[[], Any] | None = None,
        alookup: Callable[[], Awaitable[Any]] | None = None,
    ) -> None:
        self._lookup = lookup
        self._alookup = alookup

    def lookup(self) -> Found:
        """Ask the server what became of ``sent`` (sync clients).

        AltMarket orders are matched among the open orders, then the recent order history, on
        instrument, side, type, amount, prices and a creation time after the send; withdrawals by
        their ``transferId``; Hashgreen offers by the coins the order holds (with the ``chia``
        extra), else by the newest order created after the send (the API does not echo offers).
        Raises :class:`TradespecError` subclasses like any call.
        """
        if self._lookup is None:
            if self._alookup is not None:
                raise TradespecError("this error came from an async client: use await alookup()")
            raise TradespecError("no lookup is available for this error")
        return self._lookup()

    async def alookup(self) -> Found:
        """Ask the server what became of ``sent`` (async clients); see :meth:`lookup`."""
        if self._alookup is None:
            if self._lookup is not None:
                raise TradespecError("this error came from a sync client: use lookup()")
            raise TradespecError("no lookup is available for this error")
        return await self._alookup()


class OrderNotPlacedError(TradespecError):
    """An order or a withdrawal whose answer was lost, settled as absent: for the whole settling
    window (``settle_unknown=`` seconds) the exchange showed no such order or transfer.

    ``sent`` is what was sent, ``cause`` the failure that hid the answer and ``window`` the
    seconds it was looked for. Absence is evidence, not proof (an exchange may publish an order
    late), so ``retry_safe`` is False: resending is the caller's decision. How final it is on
    each exchange is in the docs' "Errors, retries and order safety" page. It is never raised
    for a request tradespec sent again: tradespec never resends an order.
    """

    sent: Sent
    cause: TradespecError | None
    window: float
    outcome: Outcome = "not_found"
    retry_safe: bool = False

    def __init__(
        self,
        message: str,
        *,
        sent: Sent,
        cause: TradespecError | None = None,
        window: float = 0.0,
    ) -> None:
        super().__init__(message)
        self.sent = sent
        self.cause = cause
        self.window = window
