"""The `markets` operations, as methods of :class:`MarketsApi` and :class:`AsyncMarketsApi`.

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...operations import OPERATIONS
from ...types import Operation

if TYPE_CHECKING:
    from ...models.market_list_response import MarketListResponse
    from ...models.market_response import MarketResponse
    from ...types import AsyncRunner, Runner

__all__ = ["AsyncMarketsApi", "MarketsApi"]


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
        """
        from . import get_market as endpoint_

        return self._runner.run(
            Operation(
                OPERATIONS["get_market"],
                endpoint_._get_kwargs,
                {
                    "code": code,
                },
                endpoint_._parse_success,
            )
        )

    def list_markets(
        self,
    ) -> MarketListResponse:
        """List markets

        ``GET /markets``
        """
        from . import list_markets as endpoint_

        return self._runner.run(
            Operation(
                OPERATIONS["list_markets"],
                endpoint_._get_kwargs,
                {},
                endpoint_._parse_success,
            )
        )


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
        """
        from . import get_market as endpoint_

        return await self._runner.run(
            Operation(
                OPERATIONS["get_market"],
                endpoint_._get_kwargs,
                {
                    "code": code,
                },
                endpoint_._parse_success,
            )
        )

    async def list_markets(
        self,
    ) -> MarketListResponse:
        """List markets

        ``GET /markets``
        """
        from . import list_markets as endpoint_

        return await self._runner.run(
            Operation(
                OPERATIONS["list_markets"],
                endpoint_._get_kwargs,
                {},
                endpoint_._parse_success,
            )
        )
