# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.order_direction import OrderDirection
from ..models.order_side import OrderSide
from ..models.order_type import OrderType
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_money

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

    instrument: str | None = None
    """ The market's instrument name, for example `btc_usdt`. """
    type_: OrderDirection | None = None
    """ The order's side: `buy` or `sell`. """
    amount: Decimal | None = None
    """ The amount to buy or sell, in the base asset. """
    price: Decimal | None = None
    """ The limit price, in the quote asset; set for Limit and StopLimit orders. """
    activation_price: Decimal | None = None
    """ The stop price that triggers a stop order, in the quote asset; set for StopLimit and StopMarket orders. """
    is_limit: bool | None = None
    """ True for a Limit or StopLimit order, false for a Market or StopMarket order. """
    is_stop: bool | None = None
    """ True for a StopLimit or StopMarket order, triggered at `activationPrice`. """
    side: OrderSide | None = None
    """ Read-only: the order's side as the platform reports it; never sent in a request. """
    order_type: OrderType | None = None
    """ Read-only: the order's kind as the platform reports it; never sent in a request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        instrument_value_ = UNSET if self.instrument is None else self.instrument
        instrument = instrument_value_

        type__value_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset = UNSET
        if not isinstance(type__value_, Unset):
            type_ = type__value_.value

        amount: Decimal | Unset = UNSET if self.amount is None else self.amount
        price: Decimal | Unset = UNSET if self.price is None else self.price
        activation_price: Decimal | Unset = (
            UNSET if self.activation_price is None else self.activation_price
        )
        is_limit_value_ = UNSET if self.is_limit is None else self.is_limit
        is_limit = is_limit_value_

        is_stop_value_ = UNSET if self.is_stop is None else self.is_stop
        is_stop = is_stop_value_

        side_value_ = UNSET if self.side is None else self.side
        side: str | Unset = UNSET
        if not isinstance(side_value_, Unset):
            side = side_value_.value

        order_type_value_ = UNSET if self.order_type is None else self.order_type
        order_type: str | Unset = UNSET
        if not isinstance(order_type_value_, Unset):
            order_type = order_type_value_.value

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
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 9
        if fast_:
            try:
                instrument = src_dict["instrument"]
                type__src_ = src_dict["type"]
                amount_src_ = src_dict["amount"]
                price_src_ = src_dict["price"]
                activation_price_src_ = src_dict["activationPrice"]
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
            amount_src_ = d.pop("amount", UNSET)
            price_src_ = d.pop("price", UNSET)
            activation_price_src_ = d.pop("activationPrice", UNSET)
            is_limit = d.pop("isLimit", UNSET)
            is_stop = d.pop("isStop", UNSET)
            side_src_ = d.pop("side", UNSET)
            order_type_src_ = d.pop("orderType", UNSET)

        if instrument is None:
            instrument = UNSET
        if type__src_ is None:
            type__src_ = UNSET
        if amount_src_ is None:
            amount_src_ = UNSET
        if price_src_ is None:
            price_src_ = UNSET
        if activation_price_src_ is None:
            activation_price_src_ = UNSET
        if is_limit is None:
            is_limit = UNSET
        if is_stop is None:
            is_stop = UNSET
        if side_src_ is None:
            side_src_ = UNSET
        if order_type_src_ is None:
            order_type_src_ = UNSET
        if type(instrument) is not str and instrument is not UNSET:
            if type(instrument) is int:
                instrument = str(instrument)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "instrument", f"expected str, got {type(instrument).__name__}"
                )
        if type(is_limit) is not bool and is_limit is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "isLimit", f"expected bool, got {type(is_limit).__name__}"
            )
        if type(is_stop) is not bool and is_stop is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "isStop", f"expected bool, got {type(is_stop).__name__}"
            )
        _type_ = type__src_
        type_: OrderDirection | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            try:
                type_ = _ORDER_DIRECTION_MEMBERS[_type_]
            except (KeyError, TypeError):
                type_ = OrderDirection(_type_)

        try:
            amount: Decimal | Unset = (
                amount_src_
                if type(amount_src_) is Decimal or amount_src_ is UNSET
                else (
                    SMALL_DECIMALS[amount_src_] if 0 <= amount_src_ < 256 else Decimal(amount_src_)
                )
                if type(amount_src_) is int
                else read_money(amount_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "amount", exc_) from exc_

        try:
            price: Decimal | Unset = (
                price_src_
                if type(price_src_) is Decimal or price_src_ is UNSET
                else (SMALL_DECIMALS[price_src_] if 0 <= price_src_ < 256 else Decimal(price_src_))
                if type(price_src_) is int
                else read_money(price_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "price", exc_) from exc_

        try:
            activation_price: Decimal | Unset = (
                activation_price_src_
                if type(activation_price_src_) is Decimal or activation_price_src_ is UNSET
                else (
                    SMALL_DECIMALS[activation_price_src_]
                    if 0 <= activation_price_src_ < 256
                    else Decimal(activation_price_src_)
                )
                if type(activation_price_src_) is int
                else read_money(activation_price_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "activationPrice", exc_
            ) from exc_

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
            None if isinstance(instrument, Unset) else instrument,
            None if isinstance(type_, Unset) else type_,
            None if isinstance(amount, Unset) else amount,
            None if isinstance(price, Unset) else price,
            None if isinstance(activation_price, Unset) else activation_price,
            None if isinstance(is_limit, Unset) else is_limit,
            None if isinstance(is_stop, Unset) else is_stop,
            None if isinstance(side, Unset) else side,
            None if isinstance(order_type, Unset) else order_type,
        )

        new_order.additional_properties = d
        return new_order

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        instrument = struct_.instrument

        type_ = struct_.type_
        if type_ is not None:
            try:
                type_ = _ORDER_DIRECTION_MEMBERS[type_]
            except (KeyError, TypeError):
                raise UnexpectedResponseShape(
                    cls.__name__, "type", "a value the spec does not list"
                ) from None

        amount = struct_.amount
        if amount is not None and type(amount) is not Decimal:
            if type(amount) is int:
                amount = SMALL_DECIMALS[amount] if 0 <= amount < 256 else Decimal(amount)
            elif type(amount) is float:
                try:
                    amount = read_money(amount)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "amount", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "amount", f"expected a number, got {type(amount).__name__}"
                )

        price = struct_.price
        if price is not None and type(price) is not Decimal:
            if type(price) is int:
                price = SMALL_DECIMALS[price] if 0 <= price < 256 else Decimal(price)
            elif type(price) is float:
                try:
                    price = read_money(price)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "price", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "price", f"expected a number, got {type(price).__name__}"
                )

        activation_price = struct_.activation_price
        if activation_price is not None and type(activation_price) is not Decimal:
            if type(activation_price) is int:
                activation_price = (
                    SMALL_DECIMALS[activation_price]
                    if 0 <= activation_price < 256
                    else Decimal(activation_price)
                )
            elif type(activation_price) is float:
                try:
                    activation_price = read_money(activation_price)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "activationPrice", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "activationPrice",
                    f"expected a number, got {type(activation_price).__name__}",
                )

        is_limit = struct_.is_limit

        is_stop = struct_.is_stop

        side = struct_.side
        if side is not None:
            try:
                side = _ORDER_SIDE_MEMBERS[side]
            except (KeyError, TypeError):
                raise UnexpectedResponseShape(
                    cls.__name__, "side", "a value the spec does not list"
                ) from None

        order_type = struct_.order_type
        if order_type is not None:
            try:
                order_type = _ORDER_TYPE_MEMBERS[order_type]
            except (KeyError, TypeError):
                raise UnexpectedResponseShape(
                    cls.__name__, "orderType", "a value the spec does not list"
                ) from None

        made_ = object.__new__(cls)
        made_.instrument = instrument
        made_.type_ = type_
        made_.amount = amount
        made_.price = price
        made_.activation_price = activation_price
        made_.is_limit = is_limit
        made_.is_stop = is_stop
        made_.side = side
        made_.order_type = order_type

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("instrument", "instrument", False, "str", None),
            ("type_", "type", False, "str", None),
            ("amount", "amount", False, "money", None),
            ("price", "price", False, "money", None),
            ("activation_price", "activationPrice", False, "money", None),
            ("is_limit", "isLimit", False, "bool", None),
            ("is_stop", "isStop", False, "bool", None),
            ("side", "side", False, "str", None),
            ("order_type", "orderType", False, "str", None),
        )

    if not TYPE_CHECKING:  # for type checkers, the class has only the attributes it declares
        # Only an attribute not set reaches it: additional_properties of a model made by
        # _from_struct, until its first read makes it
        __getattr__ = first_read

    @property
    def additional_keys(self) -> list[str]:
        """The JSON names of the fields the spec does not declare (see ``additional_properties``)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
