# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `trading` operations: :class:`TradingApi` (sync), :class:`AsyncTradingApi`, and
:class:`TradingOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from ...models.count_response import CountResponse
from ...models.create_order_request import CreateOrderRequest
from ...models.order import Order
from ...models.order_response import OrderResponse
from ...operations import OPERATIONS
from ...types import AsyncRunner, Operation, Runner

__all__ = ["AsyncTradingApi", "TradingApi", "TradingOperations"]


class TradingOperations:
    """The `trading` operations as :class:`~altmarket_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def cancel_all_orders(
        self,
    ) -> Operation[CountResponse]:
        """Cancel all active orders

        Cancels every open order of the account; `data` is how many were cancelled.

        ``DELETE /api/orders``
        """
        from . import cancel_all_orders as endpoint_

        return Operation(
            OPERATIONS["cancel_all_orders"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
        )

    def cancel_order(
        self,
        *,
        order_id: str,
    ) -> Operation[OrderResponse]:
        """Cancel order

        Cancels one open order and releases what it held.

        ``DELETE /api/orders/{order_id}``

        Args:
            order_id: The order's id: a 64-bit integer written in decimal, which can be negative and can
                exceed 2^53. Keep it as a string, never as a float.
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
        body: CreateOrderRequest,
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

    def list_open_orders(
        self,
    ) -> Operation[list[Order]]:
        """Open orders

        Every order of the account that is still working.

        ``GET /api/orders/open``
        """
        from . import list_open_orders as endpoint_

        return Operation(
            OPERATIONS["list_open_orders"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
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
    ) -> CountResponse:
        """Cancel all active orders

        Cancels every open order of the account; `data` is how many were cancelled.

        ``DELETE /api/orders``
        """
        return self._runner.run(OPERATION_BUILDERS.cancel_all_orders())

    def cancel_order(
        self,
        *,
        order_id: str,
    ) -> OrderResponse:
        """Cancel order

        Cancels one open order and releases what it held.

        ``DELETE /api/orders/{order_id}``

        Args:
            order_id: The order's id: a 64-bit integer written in decimal, which can be negative and can
                exceed 2^53. Keep it as a string, never as a float.
        """
        return self._runner.run(
            OPERATION_BUILDERS.cancel_order(
                order_id=order_id,
            )
        )

    def create_order(
        self,
        *,
        body: CreateOrderRequest,
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
        """
        return self._runner.run(
            OPERATION_BUILDERS.create_order(
                body=body,
            )
        )

    def list_open_orders(
        self,
    ) -> list[Order]:
        """Open orders

        Every order of the account that is still working.

        ``GET /api/orders/open``
        """
        return self._runner.run(OPERATION_BUILDERS.list_open_orders())


class AsyncTradingApi:
    """The `trading` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def cancel_all_orders(
        self,
    ) -> CountResponse:
        """Cancel all active orders

        Cancels every open order of the account; `data` is how many were cancelled.

        ``DELETE /api/orders``
        """
        return await self._runner.run(OPERATION_BUILDERS.cancel_all_orders())

    async def cancel_order(
        self,
        *,
        order_id: str,
    ) -> OrderResponse:
        """Cancel order

        Cancels one open order and releases what it held.

        ``DELETE /api/orders/{order_id}``

        Args:
            order_id: The order's id: a 64-bit integer written in decimal, which can be negative and can
                exceed 2^53. Keep it as a string, never as a float.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.cancel_order(
                order_id=order_id,
            )
        )

    async def create_order(
        self,
        *,
        body: CreateOrderRequest,
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
        """
        return await self._runner.run(
            OPERATION_BUILDERS.create_order(
                body=body,
            )
        )

    async def list_open_orders(
        self,
    ) -> list[Order]:
        """Open orders

        Every order of the account that is still working.

        ``GET /api/orders/open``
        """
        return await self._runner.run(OPERATION_BUILDERS.list_open_orders())
