# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_datetime, read_money

_ORDER_TYPE_MEMBERS: dict[object, OrderType] = {member.value: member for member in OrderType}
_ORDER_STATUS_MEMBERS: dict[object, OrderStatus] = {member.value: member for member in OrderStatus}
_ORDER_SIDE_MEMBERS: dict[object, OrderSide] = {member.value: member for member in OrderSide}


@_attrs_define
class Order:
    """An order, as the platform reports it."""

    order_id: str
    """ A 64-bit integer in decimal; can be negative, can exceed 2^53. """
    order_type: OrderType
    """ The kind of order: Limit, Market, StopLimit or StopMarket. """
    created_at: datetime.datetime
    """ When the order was created. """
    units_filled: Decimal
    """ The amount filled so far, in the base asset. """
    is_pending: bool
    """ The platform's pending flag for the order; the documentation does not define it. """
    status: OrderStatus
    """ The order's state: Working, Rejected, Cancelled or Completed. """
    type_: str
    """ The order's side as sent when it was created: `buy` or `sell`. """
    amount: Decimal
    """ The order's amount, in the base asset. """
    is_limit: bool
    """ True for a Limit or StopLimit order. """
    instrument: str
    """ The market's instrument name, for example `btc_usdt`. """
    total: Decimal | None = None
    """ The order's value, in the quote asset. """
    commission: Decimal | None = None
    """ The fees paid on the order so far. """
    price: Decimal | None = None
    """ The order's limit price, in the quote asset. """
    stop_price: Decimal | None = None
    """ The stop price of a stop order, in the quote asset; live responses may omit it. """
    side: OrderSide | None = None
    """ The order's side; live responses may omit it (the side is also in `type`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        order_id = self.order_id

        order_type = self.order_type.value

        created_at = self.created_at.isoformat()

        units_filled: Decimal | Unset = self.units_filled
        is_pending = self.is_pending

        status = self.status.value

        type_ = self.type_

        amount: Decimal | Unset = self.amount
        is_limit = self.is_limit

        instrument = self.instrument

        total: Decimal | Unset = UNSET if self.total is None else self.total
        commission: Decimal | Unset = UNSET if self.commission is None else self.commission
        price: Decimal | Unset = UNSET if self.price is None else self.price
        stop_price: Decimal | Unset = UNSET if self.stop_price is None else self.stop_price
        side_value_ = UNSET if self.side is None else self.side
        side: str | Unset = UNSET
        if not isinstance(side_value_, Unset):
            side = side_value_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "orderType": order_type,
                "createdAt": created_at,
                "unitsFilled": units_filled,
                "isPending": is_pending,
                "status": status,
                "type": type_,
                "amount": amount,
                "isLimit": is_limit,
                "instrument": instrument,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if commission is not UNSET:
            field_dict["commission"] = commission
        if price is not UNSET:
            field_dict["price"] = price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if side is not UNSET:
            field_dict["side"] = side

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 15
        if fast_:
            try:
                order_id = src_dict["orderId"]
                order_type_src_ = src_dict["orderType"]
                created_at_src_ = src_dict["createdAt"]
                units_filled_src_ = src_dict["unitsFilled"]
                is_pending = src_dict["isPending"]
                status_src_ = src_dict["status"]
                type_ = src_dict["type"]
                amount_src_ = src_dict["amount"]
                is_limit = src_dict["isLimit"]
                instrument = src_dict["instrument"]
                total_src_ = src_dict["total"]
                commission_src_ = src_dict["commission"]
                price_src_ = src_dict["price"]
                stop_price_src_ = src_dict["stopPrice"]
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
            for required_ in (
                "orderId",
                "orderType",
                "createdAt",
                "unitsFilled",
                "isPending",
                "status",
                "type",
                "amount",
                "isLimit",
                "instrument",
            ):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            order_id = d.pop("orderId")
            order_type_src_ = d.pop("orderType")
            created_at_src_ = d.pop("createdAt")
            units_filled_src_ = d.pop("unitsFilled")
            is_pending = d.pop("isPending")
            status_src_ = d.pop("status")
            type_ = d.pop("type")
            amount_src_ = d.pop("amount")
            is_limit = d.pop("isLimit")
            instrument = d.pop("instrument")
            total_src_ = d.pop("total", UNSET)
            commission_src_ = d.pop("commission", UNSET)
            price_src_ = d.pop("price", UNSET)
            stop_price_src_ = d.pop("stopPrice", UNSET)
            side_src_ = d.pop("side", UNSET)

        if total_src_ is None:
            total_src_ = UNSET
        if commission_src_ is None:
            commission_src_ = UNSET
        if price_src_ is None:
            price_src_ = UNSET
        if stop_price_src_ is None:
            stop_price_src_ = UNSET
        if side_src_ is None:
            side_src_ = UNSET
        if type(order_id) is not str:
            if type(order_id) is int:
                order_id = str(order_id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "orderId", f"expected str, got {type(order_id).__name__}"
                )
        if type(is_pending) is not bool:
            raise UnexpectedResponseShape(
                cls.__name__, "isPending", f"expected bool, got {type(is_pending).__name__}"
            )
        if type(type_) is not str:
            if type(type_) is int:
                type_ = str(type_)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "type", f"expected str, got {type(type_).__name__}"
                )
        if type(is_limit) is not bool:
            raise UnexpectedResponseShape(
                cls.__name__, "isLimit", f"expected bool, got {type(is_limit).__name__}"
            )
        if type(instrument) is not str:
            if type(instrument) is int:
                instrument = str(instrument)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "instrument", f"expected str, got {type(instrument).__name__}"
                )
        _order_type = order_type_src_
        try:
            order_type = _ORDER_TYPE_MEMBERS[_order_type]
        except (KeyError, TypeError):
            order_type = OrderType(_order_type)

        try:
            created_at = (
                datetime.datetime.fromisoformat(created_at_src_)
                if type(created_at_src_) is str and created_at_src_.endswith("Z")
                else read_datetime(created_at_src_)
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "createdAt", exc_) from exc_

        try:
            units_filled = (
                units_filled_src_
                if type(units_filled_src_) is Decimal
                else (
                    SMALL_DECIMALS[units_filled_src_]
                    if 0 <= units_filled_src_ < 256
                    else Decimal(units_filled_src_)
                )
                if type(units_filled_src_) is int
                else read_money(units_filled_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "unitsFilled", exc_
            ) from exc_

        _status = status_src_
        try:
            status = _ORDER_STATUS_MEMBERS[_status]
        except (KeyError, TypeError):
            status = OrderStatus(_status)

        try:
            amount = (
                amount_src_
                if type(amount_src_) is Decimal
                else (
                    SMALL_DECIMALS[amount_src_] if 0 <= amount_src_ < 256 else Decimal(amount_src_)
                )
                if type(amount_src_) is int
                else read_money(amount_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "amount", exc_) from exc_

        try:
            total: Decimal | Unset = (
                total_src_
                if type(total_src_) is Decimal or total_src_ is UNSET
                else (SMALL_DECIMALS[total_src_] if 0 <= total_src_ < 256 else Decimal(total_src_))
                if type(total_src_) is int
                else read_money(total_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "total", exc_) from exc_

        try:
            commission: Decimal | Unset = (
                commission_src_
                if type(commission_src_) is Decimal or commission_src_ is UNSET
                else (
                    SMALL_DECIMALS[commission_src_]
                    if 0 <= commission_src_ < 256
                    else Decimal(commission_src_)
                )
                if type(commission_src_) is int
                else read_money(commission_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "commission", exc_) from exc_

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
            stop_price: Decimal | Unset = (
                stop_price_src_
                if type(stop_price_src_) is Decimal or stop_price_src_ is UNSET
                else (
                    SMALL_DECIMALS[stop_price_src_]
                    if 0 <= stop_price_src_ < 256
                    else Decimal(stop_price_src_)
                )
                if type(stop_price_src_) is int
                else read_money(stop_price_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "stopPrice", exc_) from exc_

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
            order_type,
            created_at,
            units_filled,
            is_pending,
            status,
            type_,
            amount,
            is_limit,
            instrument,
            None if isinstance(total, Unset) else total,
            None if isinstance(commission, Unset) else commission,
            None if isinstance(price, Unset) else price,
            None if isinstance(stop_price, Unset) else stop_price,
            None if isinstance(side, Unset) else side,
        )

        order.additional_properties = d
        return order

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        order_id = struct_.order_id

        order_type = struct_.order_type
        try:
            order_type = _ORDER_TYPE_MEMBERS[order_type]
        except (KeyError, TypeError):
            raise UnexpectedResponseShape(
                cls.__name__, "orderType", "a value the spec does not list"
            ) from None

        created_at = struct_.created_at
        try:
            created_at = (
                datetime.datetime.fromisoformat(created_at)
                if created_at.endswith("Z")
                else read_datetime(created_at)
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "createdAt", exc_) from exc_

        units_filled = struct_.units_filled
        if type(units_filled) is not Decimal:
            if type(units_filled) is int:
                units_filled = (
                    SMALL_DECIMALS[units_filled]
                    if 0 <= units_filled < 256
                    else Decimal(units_filled)
                )
            elif type(units_filled) is float:
                try:
                    units_filled = read_money(units_filled)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "unitsFilled", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "unitsFilled",
                    f"expected a number, got {type(units_filled).__name__}",
                )

        is_pending = struct_.is_pending

        status = struct_.status
        try:
            status = _ORDER_STATUS_MEMBERS[status]
        except (KeyError, TypeError):
            raise UnexpectedResponseShape(
                cls.__name__, "status", "a value the spec does not list"
            ) from None

        type_ = struct_.type_

        amount = struct_.amount
        if type(amount) is not Decimal:
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

        is_limit = struct_.is_limit

        instrument = struct_.instrument

        total = struct_.total
        if total is not None and type(total) is not Decimal:
            if type(total) is int:
                total = SMALL_DECIMALS[total] if 0 <= total < 256 else Decimal(total)
            elif type(total) is float:
                try:
                    total = read_money(total)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "total", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "total", f"expected a number, got {type(total).__name__}"
                )

        commission = struct_.commission
        if commission is not None and type(commission) is not Decimal:
            if type(commission) is int:
                commission = (
                    SMALL_DECIMALS[commission] if 0 <= commission < 256 else Decimal(commission)
                )
            elif type(commission) is float:
                try:
                    commission = read_money(commission)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "commission", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "commission",
                    f"expected a number, got {type(commission).__name__}",
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

        stop_price = struct_.stop_price
        if stop_price is not None and type(stop_price) is not Decimal:
            if type(stop_price) is int:
                stop_price = (
                    SMALL_DECIMALS[stop_price] if 0 <= stop_price < 256 else Decimal(stop_price)
                )
            elif type(stop_price) is float:
                try:
                    stop_price = read_money(stop_price)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "stopPrice", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "stopPrice", f"expected a number, got {type(stop_price).__name__}"
                )

        side = struct_.side
        if side is not None:
            try:
                side = _ORDER_SIDE_MEMBERS[side]
            except (KeyError, TypeError):
                raise UnexpectedResponseShape(
                    cls.__name__, "side", "a value the spec does not list"
                ) from None

        made_ = object.__new__(cls)
        made_.order_id = order_id
        made_.order_type = order_type
        made_.created_at = created_at
        made_.units_filled = units_filled
        made_.is_pending = is_pending
        made_.status = status
        made_.type_ = type_
        made_.amount = amount
        made_.is_limit = is_limit
        made_.instrument = instrument
        made_.total = total
        made_.commission = commission
        made_.price = price
        made_.stop_price = stop_price
        made_.side = side

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("order_id", "orderId", True, "str", None),
            ("order_type", "orderType", True, "str", None),
            ("created_at", "createdAt", True, "str", None),
            ("units_filled", "unitsFilled", True, "money", None),
            ("is_pending", "isPending", True, "bool", None),
            ("status", "status", True, "str", None),
            ("type_", "type", True, "str", None),
            ("amount", "amount", True, "money", None),
            ("is_limit", "isLimit", True, "bool", None),
            ("instrument", "instrument", True, "str", None),
            ("total", "total", False, "money", None),
            ("commission", "commission", False, "money", None),
            ("price", "price", False, "money", None),
            ("stop_price", "stopPrice", False, "money", None),
            ("side", "side", False, "str", None),
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
