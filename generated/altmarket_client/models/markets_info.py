from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.markets_info_pairs import MarketsInfoPairs


@_attrs_define
class MarketsInfo:
    """Every market, and the platform's clock."""

    server_time: int | Unset = UNSET
    """ The platform's clock in .NET ticks: 100-nanosecond units since 0001-01-01T00:00:00Z.
    637368932194030800 is 2020-09-28T12:33:39.403080Z. Subtract 621355968000000000 and
    divide by 10^7 for Unix seconds.
     """
    pairs: MarketsInfoPairs | Unset = UNSET
    """ The markets, keyed by instrument name (for example `BTC-USDT`). """
    plaid_public_key: str | Unset = UNSET
    environment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_time = self.server_time

        pairs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pairs, Unset):
            pairs = self.pairs.to_dict()

        plaid_public_key = self.plaid_public_key

        environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_time is not UNSET:
            field_dict["serverTime"] = server_time
        if pairs is not UNSET:
            field_dict["pairs"] = pairs
        if plaid_public_key is not UNSET:
            field_dict["plaidPublicKey"] = plaid_public_key
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.markets_info_pairs import MarketsInfoPairs

        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 4
        if fast_:
            try:
                server_time = src_dict["serverTime"]
                pairs_src_ = src_dict["pairs"]
                plaid_public_key = src_dict["plaidPublicKey"]
                environment = src_dict["environment"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            server_time = d.pop("serverTime", UNSET)
            pairs_src_ = d.pop("pairs", UNSET)
            plaid_public_key = d.pop("plaidPublicKey", UNSET)
            environment = d.pop("environment", UNSET)

        try:
            _pairs = pairs_src_
            pairs: MarketsInfoPairs | Unset
            if isinstance(_pairs, Unset):
                pairs = UNSET
            else:
                pairs = MarketsInfoPairs.from_dict(_pairs)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "pairs", exc_) from exc_

        markets_info = cls(
            server_time,
            pairs,
            plaid_public_key,
            environment,
        )

        markets_info.additional_properties = d
        return markets_info

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
