from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset


@_attrs_define
class Asset:
    """An asset the exchange lists."""

    id: str | Unset = UNSET
    """ The asset's id, for example `BTC`. """
    can_deposit: bool | Unset = UNSET
    """ Whether deposits are open. """
    can_withdraw: bool | Unset = UNSET
    """ Whether withdrawals are open. """
    image_url: str | Unset = UNSET
    """ The asset's icon. """
    asset_name: str | Unset = UNSET
    """ The asset's full name. """
    withdrawal_fee: float | Unset = UNSET
    """ The fee taken from each withdrawal. """
    scale: int | Unset = UNSET
    """ Decimal places the asset is counted in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        can_deposit = self.can_deposit

        can_withdraw = self.can_withdraw

        image_url = self.image_url

        asset_name = self.asset_name

        withdrawal_fee = self.withdrawal_fee

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if can_deposit is not UNSET:
            field_dict["can_deposit"] = can_deposit
        if can_withdraw is not UNSET:
            field_dict["can_withdraw"] = can_withdraw
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if asset_name is not UNSET:
            field_dict["asset_name"] = asset_name
        if withdrawal_fee is not UNSET:
            field_dict["withdrawal_fee"] = withdrawal_fee
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 7
        if fast_:
            try:
                id = src_dict["id"]
                can_deposit = src_dict["can_deposit"]
                can_withdraw = src_dict["can_withdraw"]
                image_url = src_dict["image_url"]
                asset_name = src_dict["asset_name"]
                withdrawal_fee = src_dict["withdrawal_fee"]
                scale = src_dict["scale"]
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
            can_deposit = d.pop("can_deposit", UNSET)
            can_withdraw = d.pop("can_withdraw", UNSET)
            image_url = d.pop("image_url", UNSET)
            asset_name = d.pop("asset_name", UNSET)
            withdrawal_fee = d.pop("withdrawal_fee", UNSET)
            scale = d.pop("scale", UNSET)

        asset = cls(
            id,
            can_deposit,
            can_withdraw,
            image_url,
            asset_name,
            withdrawal_fee,
            scale,
        )

        asset.additional_properties = d
        return asset

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
