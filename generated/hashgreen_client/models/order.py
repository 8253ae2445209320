# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_money

_ORDER_SIDE_MEMBERS: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_ORDER_STATUS_MEMBERS: dict[object, OrderStatus] = {member.value: member for member in OrderStatus}


@_attrs_define
class Order:
    """One of the trader's orders. The documentation shows placeholders for its times, so they
    are kept as strings here (ISO 8601 in practice).

    """

    id: str
    """ The order's id. """
    market_id: str
    """ The id of the order's market. """
    price: Decimal
    """ The order's price, in the quote currency. """
    base_amount_display: Decimal
    """ The order's amount of the base currency, in whole units. """
    quote_amount_display: Decimal
    """ The order's amount of the quote currency, in whole units. """
    side: OrderSide
    """ The order's side: 1 bid (buys the base currency), 2 ask (sells it). """
    status: OrderStatus
    """ The order's state. """
    created_at: str
    """ When the order was created, as a string (ISO 8601 in practice). """
    user_id: str | None = None
    """ The id of the trader who owns the order. """
    coin_ids: list[str] | None = None
    """ The hex-encoded ids of the order's coins. """
    confirmed_height_at: int | None = None
    """ The block height at which to observe the order on chain. """
    progress: str | None = None
    """ The number of confirmation blocks, as a string. """
    updated_at: str | None = None
    """ When the order last changed, as a string (ISO 8601 in practice). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        id = self.id

        market_id = self.market_id

        price: str | Unset = format(self.price, "f")
        base_amount_display: str | Unset = format(self.base_amount_display, "f")
        quote_amount_display: str | Unset = format(self.quote_amount_display, "f")
        side = self.side.value

        status = self.status.value

        created_at = self.created_at

        user_id_value_ = UNSET if self.user_id is None else self.user_id
        user_id = user_id_value_

        coin_ids_value_ = UNSET if self.coin_ids is None else self.coin_ids
        coin_ids: list[str] | Unset = UNSET
        if not isinstance(coin_ids_value_, Unset):
            coin_ids = coin_ids_value_

        confirmed_height_at_value_ = (
            UNSET if self.confirmed_height_at is None else self.confirmed_height_at
        )
        confirmed_height_at = confirmed_height_at_value_

        progress_value_ = UNSET if self.progress is None else self.progress
        progress = progress_value_

        updated_at_value_ = UNSET if self.updated_at is None else self.updated_at
        updated_at = updated_at_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "market_id": market_id,
                "price": price,
                "base_amount_display": base_amount_display,
                "quote_amount_display": quote_amount_display,
                "side": side,
                "status": status,
                "created_at": created_at,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if coin_ids is not UNSET:
            field_dict["coin_ids"] = coin_ids
        if confirmed_height_at is not UNSET:
            field_dict["confirmed_height_at"] = confirmed_height_at
        if progress is not UNSET:
            field_dict["progress"] = progress
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 13
        if fast_:
            try:
                id = src_dict["id"]
                market_id = src_dict["market_id"]
                price_src_ = src_dict["price"]
                base_amount_display_src_ = src_dict["base_amount_display"]
                quote_amount_display_src_ = src_dict["quote_amount_display"]
                side_src_ = src_dict["side"]
                status_src_ = src_dict["status"]
                created_at = src_dict["created_at"]
                user_id = src_dict["user_id"]
                coin_ids_src_ = src_dict["coin_ids"]
                confirmed_height_at = src_dict["confirmed_height_at"]
                progress = src_dict["progress"]
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
            for required_ in (
                "id",
                "market_id",
                "price",
                "base_amount_display",
                "quote_amount_display",
                "side",
                "status",
                "created_at",
            ):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            id = d.pop("id")
            market_id = d.pop("market_id")
            price_src_ = d.pop("price")
            base_amount_display_src_ = d.pop("base_amount_display")
            quote_amount_display_src_ = d.pop("quote_amount_display")
            side_src_ = d.pop("side")
            status_src_ = d.pop("status")
            created_at = d.pop("created_at")
            user_id = d.pop("user_id", UNSET)
            coin_ids_src_ = d.pop("coin_ids", UNSET)
            confirmed_height_at = d.pop("confirmed_height_at", UNSET)
            progress = d.pop("progress", UNSET)
            updated_at = d.pop("updated_at", UNSET)

        if user_id is None:
            user_id = UNSET
        if coin_ids_src_ is None:
            coin_ids_src_ = UNSET
        if confirmed_height_at is None:
            confirmed_height_at = UNSET
        if progress is None:
            progress = UNSET
        if updated_at is None:
            updated_at = UNSET
        if type(id) is not str:
            if type(id) is int:
                id = str(id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "id", f"expected str, got {type(id).__name__}"
                )
        if type(market_id) is not str:
            if type(market_id) is int:
                market_id = str(market_id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "market_id", f"expected str, got {type(market_id).__name__}"
                )
        if type(created_at) is not str:
            if type(created_at) is int:
                created_at = str(created_at)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "created_at", f"expected str, got {type(created_at).__name__}"
                )
        if type(user_id) is not str and user_id is not UNSET:
            if type(user_id) is int:
                user_id = str(user_id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "user_id", f"expected str, got {type(user_id).__name__}"
                )
        if type(confirmed_height_at) is not int and confirmed_height_at is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__,
                "confirmed_height_at",
                f"expected int, got {type(confirmed_height_at).__name__}",
            )
        if type(progress) is not str and progress is not UNSET:
            if type(progress) is int:
                progress = str(progress)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "progress", f"expected str, got {type(progress).__name__}"
                )
        if type(updated_at) is not str and updated_at is not UNSET:
            if type(updated_at) is int:
                updated_at = str(updated_at)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "updated_at", f"expected str, got {type(updated_at).__name__}"
                )
        try:
            price = (
                price_src_
                if type(price_src_) is Decimal
                else (SMALL_DECIMALS[price_src_] if 0 <= price_src_ < 256 else Decimal(price_src_))
                if type(price_src_) is int
                else read_money(price_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "price", exc_) from exc_

        try:
            base_amount_display = (
                base_amount_display_src_
                if type(base_amount_display_src_) is Decimal
                else (
                    SMALL_DECIMALS[base_amount_display_src_]
                    if 0 <= base_amount_display_src_ < 256
                    else Decimal(base_amount_display_src_)
                )
                if type(base_amount_display_src_) is int
                else read_money(base_amount_display_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "base_amount_display", exc_
            ) from exc_

        try:
            quote_amount_display = (
                quote_amount_display_src_
                if type(quote_amount_display_src_) is Decimal
                else (
                    SMALL_DECIMALS[quote_amount_display_src_]
                    if 0 <= quote_amount_display_src_ < 256
                    else Decimal(quote_amount_display_src_)
                )
                if type(quote_amount_display_src_) is int
                else read_money(quote_amount_display_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "quote_amount_display", exc_
            ) from exc_

        _side = side_src_
        try:
            side = _ORDER_SIDE_MEMBERS[_side]
        except (KeyError, TypeError):
            side = OrderSide(_side)

        _status = status_src_
        try:
            status = _ORDER_STATUS_MEMBERS[_status]
        except (KeyError, TypeError):
            status = OrderStatus(_status)

        try:
            coin_ids = cast(list[str], coin_ids_src_)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "coin_ids", exc_) from exc_

        order = cls(
            id,
            market_id,
            price,
            base_amount_display,
            quote_amount_display,
            side,
            status,
            created_at,
            None if isinstance(user_id, Unset) else user_id,
            None if isinstance(coin_ids, Unset) else coin_ids,
            None if isinstance(confirmed_height_at, Unset) else confirmed_height_at,
            None if isinstance(progress, Unset) else progress,
            None if isinstance(updated_at, Unset) else updated_at,
        )

        order.additional_properties = d
        return order

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        id = struct_.id

        market_id = struct_.market_id

        price = struct_.price
        if type(price) is not str:
            raise UnexpectedResponseShape(
                cls.__name__, "price", f"expected a decimal string, got {type(price).__name__}"
            )
        try:
            price = read_money(price)
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "price", exc_) from exc_

        base_amount_display = struct_.base_amount_display
        if type(base_amount_display) is not str:
            raise UnexpectedResponseShape(
                cls.__name__,
                "base_amount_display",
                f"expected a decimal string, got {type(base_amount_display).__name__}",
            )
        try:
            base_amount_display = read_money(base_amount_display)
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "base_amount_display", exc_
            ) from exc_

        quote_amount_display = struct_.quote_amount_display
        if type(quote_amount_display) is not str:
            raise UnexpectedResponseShape(
                cls.__name__,
                "quote_amount_display",
                f"expected a decimal string, got {type(quote_amount_display).__name__}",
            )
        try:
            quote_amount_display = read_money(quote_amount_display)
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "quote_amount_display", exc_
            ) from exc_

        side = struct_.side
        try:
            side = _ORDER_SIDE_MEMBERS[side]
        except (KeyError, TypeError):
            raise UnexpectedResponseShape(
                cls.__name__, "side", "a value the spec does not list"
            ) from None

        status = struct_.status
        try:
            status = _ORDER_STATUS_MEMBERS[status]
        except (KeyError, TypeError):
            raise UnexpectedResponseShape(
                cls.__name__, "status", "a value the spec does not list"
            ) from None

        created_at = struct_.created_at

        user_id = struct_.user_id

        coin_ids_src_ = struct_.coin_ids
        if coin_ids_src_ is None:
            coin_ids_src_ = UNSET
        try:
            coin_ids = cast(list[str], coin_ids_src_)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "coin_ids", exc_) from exc_

        confirmed_height_at = struct_.confirmed_height_at

        progress = struct_.progress

        updated_at = struct_.updated_at

        made_ = object.__new__(cls)
        made_.id = id
        made_.market_id = market_id
        made_.price = price
        made_.base_amount_display = base_amount_display
        made_.quote_amount_display = quote_amount_display
        made_.side = side
        made_.status = status
        made_.created_at = created_at
        made_.user_id = user_id
        made_.coin_ids = None if isinstance(coin_ids, Unset) else coin_ids
        made_.confirmed_height_at = confirmed_height_at
        made_.progress = progress
        made_.updated_at = updated_at

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("id", "id", True, "str", None),
            ("market_id", "market_id", True, "str", None),
            ("price", "price", True, "money", None),
            ("base_amount_display", "base_amount_display", True, "money", None),
            ("quote_amount_display", "quote_amount_display", True, "money", None),
            ("side", "side", True, "int", None),
            ("status", "status", True, "int", None),
            ("created_at", "created_at", True, "str", None),
            ("user_id", "user_id", False, "str", None),
            ("coin_ids", "coin_ids", False, "list[str]", None),
            ("confirmed_height_at", "confirmed_height_at", False, "int", None),
            ("progress", "progress", False, "str", None),
            ("updated_at", "updated_at", False, "str", None),
        )

    if not TYPE_CHECKING:  # for type checkers, the class has only the attributes it declares
        # Only an attribute not set reaches it: additional_properties of a model made by
        # _from_struct, until its first read makes it
        __getattr__ = first_read

    @property
    def additional_keys(self) -> list[str]:
        """The JSON names of the fields the spec does not declare (see ``additional_properties``)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
