# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `assets` operations: :class:`AssetsApi` (sync), :class:`AsyncAssetsApi`, and
:class:`AssetsOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from ...models.asset_list import AssetList
from ...operations import OPERATIONS
from ...types import AsyncRunner, Operation, Runner

__all__ = ["AsyncAssetsApi", "AssetsApi", "AssetsOperations"]


class AssetsOperations:
    """The `assets` operations as :class:`~altmarket_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def list_assets(
        self,
    ) -> Operation[AssetList]:
        """List assets

        Every asset the exchange lists, with its decimal scale and withdrawal terms.

        ``GET /api/assets-info``
        """
        from . import list_assets as endpoint_

        return Operation(
            OPERATIONS["list_assets"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
        )


OPERATION_BUILDERS = AssetsOperations()
"""The one instance of :class:`AssetsOperations` (it holds nothing)."""


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
        return self._runner.run(OPERATION_BUILDERS.list_assets())


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
        return await self._runner.run(OPERATION_BUILDERS.list_assets())
