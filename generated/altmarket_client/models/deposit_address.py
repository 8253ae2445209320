from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset


@_attrs_define
class DepositAddress:
    asset: str | Unset = UNSET
    payment_system: str | Unset = UNSET
    address: str | Unset = UNSET
    error: str | Unset = UNSET
    """ Why no address could be given """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        payment_system = self.payment_system

        address = self.address

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if payment_system is not UNSET:
            field_dict["paymentSystem"] = payment_system
        if address is not UNSET:
            field_dict["address"] = address
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 4
        if fast_:
            try:
                asset = src_dict["asset"]
                payment_system = src_dict["paymentSystem"]
                address = src_dict["address"]
                error = src_dict["error"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            asset = d.pop("asset", UNSET)
            payment_system = d.pop("paymentSystem", UNSET)
            address = d.pop("address", UNSET)
            error = d.pop("error", UNSET)

        deposit_address = cls(
            asset,
            payment_system,
            address,
            error,
        )

        deposit_address.additional_properties = d
        return deposit_address

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
