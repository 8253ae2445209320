# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `history` operations: :class:`HistoryApi` (sync), :class:`AsyncHistoryApi`, and
:class:`HistoryOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING

from tradespec._raw import RawResponse

from ...models.order_page import OrderPage
from ...models.order_side import OrderSide
from ...models.trade_page import TradePage
from ...operations import OPERATIONS
from ...types import UNSET, AsyncRunner, Operation, Runner, options_of

if TYPE_CHECKING:
    import httpx

    from . import get_order_history, get_trade_history
else:
    from tradespec._lazy import LazyModule

    # Named by the timeout= annotations: imported only when a hint is resolved, so that a
    # client on its default transport never imports httpx.
    httpx = LazyModule("httpx")

__all__ = [
    "AsyncHistoryApi",
    "AsyncRawHistoryApi",
    "HistoryApi",
    "RawHistoryApi",
    "HistoryOperations",
]


class HistoryOperations:
    """The `history` operations as :class:`~altmarket_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def get_order_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        is_hide_canceled: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[OrderPage]:
        """Order history

        One page of the account's orders, newest first unless sorted otherwise. Pages count from
        1. `paging.total` is the platform's count of matching orders, which on the live platform
        can disagree with the rows it returns: a client iterating pages stops at the first short
        or empty page.

        ``GET /api/order_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            is_hide_canceled: Leave out cancelled orders. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            endpoint_ = get_order_history
        except NameError:
            from . import get_order_history as endpoint_

        return Operation(
            OPERATIONS["get_order_history"],
            endpoint_._request,
            {
                "market": UNSET if market is None else market,
                "side": UNSET if side is None else side,
                "start_date": UNSET if start_date is None else start_date,
                "end_date": UNSET if end_date is None else end_date,
                "asc_order": UNSET if asc_order is None else asc_order,
                "desc_order": UNSET if desc_order is None else desc_order,
                "is_hide_canceled": UNSET if is_hide_canceled is None else is_hide_canceled,
                "page": UNSET if page is None else page,
                "per_page": UNSET if per_page is None else per_page,
            },
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )

    def get_trade_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[TradePage]:
        """Trade history

        One page of the account's trades (fills). Paging behaves as in the order history.

        ``GET /api/trade_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            endpoint_ = get_trade_history
        except NameError:
            from . import get_trade_history as endpoint_

        return Operation(
            OPERATIONS["get_trade_history"],
            endpoint_._request,
            {
                "market": UNSET if market is None else market,
                "side": UNSET if side is None else side,
                "start_date": UNSET if start_date is None else start_date,
                "end_date": UNSET if end_date is None else end_date,
                "asc_order": UNSET if asc_order is None else asc_order,
                "desc_order": UNSET if desc_order is None else desc_order,
                "page": UNSET if page is None else page,
                "per_page": UNSET if per_page is None else per_page,
            },
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )


OPERATION_BUILDERS = HistoryOperations()
"""The one instance of :class:`HistoryOperations` (it holds nothing)."""


