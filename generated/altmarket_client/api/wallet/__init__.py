"""The `wallet` operations, as methods of :class:`WalletApi` and :class:`AsyncWalletApi`.

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...operations import OPERATIONS
from ...types import UNSET, Operation

if TYPE_CHECKING:
    from ...models.balance import Balance
    from ...models.deposit_address import DepositAddress
    from ...models.deposit_address_request import DepositAddressRequest
    from ...models.transfer import Transfer
    from ...models.withdrawal_request import WithdrawalRequest
    from ...types import AsyncRunner, Runner

__all__ = ["AsyncWalletApi", "WalletApi"]


class WalletApi:
    """The `wallet` operations; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def create_withdrawal(
        self,
        *,
        body: WithdrawalRequest,
    ) -> Transfer:
        """Withdrawal

        Withdraws an asset to an address. `transferId` is the client's idempotency key: a
        withdrawal sent again with the same `transferId` answers the first withdrawal and never
        makes a second one, so a client may retry it safely.

        ``POST /api/wallet/withdrawal``
        """
        from . import create_withdrawal as endpoint_

        return self._runner.run(
            Operation(
                OPERATIONS["create_withdrawal"],
                endpoint_._get_kwargs,
                {
                    "body": body,
                },
                endpoint_._parse_success,
            )
        )

    def get_balances(
        self,
    ) -> list[Balance]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``
        """
        from . import get_balances as endpoint_

        return self._runner.run(
            Operation(
                OPERATIONS["get_balances"],
                endpoint_._get_kwargs,
                {},
                endpoint_._parse_success,
            )
        )

    def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
    ) -> DepositAddress:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``
        """
        from . import get_deposit_address as endpoint_

        return self._runner.run(
            Operation(
                OPERATIONS["get_deposit_address"],
                endpoint_._get_kwargs,
                {
                    "body": body,
                },
                endpoint_._parse_success,
            )
        )

    def list_transfers(
        self,
        *,
        count: int | None = None,
    ) -> list[Transfer]:
        """Transfer history

        The account's most recent deposits and withdrawals, newest first.

        ``GET /api/wallet/transfers``
        """
        from . import list_transfers as endpoint_

        return self._runner.run(
            Operation(
                OPERATIONS["list_transfers"],
                endpoint_._get_kwargs,
                {
                    "count": UNSET if count is None else count,
                },
                endpoint_._parse_success,
            )
        )


class AsyncWalletApi:
    """The `wallet` operations, awaitable; each call is sent by the client that made this object."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_withdrawal(
        self,
        *,
        body: WithdrawalRequest,
    ) -> Transfer:
        """Withdrawal

        Withdraws an asset to an address. `transferId` is the client's idempotency key: a
        withdrawal sent again with the same `transferId` answers the first withdrawal and never
        makes a second one, so a client may retry it safely.

        ``POST /api/wallet/withdrawal``
        """
        from . import create_withdrawal as endpoint_

        return await self._runner.run(
            Operation(
                OPERATIONS["create_withdrawal"],
                endpoint_._get_kwargs,
                {
                    "body": body,
                },
                endpoint_._parse_success,
            )
        )

    async def get_balances(
        self,
    ) -> list[Balance]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``
        """
        from . import get_balances as endpoint_

        return await self._runner.run(
            Operation(
                OPERATIONS["get_balances"],
                endpoint_._get_kwargs,
                {},
                endpoint_._parse_success,
            )
        )

    async def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
    ) -> DepositAddress:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``
        """
        from . import get_deposit_address as endpoint_

        return await self._runner.run(
            Operation(
                OPERATIONS["get_deposit_address"],
                endpoint_._get_kwargs,
                {
                    "body": body,
                },
                endpoint_._parse_success,
            )
        )

    async def list_transfers(
        self,
        *,
        count: int | None = None,
    ) -> list[Transfer]:
        """Transfer history

        The account's most recent deposits and withdrawals, newest first.

        ``GET /api/wallet/transfers``
        """
        from . import list_transfers as endpoint_

        return await self._runner.run(
            Operation(
                OPERATIONS["list_transfers"],
                endpoint_._get_kwargs,
                {
                    "count": UNSET if count is None else count,
                },
                endpoint_._parse_success,
            )
        )
