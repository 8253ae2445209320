"""The `assets` operations, as methods of :class:`AssetsApi` and :class:`AsyncAssetsApi`.

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...operations import OPERATIONS
from ...types import Operation

if TYPE_CHECKING:
    from ...models.asset_list import AssetList
    from ...types import AsyncRunner, Runner

__all__ = ["AsyncAssetsApi", "AssetsApi"]


class AssetsApi:
    """The `assets` operations; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def list_assets(
        self,
    ) -> AssetList:
        """List assets

        Every asset the exchange lists, with its decimal scale and withdrawal terms.

        ``GET /api/assets-info``
        """
        from . import list_assets as endpoint_

        return self._runner.run(
            Operation(
                OPERATIONS["list_assets"],
                endpoint_._get_kwargs,
                {},
                endpoint_._parse_success,
            )
        )


class AsyncAssetsApi:
    """The `assets` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_assets(
        self,
    ) -> AssetList:
        """List assets

        Every asset the exchange lists, with its decimal scale and withdrawal terms.

        ``GET /api/assets-info``
        """
        from . import list_assets as endpoint_

        return await self._runner.run(
            Operation(
                OPERATIONS["list_assets"],
                endpoint_._get_kwargs,
                {},
                endpoint_._parse_success,
            )
        )
