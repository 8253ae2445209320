from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset


@_attrs_define
class Balance:
    asset: str | Unset = UNSET
    total_balance: float | Unset = UNSET
    in_order: float | Unset = UNSET
    """ Held by open orders. """
    available_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        total_balance = self.total_balance

        in_order = self.in_order

        available_balance = self.available_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if total_balance is not UNSET:
            field_dict["totalBalance"] = total_balance
        if in_order is not UNSET:
            field_dict["inOrder"] = in_order
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 4
        if fast_:
            try:
                asset = src_dict["asset"]
                total_balance = src_dict["totalBalance"]
                in_order = src_dict["inOrder"]
                available_balance = src_dict["availableBalance"]
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
            total_balance = d.pop("totalBalance", UNSET)
            in_order = d.pop("inOrder", UNSET)
            available_balance = d.pop("availableBalance", UNSET)

        balance = cls(
            asset,
            total_balance,
            in_order,
            available_balance,
        )

        balance.additional_properties = d
        return balance

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
