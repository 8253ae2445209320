from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.market_status import MarketStatus
from ..types import UNSET, Unset

_MARKET_STATUS_MEMBERS: dict[object, MarketStatus] = {
    member.value: member for member in MarketStatus
}


@_attrs_define
class Market:
    """A market (trading pair), its limits, fees and decimal scales."""

    base_asset: str | Unset = UNSET
    """ The asset bought and sold. """
    quote_asset: str | Unset = UNSET
    """ The asset prices are in. """
    min_price: float | Unset = UNSET
    max_price: float | Unset = UNSET
    min_amount: float | Unset = UNSET
    """ The smallest order amount. """
    hidden: int | Unset = UNSET
    """ Non-zero when the market is not listed publicly. """
    fee: float | Unset = UNSET
    maker_fee: float | Unset = UNSET
    """ Fee rate on the maker's side of a trade (0.001 is 0.1%). """
    maker_fee_limit: float | Unset = UNSET
    taker_fee: float | Unset = UNSET
    """ Fee rate on the taker's side of a trade. """
    taker_fee_limit: float | Unset = UNSET
    price_scale: int | Unset = UNSET
    """ Decimal places allowed in a price. """
    amount_scale: int | Unset = UNSET
    """ Decimal places allowed in an amount. """
    status: MarketStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_asset = self.base_asset

        quote_asset = self.quote_asset

        min_price = self.min_price

        max_price = self.max_price

        min_amount = self.min_amount

        hidden = self.hidden

        fee = self.fee

        maker_fee = self.maker_fee

        maker_fee_limit = self.maker_fee_limit

        taker_fee = self.taker_fee

        taker_fee_limit = self.taker_fee_limit

        price_scale = self.price_scale

        amount_scale = self.amount_scale

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_asset is not UNSET:
            field_dict["baseAsset"] = base_asset
        if quote_asset is not UNSET:
            field_dict["quoteAsset"] = quote_asset
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if max_price is not UNSET:
            field_dict["maxPrice"] = max_price
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fee is not UNSET:
            field_dict["fee"] = fee
        if maker_fee is not UNSET:
            field_dict["makerFee"] = maker_fee
        if maker_fee_limit is not UNSET:
            field_dict["makerFeeLimit"] = maker_fee_limit
        if taker_fee is not UNSET:
            field_dict["takerFee"] = taker_fee
        if taker_fee_limit is not UNSET:
            field_dict["takerFeeLimit"] = taker_fee_limit
        if price_scale is not UNSET:
            field_dict["priceScale"] = price_scale
        if amount_scale is not UNSET:
            field_dict["amountScale"] = amount_scale
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 14
        if fast_:
            try:
                base_asset = src_dict["baseAsset"]
                quote_asset = src_dict["quoteAsset"]
                min_price = src_dict["minPrice"]
                max_price = src_dict["maxPrice"]
                min_amount = src_dict["minAmount"]
                hidden = src_dict["hidden"]
                fee = src_dict["fee"]
                maker_fee = src_dict["makerFee"]
                maker_fee_limit = src_dict["makerFeeLimit"]
                taker_fee = src_dict["takerFee"]
                taker_fee_limit = src_dict["takerFeeLimit"]
                price_scale = src_dict["priceScale"]
                amount_scale = src_dict["amountScale"]
                status_src_ = src_dict["status"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            base_asset = d.pop("baseAsset", UNSET)
            quote_asset = d.pop("quoteAsset", UNSET)
            min_price = d.pop("minPrice", UNSET)
            max_price = d.pop("maxPrice", UNSET)
            min_amount = d.pop("minAmount", UNSET)
            hidden = d.pop("hidden", UNSET)
            fee = d.pop("fee", UNSET)
            maker_fee = d.pop("makerFee", UNSET)
            maker_fee_limit = d.pop("makerFeeLimit", UNSET)
            taker_fee = d.pop("takerFee", UNSET)
            taker_fee_limit = d.pop("takerFeeLimit", UNSET)
            price_scale = d.pop("priceScale", UNSET)
            amount_scale = d.pop("amountScale", UNSET)
            status_src_ = d.pop("status", UNSET)

        _status = status_src_
        status: MarketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            try:
                status = _MARKET_STATUS_MEMBERS[_status]
            except (KeyError, TypeError):
                status = MarketStatus(_status)

        market = cls(
            base_asset,
            quote_asset,
            min_price,
            max_price,
            min_amount,
            hidden,
            fee,
            maker_fee,
            maker_fee_limit,
            taker_fee,
            taker_fee_limit,
            price_scale,
            amount_scale,
            status,
        )

        market.additional_properties = d
        return market

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
