# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""Every operation of the AltMarket Exchange API, by tag: ``api.<tag>.<operation_id>(...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

# The root of the facades' annotations (altmarket_client.api.<tag>.<Class>): each tag's module is
# imported on first use (__getattr__ below), and typing.get_type_hints resolves every property.
import altmarket_client

if TYPE_CHECKING:
    import altmarket_client.api.assets
    import altmarket_client.api.history
    import altmarket_client.api.markets
    import altmarket_client.api.trading
    import altmarket_client.api.wallet
    import altmarket_client.types

    from . import assets, history, markets, trading, wallet

__all__ = ["OPERATIONS", "Api", "AsyncApi", "AsyncRawApi", "Operations", "RawApi"]

_TAGS = frozenset({"assets", "history", "markets", "trading", "wallet"})


def __getattr__(name: str) -> object:
    if name not in _TAGS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return importlib.import_module(f"{__name__}.{name}")


class Operations:
    """Every operation of the AltMarket Exchange API as a value (an ``Operation``), by tag, not sent."""

    __slots__ = ()

    @property
    def assets(self) -> altmarket_client.api.assets.AssetsOperations:
        """The assets the exchange lists."""
        try:  # the tag's module, once imported, is a name of this package
            return assets.OPERATION_BUILDERS
        except NameError:
            from .assets import OPERATION_BUILDERS

            return OPERATION_BUILDERS

    @property
    def history(self) -> altmarket_client.api.history.HistoryOperations:
        """Paged order and trade history."""
        try:  # the tag's module, once imported, is a name of this package
            return history.OPERATION_BUILDERS
        except NameError:
            from .history import OPERATION_BUILDERS

            return OPERATION_BUILDERS

    @property
    def markets(self) -> altmarket_client.api.markets.MarketsOperations:
        """Markets (trading pairs), their limits and fees, and the server clock."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.OPERATION_BUILDERS
        except NameError:
            from .markets import OPERATION_BUILDERS

            return OPERATION_BUILDERS

    @property
    def trading(self) -> altmarket_client.api.trading.TradingOperations:
        """Placing and cancelling orders, and the open orders."""
        try:  # the tag's module, once imported, is a name of this package
            return trading.OPERATION_BUILDERS
        except NameError:
            from .trading import OPERATION_BUILDERS

            return OPERATION_BUILDERS

    @property
    def wallet(self) -> altmarket_client.api.wallet.WalletOperations:
        """Deposit addresses, withdrawals, transfers and balances."""
        try:  # the tag's module, once imported, is a name of this package
            return wallet.OPERATION_BUILDERS
        except NameError:
            from .wallet import OPERATION_BUILDERS

            return OPERATION_BUILDERS


OPERATIONS = Operations()
"""The operations as values: ``OPERATIONS.<tag>.<operation_id>(...)`` builds one for a runner."""


class Api:
    """Every operation of the AltMarket Exchange API, by tag; each call is sent by the client that made this."""

    __slots__ = ("_runner",)

    def __init__(self, runner: altmarket_client.types.Runner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> RawApi:
        """The same operations, each answering a :class:`~tradespec.RawResponse`: the answer's
        ``status_code``, ``headers`` and ``content`` (its body bytes), and ``parse()``, the
        model the operation answers here (``api.with_raw_response.<tag>.<operation>(...)``)."""
        return RawApi(self._runner)

    @property
    def assets(self) -> altmarket_client.api.assets.AssetsApi:
        """The assets the exchange lists."""
        try:  # the tag's module, once imported, is a name of this package
            return assets.AssetsApi(self._runner)
        except NameError:
            from .assets import AssetsApi

            return AssetsApi(self._runner)

    @property
    def history(self) -> altmarket_client.api.history.HistoryApi:
        """Paged order and trade history."""
        try:  # the tag's module, once imported, is a name of this package
            return history.HistoryApi(self._runner)
        except NameError:
            from .history import HistoryApi

            return HistoryApi(self._runner)

    @property
    def markets(self) -> altmarket_client.api.markets.MarketsApi:
        """Markets (trading pairs), their limits and fees, and the server clock."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.MarketsApi(self._runner)
        except NameError:
            from .markets import MarketsApi

            return MarketsApi(self._runner)

    @property
    def trading(self) -> altmarket_client.api.trading.TradingApi:
        """Placing and cancelling orders, and the open orders."""
        try:  # the tag's module, once imported, is a name of this package
            return trading.TradingApi(self._runner)
        except NameError:
            from .trading import TradingApi

            return TradingApi(self._runner)

    @property
    def wallet(self) -> altmarket_client.api.wallet.WalletApi:
        """Deposit addresses, withdrawals, transfers and balances."""
        try:  # the tag's module, once imported, is a name of this package
            return wallet.WalletApi(self._runner)
        except NameError:
            from .wallet import WalletApi

            return WalletApi(self._runner)


