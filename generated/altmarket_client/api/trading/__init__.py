# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `trading` operations: :class:`TradingApi` (sync), :class:`AsyncTradingApi`, and
:class:`TradingOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from tradespec._raw import RawResponse

from ...models.count_response import CountResponse
from ...models.create_order_request import CreateOrderRequest
from ...models.order import Order
from ...models.order_response import OrderResponse
from ...operations import OPERATIONS
from ...types import AsyncRunner, Operation, Runner, options_of, shared_operation

if TYPE_CHECKING:
    import httpx

    from . import cancel_all_orders, cancel_order, create_order, list_open_orders
else:
    from tradespec._lazy import LazyModule

    # Named by the timeout= annotations: imported only when a hint is resolved, so that a
    # client on its default transport never imports httpx.
    httpx = LazyModule("httpx")

__all__ = [
    "AsyncTradingApi",
    "AsyncRawTradingApi",
    "TradingApi",
    "RawTradingApi",
    "TradingOperations",
]


class TradingOperations:
    """The `trading` operations as :class:`~altmarket_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def cancel_all_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[CountResponse]:
        """Cancel all active orders

        Cancels every open order of the account; `data` is how many were cancelled.

        ``DELETE /api/orders``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        try:  # the endpoint's module, once imported, is a name of this package
            endpoint_ = cancel_all_orders
        except NameError:
            from . import cancel_all_orders as endpoint_

        if extra_headers is None and extra_query is None and timeout is None:
            return shared_operation(
                OPERATIONS["cancel_all_orders"], endpoint_._request, endpoint_._parse_success
            )
        return Operation(
            OPERATIONS["cancel_all_orders"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )

    def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[OrderResponse]:
        """Cancel order

        Cancels one open order and releases what it held.

        ``DELETE /api/orders/{order_id}``

        Args:
            order_id: The order's id: a 64-bit integer written in decimal, which can be negative and can
                exceed 2^53. Keep it as a string, never as a float.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        try:  # the endpoint's module, once imported, is a name of this package
            endpoint_ = cancel_order
        except NameError:
            from . import cancel_order as endpoint_

        return Operation(
            OPERATIONS["cancel_order"],
            endpoint_._request,
            {
                "order_id": order_id,
            },
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )

    def create_order(
        self,
        *,
        body: CreateOrderRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[OrderResponse]:
        """Create order

        Places an order. `type` carries the side (`buy` or `sell`); `isLimit` and `isStop` choose
        the kind: Limit (`isLimit`), Market (neither), StopLimit (both) or StopMarket (`isStop`).
        `price` is the limit price, `activationPrice` the stop trigger. Amounts and prices must
        not carry more decimals than the market's `amountScale` and `priceScale`.

        Creating an order is not idempotent: a client must never send the same order twice.

        ``POST /api/order``

        Args:
            body: The request body, a ``CreateOrderRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        try:  # the endpoint's module, once imported, is a name of this package
            endpoint_ = create_order
        except NameError:
            from . import create_order as endpoint_

        return Operation(
            OPERATIONS["create_order"],
            endpoint_._request,
            {
                "body": body,
            },
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )

    def list_open_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[list[Order]]:
        """Open orders

        Every order of the account that is still working.

        ``GET /api/orders/open``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        try:  # the endpoint's module, once imported, is a name of this package
            endpoint_ = list_open_orders
        except NameError:
            from . import list_open_orders as endpoint_

        if extra_headers is None and extra_query is None and timeout is None:
            return shared_operation(
                OPERATIONS["list_open_orders"], endpoint_._request, endpoint_._parse_success
            )
        return Operation(
            OPERATIONS["list_open_orders"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )


OPERATION_BUILDERS = TradingOperations()
"""The one instance of :class:`TradingOperations` (it holds nothing)."""


class TradingApi:
    """The `trading` operations; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def cancel_all_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CountResponse:
        """Cancel all active orders

        Cancels every open order of the account; `data` is how many were cancelled.

        ``DELETE /api/orders``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run(
            OPERATION_BUILDERS.cancel_all_orders(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResponse:
        """Cancel order

        Cancels one open order and releases what it held.

        ``DELETE /api/orders/{order_id}``

        Args:
            order_id: The order's id: a 64-bit integer written in decimal, which can be negative and can
                exceed 2^53. Keep it as a string, never as a float.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run(
            OPERATION_BUILDERS.cancel_order(
                order_id=order_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def create_order(
        self,
        *,
        body: CreateOrderRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResponse:
        """Create order

        Places an order. `type` carries the side (`buy` or `sell`); `isLimit` and `isStop` choose
        the kind: Limit (`isLimit`), Market (neither), StopLimit (both) or StopMarket (`isStop`).
        `price` is the limit price, `activationPrice` the stop trigger. Amounts and prices must
        not carry more decimals than the market's `amountScale` and `priceScale`.

        Creating an order is not idempotent: a client must never send the same order twice.

        ``POST /api/order``

        Args:
            body: The request body, a ``CreateOrderRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run(
            OPERATION_BUILDERS.create_order(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def list_open_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[Order]:
        """Open orders

        Every order of the account that is still working.

        ``GET /api/orders/open``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run(
            OPERATION_BUILDERS.list_open_orders(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncTradingApi:
    """The `trading` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def cancel_all_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> CountResponse:
        """Cancel all active orders

        Cancels every open order of the account; `data` is how many were cancelled.

        ``DELETE /api/orders``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.cancel_all_orders(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResponse:
        """Cancel order

        Cancels one open order and releases what it held.

        ``DELETE /api/orders/{order_id}``

        Args:
            order_id: The order's id: a 64-bit integer written in decimal, which can be negative and can
                exceed 2^53. Keep it as a string, never as a float.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.cancel_order(
                order_id=order_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def create_order(
        self,
        *,
        body: CreateOrderRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResponse:
        """Create order

        Places an order. `type` carries the side (`buy` or `sell`); `isLimit` and `isStop` choose
        the kind: Limit (`isLimit`), Market (neither), StopLimit (both) or StopMarket (`isStop`).
        `price` is the limit price, `activationPrice` the stop trigger. Amounts and prices must
        not carry more decimals than the market's `amountScale` and `priceScale`.

        Creating an order is not idempotent: a client must never send the same order twice.

        ``POST /api/order``

        Args:
            body: The request body, a ``CreateOrderRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.create_order(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def list_open_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[Order]:
        """Open orders

        Every order of the account that is still working.

        ``GET /api/orders/open``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.list_open_orders(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class RawTradingApi:
    """The `trading` operations, each answering a :class:`~tradespec.RawResponse`: the status,
    headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def cancel_all_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CountResponse]:
        """Cancel all active orders

        Cancels every open order of the account; `data` is how many were cancelled.

        ``DELETE /api/orders``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run_raw(
            OPERATION_BUILDERS.cancel_all_orders(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderResponse]:
        """Cancel order

        Cancels one open order and releases what it held.

        ``DELETE /api/orders/{order_id}``

        Args:
            order_id: The order's id: a 64-bit integer written in decimal, which can be negative and can
                exceed 2^53. Keep it as a string, never as a float.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run_raw(
            OPERATION_BUILDERS.cancel_order(
                order_id=order_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def create_order(
        self,
        *,
        body: CreateOrderRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderResponse]:
        """Create order

        Places an order. `type` carries the side (`buy` or `sell`); `isLimit` and `isStop` choose
        the kind: Limit (`isLimit`), Market (neither), StopLimit (both) or StopMarket (`isStop`).
        `price` is the limit price, `activationPrice` the stop trigger. Amounts and prices must
        not carry more decimals than the market's `amountScale` and `priceScale`.

        Creating an order is not idempotent: a client must never send the same order twice.

        ``POST /api/order``

        Args:
            body: The request body, a ``CreateOrderRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run_raw(
            OPERATION_BUILDERS.create_order(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def list_open_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[list[Order]]:
        """Open orders

        Every order of the account that is still working.

        ``GET /api/orders/open``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run_raw(
            OPERATION_BUILDERS.list_open_orders(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncRawTradingApi:
    """The `trading` operations, awaitable, each answering a :class:`~tradespec.RawResponse`:
    the status, headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def cancel_all_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[CountResponse]:
        """Cancel all active orders

        Cancels every open order of the account; `data` is how many were cancelled.

        ``DELETE /api/orders``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run_raw(
            OPERATION_BUILDERS.cancel_all_orders(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderResponse]:
        """Cancel order

        Cancels one open order and releases what it held.

        ``DELETE /api/orders/{order_id}``

        Args:
            order_id: The order's id: a 64-bit integer written in decimal, which can be negative and can
                exceed 2^53. Keep it as a string, never as a float.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run_raw(
            OPERATION_BUILDERS.cancel_order(
                order_id=order_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def create_order(
        self,
        *,
        body: CreateOrderRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderResponse]:
        """Create order

        Places an order. `type` carries the side (`buy` or `sell`); `isLimit` and `isStop` choose
        the kind: Limit (`isLimit`), Market (neither), StopLimit (both) or StopMarket (`isStop`).
        `price` is the limit price, `activationPrice` the stop trigger. Amounts and prices must
        not carry more decimals than the market's `amountScale` and `priceScale`.

        Creating an order is not idempotent: a client must never send the same order twice.

        ``POST /api/order``

        Args:
            body: The request body, a ``CreateOrderRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run_raw(
            OPERATION_BUILDERS.create_order(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def list_open_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[list[Order]]:
        """Open orders

        Every order of the account that is still working.

        ``GET /api/orders/open``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run_raw(
            OPERATION_BUILDERS.list_open_orders(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )
