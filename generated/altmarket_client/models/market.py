# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.market_status import MarketStatus
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_money

_MARKET_STATUS_MEMBERS: dict[object, MarketStatus] = {
    member.value: member for member in MarketStatus
}


@_attrs_define
class Market:
    """A market (trading pair), its limits, fees and decimal scales."""

    base_asset: str
    """ The id of the base asset: the asset bought and sold, in which amounts are counted. """
    quote_asset: str
    """ The id of the quote asset: the asset prices are in. """
    maker_fee: Decimal
    """ The fee rate on the maker's side of a trade, as a fraction (0.001 is 0.1%). """
    taker_fee: Decimal
    """ The fee rate on the taker's side of a trade, as a fraction (0.001 is 0.1%). """
    price_scale: int
    """ The decimal places allowed in a price. """
    amount_scale: int
    """ The decimal places allowed in an amount. """
    status: MarketStatus
    """ The market's trading state: Open, Halted or Paused. """
    min_price: Decimal | None = None
    """ The lowest price the market accepts, in the quote asset; live responses may omit it. """
    max_price: Decimal | None = None
    """ The highest price the market accepts, in the quote asset; live responses may omit it. """
    min_amount: Decimal | None = None
    """ The smallest order amount, in the base asset; live responses may omit it. """
    hidden: int | None = None
    """ Non-zero when the market is not listed publicly. """
    fee: Decimal | None = None
    """ The market's fee as the platform reports it, beside `makerFee` and `takerFee`; its meaning is not
    documented, and live responses may omit it. """
    maker_fee_limit: Decimal | None = None
    """ The platform's limit for the maker fee; its meaning and unit are not documented. """
    taker_fee_limit: Decimal | None = None
    """ The platform's limit for the taker fee; its meaning and unit are not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        base_asset = self.base_asset

        quote_asset = self.quote_asset

        maker_fee: Decimal | Unset = self.maker_fee
        taker_fee: Decimal | Unset = self.taker_fee
        price_scale = self.price_scale

        amount_scale = self.amount_scale

        status = self.status.value

        min_price: Decimal | Unset = UNSET if self.min_price is None else self.min_price
        max_price: Decimal | Unset = UNSET if self.max_price is None else self.max_price
        min_amount: Decimal | Unset = UNSET if self.min_amount is None else self.min_amount
        hidden_value_ = UNSET if self.hidden is None else self.hidden
        hidden = hidden_value_

        fee: Decimal | Unset = UNSET if self.fee is None else self.fee
        maker_fee_limit: Decimal | Unset = (
            UNSET if self.maker_fee_limit is None else self.maker_fee_limit
        )
        taker_fee_limit: Decimal | Unset = (
            UNSET if self.taker_fee_limit is None else self.taker_fee_limit
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseAsset": base_asset,
                "quoteAsset": quote_asset,
                "makerFee": maker_fee,
                "takerFee": taker_fee,
                "priceScale": price_scale,
                "amountScale": amount_scale,
                "status": status,
            }
        )
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if max_price is not UNSET:
            field_dict["maxPrice"] = max_price
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fee is not UNSET:
            field_dict["fee"] = fee
        if maker_fee_limit is not UNSET:
            field_dict["makerFeeLimit"] = maker_fee_limit
        if taker_fee_limit is not UNSET:
            field_dict["takerFeeLimit"] = taker_fee_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 14
        if fast_:
            try:
                base_asset = src_dict["baseAsset"]
                quote_asset = src_dict["quoteAsset"]
                maker_fee_src_ = src_dict["makerFee"]
                taker_fee_src_ = src_dict["takerFee"]
                price_scale = src_dict["priceScale"]
                amount_scale = src_dict["amountScale"]
                status_src_ = src_dict["status"]
                min_price_src_ = src_dict["minPrice"]
                max_price_src_ = src_dict["maxPrice"]
                min_amount_src_ = src_dict["minAmount"]
                hidden = src_dict["hidden"]
                fee_src_ = src_dict["fee"]
                maker_fee_limit_src_ = src_dict["makerFeeLimit"]
                taker_fee_limit_src_ = src_dict["takerFeeLimit"]
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
                "baseAsset",
                "quoteAsset",
                "makerFee",
                "takerFee",
                "priceScale",
                "amountScale",
                "status",
            ):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            base_asset = d.pop("baseAsset")
            quote_asset = d.pop("quoteAsset")
            maker_fee_src_ = d.pop("makerFee")
            taker_fee_src_ = d.pop("takerFee")
            price_scale = d.pop("priceScale")
            amount_scale = d.pop("amountScale")
            status_src_ = d.pop("status")
            min_price_src_ = d.pop("minPrice", UNSET)
            max_price_src_ = d.pop("maxPrice", UNSET)
            min_amount_src_ = d.pop("minAmount", UNSET)
            hidden = d.pop("hidden", UNSET)
            fee_src_ = d.pop("fee", UNSET)
            maker_fee_limit_src_ = d.pop("makerFeeLimit", UNSET)
            taker_fee_limit_src_ = d.pop("takerFeeLimit", UNSET)

        if min_price_src_ is None:
            min_price_src_ = UNSET
        if max_price_src_ is None:
            max_price_src_ = UNSET
        if min_amount_src_ is None:
            min_amount_src_ = UNSET
        if hidden is None:
            hidden = UNSET
        if fee_src_ is None:
            fee_src_ = UNSET
        if maker_fee_limit_src_ is None:
            maker_fee_limit_src_ = UNSET
        if taker_fee_limit_src_ is None:
            taker_fee_limit_src_ = UNSET
        if type(base_asset) is not str:
            if type(base_asset) is int:
                base_asset = str(base_asset)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "baseAsset", f"expected str, got {type(base_asset).__name__}"
                )
        if type(quote_asset) is not str:
            if type(quote_asset) is int:
                quote_asset = str(quote_asset)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "quoteAsset", f"expected str, got {type(quote_asset).__name__}"
                )
        if type(price_scale) is not int:
            raise UnexpectedResponseShape(
                cls.__name__, "priceScale", f"expected int, got {type(price_scale).__name__}"
            )
        if type(amount_scale) is not int:
            raise UnexpectedResponseShape(
                cls.__name__, "amountScale", f"expected int, got {type(amount_scale).__name__}"
            )
        if type(hidden) is not int and hidden is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "hidden", f"expected int, got {type(hidden).__name__}"
            )
        try:
            maker_fee = (
                maker_fee_src_
                if type(maker_fee_src_) is Decimal
                else (
                    SMALL_DECIMALS[maker_fee_src_]
                    if 0 <= maker_fee_src_ < 256
                    else Decimal(maker_fee_src_)
                )
                if type(maker_fee_src_) is int
                else read_money(maker_fee_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "makerFee", exc_) from exc_

        try:
            taker_fee = (
                taker_fee_src_
                if type(taker_fee_src_) is Decimal
                else (
                    SMALL_DECIMALS[taker_fee_src_]
                    if 0 <= taker_fee_src_ < 256
                    else Decimal(taker_fee_src_)
                )
                if type(taker_fee_src_) is int
                else read_money(taker_fee_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "takerFee", exc_) from exc_

        _status = status_src_
        try:
            status = _MARKET_STATUS_MEMBERS[_status]
        except (KeyError, TypeError):
            status = MarketStatus(_status)

        try:
            min_price: Decimal | Unset = (
                min_price_src_
                if type(min_price_src_) is Decimal or min_price_src_ is UNSET
                else (
                    SMALL_DECIMALS[min_price_src_]
                    if 0 <= min_price_src_ < 256
                    else Decimal(min_price_src_)
                )
                if type(min_price_src_) is int
                else read_money(min_price_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "minPrice", exc_) from exc_

        try:
            max_price: Decimal | Unset = (
                max_price_src_
                if type(max_price_src_) is Decimal or max_price_src_ is UNSET
                else (
                    SMALL_DECIMALS[max_price_src_]
                    if 0 <= max_price_src_ < 256
                    else Decimal(max_price_src_)
                )
                if type(max_price_src_) is int
                else read_money(max_price_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "maxPrice", exc_) from exc_

        try:
            min_amount: Decimal | Unset = (
                min_amount_src_
                if type(min_amount_src_) is Decimal or min_amount_src_ is UNSET
                else (
                    SMALL_DECIMALS[min_amount_src_]
                    if 0 <= min_amount_src_ < 256
                    else Decimal(min_amount_src_)
                )
                if type(min_amount_src_) is int
                else read_money(min_amount_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "minAmount", exc_) from exc_

        try:
            fee: Decimal | Unset = (
                fee_src_
                if type(fee_src_) is Decimal or fee_src_ is UNSET
                else (SMALL_DECIMALS[fee_src_] if 0 <= fee_src_ < 256 else Decimal(fee_src_))
                if type(fee_src_) is int
                else read_money(fee_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "fee", exc_) from exc_

        try:
            maker_fee_limit: Decimal | Unset = (
                maker_fee_limit_src_
                if type(maker_fee_limit_src_) is Decimal or maker_fee_limit_src_ is UNSET
                else (
                    SMALL_DECIMALS[maker_fee_limit_src_]
                    if 0 <= maker_fee_limit_src_ < 256
                    else Decimal(maker_fee_limit_src_)
                )
                if type(maker_fee_limit_src_) is int
                else read_money(maker_fee_limit_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "makerFeeLimit", exc_
            ) from exc_

        try:
            taker_fee_limit: Decimal | Unset = (
                taker_fee_limit_src_
                if type(taker_fee_limit_src_) is Decimal or taker_fee_limit_src_ is UNSET
                else (
                    SMALL_DECIMALS[taker_fee_limit_src_]
                    if 0 <= taker_fee_limit_src_ < 256
                    else Decimal(taker_fee_limit_src_)
                )
                if type(taker_fee_limit_src_) is int
                else read_money(taker_fee_limit_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "takerFeeLimit", exc_
            ) from exc_

        market = cls(
            base_asset,
            quote_asset,
            maker_fee,
            taker_fee,
            price_scale,
            amount_scale,
            status,
            None if isinstance(min_price, Unset) else min_price,
            None if isinstance(max_price, Unset) else max_price,
            None if isinstance(min_amount, Unset) else min_amount,
            None if isinstance(hidden, Unset) else hidden,
            None if isinstance(fee, Unset) else fee,
            None if isinstance(maker_fee_limit, Unset) else maker_fee_limit,
            None if isinstance(taker_fee_limit, Unset) else taker_fee_limit,
        )

        market.additional_properties = d
        return market

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        base_asset = struct_.base_asset

        quote_asset = struct_.quote_asset

        maker_fee = struct_.maker_fee
        if type(maker_fee) is not Decimal:
            if type(maker_fee) is int:
                maker_fee = (
                    SMALL_DECIMALS[maker_fee] if 0 <= maker_fee < 256 else Decimal(maker_fee)
                )
            elif type(maker_fee) is float:
                try:
                    maker_fee = read_money(maker_fee)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "makerFee", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "makerFee", f"expected a number, got {type(maker_fee).__name__}"
                )

        taker_fee = struct_.taker_fee
        if type(taker_fee) is not Decimal:
            if type(taker_fee) is int:
                taker_fee = (
                    SMALL_DECIMALS[taker_fee] if 0 <= taker_fee < 256 else Decimal(taker_fee)
                )
            elif type(taker_fee) is float:
                try:
                    taker_fee = read_money(taker_fee)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "takerFee", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "takerFee", f"expected a number, got {type(taker_fee).__name__}"
                )

        price_scale = struct_.price_scale

        amount_scale = struct_.amount_scale

        status = struct_.status
        try:
            status = _MARKET_STATUS_MEMBERS[status]
        except (KeyError, TypeError):
            raise UnexpectedResponseShape(
                cls.__name__, "status", "a value the spec does not list"
            ) from None

        min_price = struct_.min_price
        if min_price is not None and type(min_price) is not Decimal:
            if type(min_price) is int:
                min_price = (
                    SMALL_DECIMALS[min_price] if 0 <= min_price < 256 else Decimal(min_price)
                )
            elif type(min_price) is float:
                try:
                    min_price = read_money(min_price)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "minPrice", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "minPrice", f"expected a number, got {type(min_price).__name__}"
                )

        max_price = struct_.max_price
        if max_price is not None and type(max_price) is not Decimal:
            if type(max_price) is int:
                max_price = (
                    SMALL_DECIMALS[max_price] if 0 <= max_price < 256 else Decimal(max_price)
                )
            elif type(max_price) is float:
                try:
                    max_price = read_money(max_price)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "maxPrice", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "maxPrice", f"expected a number, got {type(max_price).__name__}"
                )

        min_amount = struct_.min_amount
        if min_amount is not None and type(min_amount) is not Decimal:
            if type(min_amount) is int:
                min_amount = (
                    SMALL_DECIMALS[min_amount] if 0 <= min_amount < 256 else Decimal(min_amount)
                )
            elif type(min_amount) is float:
                try:
                    min_amount = read_money(min_amount)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "minAmount", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "minAmount", f"expected a number, got {type(min_amount).__name__}"
                )

        hidden = struct_.hidden

        fee = struct_.fee
        if fee is not None and type(fee) is not Decimal:
            if type(fee) is int:
                fee = SMALL_DECIMALS[fee] if 0 <= fee < 256 else Decimal(fee)
            elif type(fee) is float:
                try:
                    fee = read_money(fee)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "fee", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "fee", f"expected a number, got {type(fee).__name__}"
                )

        maker_fee_limit = struct_.maker_fee_limit
        if maker_fee_limit is not None and type(maker_fee_limit) is not Decimal:
            if type(maker_fee_limit) is int:
                maker_fee_limit = (
                    SMALL_DECIMALS[maker_fee_limit]
                    if 0 <= maker_fee_limit < 256
                    else Decimal(maker_fee_limit)
                )
            elif type(maker_fee_limit) is float:
                try:
                    maker_fee_limit = read_money(maker_fee_limit)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "makerFeeLimit", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "makerFeeLimit",
                    f"expected a number, got {type(maker_fee_limit).__name__}",
                )

        taker_fee_limit = struct_.taker_fee_limit
        if taker_fee_limit is not None and type(taker_fee_limit) is not Decimal:
            if type(taker_fee_limit) is int:
                taker_fee_limit = (
                    SMALL_DECIMALS[taker_fee_limit]
                    if 0 <= taker_fee_limit < 256
                    else Decimal(taker_fee_limit)
                )
            elif type(taker_fee_limit) is float:
                try:
                    taker_fee_limit = read_money(taker_fee_limit)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "takerFeeLimit", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "takerFeeLimit",
                    f"expected a number, got {type(taker_fee_limit).__name__}",
                )

        made_ = object.__new__(cls)
        made_.base_asset = base_asset
        made_.quote_asset = quote_asset
        made_.maker_fee = maker_fee
        made_.taker_fee = taker_fee
        made_.price_scale = price_scale
        made_.amount_scale = amount_scale
        made_.status = status
        made_.min_price = min_price
        made_.max_price = max_price
        made_.min_amount = min_amount
        made_.hidden = hidden
        made_.fee = fee
        made_.maker_fee_limit = maker_fee_limit
        made_.taker_fee_limit = taker_fee_limit

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("base_asset", "baseAsset", True, "str", None),
            ("quote_asset", "quoteAsset", True, "str", None),
            ("maker_fee", "makerFee", True, "money", None),
            ("taker_fee", "takerFee", True, "money", None),
            ("price_scale", "priceScale", True, "int", None),
            ("amount_scale", "amountScale", True, "int", None),
            ("status", "status", True, "str", None),
            ("min_price", "minPrice", False, "money", None),
            ("max_price", "maxPrice", False, "money", None),
            ("min_amount", "minAmount", False, "money", None),
            ("hidden", "hidden", False, "int", None),
            ("fee", "fee", False, "money", None),
            ("maker_fee_limit", "makerFeeLimit", False, "money", None),
            ("taker_fee_limit", "takerFeeLimit", False, "money", None),
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
