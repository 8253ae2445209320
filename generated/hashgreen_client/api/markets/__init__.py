# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `markets` operations: :class:`MarketsApi` (sync), :class:`AsyncMarketsApi`, and
:class:`MarketsOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from ...models.market_list_response import MarketListResponse
from ...models.market_response import MarketResponse
from ...operations import OPERATIONS
from ...types import AsyncRunner, Operation, Runner

__all__ = ["AsyncMarketsApi", "MarketsApi", "MarketsOperations"]


class MarketsOperations:
    """The `markets` operations as :class:`~hashgreen_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def get_market(
        self,
        *,
        code: str,
    ) -> Operation[MarketResponse]:
        """Get market

        ``GET /markets/{code}``

        Args:
            code: The market's code, for example `XCH-USDS`.
        """
        from . import get_market as endpoint_

        return Operation(
            OPERATIONS["get_market"],
            endpoint_._request,
            {
                "code": code,
            },
            endpoint_._parse_success,
        )

    def list_markets(
        self,
    ) -> Operation[MarketListResponse]:
        """List markets

        ``GET /markets``
        """
        from . import list_markets as endpoint_

        return Operation(
            OPERATIONS["list_markets"],
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

    def get_market(
        self,
        *,
        code: str,
    ) -> MarketResponse:
        """Get market

        ``GET /markets/{code}``

        Args:
            code: The market's code, for example `XCH-USDS`.
        """
        return self._runner.run(
            OPERATION_BUILDERS.get_market(
                code=code,
            )
        )

    def list_markets(
        self,
    ) -> MarketListResponse:
        """List markets

        ``GET /markets``
        """
        return self._runner.run(OPERATION_BUILDERS.list_markets())


class AsyncMarketsApi:
    """The `markets` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_market(
        self,
        *,
        code: str,
    ) -> MarketResponse:
        """Get market

        ``GET /markets/{code}``

        Args:
            code: The market's code, for example `XCH-USDS`.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.get_market(
                code=code,
            )
        )

    async def list_markets(
        self,
    ) -> MarketListResponse:
        """List markets

        ``GET /markets``
        """
        return await self._runner.run(OPERATION_BUILDERS.list_markets())
