"""The values tradespec returns: small frozen types with plain values (Hashgreen's are in
``_hashgreen_results``, so that a program using one exchange builds only its own classes).

Every field is a plain Python value: ``Decimal`` for money, ``datetime`` (UTC) for times, an enum
member or the server's own text for enumerations, and None where the server sent nothing (never
the generated code's ``Unset``). Each result keeps the generated model it was read from in
``raw``, for anything the server sent that has no field here (``raw.additional_properties``).
``raw`` takes no part in equality or ``repr``.
"""

from __future__ import annotations

import functools
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from tradespec._enums import (
    MarketStatus,
    OrderStatus,
    OrderType,
    Side,
    TransferStatus,
    TransferType,
)
from tradespec._money import money_argument, require_places

if TYPE_CHECKING:
    from altmarket_client.models.asset import Asset as _AMAsset
    from altmarket_client.models.balance import Balance as _AMBalance
    from altmarket_client.models.deposit_address import DepositAddress as _AMDepositAddress
    from altmarket_client.models.market import Market as _AMMarket
    from altmarket_client.models.order import Order as _AMOrder
    from altmarket_client.models.trade import Trade as _AMTrade
    from altmarket_client.models.transfer import Transfer as _AMTransfer

__all__ = [
    "Asset",
    "Balance",
    "DepositAddress",
    "Market",
    "Order",
    "SentOrder",
    "SentWithdrawal",
    "Trade",
    "Transfer",
]


# --------------------------------------------------------------------------- AltMarket

Number = float | int | Decimal | None
"""A number as an AltMarket answer carried it: a JSON double or integer (a decimal string is
read into a ``Decimal`` straight away), or None when absent."""


def _money(number: Number) -> Decimal | None:
    if number is None or isinstance(number, Decimal):
        return number
    if isinstance(number, float):
        return Decimal(repr(number))
    return Decimal(number)


@attrs.frozen(slots=True)
class Asset:
    """An asset AltMarket lists."""

    id: str
    name: str | None
    scale: int | None
    """Decimal places the asset is counted in (withdrawal amounts are checked against it)."""
    withdrawal_fee: Decimal | None
    can_deposit: bool | None
    can_withdraw: bool | None
    image_url: str | None
    raw: _AMAsset = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class Market:
    """An AltMarket market (trading pair): its limits, fees and decimal scales."""

    instrument: str
    """The market's name, for example ``BTC-USDT``."""
    base_asset: str | None
    quote_asset: str | None
    status: MarketStatus | str | None
    price_scale: int | None
    """Decimal places allowed in a price."""
    amount_scale: int | None
    """Decimal places allowed in an amount."""
    min_price: Decimal | None
    max_price: Decimal | None
    min_amount: Decimal | None
    fee: Decimal | None
    maker_fee: Decimal | None
    maker_fee_limit: Decimal | None
    taker_fee: Decimal | None
    taker_fee_limit: Decimal | None
    hidden: bool | None
    raw: _AMMarket = attrs.field(repr=False, eq=False, hash=False)

    def check_price(self, price: Decimal | int | str, argument: str = "price") -> Decimal:
        """``price`` as a ``Decimal`` if positive and within ``price_scale``; else refused."""
        value = money_argument(price, argument)
        require_places(value, self.price_scale, argument, f"{self.instrument} (priceScale)")
        return value

    def check_amount(self, amount: Decimal | int | str, argument: str = "amount") -> Decimal:
        """``amount`` as a ``Decimal`` if positive and within ``amount_scale``; else refused."""
        value = money_argument(amount, argument)
        require_places(value, self.amount_scale, argument, f"{self.instrument} (amountScale)")
        return value


