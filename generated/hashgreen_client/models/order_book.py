# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset, first_read


@_attrs_define
class OrderBook:
    """A market's aggregated order book."""

    asks: list[list[str]]
    """ The ask side, lowest price first. """
    bids: list[list[str]]
    """ The bid side, highest price first. """
    market_id: str | None = None
    """ The market's id, echoed from the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        asks = []
        for asks_item_data in self.asks:
            asks_item = asks_item_data

            asks.append(asks_item)

        bids = []
        for bids_item_data in self.bids:
            bids_item = bids_item_data

            bids.append(bids_item)

        market_id_value_ = UNSET if self.market_id is None else self.market_id
        market_id = market_id_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asks": asks,
                "bids": bids,
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
        fast_ = type(src_dict) is dict and len(src_dict) == 3
        if fast_:
            try:
                asks_src_ = src_dict["asks"]
                bids_src_ = src_dict["bids"]
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
            for required_ in ("asks", "bids"):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            asks_src_ = d.pop("asks")
            bids_src_ = d.pop("bids")
            market_id = d.pop("market_id", UNSET)

        if market_id is None:
            market_id = UNSET
        if type(market_id) is not str and market_id is not UNSET:
            if type(market_id) is int:
                market_id = str(market_id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "market_id", f"expected str, got {type(market_id).__name__}"
                )
        try:
            asks = cast(list[list[str]], list(asks_src_))
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "asks", exc_) from exc_

        try:
            bids = cast(list[list[str]], list(bids_src_))
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "bids", exc_) from exc_

        order_book = cls(
            asks,
            bids,
            None if isinstance(market_id, Unset) else market_id,
        )

        order_book.additional_properties = d
        return order_book

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        asks_src_ = struct_.asks
        try:
            asks = cast(list[list[str]], list(asks_src_))
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "asks", exc_) from exc_

        bids_src_ = struct_.bids
        try:
            bids = cast(list[list[str]], list(bids_src_))
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "bids", exc_) from exc_

        market_id = struct_.market_id

        made_ = object.__new__(cls)
        made_.asks = asks
        made_.bids = bids
        made_.market_id = market_id

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("asks", "asks", True, "list[list[str]]", None),
            ("bids", "bids", True, "list[list[str]]", None),
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
