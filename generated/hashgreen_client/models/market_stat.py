from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset


@_attrs_define
class MarketStat:
    """A market's statistics over the last 24 hours."""

    id: str | Unset = UNSET
    """ Market ID. """
    code: str | Unset = UNSET
    """ Market code. """
    price: str | Unset = UNSET
    """ Current price (in quote currency). """
    usd: str | Unset = UNSET
    """ Current price (in USD """
    high: str | Unset = UNSET
    """ Highest price over the duration (in quote currency). """
    low: str | Unset = UNSET
    """ Lowest price over the duration (in quote currency). """
    base_volume: str | Unset = UNSET
    """ Total volume over the duration (in base currency). """
    usd_volume: str | Unset = UNSET
    """ Total volume over the duration (in USD """
    changed: str | Unset = UNSET
    """ Price change over the duration (percent). """
    fully_diluted_market_cap: str | Unset = UNSET
    """ Fully diluted market capitalization (in USD """
    updated_at: datetime.datetime | Unset = UNSET
    """ Statistics modification time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        price = self.price

        usd = self.usd

        high = self.high

        low = self.low

        base_volume = self.base_volume

        usd_volume = self.usd_volume

        changed = self.changed

        fully_diluted_market_cap = self.fully_diluted_market_cap

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if price is not UNSET:
            field_dict["price"] = price
        if usd is not UNSET:
            field_dict["usd"] = usd
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if base_volume is not UNSET:
            field_dict["base_volume"] = base_volume
        if usd_volume is not UNSET:
            field_dict["usd_volume"] = usd_volume
        if changed is not UNSET:
            field_dict["changed"] = changed
        if fully_diluted_market_cap is not UNSET:
            field_dict["fully_diluted_market_cap"] = fully_diluted_market_cap
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 11
        if fast_:
            try:
                id = src_dict["id"]
                code = src_dict["code"]
                price = src_dict["price"]
                usd = src_dict["usd"]
                high = src_dict["high"]
                low = src_dict["low"]
                base_volume = src_dict["base_volume"]
                usd_volume = src_dict["usd_volume"]
                changed = src_dict["changed"]
                fully_diluted_market_cap = src_dict["fully_diluted_market_cap"]
                updated_at_src_ = src_dict["updated_at"]
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
            code = d.pop("code", UNSET)
            price = d.pop("price", UNSET)
            usd = d.pop("usd", UNSET)
            high = d.pop("high", UNSET)
            low = d.pop("low", UNSET)
            base_volume = d.pop("base_volume", UNSET)
            usd_volume = d.pop("usd_volume", UNSET)
            changed = d.pop("changed", UNSET)
            fully_diluted_market_cap = d.pop("fully_diluted_market_cap", UNSET)
            updated_at_src_ = d.pop("updated_at", UNSET)

        try:
            _updated_at = updated_at_src_
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "updated_at", exc_) from exc_

        market_stat = cls(
            id,
            code,
            price,
            usd,
            high,
            low,
            base_volume,
            usd_volume,
            changed,
            fully_diluted_market_cap,
            updated_at,
        )

        market_stat.additional_properties = d
        return market_stat

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
