# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `markets` operations: :class:`MarketsApi` (sync), :class:`AsyncMarketsApi`, and
:class:`MarketsOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from tradespec._raw import RawResponse

from ...models.markets_info import MarketsInfo
from ...operations import OPERATIONS
from ...types import AsyncRunner, Operation, Runner, options_of, shared_operation

if TYPE_CHECKING:
    import httpx

    from . import get_markets
else:
    from tradespec._lazy import LazyModule

    # Named by the timeout= annotations: imported only when a hint is resolved, so that a
    # client on its default transport never imports httpx.
    httpx = LazyModule("httpx")

__all__ = [
    "AsyncMarketsApi",
    "AsyncRawMarketsApi",
    "MarketsApi",
    "RawMarketsApi",
    "MarketsOperations",
]


class MarketsOperations:
    """The `markets` operations as :class:`~altmarket_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def get_markets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[MarketsInfo]:
        """Market data

        Every market (trading pair) keyed by instrument name, with its limits, fees and decimal
        scales, and the platform's clock.

        ``GET /api/markets``

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
            endpoint_ = get_markets
        except NameError:
            from . import get_markets as endpoint_

        if extra_headers is None and extra_query is None and timeout is None:
            return shared_operation(
                OPERATIONS["get_markets"], endpoint_._request, endpoint_._parse_success
            )
        return Operation(
            OPERATIONS["get_markets"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
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
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> MarketsInfo:
        """Market data

        Every market (trading pair) keyed by instrument name, with its limits, fees and decimal
        scales, and the platform's clock.

        ``GET /api/markets``

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
            OPERATION_BUILDERS.get_markets(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncMarketsApi:
    """The `markets` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_markets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> MarketsInfo:
        """Market data

        Every market (trading pair) keyed by instrument name, with its limits, fees and decimal
        scales, and the platform's clock.

        ``GET /api/markets``

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
            OPERATION_BUILDERS.get_markets(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class RawMarketsApi:
    """The `markets` operations, each answering a :class:`~tradespec.RawResponse`: the status,
    headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_markets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[MarketsInfo]:
        """Market data

        Every market (trading pair) keyed by instrument name, with its limits, fees and decimal
        scales, and the platform's clock.

        ``GET /api/markets``

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
            OPERATION_BUILDERS.get_markets(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncRawMarketsApi:
    """The `markets` operations, awaitable, each answering a :class:`~tradespec.RawResponse`:
    the status, headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_markets(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[MarketsInfo]:
        """Market data

        Every market (trading pair) keyed by instrument name, with its limits, fees and decimal
        scales, and the platform's clock.

        ``GET /api/markets``

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
            OPERATION_BUILDERS.get_markets(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )
