# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.trade_side import TradeSide
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_datetime, read_money

_TRADE_SIDE_MEMBERS: dict[object, TradeSide] = {member.value: member for member in TradeSide}


@_attrs_define
class Trade:
    """A trade on a market."""

    id: str
    """ The trade's id. """
    price: Decimal
    """ The price the trade matched at, in the quote currency. """
    side: TradeSide
    """ Which side the trade's maker was on. """
    base_amount_display: Decimal
    """ The amount traded, in whole units of the base currency. """
    ts: datetime.datetime
    """ When the trade matched. """
    market_id: str | None = None
    """ The id of the market the trade happened on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        id = self.id

        price: str | Unset = format(self.price, "f")
        side = self.side.value

        base_amount_display: str | Unset = format(self.base_amount_display, "f")
        ts = self.ts.isoformat()

        market_id_value_ = UNSET if self.market_id is None else self.market_id
        market_id = market_id_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "price": price,
                "side": side,
                "base_amount_display": base_amount_display,
                "ts": ts,
            }
        )
        if market_id is not UNSET:
            field_dict["market_id"] = market_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 6
        if fast_:
            try:
                id = src_dict["id"]
                price_src_ = src_dict["price"]
                side_src_ = src_dict["side"]
                base_amount_display_src_ = src_dict["base_amount_display"]
                ts_src_ = src_dict["ts"]
                market_id = src_dict["market_id"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("id", "price", "side", "base_amount_display", "ts"):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            id = d.pop("id")
            price_src_ = d.pop("price")
            side_src_ = d.pop("side")
            base_amount_display_src_ = d.pop("base_amount_display")
            ts_src_ = d.pop("ts")
            market_id = d.pop("market_id", UNSET)

        if market_id is None:
            market_id = UNSET
        if type(id) is not str:
            if type(id) is int:
                id = str(id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "id", f"expected str, got {type(id).__name__}"
                )
        if type(market_id) is not str and market_id is not UNSET:
            if type(market_id) is int:
                market_id = str(market_id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "market_id", f"expected str, got {type(market_id).__name__}"
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

        _side = side_src_
        try:
            side = _TRADE_SIDE_MEMBERS[_side]
        except (KeyError, TypeError):
            side = TradeSide(_side)

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
            ts = (
                datetime.datetime.fromisoformat(ts_src_)
                if type(ts_src_) is str and ts_src_.endswith("Z")
                else read_datetime(ts_src_)
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "ts", exc_) from exc_

        trade = cls(
            id,
            price,
            side,
            base_amount_display,
            ts,
            None if isinstance(market_id, Unset) else market_id,
        )

        trade.additional_properties = d
        return trade

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        id = struct_.id

        price = struct_.price
        if type(price) is not str:
            raise UnexpectedResponseShape(
                cls.__name__, "price", f"expected a decimal string, got {type(price).__name__}"
            )
        try:
            price = read_money(price)
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "price", exc_) from exc_

        side = struct_.side
        try:
            side = _TRADE_SIDE_MEMBERS[side]
        except (KeyError, TypeError):
            raise UnexpectedResponseShape(
                cls.__name__, "side", "a value the spec does not list"
            ) from None

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

        ts = struct_.ts
        try:
            ts = datetime.datetime.fromisoformat(ts) if ts.endswith("Z") else read_datetime(ts)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "ts", exc_) from exc_

        market_id = struct_.market_id

        made_ = object.__new__(cls)
        made_.id = id
        made_.price = price
        made_.side = side
        made_.base_amount_display = base_amount_display
        made_.ts = ts
        made_.market_id = market_id

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("id", "id", True, "str", None),
            ("price", "price", True, "money", None),
            ("side", "side", True, "int", None),
            ("base_amount_display", "base_amount_display", True, "money", None),
            ("ts", "ts", True, "str", None),
            ("market_id", "market_id", False, "str", None),
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