class AsyncApi:
    """Every operation of the AltMarket Exchange API, by tag, awaitable."""

    __slots__ = ("_runner",)

    def __init__(self, runner: altmarket_client.types.AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncRawApi:
        """The same operations, each answering a :class:`~tradespec.RawResponse`: the answer's
        ``status_code``, ``headers`` and ``content`` (its body bytes), and ``parse()``, the
        model the operation answers here (``api.with_raw_response.<tag>.<operation>(...)``)."""
        return AsyncRawApi(self._runner)

    @property
    def assets(self) -> altmarket_client.api.assets.AsyncAssetsApi:
        """The assets the exchange lists."""
        try:  # the tag's module, once imported, is a name of this package
            return assets.AsyncAssetsApi(self._runner)
        except NameError:
            from .assets import AsyncAssetsApi

            return AsyncAssetsApi(self._runner)

    @property
    def history(self) -> altmarket_client.api.history.AsyncHistoryApi:
        """Paged order and trade history."""
        try:  # the tag's module, once imported, is a name of this package
            return history.AsyncHistoryApi(self._runner)
        except NameError:
            from .history import AsyncHistoryApi

            return AsyncHistoryApi(self._runner)

    @property
    def markets(self) -> altmarket_client.api.markets.AsyncMarketsApi:
        """Markets (trading pairs), their limits and fees, and the server clock."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.AsyncMarketsApi(self._runner)
        except NameError:
            from .markets import AsyncMarketsApi

            return AsyncMarketsApi(self._runner)

    @property
    def trading(self) -> altmarket_client.api.trading.AsyncTradingApi:
        """Placing and cancelling orders, and the open orders."""
        try:  # the tag's module, once imported, is a name of this package
            return trading.AsyncTradingApi(self._runner)
        except NameError:
            from .trading import AsyncTradingApi

            return AsyncTradingApi(self._runner)

    @property
    def wallet(self) -> altmarket_client.api.wallet.AsyncWalletApi:
        """Deposit addresses, withdrawals, transfers and balances."""
        try:  # the tag's module, once imported, is a name of this package
            return wallet.AsyncWalletApi(self._runner)
        except NameError:
            from .wallet import AsyncWalletApi

            return AsyncWalletApi(self._runner)


class RawApi:
    """Every operation of the AltMarket Exchange API, by tag, each answering a :class:`~tradespec.RawResponse`
    (status, headers, body bytes, and ``parse()``, the model): ``api.with_raw_response``."""

    __slots__ = ("_runner",)

    def __init__(self, runner: altmarket_client.types.Runner) -> None:
        self._runner = runner

    @property
    def assets(self) -> altmarket_client.api.assets.RawAssetsApi:
        """The assets the exchange lists."""
        try:  # the tag's module, once imported, is a name of this package
            return assets.RawAssetsApi(self._runner)
        except NameError:
            from .assets import RawAssetsApi

            return RawAssetsApi(self._runner)

    @property
    def history(self) -> altmarket_client.api.history.RawHistoryApi:
        """Paged order and trade history."""
        try:  # the tag's module, once imported, is a name of this package
            return history.RawHistoryApi(self._runner)
        except NameError:
            from .history import RawHistoryApi

            return RawHistoryApi(self._runner)

    @property
    def markets(self) -> altmarket_client.api.markets.RawMarketsApi:
        """Markets (trading pairs), their limits and fees, and the server clock."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.RawMarketsApi(self._runner)
        except NameError:
            from .markets import RawMarketsApi

            return RawMarketsApi(self._runner)

    @property
    def trading(self) -> altmarket_client.api.trading.RawTradingApi:
        """Placing and cancelling orders, and the open orders."""
        try:  # the tag's module, once imported, is a name of this package
            return trading.RawTradingApi(self._runner)
        except NameError:
            from .trading import RawTradingApi

            return RawTradingApi(self._runner)

    @property
    def wallet(self) -> altmarket_client.api.wallet.RawWalletApi:
        """Deposit addresses, withdrawals, transfers and balances."""
        try:  # the tag's module, once imported, is a name of this package
            return wallet.RawWalletApi(self._runner)
        except NameError:
            from .wallet import RawWalletApi

            return RawWalletApi(self._runner)


class AsyncRawApi:
    """Every operation of the AltMarket Exchange API, by tag, awaitable, each answering a
    :class:`~tradespec.RawResponse` (status, headers, body bytes, and ``parse()``, the model):
    ``api.with_raw_response``."""

    __slots__ = ("_runner",)

    def __init__(self, runner: altmarket_client.types.AsyncRunner) -> None:
        self._runner = runner

    @property
    def assets(self) -> altmarket_client.api.assets.AsyncRawAssetsApi:
        """The assets the exchange lists."""
        try:  # the tag's module, once imported, is a name of this package
            return assets.AsyncRawAssetsApi(self._runner)
        except NameError:
            from .assets import AsyncRawAssetsApi

            return AsyncRawAssetsApi(self._runner)

    @property
    def history(self) -> altmarket_client.api.history.AsyncRawHistoryApi:
        """Paged order and trade history."""
        try:  # the tag's module, once imported, is a name of this package
            return history.AsyncRawHistoryApi(self._runner)
        except NameError:
            from .history import AsyncRawHistoryApi

            return AsyncRawHistoryApi(self._runner)

    @property
    def markets(self) -> altmarket_client.api.markets.AsyncRawMarketsApi:
        """Markets (trading pairs), their limits and fees, and the server clock."""
        try:  # the tag's module, once imported, is a name of this package
            return markets.AsyncRawMarketsApi(self._runner)
        except NameError:
            from .markets import AsyncRawMarketsApi

            return AsyncRawMarketsApi(self._runner)

    @property
    def trading(self) -> altmarket_client.api.trading.AsyncRawTradingApi:
        """Placing and cancelling orders, and the open orders."""
        try:  # the tag's module, once imported, is a name of this package
            return trading.AsyncRawTradingApi(self._runner)
        except NameError:
            from .trading import AsyncRawTradingApi

            return AsyncRawTradingApi(self._runner)

    @property
    def wallet(self) -> altmarket_client.api.wallet.AsyncRawWalletApi:
        """Deposit addresses, withdrawals, transfers and balances."""
        try:  # the tag's module, once imported, is a name of this package
            return wallet.AsyncRawWalletApi(self._runner)
        except NameError:
            from .wallet import AsyncRawWalletApi

            return AsyncRawWalletApi(self._runner)
