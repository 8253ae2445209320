# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""The `wallet` operations: :class:`WalletApi` (sync), :class:`AsyncWalletApi`, and
:class:`WalletOperations` (the operations as values, for a runner to send).

Written by the generator from the spec; never edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from tradespec._raw import RawResponse

from ...models.balance import Balance
from ...models.deposit_address import DepositAddress
from ...models.deposit_address_request import DepositAddressRequest
from ...models.transfer import Transfer
from ...models.withdrawal_request import WithdrawalRequest
from ...operations import OPERATIONS
from ...types import UNSET, AsyncRunner, Operation, Runner, options_of, shared_operation

if TYPE_CHECKING:
    import httpx

    from . import create_withdrawal, get_balances, get_deposit_address, list_transfers
else:
    from tradespec._lazy import LazyModule

    # Named by the timeout= annotations: imported only when a hint is resolved, so that a
    # client on its default transport never imports httpx.
    httpx = LazyModule("httpx")

__all__ = ["AsyncWalletApi", "AsyncRawWalletApi", "WalletApi", "RawWalletApi", "WalletOperations"]


class WalletOperations:
    """The `wallet` operations as :class:`~altmarket_client.types.Operation` values, not sent:
    what a client's runner sends (and what multi-step helpers are written with)."""

    __slots__ = ()

    def create_withdrawal(
        self,
        *,
        body: WithdrawalRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[Transfer]:
        """Withdrawal

        Withdraws an asset to an address. `transferId` is the client's idempotency key: a
        withdrawal sent again with the same `transferId` answers the first withdrawal and never
        makes a second one, so a client may retry it safely.

        ``POST /api/wallet/withdrawal``

        Args:
            body: The request body, a ``WithdrawalRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        try:  # the endpoint's module, once imported, is a name of this package
            endpoint_ = create_withdrawal
        except NameError:
            from . import create_withdrawal as endpoint_

        return Operation(
            OPERATIONS["create_withdrawal"],
            endpoint_._request,
            {
                "body": body,
            },
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )

    def get_balances(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[list[Balance]]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``

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
            endpoint_ = get_balances
        except NameError:
            from . import get_balances as endpoint_

        if extra_headers is None and extra_query is None and timeout is None:
            return shared_operation(
                OPERATIONS["get_balances"], endpoint_._request, endpoint_._parse_success
            )
        return Operation(
            OPERATIONS["get_balances"],
            endpoint_._request,
            {},
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )

    def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[DepositAddress]:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``

        Args:
            body: The request body, a ``DepositAddressRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        try:  # the endpoint's module, once imported, is a name of this package
            endpoint_ = get_deposit_address
        except NameError:
            from . import get_deposit_address as endpoint_

        return Operation(
            OPERATIONS["get_deposit_address"],
            endpoint_._request,
            {
                "body": body,
            },
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
        )

    def list_transfers(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Operation[list[Transfer]]:
        """Transfer history

        The account's most recent deposits and withdrawals, newest first.

        ``GET /api/wallet/transfers``

        Args:
            count: How many transfers to return at most. None leaves it out.
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
            endpoint_ = list_transfers
        except NameError:
            from . import list_transfers as endpoint_

        return Operation(
            OPERATIONS["list_transfers"],
            endpoint_._request,
            {
                "count": UNSET if count is None else count,
            },
            endpoint_._parse_success,
            options_of(extra_headers, extra_query, timeout),
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Transfer:
        """Withdrawal

        Withdraws an asset to an address. `transferId` is the client's idempotency key: a
        withdrawal sent again with the same `transferId` answers the first withdrawal and never
        makes a second one, so a client may retry it safely.

        ``POST /api/wallet/withdrawal``

        Args:
            body: The request body, a ``WithdrawalRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run(
            OPERATION_BUILDERS.create_withdrawal(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def get_balances(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[Balance]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``

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
            OPERATION_BUILDERS.get_balances(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DepositAddress:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``

        Args:
            body: The request body, a ``DepositAddressRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run(
            OPERATION_BUILDERS.get_deposit_address(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def list_transfers(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[Transfer]:
        """Transfer history

        The account's most recent deposits and withdrawals, newest first.

        ``GET /api/wallet/transfers``

        Args:
            count: How many transfers to return at most. None leaves it out.
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
            OPERATION_BUILDERS.list_transfers(
                count=count,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Transfer:
        """Withdrawal

        Withdraws an asset to an address. `transferId` is the client's idempotency key: a
        withdrawal sent again with the same `transferId` answers the first withdrawal and never
        makes a second one, so a client may retry it safely.

        ``POST /api/wallet/withdrawal``

        Args:
            body: The request body, a ``WithdrawalRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.create_withdrawal(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def get_balances(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[Balance]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``

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
            OPERATION_BUILDERS.get_balances(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> DepositAddress:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``

        Args:
            body: The request body, a ``DepositAddressRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run(
            OPERATION_BUILDERS.get_deposit_address(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def list_transfers(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[Transfer]:
        """Transfer history

        The account's most recent deposits and withdrawals, newest first.

        ``GET /api/wallet/transfers``

        Args:
            count: How many transfers to return at most. None leaves it out.
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
            OPERATION_BUILDERS.list_transfers(
                count=count,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class RawWalletApi:
    """The `wallet` operations, each answering a :class:`~tradespec.RawResponse`: the status,
    headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def create_withdrawal(
        self,
        *,
        body: WithdrawalRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Transfer]:
        """Withdrawal

        Withdraws an asset to an address. `transferId` is the client's idempotency key: a
        withdrawal sent again with the same `transferId` answers the first withdrawal and never
        makes a second one, so a client may retry it safely.

        ``POST /api/wallet/withdrawal``

        Args:
            body: The request body, a ``WithdrawalRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run_raw(
            OPERATION_BUILDERS.create_withdrawal(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def get_balances(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[list[Balance]]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``

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
            OPERATION_BUILDERS.get_balances(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[DepositAddress]:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``

        Args:
            body: The request body, a ``DepositAddressRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return self._runner.run_raw(
            OPERATION_BUILDERS.get_deposit_address(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    def list_transfers(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[list[Transfer]]:
        """Transfer history

        The account's most recent deposits and withdrawals, newest first.

        ``GET /api/wallet/transfers``

        Args:
            count: How many transfers to return at most. None leaves it out.
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
            OPERATION_BUILDERS.list_transfers(
                count=count,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )


class AsyncRawWalletApi:
    """The `wallet` operations, awaitable, each answering a :class:`~tradespec.RawResponse`:
    the status, headers and body of the answer, and ``parse()``, the model."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_withdrawal(
        self,
        *,
        body: WithdrawalRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Transfer]:
        """Withdrawal

        Withdraws an asset to an address. `transferId` is the client's idempotency key: a
        withdrawal sent again with the same `transferId` answers the first withdrawal and never
        makes a second one, so a client may retry it safely.

        ``POST /api/wallet/withdrawal``

        Args:
            body: The request body, a ``WithdrawalRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run_raw(
            OPERATION_BUILDERS.create_withdrawal(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def get_balances(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[list[Balance]]:
        """Balance

        The account's balance in every asset, and how much of it open orders hold.

        ``GET /api/wallet/balance``

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
            OPERATION_BUILDERS.get_balances(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def get_deposit_address(
        self,
        *,
        body: DepositAddressRequest,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[DepositAddress]:
        """Get deposit address

        The address to deposit an asset to. Asking again gives the same address.

        ``POST /api/wallet/deposit``

        Args:
            body: The request body, a ``DepositAddressRequest`` (sent as application/json).
            extra_headers: Headers added to this call alone. The credentials (``Key``,
                ``Sign``, ``Authorization``) and what the client sets for the bytes it signs
                and reads (``Host``, ``Content-Length``, ``Content-Type``, ...) are refused
                (``InvalidInputError``).
            extra_query: Refused (``InvalidInputError``) unless empty: the signature of a
                POST covers its body only, so a query parameter would go
                out unsigned.
            timeout: This call's timeout, as the client's ``timeout=`` (seconds for each
                attempt, the call's budget ``(max_retries + 1) x timeout``); None: the
                client's.
        """
        return await self._runner.run_raw(
            OPERATION_BUILDERS.get_deposit_address(
                body=body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )

    async def list_transfers(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[list[Transfer]]:
        """Transfer history

        The account's most recent deposits and withdrawals, newest first.

        ``GET /api/wallet/transfers``

        Args:
            count: How many transfers to return at most. None leaves it out.
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
            OPERATION_BUILDERS.list_transfers(
                count=count,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            )
        )