@attrs.frozen(slots=True)
class Balance:
    """The account's balance in one asset."""

    asset: str
    total: Decimal | None
    in_order: Decimal | None
    """Held by open orders."""
    available: Decimal | None
    raw: _AMBalance = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class Order:
    """An AltMarket order as the platform reports it. ``order_id`` is a string: 64-bit, signed.

    The money fields (``amount``, ``price``, ``stop_price``, ``filled``, ``total``,
    ``commission``) are read into ``Decimal`` on first access and then kept: histories run to
    thousands of orders, most of whose fields are never looked at. ``numbers`` holds them as
    the server sent them (already checked to be numbers), in that order.
    """

    order_id: str
    instrument: str | None
    side: Side | str | None
    order_type: OrderType | str | None
    status: OrderStatus | str | None
    is_pending: bool | None
    is_limit: bool | None
    created_at: datetime | None
    numbers: tuple[Number, Number, Number, Number, Number, Number] = attrs.field(repr=False)
    raw: _AMOrder = attrs.field(repr=False, eq=False, hash=False)

    @functools.cached_property
    def amount(self) -> Decimal | None:
        """The amount of the base asset."""
        return _money(self.numbers[0])

    @functools.cached_property
    def price(self) -> Decimal | None:
        """The limit price."""
        return _money(self.numbers[1])

    @functools.cached_property
    def stop_price(self) -> Decimal | None:
        """The stop (activation) price."""
        return _money(self.numbers[2])

    @functools.cached_property
    def filled(self) -> Decimal | None:
        """The amount filled so far (``unitsFilled``)."""
        return _money(self.numbers[3])

    @functools.cached_property
    def total(self) -> Decimal | None:
        """The order's value in the quote asset."""
        return _money(self.numbers[4])

    @functools.cached_property
    def commission(self) -> Decimal | None:
        """Fees paid so far."""
        return _money(self.numbers[5])

    def __repr__(self) -> str:
        return (
            f"Order(order_id={self.order_id!r}, instrument={self.instrument!r}, "
            f"side={self.side!r}, order_type={self.order_type!r}, status={self.status!r}, "
            f"amount={self.amount!r}, price={self.price!r}, stop_price={self.stop_price!r}, "
            f"filled={self.filled!r}, total={self.total!r}, commission={self.commission!r}, "
            f"is_pending={self.is_pending!r}, is_limit={self.is_limit!r}, "
            f"created_at={self.created_at!r})"
        )


@attrs.frozen(slots=True)
class Trade:
    """A fill of one of the account's AltMarket orders.

    ``amount``, ``price`` and ``commission`` are read into ``Decimal`` on first access and then
    kept, as for :class:`Order`; ``numbers`` holds them as the server sent them.
    """

    seq: int | None
    """The trade's sequence number (``tradeSeq``)."""
    time: datetime | None
    instrument: str | None
    side: Side | str | None
    numbers: tuple[Number, Number, Number] = attrs.field(repr=False)
    raw: _AMTrade = attrs.field(repr=False, eq=False, hash=False)

    @functools.cached_property
    def amount(self) -> Decimal | None:
        """The amount of the base asset traded."""
        return _money(self.numbers[0])

    @functools.cached_property
    def price(self) -> Decimal | None:
        """The execution price."""
        return _money(self.numbers[1])

    @functools.cached_property
    def commission(self) -> Decimal | None:
        """The fee this fill cost."""
        return _money(self.numbers[2])

    def __repr__(self) -> str:
        return (
            f"Trade(seq={self.seq!r}, time={self.time!r}, instrument={self.instrument!r}, "
            f"side={self.side!r}, amount={self.amount!r}, price={self.price!r}, "
            f"commission={self.commission!r})"
        )


@attrs.frozen(slots=True)
class Transfer:
    """An AltMarket deposit or withdrawal."""

    transfer_id: str | None
    asset: str | None
    type: TransferType | str | None
    status: TransferStatus | str | None
    amount: Decimal | None
    fee: Decimal | None
    address: str | None
    """The target address (``targetAddress``)."""
    tx_id: str | None
    blockchain_link: str | None
    payment_system: str | None
    confirmations: int | None
    confirmations_required: int | None
    error_code: str | None
    error_details: str | None
    created_at: datetime | None
    updated_at: datetime | None
    raw: _AMTransfer = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class DepositAddress:
    """Where to deposit an asset; ``error`` says why there is no address, if so."""

    asset: str | None
    address: str | None
    payment_system: str | None
    error: str | None
    raw: _AMDepositAddress = attrs.field(repr=False, eq=False, hash=False)


@attrs.frozen(slots=True)
class SentOrder:
    """An AltMarket order as sent (kept by :class:`~tradespec.errors.OrderStateUnknownError`)."""

    instrument: str
    side: Side
    order_type: OrderType
    amount: Decimal
    price: Decimal | None
    stop_price: Decimal | None
    sent_at: datetime
    """When it was sent, on the platform's clock as tradespec knows it (UTC)."""


@attrs.frozen(slots=True)
class SentWithdrawal:
    """An AltMarket withdrawal as it was sent; ``transfer_id`` finds it again."""

    asset: str
    amount: Decimal
    address: str
    transfer_id: str
    sent_at: datetime
