from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.order_direction import OrderDirection
from ..models.order_side import OrderSide
from ..models.order_type import OrderType
from ..types import UNSET, Unset

_ORDER_DIRECTION_MEMBERS: dict[object, OrderDirection] = {
    member.value: member for member in OrderDirection
}
_ORDER_SIDE_MEMBERS: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_ORDER_TYPE_MEMBERS: dict[object, OrderType] = {member.value: member for member in OrderType}


@_attrs_define
class NewOrder:
    """An order to place. Limit: `isLimit` true, `isStop` false, `price` set. Market: both
    false. StopLimit: both true, `price` and `activationPrice` set. StopMarket: `isLimit`
    false, `isStop` true, `activationPrice` set.

    """

    instrument: str | Unset = UNSET
    """ The market, for example `BTC-USDT`. """
    type_: OrderDirection | Unset = UNSET
    """ The side of a new order, in a create request's `type`. """
    amount: float | Unset = UNSET
    """ The amount of the base asset. """
    price: float | Unset = UNSET
    """ The limit price. """
    activation_price: float | Unset = UNSET
    """ The stop price that triggers a stop order. """
    is_limit: bool | Unset = UNSET
    is_stop: bool | Unset = UNSET
    side: OrderSide | Unset = UNSET
    """ The side of an order or trade. The live platform also sends `0` (Buy) and `1` (Sell), and other case. """
    order_type: OrderType | Unset = UNSET
    """ The kind of order. The live platform also sends its ordinal (`0` is Limit). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instrument = self.instrument

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        amount = self.amount

        price = self.price

        activation_price = self.activation_price

        is_limit = self.is_limit

        is_stop = self.is_stop

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if price is not UNSET:
            field_dict["price"] = price
        if activation_price is not UNSET:
            field_dict["activationPrice"] = activation_price
        if is_limit is not UNSET:
            field_dict["isLimit"] = is_limit
        if is_stop is not UNSET:
            field_dict["isStop"] = is_stop
        if side is not UNSET:
            field_dict["side"] = side
        if order_type is not UNSET:
            field_dict["orderType"] = order_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 9
        if fast_:
            try:
                instrument = src_dict["instrument"]
                type__src_ = src_dict["type"]
                amount = src_dict["amount"]
                price = src_dict["price"]
                activation_price = src_dict["activationPrice"]
                is_limit = src_dict["isLimit"]
                is_stop = src_dict["isStop"]
                side_src_ = src_dict["side"]
                order_type_src_ = src_dict["orderType"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            instrument = d.pop("instrument", UNSET)
            type__src_ = d.pop("type", UNSET)
            amount = d.pop("amount", UNSET)
            price = d.pop("price", UNSET)
            activation_price = d.pop("activationPrice", UNSET)
            is_limit = d.pop("isLimit", UNSET)
            is_stop = d.pop("isStop", UNSET)
            side_src_ = d.pop("side", UNSET)
            order_type_src_ = d.pop("orderType", UNSET)

        _type_ = type__src_
        type_: OrderDirection | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            try:
                type_ = _ORDER_DIRECTION_MEMBERS[_type_]
            except (KeyError, TypeError):
                type_ = OrderDirection(_type_)

        _side = side_src_
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            try:
                side = _ORDER_SIDE_MEMBERS[_side]
            except (KeyError, TypeError):
                side = OrderSide(_side)

        _order_type = order_type_src_
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            try:
                order_type = _ORDER_TYPE_MEMBERS[_order_type]
            except (KeyError, TypeError):
                order_type = OrderType(_order_type)

        new_order = cls(
            instrument,
            type_,
            amount,
            price,
            activation_price,
            is_limit,
            is_stop,
            side,
            order_type,
        )

        new_order.additional_properties = d
        return new_order

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