class HistoryApi:
    """The `history` operations; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_order_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        is_hide_canceled: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderPage:
        """Order history

        One page of the account's orders, newest first unless sorted otherwise. Pages count from
        1. `paging.total` is the platform's count of matching orders, which on the live platform
        can disagree with the rows it returns: a client iterating pages stops at the first short
        or empty page.

        ``GET /api/order_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            is_hide_canceled: Leave out cancelled orders. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            OPERATION_BUILDERS.get_order_history(
                market=market,
                side=side,
                start_date=start_date,
                end_date=end_date,
                asc_order=asc_order,
                desc_order=desc_order,
                is_hide_canceled=is_hide_canceled,
                page=page,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def get_trade_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TradePage:
        """Trade history

        One page of the account's trades (fills). Paging behaves as in the order history.

        ``GET /api/trade_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            OPERATION_BUILDERS.get_trade_history(
                market=market,
                side=side,
                start_date=start_date,
                end_date=end_date,
                asc_order=asc_order,
                desc_order=desc_order,
                page=page,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncHistoryApi:
    """The `history` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_order_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        is_hide_canceled: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderPage:
        """Order history

        One page of the account's orders, newest first unless sorted otherwise. Pages count from
        1. `paging.total` is the platform's count of matching orders, which on the live platform
        can disagree with the rows it returns: a client iterating pages stops at the first short
        or empty page.

        ``GET /api/order_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            is_hide_canceled: Leave out cancelled orders. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            OPERATION_BUILDERS.get_order_history(
                market=market,
                side=side,
                start_date=start_date,
                end_date=end_date,
                asc_order=asc_order,
                desc_order=desc_order,
                is_hide_canceled=is_hide_canceled,
                page=page,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def get_trade_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> TradePage:
        """Trade history

        One page of the account's trades (fills). Paging behaves as in the order history.

        ``GET /api/trade_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            OPERATION_BUILDERS.get_trade_history(
                market=market,
                side=side,
                start_date=start_date,
                end_date=end_date,
                asc_order=asc_order,
                desc_order=desc_order,
                page=page,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class RawHistoryApi:
    """The `history` operations, each answering a :class:`~tradespec.RawResponse`: the status,
    headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_order_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        is_hide_canceled: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderPage]:
        """Order history

        One page of the account's orders, newest first unless sorted otherwise. Pages count from
        1. `paging.total` is the platform's count of matching orders, which on the live platform
        can disagree with the rows it returns: a client iterating pages stops at the first short
        or empty page.

        ``GET /api/order_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            is_hide_canceled: Leave out cancelled orders. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            OPERATION_BUILDERS.get_order_history(
                market=market,
                side=side,
                start_date=start_date,
                end_date=end_date,
                asc_order=asc_order,
                desc_order=desc_order,
                is_hide_canceled=is_hide_canceled,
                page=page,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def get_trade_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[TradePage]:
        """Trade history

        One page of the account's trades (fills). Paging behaves as in the order history.

        ``GET /api/trade_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            OPERATION_BUILDERS.get_trade_history(
                market=market,
                side=side,
                start_date=start_date,
                end_date=end_date,
                asc_order=asc_order,
                desc_order=desc_order,
                page=page,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncRawHistoryApi:
    """The `history` operations, awaitable, each answering a :class:`~tradespec.RawResponse`:
    the status, headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_order_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        is_hide_canceled: bool | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[OrderPage]:
        """Order history

        One page of the account's orders, newest first unless sorted otherwise. Pages count from
        1. `paging.total` is the platform's count of matching orders, which on the live platform
        can disagree with the rows it returns: a client iterating pages stops at the first short
        or empty page.

        ``GET /api/order_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            is_hide_canceled: Leave out cancelled orders. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            OPERATION_BUILDERS.get_order_history(
                market=market,
                side=side,
                start_date=start_date,
                end_date=end_date,
                asc_order=asc_order,
                desc_order=desc_order,
                is_hide_canceled=is_hide_canceled,
                page=page,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def get_trade_history(
        self,
        *,
        market: str | None = None,
        side: OrderSide | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        asc_order: list[str] | None = None,
        desc_order: list[str] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[TradePage]:
        """Trade history

        One page of the account's trades (fills). Paging behaves as in the order history.

        ``GET /api/trade_history``

        Args:
            market: Only this market (instrument name, for example `btc_usdt`). None leaves it out.
            side: Only this side. None leaves it out.
            start_date: Only rows at or after this time. None leaves it out.
            end_date: Only rows before this time. None leaves it out.
            asc_order: Field names to sort by, ascending. None leaves it out.
            desc_order: Field names to sort by, descending. None leaves it out.
            page: The page to return, counting from 1. None leaves it out.
            per_page: Rows per page. None leaves it out.
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
            OPERATION_BUILDERS.get_trade_history(
                market=market,
                side=side,
                start_date=start_date,
                end_date=end_date,
                asc_order=asc_order,
                desc_order=desc_order,
                page=page,
                per_page=per_page,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )
