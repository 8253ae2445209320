from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import UNSET, Unset

_ORDER_TYPE_MEMBERS: dict[object, OrderType] = {member.value: member for member in OrderType}
_ORDER_STATUS_MEMBERS: dict[object, OrderStatus] = {member.value: member for member in OrderStatus}
_ORDER_SIDE_MEMBERS: dict[object, OrderSide] = {member.value: member for member in OrderSide}


@_attrs_define
class Order:
    """An order, as the platform reports it."""

    order_id: str | Unset = UNSET
    """ A 64-bit integer in decimal; can be negative, can exceed 2^53. """
    total: float | Unset = UNSET
    """ The order's value in the quote asset. """
    order_type: OrderType | Unset = UNSET
    """ The kind of order. The live platform also sends its ordinal (`0` is Limit). """
    commission: float | Unset = UNSET
    """ Fees paid so far. """
    created_at: datetime.datetime | Unset = UNSET
    units_filled: float | Unset = UNSET
    """ Amount filled so far. """
    is_pending: bool | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    """ An order's state. The live platform also sends other case (`cancelled`). """
    type_: str | Unset = UNSET
    """ The side as sent: `buy` or `sell`. """
    amount: float | Unset = UNSET
    price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    is_limit: bool | Unset = UNSET
    instrument: str | Unset = UNSET
    side: OrderSide | Unset = UNSET
    """ The side of an order or trade. The live platform also sends `0` (Buy) and `1` (Sell), and other case. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        total = self.total

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        commission = self.commission

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        units_filled = self.units_filled

        is_pending = self.is_pending

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_ = self.type_

        amount = self.amount

        price = self.price

        stop_price = self.stop_price

        is_limit = self.is_limit

        instrument = self.instrument

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if total is not UNSET:
            field_dict["total"] = total
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if commission is not UNSET:
            field_dict["commission"] = commission
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if units_filled is not UNSET:
            field_dict["unitsFilled"] = units_filled
        if is_pending is not UNSET:
            field_dict["isPending"] = is_pending
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if price is not UNSET:
            field_dict["price"] = price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if is_limit is not UNSET:
            field_dict["isLimit"] = is_limit
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if side is not UNSET:
            field_dict["side"] = side

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 15
        if fast_:
            try:
                order_id = src_dict["orderId"]
                total = src_dict["total"]
                order_type_src_ = src_dict["orderType"]
                commission = src_dict["commission"]
                created_at_src_ = src_dict["createdAt"]
                units_filled = src_dict["unitsFilled"]
                is_pending = src_dict["isPending"]
                status_src_ = src_dict["status"]
                type_ = src_dict["type"]
                amount = src_dict["amount"]
                price = src_dict["price"]
                stop_price = src_dict["stopPrice"]
                is_limit = src_dict["isLimit"]
                instrument = src_dict["instrument"]
                side_src_ = src_dict["side"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            order_id = d.pop("orderId", UNSET)
            total = d.pop("total", UNSET)
            order_type_src_ = d.pop("orderType", UNSET)
            commission = d.pop("commission", UNSET)
            created_at_src_ = d.pop("createdAt", UNSET)
            units_filled = d.pop("unitsFilled", UNSET)
            is_pending = d.pop("isPending", UNSET)
            status_src_ = d.pop("status", UNSET)
            type_ = d.pop("type", UNSET)
            amount = d.pop("amount", UNSET)
            price = d.pop("price", UNSET)
            stop_price = d.pop("stopPrice", UNSET)
            is_limit = d.pop("isLimit", UNSET)
            instrument = d.pop("instrument", UNSET)
            side_src_ = d.pop("side", UNSET)

        _order_type = order_type_src_
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            try:
                order_type = _ORDER_TYPE_MEMBERS[_order_type]
            except (KeyError, TypeError):
                order_type = OrderType(_order_type)

        try:
            _created_at = created_at_src_
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "createdAt", exc_) from exc_

        _status = status_src_
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            try:
                status = _ORDER_STATUS_MEMBERS[_status]
            except (KeyError, TypeError):
                status = OrderStatus(_status)

        _side = side_src_
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            try:
                side = _ORDER_SIDE_MEMBERS[_side]
            except (KeyError, TypeError):
                side = OrderSide(_side)

        order = cls(
            order_id,
            total,
            order_type,
            commission,
            created_at,
            units_filled,
            is_pending,
            status,
            type_,
            amount,
            price,
            stop_price,
            is_limit,
            instrument,
            side,
        )

        order.additional_properties = d
        return order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
