from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.order_side import OrderSide
from ..types import UNSET, Unset

_ORDER_SIDE_MEMBERS: dict[object, OrderSide] = {member.value: member for member in OrderSide}


@_attrs_define
class Trade:
    """A fill of one of the account's orders."""

    trade_seq: int | Unset = UNSET
    trade_time: datetime.datetime | Unset = UNSET
    amount: float | Unset = UNSET
    execution_price: float | Unset = UNSET
    instrument: str | Unset = UNSET
    side: OrderSide | Unset = UNSET
    """ The side of an order or trade. The live platform also sends `0` (Buy) and `1` (Sell), and other case. """
    commission: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_seq = self.trade_seq

        trade_time: str | Unset = UNSET
        if not isinstance(self.trade_time, Unset):
            trade_time = self.trade_time.isoformat()

        amount = self.amount

        execution_price = self.execution_price

        instrument = self.instrument

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        commission = self.commission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_seq is not UNSET:
            field_dict["tradeSeq"] = trade_seq
        if trade_time is not UNSET:
            field_dict["tradeTime"] = trade_time
        if amount is not UNSET:
            field_dict["amount"] = amount
        if execution_price is not UNSET:
            field_dict["executionPrice"] = execution_price
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if side is not UNSET:
            field_dict["side"] = side
        if commission is not UNSET:
            field_dict["commission"] = commission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 7
        if fast_:
            try:
                trade_seq = src_dict["tradeSeq"]
                trade_time_src_ = src_dict["tradeTime"]
                amount = src_dict["amount"]
                execution_price = src_dict["executionPrice"]
                instrument = src_dict["instrument"]
                side_src_ = src_dict["side"]
                commission = src_dict["commission"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            trade_seq = d.pop("tradeSeq", UNSET)
            trade_time_src_ = d.pop("tradeTime", UNSET)
            amount = d.pop("amount", UNSET)
            execution_price = d.pop("executionPrice", UNSET)
            instrument = d.pop("instrument", UNSET)
            side_src_ = d.pop("side", UNSET)
            commission = d.pop("commission", UNSET)

        try:
            _trade_time = trade_time_src_
            trade_time: datetime.datetime | Unset
            if isinstance(_trade_time, Unset):
                trade_time = UNSET
            else:
                trade_time = datetime.datetime.fromisoformat(_trade_time)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "tradeTime", exc_) from exc_

        _side = side_src_
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            try:
                side = _ORDER_SIDE_MEMBERS[_side]
            except (KeyError, TypeError):
                side = OrderSide(_side)

        trade = cls(
            trade_seq,
            trade_time,
            amount,
            execution_price,
            instrument,
            side,
            commission,
        )

        trade.additional_properties = d
        return trade

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
