from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paging import Paging
    from ..models.trade import Trade
    from ..models.trade_page_filters import TradePageFilters


@_attrs_define
class TradePage:
    filters: TradePageFilters | Unset = UNSET
    """ The filters applied, as the platform echoes them. """
    paging: Paging | Unset = UNSET
    data: list[Trade] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        paging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paging, Unset):
            paging = self.paging.to_dict()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if paging is not UNSET:
            field_dict["paging"] = paging
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paging import Paging
        from ..models.trade import Trade
        from ..models.trade_page_filters import TradePageFilters

        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 3
        if fast_:
            try:
                filters_src_ = src_dict["filters"]
                paging_src_ = src_dict["paging"]
                data_src_ = src_dict["data"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            filters_src_ = d.pop("filters", UNSET)
            paging_src_ = d.pop("paging", UNSET)
            data_src_ = d.pop("data", UNSET)

        try:
            _filters = filters_src_
            filters: TradePageFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = TradePageFilters.from_dict(_filters)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "filters", exc_) from exc_

        try:
            _paging = paging_src_
            paging: Paging | Unset
            if isinstance(_paging, Unset):
                paging = UNSET
            else:
                paging = Paging.from_dict(_paging)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "paging", exc_) from exc_

        try:
            _data = data_src_
            data: list[Trade] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = Trade.from_dict(data_item_data)

                    data.append(data_item)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "data", exc_) from exc_

        trade_page = cls(
            filters,
            paging,
            data,
        )

        trade_page.additional_properties = d
        return trade_page

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
