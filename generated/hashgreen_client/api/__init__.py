# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""Every operation of the Hashgreen DEX Trading API, by tag: ``api.<tag>.<operation_id>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

# The root of the facades' annotations (hashgreen_client.api.<tag>.<Class>): each tag's module is
# imported on first use (__getattr__ below), and typing.get_type_hints resolves every property.
import hashgreen_client

if TYPE_CHECKING:
    import hashgreen_client.api.markets
    import hashgreen_client.api.orders
    import hashgreen_client.api.trades
    import hashgreen_client.types

    from . import markets, orders, trades

__all__ = ["OPERATIONS", "Api", "AsyncApi", "AsyncRawApi", "Operations", "RawApi"]

_TAGS = frozenset({"markets", "orders", "trades"})


def __getattr__(name: str) -> object:
    if name not in _TAGS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return importlib.import_module(f"{__name__}.{name}")


class Operations:
    """Every operation of the Hashgreen DEX Trading API as a value (an ``Operation``), by tag, not sent."""

    __slots__ = ()

    @property
    def markets(self) -> hashgreen_client.api.markets.MarketsOperations:
        """The markets the DEX lists."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.OPERATION_BUILDERS
        except NameError:
            from .markets import OPERATION_BUILDERS

            return OPERATION_BUILDERS

    @property
    def orders(self) -> hashgreen_client.api.orders.OrdersOperations:
        """The trader's own orders (private, bearer token)."""
        try:  # the tag's module, once imported, is a name of this package
            return orders.OPERATION_BUILDERS
        except NameError:
            from .orders import OPERATION_BUILDERS

            return OPERATION_BUILDERS

    @property
    def trades(self) -> hashgreen_client.api.trades.TradesOperations:
        """Statistics, order books and trades of the markets."""
        try:  # the tag's module, once imported, is a name of this package
            return trades.OPERATION_BUILDERS
        except NameError:
            from .trades import OPERATION_BUILDERS

            return OPERATION_BUILDERS


OPERATIONS = Operations()
"""The operations as values: ``OPERATIONS.<tag>.<operation_id>(...)`` builds one for a runner."""


