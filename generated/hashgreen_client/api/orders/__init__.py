# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `orders` operations: :class:`OrdersApi` (sync), :class:`AsyncOrdersApi`, and
:class:`OrdersOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from tradespec._raw import RawResponse

from ...models.create_order_form import CreateOrderForm
from ...models.order_list_response import OrderListResponse
from ...models.order_response import OrderResponse
from ...models.order_status import OrderStatus
from ...operations import OPERATIONS
from ...types import UNSET, AsyncRunner, Operation, Runner, options_of

if TYPE_CHECKING:
    import httpx

    from . import cancel_order, create_order, list_orders
else:
    from tradespec._lazy import LazyModule

    # Named by the timeout= annotations: imported only when a hint is resolved, so that a
    # client on its default transport never imports httpx.
    httpx = LazyModule("httpx")

__all__ = ["AsyncOrdersApi", "AsyncRawOrdersApi", "OrdersApi", "RawOrdersApi", "OrdersOperations"]


class OrdersOperations:
    """The `orders` operations as :class:`~hashgreen_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[OrderResponse]:
        """Cancel order

        Cancels one of the trader's orders (a soft cancel, on the DEX's side).

        ``DELETE /orders/{order_id}``

        Args:
            order_id: The order's id.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
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
        body: CreateOrderForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[OrderResponse]:
        """Create order

        Posts an offer as an order. Creating an order is not idempotent from the client's side:
        an offer whose fate is unknown is looked up in the order list, never posted twice.
        The token is optional: an offer posted without one is booked and matched, but owned by
        no one, so no order list shows it and it cannot be cancelled through the API.

        ``POST /orders``

        Args:
            body: The request body, a ``CreateOrderForm`` (sent as application/x-www-form-urlencoded).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
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

    def list_orders(
        self,
        *,
        market_id: str | None = None,
        status: OrderStatus | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[OrderListResponse]:
        """List orders

        The trader's orders, newest first, optionally of one market and one status.

        ``GET /orders``

        Args:
            market_id: Only this market's orders (the market's id). None leaves it out.
            status: Only orders in this status. None leaves it out.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        try:  # the endpoint's module, once imported, is a name of this package
            endpoint_ = list_orders
        except NameError:
            from . import list_orders as endpoint_

        return Operation(
            OPERATIONS["list_orders"],
            endpoint_._request,
            {
                "market_id": UNSET if market_id is None else market_id,
                "status": UNSET if status is None else status,
            },
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )


OPERATION_BUILDERS = OrdersOperations()
"""The one instance of :class:`OrdersOperations` (it holds nothing)."""


class OrdersApi:
    """The `orders` operations; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResponse:
        """Cancel order

        Cancels one of the trader's orders (a soft cancel, on the DEX's side).

        ``DELETE /orders/{order_id}``

        Args:
            order_id: The order's id.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
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
        body: CreateOrderForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResponse:
        """Create order

        Posts an offer as an order. Creating an order is not idempotent from the client's side:
        an offer whose fate is unknown is looked up in the order list, never posted twice.
        The token is optional: an offer posted without one is booked and matched, but owned by
        no one, so no order list shows it and it cannot be cancelled through the API.

        ``POST /orders``

        Args:
            body: The request body, a ``CreateOrderForm`` (sent as application/x-www-form-urlencoded).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
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

    def list_orders(
        self,
        *,
        market_id: str | None = None,
        status: OrderStatus | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderListResponse:
        """List orders

        The trader's orders, newest first, optionally of one market and one status.

        ``GET /orders``

        Args:
            market_id: Only this market's orders (the market's id). None leaves it out.
            status: Only orders in this status. None leaves it out.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run(
            OPERATION_BUILDERS.list_orders(
                market_id=market_id,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncOrdersApi:
    """The `orders` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResponse:
        """Cancel order

        Cancels one of the trader's orders (a soft cancel, on the DEX's side).

        ``DELETE /orders/{order_id}``

        Args:
            order_id: The order's id.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
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
        body: CreateOrderForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderResponse:
        """Create order

        Posts an offer as an order. Creating an order is not idempotent from the client's side:
        an offer whose fate is unknown is looked up in the order list, never posted twice.
        The token is optional: an offer posted without one is booked and matched, but owned by
        no one, so no order list shows it and it cannot be cancelled through the API.

        ``POST /orders``

        Args:
            body: The request body, a ``CreateOrderForm`` (sent as application/x-www-form-urlencoded).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
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

    async def list_orders(
        self,
        *,
        market_id: str | None = None,
        status: OrderStatus | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderListResponse:
        """List orders

        The trader's orders, newest first, optionally of one market and one status.

        ``GET /orders``

        Args:
            market_id: Only this market's orders (the market's id). None leaves it out.
            status: Only orders in this status. None leaves it out.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.list_orders(
                market_id=market_id,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class RawOrdersApi:
    """The `orders` operations, each answering a :class:`~tradespec.RawResponse`: the status,
    headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderResponse]:
        """Cancel order

        Cancels one of the trader's orders (a soft cancel, on the DEX's side).

        ``DELETE /orders/{order_id}``

        Args:
            order_id: The order's id.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
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
        body: CreateOrderForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderResponse]:
        """Create order

        Posts an offer as an order. Creating an order is not idempotent from the client's side:
        an offer whose fate is unknown is looked up in the order list, never posted twice.
        The token is optional: an offer posted without one is booked and matched, but owned by
        no one, so no order list shows it and it cannot be cancelled through the API.

        ``POST /orders``

        Args:
            body: The request body, a ``CreateOrderForm`` (sent as application/x-www-form-urlencoded).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
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

    def list_orders(
        self,
        *,
        market_id: str | None = None,
        status: OrderStatus | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderListResponse]:
        """List orders

        The trader's orders, newest first, optionally of one market and one status.

        ``GET /orders``

        Args:
            market_id: Only this market's orders (the market's id). None leaves it out.
            status: Only orders in this status. None leaves it out.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run_raw(
            OPERATION_BUILDERS.list_orders(
                market_id=market_id,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncRawOrdersApi:
    """The `orders` operations, awaitable, each answering a :class:`~tradespec.RawResponse`:
    the status, headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def cancel_order(
        self,
        *,
        order_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderResponse]:
        """Cancel order

        Cancels one of the trader's orders (a soft cancel, on the DEX's side).

        ``DELETE /orders/{order_id}``

        Args:
            order_id: The order's id.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
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
        body: CreateOrderForm,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderResponse]:
        """Create order

        Posts an offer as an order. Creating an order is not idempotent from the client's side:
        an offer whose fate is unknown is looked up in the order list, never posted twice.
        The token is optional: an offer posted without one is booked and matched, but owned by
        no one, so no order list shows it and it cannot be cancelled through the API.

        ``POST /orders``

        Args:
            body: The request body, a ``CreateOrderForm`` (sent as application/x-www-form-urlencoded).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
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

    async def list_orders(
        self,
        *,
        market_id: str | None = None,
        status: OrderStatus | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderListResponse]:
        """List orders

        The trader's orders, newest first, optionally of one market and one status.

        ``GET /orders``

        Args:
            market_id: Only this market's orders (the market's id). None leaves it out.
            status: Only orders in this status. None leaves it out.
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone. ``ts`` is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run_raw(
            OPERATION_BUILDERS.list_orders(
                market_id=market_id,
                status=status,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )
