from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.trade_side import TradeSide
from ..types import UNSET, Unset

_TRADE_SIDE_MEMBERS: dict[object, TradeSide] = {member.value: member for member in TradeSide}


@_attrs_define
class Trade:
    """A trade on a market."""

    id: str | Unset = UNSET
    """ Trade ID. """
    market_id: str | Unset = UNSET
    """ Market associated with the trade. """
    price: str | Unset = UNSET
    """ The matched price of the trade. """
    side: TradeSide | Unset = UNSET
    """ Which side the maker of a trade is on: 1 bid, 2 ask. """
    base_amount_display: str | Unset = UNSET
    """ The base currency amount of the trade. """
    ts: datetime.datetime | Unset = UNSET
    """ Matched time of the trade. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_id = self.market_id

        price = self.price

        side: int | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        base_amount_display = self.base_amount_display

        ts: str | Unset = UNSET
        if not isinstance(self.ts, Unset):
            ts = self.ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if price is not UNSET:
            field_dict["price"] = price
        if side is not UNSET:
            field_dict["side"] = side
        if base_amount_display is not UNSET:
            field_dict["base_amount_display"] = base_amount_display
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 6
        if fast_:
            try:
                id = src_dict["id"]
                market_id = src_dict["market_id"]
                price = src_dict["price"]
                side_src_ = src_dict["side"]
                base_amount_display = src_dict["base_amount_display"]
                ts_src_ = src_dict["ts"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            id = d.pop("id", UNSET)
            market_id = d.pop("market_id", UNSET)
            price = d.pop("price", UNSET)
            side_src_ = d.pop("side", UNSET)
            base_amount_display = d.pop("base_amount_display", UNSET)
            ts_src_ = d.pop("ts", UNSET)

        _side = side_src_
        side: TradeSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            try:
                side = _TRADE_SIDE_MEMBERS[_side]
            except (KeyError, TypeError):
                side = TradeSide(_side)

        try:
            _ts = ts_src_
            ts: datetime.datetime | Unset
            if isinstance(_ts, Unset):
                ts = UNSET
            else:
                ts = datetime.datetime.fromisoformat(_ts)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "ts", exc_) from exc_

        trade = cls(
            id,
            market_id,
            price,
            side,
            base_amount_display,
            ts,
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
