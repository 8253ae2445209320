# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `trades` operations: :class:`TradesApi` (sync), :class:`AsyncTradesApi`, and
:class:`TradesOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from ...models.order_book_response import OrderBookResponse
from ...models.statistics_response import StatisticsResponse
from ...models.trade_list_response import TradeListResponse
from ...operations import OPERATIONS
from ...types import UNSET, AsyncRunner, Operation, Runner

__all__ = ["AsyncTradesApi", "TradesApi", "TradesOperations"]


class TradesOperations:
    """The `trades` operations as :class:`~hashgreen_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def get_order_book(
        self,
        *,
        market_id: str,
    ) -> Operation[OrderBookResponse]:
        """Get order book

        The aggregated order book of a market, best prices first on each side.

        ``GET /trades/book``

        Args:
            market_id: The market's id.
        """
        from . import get_order_book as endpoint_

        return Operation(
            OPERATIONS["get_order_book"],
            endpoint_._request,
            {
                "market_id": market_id,
            },
            endpoint_._parse_success,
        )

    def get_statistics(
        self,
        *,
        market_id: str | None = None,
    ) -> Operation[StatisticsResponse]:
        """Get market statistics

        Statistics over the last 24 hours. With `market_id`, `data` is that market's statistics
        (one object); without it, `data` is a list with one entry per market.

        ``GET /trades/statistics``

        Args:
            market_id: A market's id; leave it out for every market. None leaves it out.
        """
        from . import get_statistics as endpoint_

        return Operation(
            OPERATIONS["get_statistics"],
            endpoint_._request,
            {
                "market_id": UNSET if market_id is None else market_id,
            },
            endpoint_._parse_success,
        )

    def get_trade_history(
        self,
        *,
        market_id: str,
    ) -> Operation[TradeListResponse]:
        """Get trade history

        The market's recent trades, newest first.

        ``GET /trades/history``

        Args:
            market_id: The market's id.
        """
        from . import get_trade_history as endpoint_

        return Operation(
            OPERATIONS["get_trade_history"],
            endpoint_._request,
            {
                "market_id": market_id,
            },
            endpoint_._parse_success,
        )


OPERATION_BUILDERS = TradesOperations()
"""The one instance of :class:`TradesOperations` (it holds nothing)."""


class TradesApi:
    """The `trades` operations; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_order_book(
        self,
        *,
        market_id: str,
    ) -> OrderBookResponse:
        """Get order book

        The aggregated order book of a market, best prices first on each side.

        ``GET /trades/book``

        Args:
            market_id: The market's id.
        """
        return self._runner.run(
            OPERATION_BUILDERS.get_order_book(
                market_id=market_id,
            )
        )

    def get_statistics(
        self,
        *,
        market_id: str | None = None,
    ) -> StatisticsResponse:
        """Get market statistics

        Statistics over the last 24 hours. With `market_id`, `data` is that market's statistics
        (one object); without it, `data` is a list with one entry per market.

        ``GET /trades/statistics``

        Args:
            market_id: A market's id; leave it out for every market. None leaves it out.
        """
        return self._runner.run(
            OPERATION_BUILDERS.get_statistics(
                market_id=market_id,
            )
        )

    def get_trade_history(
        self,
        *,
        market_id: str,
    ) -> TradeListResponse:
        """Get trade history

        The market's recent trades, newest first.

        ``GET /trades/history``

        Args:
            market_id: The market's id.
        """
        return self._runner.run(
            OPERATION_BUILDERS.get_trade_history(
                market_id=market_id,
            )
        )


class AsyncTradesApi:
    """The `trades` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_order_book(
        self,
        *,
        market_id: str,
    ) -> OrderBookResponse:
        """Get order book

        The aggregated order book of a market, best prices first on each side.

        ``GET /trades/book``

        Args:
            market_id: The market's id.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.get_order_book(
                market_id=market_id,
            )
        )

    async def get_statistics(
        self,
        *,
        market_id: str | None = None,
    ) -> StatisticsResponse:
        """Get market statistics

        Statistics over the last 24 hours. With `market_id`, `data` is that market's statistics
        (one object); without it, `data` is a list with one entry per market.

        ``GET /trades/statistics``

        Args:
            market_id: A market's id; leave it out for every market. None leaves it out.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.get_statistics(
                market_id=market_id,
            )
        )

    async def get_trade_history(
        self,
        *,
        market_id: str,
    ) -> TradeListResponse:
        """Get trade history

        The market's recent trades, newest first.

        ``GET /trades/history``

        Args:
            market_id: The market's id.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.get_trade_history(
                market_id=market_id,
            )
        )
