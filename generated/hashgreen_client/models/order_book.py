from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset


@_attrs_define
class OrderBook:
    market_id: str | Unset = UNSET
    """ Market ID echo. """
    asks: list[list[str]] | Unset = UNSET
    """ The ask side, lowest price first. """
    bids: list[list[str]] | Unset = UNSET
    """ The bid side, highest price first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        asks: list[list[str]] | Unset = UNSET
        if not isinstance(self.asks, Unset):
            asks = []
            for asks_item_data in self.asks:
                asks_item = asks_item_data

                asks.append(asks_item)

        bids: list[list[str]] | Unset = UNSET
        if not isinstance(self.bids, Unset):
            bids = []
            for bids_item_data in self.bids:
                bids_item = bids_item_data

                bids.append(bids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if asks is not UNSET:
            field_dict["asks"] = asks
        if bids is not UNSET:
            field_dict["bids"] = bids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 3
        if fast_:
            try:
                market_id = src_dict["market_id"]
                asks_src_ = src_dict["asks"]
                bids_src_ = src_dict["bids"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            market_id = d.pop("market_id", UNSET)
            asks_src_ = d.pop("asks", UNSET)
            bids_src_ = d.pop("bids", UNSET)

        try:
            _asks = asks_src_
            asks: list[list[str]] | Unset = UNSET
            if _asks is not UNSET:
                asks = list(_asks)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "asks", exc_) from exc_

        try:
            _bids = bids_src_
            bids: list[list[str]] | Unset = UNSET
            if _bids is not UNSET:
                bids = list(_bids)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "bids", exc_) from exc_

        order_book = cls(
            market_id,
            asks,
            bids,
        )

        order_book.additional_properties = d
        return order_book

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
