from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

_ORDER_SIDE_MEMBERS: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_ORDER_STATUS_MEMBERS: dict[object, OrderStatus] = {member.value: member for member in OrderStatus}


@_attrs_define
class Order:
    """One of the trader's orders. The documentation shows placeholders for its times, so they
    are kept as strings here (ISO 8601 in practice).

    """

    id: str | Unset = UNSET
    """ Order ID. """
    user_id: str | Unset = UNSET
    """ User's ID. """
    market_id: str | Unset = UNSET
    """ Market ID. """
    price: str | Unset = UNSET
    """ Price in the quote currency. """
    base_amount_display: str | Unset = UNSET
    """ Amount of the base currency. """
    quote_amount_display: str | Unset = UNSET
    """ Amount of the quote currency. """
    coin_ids: list[str] | Unset = UNSET
    """ A list of hex-encoded coin IDs. """
    confirmed_height_at: int | Unset = UNSET
    """ Block height to observe the order on chain. """
    progress: str | Unset = UNSET
    """ Number of confirmation blocks. """
    side: OrderSide | Unset = UNSET
    """ An order's side: 1 bid (buys the base currency), 2 ask (sells it). """
    status: OrderStatus | Unset = UNSET
    """ An order's state: 0 Unspecified; 1 Invalid (the order's coins are partly spent);
    2 Active (open for matching); 3 Matched (ready to go to the blockchain); 4 Clearing (sent
    to the blockchain, awaiting observation); 5 Cleared (observed on the blockchain);
    6 Cancelled (soft cancelled).
     """
    created_at: str | Unset = UNSET
    """ Creation time. """
    updated_at: str | Unset = UNSET
    """ Modification time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        market_id = self.market_id

        price = self.price

        base_amount_display = self.base_amount_display

        quote_amount_display = self.quote_amount_display

        coin_ids: list[str] | Unset = UNSET
        if not isinstance(self.coin_ids, Unset):
            coin_ids = self.coin_ids

        confirmed_height_at = self.confirmed_height_at

        progress = self.progress

        side: int | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if price is not UNSET:
            field_dict["price"] = price
        if base_amount_display is not UNSET:
            field_dict["base_amount_display"] = base_amount_display
        if quote_amount_display is not UNSET:
            field_dict["quote_amount_display"] = quote_amount_display
        if coin_ids is not UNSET:
            field_dict["coin_ids"] = coin_ids
        if confirmed_height_at is not UNSET:
            field_dict["confirmed_height_at"] = confirmed_height_at
        if progress is not UNSET:
            field_dict["progress"] = progress
        if side is not UNSET:
            field_dict["side"] = side
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 13
        if fast_:
            try:
                id = src_dict["id"]
                user_id = src_dict["user_id"]
                market_id = src_dict["market_id"]
                price = src_dict["price"]
                base_amount_display = src_dict["base_amount_display"]
                quote_amount_display = src_dict["quote_amount_display"]
                coin_ids_src_ = src_dict["coin_ids"]
                confirmed_height_at = src_dict["confirmed_height_at"]
                progress = src_dict["progress"]
                side_src_ = src_dict["side"]
                status_src_ = src_dict["status"]
                created_at = src_dict["created_at"]
                updated_at = src_dict["updated_at"]
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
            user_id = d.pop("user_id", UNSET)
            market_id = d.pop("market_id", UNSET)
            price = d.pop("price", UNSET)
            base_amount_display = d.pop("base_amount_display", UNSET)
            quote_amount_display = d.pop("quote_amount_display", UNSET)
            coin_ids_src_ = d.pop("coin_ids", UNSET)
            confirmed_height_at = d.pop("confirmed_height_at", UNSET)
            progress = d.pop("progress", UNSET)
            side_src_ = d.pop("side", UNSET)
            status_src_ = d.pop("status", UNSET)
            created_at = d.pop("created_at", UNSET)
            updated_at = d.pop("updated_at", UNSET)

        try:
            coin_ids = cast(list[str], coin_ids_src_)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "coin_ids", exc_) from exc_

        _side = side_src_
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            try:
                side = _ORDER_SIDE_MEMBERS[_side]
            except (KeyError, TypeError):
                side = OrderSide(_side)

        _status = status_src_
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            try:
                status = _ORDER_STATUS_MEMBERS[_status]
            except (KeyError, TypeError):
                status = OrderStatus(_status)

        order = cls(
            id,
            user_id,
            market_id,
            price,
            base_amount_display,
            quote_amount_display,
            coin_ids,
            confirmed_height_at,
            progress,
            side,
            status,
            created_at,
            updated_at,
        )

        order.additional_properties = d
        return order

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
