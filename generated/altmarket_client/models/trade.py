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
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_datetime, read_money

_ORDER_SIDE_MEMBERS: dict[object, OrderSide] = {member.value: member for member in OrderSide}


@_attrs_define
class Trade:
    """A fill of one of the account's orders."""

    trade_seq: int
    """ The trade's sequence number. """
    trade_time: datetime.datetime
    """ When the trade happened. """
    amount: Decimal
    """ The amount traded, in the base asset. """
    execution_price: Decimal
    """ The price the trade was executed at, in the quote asset. """
    instrument: str
    """ The market's instrument name, for example `btc_usdt`. """
    side: OrderSide | None = None
    """ The side of the account's order in this trade. """
    commission: Decimal | None = None
    """ The fee charged on this fill. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        trade_seq = self.trade_seq

        trade_time = self.trade_time.isoformat()

        amount: Decimal | Unset = self.amount
        execution_price: Decimal | Unset = self.execution_price
        instrument = self.instrument

        side_value_ = UNSET if self.side is None else self.side
        side: str | Unset = UNSET
        if not isinstance(side_value_, Unset):
            side = side_value_.value

        commission: Decimal | Unset = UNSET if self.commission is None else self.commission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradeSeq": trade_seq,
                "tradeTime": trade_time,
                "amount": amount,
                "executionPrice": execution_price,
                "instrument": instrument,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if commission is not UNSET:
            field_dict["commission"] = commission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 7
        if fast_:
            try:
                trade_seq = src_dict["tradeSeq"]
                trade_time_src_ = src_dict["tradeTime"]
                amount_src_ = src_dict["amount"]
                execution_price_src_ = src_dict["executionPrice"]
                instrument = src_dict["instrument"]
                side_src_ = src_dict["side"]
                commission_src_ = src_dict["commission"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("tradeSeq", "tradeTime", "amount", "executionPrice", "instrument"):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            trade_seq = d.pop("tradeSeq")
            trade_time_src_ = d.pop("tradeTime")
            amount_src_ = d.pop("amount")
            execution_price_src_ = d.pop("executionPrice")
            instrument = d.pop("instrument")
            side_src_ = d.pop("side", UNSET)
            commission_src_ = d.pop("commission", UNSET)

        if side_src_ is None:
            side_src_ = UNSET
        if commission_src_ is None:
            commission_src_ = UNSET
        if type(trade_seq) is not int:
            raise UnexpectedResponseShape(
                cls.__name__, "tradeSeq", f"expected int, got {type(trade_seq).__name__}"
            )
        if type(instrument) is not str:
            if type(instrument) is int:
                instrument = str(instrument)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "instrument", f"expected str, got {type(instrument).__name__}"
                )
        try:
            trade_time = (
                datetime.datetime.fromisoformat(trade_time_src_)
                if type(trade_time_src_) is str and trade_time_src_.endswith("Z")
                else read_datetime(trade_time_src_)
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "tradeTime", exc_) from exc_

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
            execution_price = (
                execution_price_src_
                if type(execution_price_src_) is Decimal
                else (
                    SMALL_DECIMALS[execution_price_src_]
                    if 0 <= execution_price_src_ < 256
                    else Decimal(execution_price_src_)
                )
                if type(execution_price_src_) is int
                else read_money(execution_price_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "executionPrice", exc_
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

        trade = cls(
            trade_seq,
            trade_time,
            amount,
            execution_price,
            instrument,
            None if isinstance(side, Unset) else side,
            None if isinstance(commission, Unset) else commission,
        )

        trade.additional_properties = d
        return trade

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        trade_seq = struct_.trade_seq

        trade_time = struct_.trade_time
        try:
            trade_time = (
                datetime.datetime.fromisoformat(trade_time)
                if trade_time.endswith("Z")
                else read_datetime(trade_time)
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "tradeTime", exc_) from exc_

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

        execution_price = struct_.execution_price
        if type(execution_price) is not Decimal:
            if type(execution_price) is int:
                execution_price = (
                    SMALL_DECIMALS[execution_price]
                    if 0 <= execution_price < 256
                    else Decimal(execution_price)
                )
            elif type(execution_price) is float:
                try:
                    execution_price = read_money(execution_price)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "executionPrice", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "executionPrice",
                    f"expected a number, got {type(execution_price).__name__}",
                )

        instrument = struct_.instrument

        side = struct_.side
        if side is not None:
            try:
                side = _ORDER_SIDE_MEMBERS[side]
            except (KeyError, TypeError):
                raise UnexpectedResponseShape(
                    cls.__name__, "side", "a value the spec does not list"
                ) from None

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

        made_ = object.__new__(cls)
        made_.trade_seq = trade_seq
        made_.trade_time = trade_time
        made_.amount = amount
        made_.execution_price = execution_price
        made_.instrument = instrument
        made_.side = side
        made_.commission = commission

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("trade_seq", "tradeSeq", True, "int", None),
            ("trade_time", "tradeTime", True, "str", None),
            ("amount", "amount", True, "money", None),
            ("execution_price", "executionPrice", True, "money", None),
            ("instrument", "instrument", True, "str", None),
            ("side", "side", False, "str", None),
            ("commission", "commission", False, "money", None),
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
