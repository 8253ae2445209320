from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.status import Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


_STATUS_MEMBERS: dict[object, Status] = {member.value: member for member in Status}


@_attrs_define
class Market:
    """A market (trading pair)."""

    id: str | Unset = UNSET
    """ Market ID. """
    base_ccy: Currency | Unset = UNSET
    """ A token (currency) the DEX lists. """
    quote_ccy: Currency | Unset = UNSET
    """ A token (currency) the DEX lists. """
    code: str | Unset = UNSET
    """ Market code to display, for example `XCH-USDS`. """
    status: Status | Unset = UNSET
    """ Whether a market or currency is enabled: 1 Disabled, 2 Enabled. """
    info_ccy_name: str | Unset = UNSET
    """ Currency to display information for (`base_ccy` or `quote_ccy`). """
    is_new: bool | Unset = UNSET
    """ Whether the market is recently added. """
    is_fiat: bool | Unset = UNSET
    price_precision: int | Unset = UNSET
    """ Decimal places allowed in a price. """
    base_amount_precision: int | Unset = UNSET
    """ Decimal places allowed in a base amount. """
    order_no: int | Unset = UNSET
    """ The market's place in listings. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        base_ccy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_ccy, Unset):
            base_ccy = self.base_ccy.to_dict()

        quote_ccy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_ccy, Unset):
            quote_ccy = self.quote_ccy.to_dict()

        code = self.code

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        info_ccy_name = self.info_ccy_name

        is_new = self.is_new

        is_fiat = self.is_fiat

        price_precision = self.price_precision

        base_amount_precision = self.base_amount_precision

        order_no = self.order_no

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if base_ccy is not UNSET:
            field_dict["base_ccy"] = base_ccy
        if quote_ccy is not UNSET:
            field_dict["quote_ccy"] = quote_ccy
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if info_ccy_name is not UNSET:
            field_dict["info_ccy_name"] = info_ccy_name
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if is_fiat is not UNSET:
            field_dict["is_fiat"] = is_fiat
        if price_precision is not UNSET:
            field_dict["price_precision"] = price_precision
        if base_amount_precision is not UNSET:
            field_dict["base_amount_precision"] = base_amount_precision
        if order_no is not UNSET:
            field_dict["order_no"] = order_no
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 13
        if fast_:
            try:
                id = src_dict["id"]
                base_ccy_src_ = src_dict["base_ccy"]
                quote_ccy_src_ = src_dict["quote_ccy"]
                code = src_dict["code"]
                status_src_ = src_dict["status"]
                info_ccy_name = src_dict["info_ccy_name"]
                is_new = src_dict["is_new"]
                is_fiat = src_dict["is_fiat"]
                price_precision = src_dict["price_precision"]
                base_amount_precision = src_dict["base_amount_precision"]
                order_no = src_dict["order_no"]
                created_at_src_ = src_dict["created_at"]
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
            base_ccy_src_ = d.pop("base_ccy", UNSET)
            quote_ccy_src_ = d.pop("quote_ccy", UNSET)
            code = d.pop("code", UNSET)
            status_src_ = d.pop("status", UNSET)
            info_ccy_name = d.pop("info_ccy_name", UNSET)
            is_new = d.pop("is_new", UNSET)
            is_fiat = d.pop("is_fiat", UNSET)
            price_precision = d.pop("price_precision", UNSET)
            base_amount_precision = d.pop("base_amount_precision", UNSET)
            order_no = d.pop("order_no", UNSET)
            created_at_src_ = d.pop("created_at", UNSET)
            updated_at_src_ = d.pop("updated_at", UNSET)

        try:
            _base_ccy = base_ccy_src_
            base_ccy: Currency | Unset
            if isinstance(_base_ccy, Unset):
                base_ccy = UNSET
            else:
                base_ccy = Currency.from_dict(_base_ccy)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "base_ccy", exc_) from exc_

        try:
            _quote_ccy = quote_ccy_src_
            quote_ccy: Currency | Unset
            if isinstance(_quote_ccy, Unset):
                quote_ccy = UNSET
            else:
                quote_ccy = Currency.from_dict(_quote_ccy)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "quote_ccy", exc_) from exc_

        _status = status_src_
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            try:
                status = _STATUS_MEMBERS[_status]
            except (KeyError, TypeError):
                status = Status(_status)

        try:
            _created_at = created_at_src_
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "created_at", exc_) from exc_

        try:
            _updated_at = updated_at_src_
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "updated_at", exc_) from exc_

        market = cls(
            id,
            base_ccy,
            quote_ccy,
            code,
            status,
            info_ccy_name,
            is_new,
            is_fiat,
            price_precision,
            base_amount_precision,
            order_no,
            created_at,
            updated_at,
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