class Api:
    """Every operation of the Hashgreen DEX Trading API, by tag; each call is sent by the client that made this."""

    __slots__ = ("_runner",)

    def __init__(self, runner: hashgreen_client.types.Runner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> RawApi:
        """The same operations, each answering a :class:`~tradespec.RawResponse`: the answer's
        ``status_code``, ``headers`` and ``content`` (its body bytes), and ``parse()``, the
        model the operation answers here (``api.with_raw_response.<tag>.<operation>(...)``)."""
        return RawApi(self._runner)

    @property
    def markets(self) -> hashgreen_client.api.markets.MarketsApi:
        """The markets the DEX lists."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.MarketsApi(self._runner)
        except NameError:
            from .markets import MarketsApi

            return MarketsApi(self._runner)

    @property
    def orders(self) -> hashgreen_client.api.orders.OrdersApi:
        """The trader's own orders (private, bearer token)."""
        try:  # the tag's module, once imported, is a name of this package
            return orders.OrdersApi(self._runner)
        except NameError:
            from .orders import OrdersApi

            return OrdersApi(self._runner)

    @property
    def trades(self) -> hashgreen_client.api.trades.TradesApi:
        """Statistics, order books and trades of the markets."""
        try:  # the tag's module, once imported, is a name of this package
            return trades.TradesApi(self._runner)
        except NameError:
            from .trades import TradesApi

            return TradesApi(self._runner)


class AsyncApi:
    """Every operation of the Hashgreen DEX Trading API, by tag, awaitable."""

    __slots__ = ("_runner",)

    def __init__(self, runner: hashgreen_client.types.AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncRawApi:
        """The same operations, each answering a :class:`~tradespec.RawResponse`: the answer's
        ``status_code``, ``headers`` and ``content`` (its body bytes), and ``parse()``, the
        model the operation answers here (``api.with_raw_response.<tag>.<operation>(...)``)."""
        return AsyncRawApi(self._runner)

    @property
    def markets(self) -> hashgreen_client.api.markets.AsyncMarketsApi:
        """The markets the DEX lists."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.AsyncMarketsApi(self._runner)
        except NameError:
            from .markets import AsyncMarketsApi

            return AsyncMarketsApi(self._runner)

    @property
    def orders(self) -> hashgreen_client.api.orders.AsyncOrdersApi:
        """The trader's own orders (private, bearer token)."""
        try:  # the tag's module, once imported, is a name of this package
            return orders.AsyncOrdersApi(self._runner)
        except NameError:
            from .orders import AsyncOrdersApi

            return AsyncOrdersApi(self._runner)

    @property
    def trades(self) -> hashgreen_client.api.trades.AsyncTradesApi:
        """Statistics, order books and trades of the markets."""
        try:  # the tag's module, once imported, is a name of this package
            return trades.AsyncTradesApi(self._runner)
        except NameError:
            from .trades import AsyncTradesApi

            return AsyncTradesApi(self._runner)


class RawApi:
    """Every operation of the Hashgreen DEX Trading API, by tag, each answering a :class:`~tradespec.RawResponse`
    (status, headers, body bytes, and ``parse()``, the model): ``api.with_raw_response``."""

    __slots__ = ("_runner",)

    def __init__(self, runner: hashgreen_client.types.Runner) -> None:
        self._runner = runner

    @property
    def markets(self) -> hashgreen_client.api.markets.RawMarketsApi:
        """The markets the DEX lists."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.RawMarketsApi(self._runner)
        except NameError:
            from .markets import RawMarketsApi

            return RawMarketsApi(self._runner)

    @property
    def orders(self) -> hashgreen_client.api.orders.RawOrdersApi:
        """The trader's own orders (private, bearer token)."""
        try:  # the tag's module, once imported, is a name of this package
            return orders.RawOrdersApi(self._runner)
        except NameError:
            from .orders import RawOrdersApi

            return RawOrdersApi(self._runner)

    @property
    def trades(self) -> hashgreen_client.api.trades.RawTradesApi:
        """Statistics, order books and trades of the markets."""
        try:  # the tag's module, once imported, is a name of this package
            return trades.RawTradesApi(self._runner)
        except NameError:
            from .trades import RawTradesApi

            return RawTradesApi(self._runner)


class AsyncRawApi:
    """Every operation of the Hashgreen DEX Trading API, by tag, awaitable, each answering a
    :class:`~tradespec.RawResponse` (status, headers, body bytes, and ``parse()``, the model):
    ``api.with_raw_response``."""

    __slots__ = ("_runner",)

    def __init__(self, runner: hashgreen_client.types.AsyncRunner) -> None:
        self._runner = runner

    @property
    def markets(self) -> hashgreen_client.api.markets.AsyncRawMarketsApi:
        """The markets the DEX lists."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.AsyncRawMarketsApi(self._runner)
        except NameError:
            from .markets import AsyncRawMarketsApi

            return AsyncRawMarketsApi(self._runner)

    @property
    def orders(self) -> hashgreen_client.api.orders.AsyncRawOrdersApi:
        """The trader's own orders (private, bearer token)."""
        try:  # the tag's module, once imported, is a name of this package
            return orders.AsyncRawOrdersApi(self._runner)
        except NameError:
            from .orders import AsyncRawOrdersApi

            return AsyncRawOrdersApi(self._runner)

    @property
    def trades(self) -> hashgreen_client.api.trades.AsyncRawTradesApi:
        """Statistics, order books and trades of the markets."""
        try:  # the tag's module, once imported, is a name of this package
            return trades.AsyncRawTradesApi(self._runner)
        except NameError:
            from .trades import AsyncRawTradesApi

            return AsyncRawTradesApi(self._runner)
