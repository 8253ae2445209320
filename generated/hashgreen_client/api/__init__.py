"""Every operation of the Hashgreen DEX Trading API, by tag: ``api.<tag>.<operation_id>(...)``.

Written by ``generator/generate.py`` from the spec; never edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..types import AsyncRunner, Runner
    from .markets import AsyncMarketsApi, MarketsApi, MarketsOperations
    from .orders import AsyncOrdersApi, OrdersApi, OrdersOperations
    from .trades import AsyncTradesApi, TradesApi, TradesOperations

__all__ = ["OPERATIONS", "Api", "AsyncApi", "Operations"]


class Operations:
    """Every operation of the Hashgreen DEX Trading API as a value (an ``Operation``), by tag, not sent."""

    __slots__ = ()

    @property
    def markets(self) -> MarketsOperations:
        """The markets the DEX lists."""
        from .markets import OPERATION_BUILDERS

        return OPERATION_BUILDERS

    @property
    def orders(self) -> OrdersOperations:
        """The trader's own orders (private, bearer token)."""
        from .orders import OPERATION_BUILDERS

        return OPERATION_BUILDERS

    @property
    def trades(self) -> TradesOperations:
        """Statistics, order books and trades of the markets."""
        from .trades import OPERATION_BUILDERS

        return OPERATION_BUILDERS


OPERATIONS = Operations()
"""The operations as values: ``OPERATIONS.<tag>.<operation_id>(...)`` builds one for a runner."""


class Api:
    """Every operation of the Hashgreen DEX Trading API, by tag; each call is sent by the client that made this."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    @property
    def markets(self) -> MarketsApi:
        """The markets the DEX lists."""
        from .markets import MarketsApi

        return MarketsApi(self._runner)

    @property
    def orders(self) -> OrdersApi:
        """The trader's own orders (private, bearer token)."""
        from .orders import OrdersApi

        return OrdersApi(self._runner)

    @property
    def trades(self) -> TradesApi:
        """Statistics, order books and trades of the markets."""
        from .trades import TradesApi

        return TradesApi(self._runner)


class AsyncApi:
    """Every operation of the Hashgreen DEX Trading API, by tag, awaitable."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def markets(self) -> AsyncMarketsApi:
        """The markets the DEX lists."""
        from .markets import AsyncMarketsApi

        return AsyncMarketsApi(self._runner)

    @property
    def orders(self) -> AsyncOrdersApi:
        """The trader's own orders (private, bearer token)."""
        from .orders import AsyncOrdersApi

        return AsyncOrdersApi(self._runner)

    @property
    def trades(self) -> AsyncTradesApi:
        """Statistics, order books and trades of the markets."""
        from .trades import AsyncTradesApi

        return AsyncTradesApi(self._runner)
