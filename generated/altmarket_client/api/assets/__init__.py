# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `assets` operations: :class:`AssetsApi` (sync), :class:`AsyncAssetsApi`, and
:class:`AssetsOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from tradespec._raw import RawResponse

from ...models.asset_list import AssetList
from ...operations import OPERATIONS
from ...types import AsyncRunner, Operation, Runner, options_of, shared_operation

if TYPE_CHECKING:
    import httpx

    from . import list_assets
else:
    from tradespec._lazy import LazyModule

    # Named by the timeout= annotations: imported only when a hint is resolved, so that a
    # client on its default transport never imports httpx.
    httpx = LazyModule("httpx")

__all__ = ["AsyncAssetsApi", "AsyncRawAssetsApi", "AssetsApi", "RawAssetsApi", "AssetsOperations"]


class AssetsOperations:
    """The `assets` operations as :class:`~altmarket_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def list_assets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[AssetList]:
        """List assets

        Every asset the exchange lists, with its decimal scale and withdrawal terms.

        ``GET /api/assets-info``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        try:  # the endpoint's module, once imported, is a name of this package
            endpoint_ = list_assets
        except NameError:
            from . import list_assets as endpoint_

        if extra_headers is None and extra_query is None and timeout is None:
            return shared_operation(
                OPERATIONS["list_assets"], endpoint_._request, endpoint_._parse_success
            )
        return Operation(
            OPERATIONS["list_assets"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
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
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AssetList:
        """List assets

        Every asset the exchange lists, with its decimal scale and withdrawal terms.

        ``GET /api/assets-info``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run(
            OPERATION_BUILDERS.list_assets(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncAssetsApi:
    """The `assets` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_assets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> AssetList:
        """List assets

        Every asset the exchange lists, with its decimal scale and withdrawal terms.

        ``GET /api/assets-info``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.list_assets(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class RawAssetsApi:
    """The `assets` operations, each answering a :class:`~tradespec.RawResponse`: the status,
    headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def list_assets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AssetList]:
        """List assets

        Every asset the exchange lists, with its decimal scale and withdrawal terms.

        ``GET /api/assets-info``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run_raw(
            OPERATION_BUILDERS.list_assets(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncRawAssetsApi:
    """The `assets` operations, awaitable, each answering a :class:`~tradespec.RawResponse`:
    the status, headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_assets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[AssetList]:
        """List assets

        Every asset the exchange lists, with its decimal scale and withdrawal terms.

        ``GET /api/assets-info``

        Args:
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Query parameters added to this call alone, signed with the rest of
                the query. ``ts`` (the signature's timestamp) is refused
                (``InvalidInputError``).
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run_raw(
            OPERATION_BUILDERS.list_assets(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )
