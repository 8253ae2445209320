# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_datetime, read_money


@_attrs_define
class MarketStat:
    """A market's statistics over the last 24 hours."""

    price: Decimal
    """ The current price, in the quote currency. """
    id: str | None = None
    """ The market's id. """
    code: str | None = None
    """ The market's code, for example `XCH-USDS`; the documentation's example for every market leaves it out. """
    usd: Decimal | None = None
    """ The current price in US dollars, approximate. """
    high: Decimal | None = None
    """ The highest price over the last 24 hours, in the quote currency. """
    low: Decimal | None = None
    """ The lowest price over the last 24 hours, in the quote currency. """
    base_volume: Decimal | None = None
    """ The volume traded over the last 24 hours, in the base currency. """
    usd_volume: Decimal | None = None
    """ The volume traded over the last 24 hours in US dollars, approximate. """
    changed: Decimal | None = None
    """ The price change over the last 24 hours, in percent (`-3.10` is -3.1%). """
    fully_diluted_market_cap: Decimal | None = None
    """ The fully diluted market capitalization in US dollars, approximate. """
    updated_at: datetime.datetime | None = None
    """ When the statistics were last updated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        price: str | Unset = format(self.price, "f")
        id_value_ = UNSET if self.id is None else self.id
        id = id_value_

        code_value_ = UNSET if self.code is None else self.code
        code = code_value_

        usd: str | Unset = UNSET if self.usd is None else format(self.usd, "f")
        high: str | Unset = UNSET if self.high is None else format(self.high, "f")
        low: str | Unset = UNSET if self.low is None else format(self.low, "f")
        base_volume: str | Unset = (
            UNSET if self.base_volume is None else format(self.base_volume, "f")
        )
        usd_volume: str | Unset = UNSET if self.usd_volume is None else format(self.usd_volume, "f")
        changed: str | Unset = UNSET if self.changed is None else format(self.changed, "f")
        fully_diluted_market_cap: str | Unset = (
            UNSET
            if self.fully_diluted_market_cap is None
            else format(self.fully_diluted_market_cap, "f")
        )
        updated_at_value_ = UNSET if self.updated_at is None else self.updated_at
        updated_at: str | Unset = UNSET
        if not isinstance(updated_at_value_, Unset):
            updated_at = updated_at_value_.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if usd is not UNSET:
            field_dict["usd"] = usd
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if base_volume is not UNSET:
            field_dict["base_volume"] = base_volume
        if usd_volume is not UNSET:
            field_dict["usd_volume"] = usd_volume
        if changed is not UNSET:
            field_dict["changed"] = changed
        if fully_diluted_market_cap is not UNSET:
            field_dict["fully_diluted_market_cap"] = fully_diluted_market_cap
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 11
        if fast_:
            try:
                price_src_ = src_dict["price"]
                id = src_dict["id"]
                code = src_dict["code"]
                usd_src_ = src_dict["usd"]
                high_src_ = src_dict["high"]
                low_src_ = src_dict["low"]
                base_volume_src_ = src_dict["base_volume"]
                usd_volume_src_ = src_dict["usd_volume"]
                changed_src_ = src_dict["changed"]
                fully_diluted_market_cap_src_ = src_dict["fully_diluted_market_cap"]
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
            for required_ in ("price",):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            price_src_ = d.pop("price")
            id = d.pop("id", UNSET)
            code = d.pop("code", UNSET)
            usd_src_ = d.pop("usd", UNSET)
            high_src_ = d.pop("high", UNSET)
            low_src_ = d.pop("low", UNSET)
            base_volume_src_ = d.pop("base_volume", UNSET)
            usd_volume_src_ = d.pop("usd_volume", UNSET)
            changed_src_ = d.pop("changed", UNSET)
            fully_diluted_market_cap_src_ = d.pop("fully_diluted_market_cap", UNSET)
            updated_at_src_ = d.pop("updated_at", UNSET)

        if id is None:
            id = UNSET
        if code is None:
            code = UNSET
        if usd_src_ is None:
            usd_src_ = UNSET
        if high_src_ is None:
            high_src_ = UNSET
        if low_src_ is None:
            low_src_ = UNSET
        if base_volume_src_ is None:
            base_volume_src_ = UNSET
        if usd_volume_src_ is None:
            usd_volume_src_ = UNSET
        if changed_src_ is None:
            changed_src_ = UNSET
        if fully_diluted_market_cap_src_ is None:
            fully_diluted_market_cap_src_ = UNSET
        if updated_at_src_ is None:
            updated_at_src_ = UNSET
        if type(id) is not str and id is not UNSET:
            if type(id) is int:
                id = str(id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "id", f"expected str, got {type(id).__name__}"
                )
        if type(code) is not str and code is not UNSET:
            if type(code) is int:
                code = str(code)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "code", f"expected str, got {type(code).__name__}"
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
            usd: Decimal | Unset = (
                usd_src_
                if type(usd_src_) is Decimal or usd_src_ is UNSET
                else (SMALL_DECIMALS[usd_src_] if 0 <= usd_src_ < 256 else Decimal(usd_src_))
                if type(usd_src_) is int
                else read_money(usd_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "usd", exc_) from exc_

        try:
            high: Decimal | Unset = (
                high_src_
                if type(high_src_) is Decimal or high_src_ is UNSET
                else (SMALL_DECIMALS[high_src_] if 0 <= high_src_ < 256 else Decimal(high_src_))
                if type(high_src_) is int
                else read_money(high_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "high", exc_) from exc_

        try:
            low: Decimal | Unset = (
                low_src_
                if type(low_src_) is Decimal or low_src_ is UNSET
                else (SMALL_DECIMALS[low_src_] if 0 <= low_src_ < 256 else Decimal(low_src_))
                if type(low_src_) is int
                else read_money(low_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "low", exc_) from exc_

        try:
            base_volume: Decimal | Unset = (
                base_volume_src_
                if type(base_volume_src_) is Decimal or base_volume_src_ is UNSET
                else (
                    SMALL_DECIMALS[base_volume_src_]
                    if 0 <= base_volume_src_ < 256
                    else Decimal(base_volume_src_)
                )
                if type(base_volume_src_) is int
                else read_money(base_volume_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "base_volume", exc_
            ) from exc_

        try:
            usd_volume: Decimal | Unset = (
                usd_volume_src_
                if type(usd_volume_src_) is Decimal or usd_volume_src_ is UNSET
                else (
                    SMALL_DECIMALS[usd_volume_src_]
                    if 0 <= usd_volume_src_ < 256
                    else Decimal(usd_volume_src_)
                )
                if type(usd_volume_src_) is int
                else read_money(usd_volume_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "usd_volume", exc_) from exc_

        try:
            changed: Decimal | Unset = (
                changed_src_
                if type(changed_src_) is Decimal or changed_src_ is UNSET
                else (
                    SMALL_DECIMALS[changed_src_]
                    if 0 <= changed_src_ < 256
                    else Decimal(changed_src_)
                )
                if type(changed_src_) is int
                else read_money(changed_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "changed", exc_) from exc_

        try:
            fully_diluted_market_cap: Decimal | Unset = (
                fully_diluted_market_cap_src_
                if type(fully_diluted_market_cap_src_) is Decimal
                or fully_diluted_market_cap_src_ is UNSET
                else (
                    SMALL_DECIMALS[fully_diluted_market_cap_src_]
                    if 0 <= fully_diluted_market_cap_src_ < 256
                    else Decimal(fully_diluted_market_cap_src_)
                )
                if type(fully_diluted_market_cap_src_) is int
                else read_money(fully_diluted_market_cap_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "fully_diluted_market_cap", exc_
            ) from exc_

        try:
            _updated_at = updated_at_src_
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = (
                    datetime.datetime.fromisoformat(_updated_at)
                    if type(_updated_at) is str and _updated_at.endswith("Z")
                    else read_datetime(_updated_at)
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "updated_at", exc_) from exc_

        market_stat = cls(
            price,
            None if isinstance(id, Unset) else id,
            None if isinstance(code, Unset) else code,
            None if isinstance(usd, Unset) else usd,
            None if isinstance(high, Unset) else high,
            None if isinstance(low, Unset) else low,
            None if isinstance(base_volume, Unset) else base_volume,
            None if isinstance(usd_volume, Unset) else usd_volume,
            None if isinstance(changed, Unset) else changed,
            None if isinstance(fully_diluted_market_cap, Unset) else fully_diluted_market_cap,
            None if isinstance(updated_at, Unset) else updated_at,
        )

        market_stat.additional_properties = d
        return market_stat

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        price = struct_.price
        if type(price) is not str:
            raise UnexpectedResponseShape(
                cls.__name__, "price", f"expected a decimal string, got {type(price).__name__}"
            )
        try:
            price = read_money(price)
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "price", exc_) from exc_

        id = struct_.id

        code = struct_.code

        usd = struct_.usd
        if usd is not None:
            if type(usd) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__, "usd", f"expected a decimal string, got {type(usd).__name__}"
                )
            try:
                usd = read_money(usd)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(cls.__name__, "usd", exc_) from exc_

        high = struct_.high
        if high is not None:
            if type(high) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__, "high", f"expected a decimal string, got {type(high).__name__}"
                )
            try:
                high = read_money(high)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(cls.__name__, "high", exc_) from exc_

        low = struct_.low
        if low is not None:
            if type(low) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__, "low", f"expected a decimal string, got {type(low).__name__}"
                )
            try:
                low = read_money(low)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(cls.__name__, "low", exc_) from exc_

        base_volume = struct_.base_volume
        if base_volume is not None:
            if type(base_volume) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "base_volume",
                    f"expected a decimal string, got {type(base_volume).__name__}",
                )
            try:
                base_volume = read_money(base_volume)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "base_volume", exc_
                ) from exc_

        usd_volume = struct_.usd_volume
        if usd_volume is not None:
            if type(usd_volume) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "usd_volume",
                    f"expected a decimal string, got {type(usd_volume).__name__}",
                )
            try:
                usd_volume = read_money(usd_volume)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "usd_volume", exc_
                ) from exc_

        changed = struct_.changed
        if changed is not None:
            if type(changed) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "changed",
                    f"expected a decimal string, got {type(changed).__name__}",
                )
            try:
                changed = read_money(changed)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "changed", exc_
                ) from exc_

        fully_diluted_market_cap = struct_.fully_diluted_market_cap
        if fully_diluted_market_cap is not None:
            if type(fully_diluted_market_cap) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "fully_diluted_market_cap",
                    f"expected a decimal string, got {type(fully_diluted_market_cap).__name__}",
                )
            try:
                fully_diluted_market_cap = read_money(fully_diluted_market_cap)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "fully_diluted_market_cap", exc_
                ) from exc_

        updated_at = struct_.updated_at
        if updated_at is not None:
            try:
                updated_at = (
                    datetime.datetime.fromisoformat(updated_at)
                    if updated_at.endswith("Z")
                    else read_datetime(updated_at)
                )
            except (KeyError, TypeError, ValueError, AttributeError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "updated_at", exc_
                ) from exc_

        made_ = object.__new__(cls)
        made_.price = price
        made_.id = id
        made_.code = code
        made_.usd = usd
        made_.high = high
        made_.low = low
        made_.base_volume = base_volume
        made_.usd_volume = usd_volume
        made_.changed = changed
        made_.fully_diluted_market_cap = fully_diluted_market_cap
        made_.updated_at = updated_at

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("price", "price", True, "money", None),
            ("id", "id", False, "str", None),
            ("code", "code", False, "str", None),
            ("usd", "usd", False, "money", None),
            ("high", "high", False, "money", None),
            ("low", "low", False, "money", None),
            ("base_volume", "base_volume", False, "money", None),
            ("usd_volume", "usd_volume", False, "money", None),
            ("changed", "changed", False, "money", None),
            ("fully_diluted_market_cap", "fully_diluted_market_cap", False, "money", None),
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
