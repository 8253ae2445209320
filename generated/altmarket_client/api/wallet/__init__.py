# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `wallet` operations: :class:`WalletApi` (sync), :class:`AsyncWalletApi`, and
:class:`WalletOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from ...models.balance import Balance
from ...models.deposit_address import DepositAddress
from ...models.deposit_address_request import DepositAddressRequest
from ...models.transfer import Transfer
from ...models.withdrawal_request import WithdrawalRequest
from ...operations import OPERATIONS
from ...types import UNSET, AsyncRunner, Operation, Runner

__all__ = ["AsyncWalletApi", "WalletApi", "WalletOperations"]


class WalletOperations:
    """The `wallet` operations as :class:`~altmarket_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def create_withdrawal(
        self,
        *,
        body: WithdrawalRequest,
    ) -> Operation[Transfer]:
        """Withdrawal

        Withdraws an asset to an address. `transferId` is the client's idempotency key: a
        withdrawal sent again with the same `transferId` answers the first withdrawal and never
        makes a second one, so a client may retry it safely.

        ``POST /api/wallet/withdrawal``

        Args:
            body: The request body, a ``WithdrawalRequest`` (sent as application/json).
        """
        from . import create_withdrawal as endpoint_

        return Operation(
            OPERATIONS["create_withdrawal"],
            endpoint_._request,
            {
                "body": body,
            },
            endpoint_._parse_success,
        )

    def get_balances(
        self,
    ) -> Operation[list[Balance]]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``
        """
        from . import get_balances as endpoint_

        return Operation(
            OPERATIONS["get_balances"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
        )

    def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
    ) -> Operation[DepositAddress]:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``

        Args:
            body: The request body, a ``DepositAddressRequest`` (sent as application/json).
        """
        from . import get_deposit_address as endpoint_

        return Operation(
            OPERATIONS["get_deposit_address"],
            endpoint_._request,
            {
                "body": body,
            },
            endpoint_._parse_success,
        )

    def list_transfers(
        self,
        *,
        count: int | None = None,
    ) -> Operation[list[Transfer]]:
        """Transfer history

        The account's most recent deposits and withdrawals, newest first.

        ``GET /api/wallet/transfers``

        Args:
            count: How many transfers to return at most. None leaves it out.
        """
        from . import list_transfers as endpoint_

        return Operation(
            OPERATIONS["list_transfers"],
            endpoint_._request,
            {
                "count": UNSET if count is None else count,
            },
            endpoint_._parse_success,
        )


OPERATION_BUILDERS = WalletOperations()
"""The one instance of :class:`WalletOperations` (it holds nothing)."""


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

        Args:
            body: The request body, a ``WithdrawalRequest`` (sent as application/json).
        """
        return self._runner.run(
            OPERATION_BUILDERS.create_withdrawal(
                body=body,
            )
        )

    def get_balances(
        self,
    ) -> list[Balance]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``
        """
        return self._runner.run(OPERATION_BUILDERS.get_balances())

    def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
    ) -> DepositAddress:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``

        Args:
            body: The request body, a ``DepositAddressRequest`` (sent as application/json).
        """
        return self._runner.run(
            OPERATION_BUILDERS.get_deposit_address(
                body=body,
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

        Args:
            count: How many transfers to return at most. None leaves it out.
        """
        return self._runner.run(
            OPERATION_BUILDERS.list_transfers(
                count=count,
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

        Args:
            body: The request body, a ``WithdrawalRequest`` (sent as application/json).
        """
        return await self._runner.run(
            OPERATION_BUILDERS.create_withdrawal(
                body=body,
            )
        )

    async def get_balances(
        self,
    ) -> list[Balance]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``
        """
        return await self._runner.run(OPERATION_BUILDERS.get_balances())

    async def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
    ) -> DepositAddress:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``

        Args:
            body: The request body, a ``DepositAddressRequest`` (sent as application/json).
        """
        return await self._runner.run(
            OPERATION_BUILDERS.get_deposit_address(
                body=body,
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

        Args:
            count: How many transfers to return at most. None leaves it out.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.list_transfers(
                count=count,
            )
        )
