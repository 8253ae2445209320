# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `orders` operations: :class:`OrdersApi` (sync), :class:`AsyncOrdersApi`, and
:class:`OrdersOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from ...models.create_order_form import CreateOrderForm
from ...models.order_list_response import OrderListResponse
from ...models.order_response import OrderResponse
from ...models.order_status import OrderStatus
from ...operations import OPERATIONS
from ...types import UNSET, AsyncRunner, Operation, Runner

__all__ = ["AsyncOrdersApi", "OrdersApi", "OrdersOperations"]


class OrdersOperations:
    """The `orders` operations as :class:`~hashgreen_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def cancel_order(
        self,
        *,
        order_id: str,
    ) -> Operation[OrderResponse]:
        """Cancel order

        Cancels one of the trader's orders (a soft cancel, on the DEX's side).

        ``DELETE /orders/{order_id}``

        Args:
            order_id: The order's id.
        """
        from . import cancel_order as endpoint_

        return Operation(
            OPERATIONS["cancel_order"],
            endpoint_._request,
            {
                "order_id": order_id,
            },
            endpoint_._parse_success,
        )

    def create_order(
        self,
        *,
        body: CreateOrderForm,
    ) -> Operation[OrderResponse]:
        """Create order

        Posts an offer as an order. Creating an order is not idempotent from the client's side:
        an offer whose fate is unknown is looked up in the order list, never posted twice.
        The token is optional: an offer posted without one is booked and matched, but owned by
        no one, so no order list shows it and it cannot be cancelled through the API.

        ``POST /orders``

        Args:
            body: The request body, a ``CreateOrderForm`` (sent as application/x-www-form-urlencoded).
        """
        from . import create_order as endpoint_

        return Operation(
            OPERATIONS["create_order"],
            endpoint_._request,
            {
                "body": body,
            },
            endpoint_._parse_success,
        )

    def list_orders(
        self,
        *,
        market_id: str | None = None,
        status: OrderStatus | None = None,
    ) -> Operation[OrderListResponse]:
        """List orders

        The trader's orders, newest first, optionally of one market and one status.

        ``GET /orders``

        Args:
            market_id: Only this market's orders (the market's id). None leaves it out.
            status: Only orders in this status. None leaves it out.
        """
        from . import list_orders as endpoint_

        return Operation(
            OPERATIONS["list_orders"],
            endpoint_._request,
            {
                "market_id": UNSET if market_id is None else market_id,
                "status": UNSET if status is None else status,
            },
            endpoint_._parse_success,
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
    ) -> OrderResponse:
        """Cancel order

        Cancels one of the trader's orders (a soft cancel, on the DEX's side).

        ``DELETE /orders/{order_id}``

        Args:
            order_id: The order's id.
        """
        return self._runner.run(
            OPERATION_BUILDERS.cancel_order(
                order_id=order_id,
            )
        )

    def create_order(
        self,
        *,
        body: CreateOrderForm,
    ) -> OrderResponse:
        """Create order

        Posts an offer as an order. Creating an order is not idempotent from the client's side:
        an offer whose fate is unknown is looked up in the order list, never posted twice.
        The token is optional: an offer posted without one is booked and matched, but owned by
        no one, so no order list shows it and it cannot be cancelled through the API.

        ``POST /orders``

        Args:
            body: The request body, a ``CreateOrderForm`` (sent as application/x-www-form-urlencoded).
        """
        return self._runner.run(
            OPERATION_BUILDERS.create_order(
                body=body,
            )
        )

    def list_orders(
        self,
        *,
        market_id: str | None = None,
        status: OrderStatus | None = None,
    ) -> OrderListResponse:
        """List orders

        The trader's orders, newest first, optionally of one market and one status.

        ``GET /orders``

        Args:
            market_id: Only this market's orders (the market's id). None leaves it out.
            status: Only orders in this status. None leaves it out.
        """
        return self._runner.run(
            OPERATION_BUILDERS.list_orders(
                market_id=market_id,
                status=status,
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
    ) -> OrderResponse:
        """Cancel order

        Cancels one of the trader's orders (a soft cancel, on the DEX's side).

        ``DELETE /orders/{order_id}``

        Args:
            order_id: The order's id.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.cancel_order(
                order_id=order_id,
            )
        )

    async def create_order(
        self,
        *,
        body: CreateOrderForm,
    ) -> OrderResponse:
        """Create order

        Posts an offer as an order. Creating an order is not idempotent from the client's side:
        an offer whose fate is unknown is looked up in the order list, never posted twice.
        The token is optional: an offer posted without one is booked and matched, but owned by
        no one, so no order list shows it and it cannot be cancelled through the API.

        ``POST /orders``

        Args:
            body: The request body, a ``CreateOrderForm`` (sent as application/x-www-form-urlencoded).
        """
        return await self._runner.run(
            OPERATION_BUILDERS.create_order(
                body=body,
            )
        )

    async def list_orders(
        self,
        *,
        market_id: str | None = None,
        status: OrderStatus | None = None,
    ) -> OrderListResponse:
        """List orders

        The trader's orders, newest first, optionally of one market and one status.

        ``GET /orders``

        Args:
            market_id: Only this market's orders (the market's id). None leaves it out.
            status: Only orders in this status. None leaves it out.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.list_orders(
                market_id=market_id,
                status=status,
            )
        )
