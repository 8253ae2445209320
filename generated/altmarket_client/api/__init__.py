"""Every operation of the AltMarket Exchange API, by tag: ``api.<tag>.<operation_id>(...)``.

Written by ``generator/generate.py`` from the spec; never edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..types import AsyncRunner, Runner
    from .assets import AssetsApi, AssetsOperations, AsyncAssetsApi
    from .history import AsyncHistoryApi, HistoryApi, HistoryOperations
    from .markets import AsyncMarketsApi, MarketsApi, MarketsOperations
    from .trading import AsyncTradingApi, TradingApi, TradingOperations
    from .wallet import AsyncWalletApi, WalletApi, WalletOperations

__all__ = ["OPERATIONS", "Api", "AsyncApi", "Operations"]


class Operations:
    """Every operation of the AltMarket Exchange API as a value (an ``Operation``), by tag, not sent."""

    __slots__ = ()

    @property
    def assets(self) -> AssetsOperations:
        """The assets the exchange lists."""
        from .assets import OPERATION_BUILDERS

        return OPERATION_BUILDERS

    @property
    def history(self) -> HistoryOperations:
        """Paged order and trade history."""
        from .history import OPERATION_BUILDERS

        return OPERATION_BUILDERS

    @property
    def markets(self) -> MarketsOperations:
        """Markets (trading pairs), their limits and fees, and the server clock."""
        from .markets import OPERATION_BUILDERS

        return OPERATION_BUILDERS

    @property
    def trading(self) -> TradingOperations:
        """Placing and cancelling orders, and the open orders."""
        from .trading import OPERATION_BUILDERS

        return OPERATION_BUILDERS

    @property
    def wallet(self) -> WalletOperations:
        """Deposit addresses, withdrawals, transfers and balances."""
        from .wallet import OPERATION_BUILDERS

        return OPERATION_BUILDERS


OPERATIONS = Operations()
"""The operations as values: ``OPERATIONS.<tag>.<operation_id>(...)`` builds one for a runner."""


class Api:
    """Every operation of the AltMarket Exchange API, by tag; each call is sent by the client that made this."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    @property
    def assets(self) -> AssetsApi:
        """The assets the exchange lists."""
        from .assets import AssetsApi

        return AssetsApi(self._runner)

    @property
    def history(self) -> HistoryApi:
        """Paged order and trade history."""
        from .history import HistoryApi

        return HistoryApi(self._runner)

    @property
    def markets(self) -> MarketsApi:
        """Markets (trading pairs), their limits and fees, and the server clock."""
        from .markets import MarketsApi

        return MarketsApi(self._runner)

    @property
    def trading(self) -> TradingApi:
        """Placing and cancelling orders, and the open orders."""
        from .trading import TradingApi

        return TradingApi(self._runner)

    @property
    def wallet(self) -> WalletApi:
        """Deposit addresses, withdrawals, transfers and balances."""
        from .wallet import WalletApi

        return WalletApi(self._runner)


class AsyncApi:
    """Every operation of the AltMarket Exchange API, by tag, awaitable."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def assets(self) -> AsyncAssetsApi:
        """The assets the exchange lists."""
        from .assets import AsyncAssetsApi

        return AsyncAssetsApi(self._runner)

    @property
    def history(self) -> AsyncHistoryApi:
        """Paged order and trade history."""
        from .history import AsyncHistoryApi

        return AsyncHistoryApi(self._runner)

    @property
    def markets(self) -> AsyncMarketsApi:
        """Markets (trading pairs), their limits and fees, and the server clock."""
        from .markets import AsyncMarketsApi

        return AsyncMarketsApi(self._runner)

    @property
    def trading(self) -> AsyncTradingApi:
        """Placing and cancelling orders, and the open orders."""
        from .trading import AsyncTradingApi

        return AsyncTradingApi(self._runner)

    @property
    def wallet(self) -> AsyncWalletApi:
        """Deposit addresses, withdrawals, transfers and balances."""
        from .wallet import AsyncWalletApi

        return AsyncWalletApi(self._runner)
