# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `markets` operations: :class:`MarketsApi` (sync), :class:`AsyncMarketsApi`, and
:class:`MarketsOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from ...models.markets_info import MarketsInfo
from ...operations import OPERATIONS
from ...types import AsyncRunner, Operation, Runner

__all__ = ["AsyncMarketsApi", "MarketsApi", "MarketsOperations"]


class MarketsOperations:
    """The `markets` operations as :class:`~altmarket_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def get_markets(
        self,
    ) -> Operation[MarketsInfo]:
        """Market data

        Every market (trading pair) keyed by instrument name, with its limits, fees and decimal
        scales, and the platform's clock.

        ``GET /api/markets``
        """
        from . import get_markets as endpoint_

        return Operation(
            OPERATIONS["get_markets"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
        )


OPERATION_BUILDERS = MarketsOperations()
"""The one instance of :class:`MarketsOperations` (it holds nothing)."""


class MarketsApi:
    """The `markets` operations; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_markets(
        self,
    ) -> MarketsInfo:
        """Market data

        Every market (trading pair) keyed by instrument name, with its limits, fees and decimal
        scales, and the platform's clock.

        ``GET /api/markets``
        """
        return self._runner.run(OPERATION_BUILDERS.get_markets())


class AsyncMarketsApi:
    """The `markets` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_markets(
        self,
    ) -> MarketsInfo:
        """Market data

        Every market (trading pair) keyed by instrument name, with its limits, fees and decimal
        scales, and the platform's clock.

        ``GET /api/markets``
        """
        return await self._runner.run(OPERATION_BUILDERS.get_markets())
