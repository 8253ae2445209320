# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.status import Status
from ..types import UNSET, Unset, first_read, read_datetime

_STATUS_MEMBERS: dict[object, Status] = {member.value: member for member in Status}


@_attrs_define
class Market:
    """A market (trading pair)."""

    id: str
    """ The market's id, the `market_id` of other operations. """
    base_ccy: Currency
    """ The base currency: the token bought and sold, in which amounts are counted. """
    quote_ccy: Currency
    """ The quote currency: the token prices are in. """
    code: str
    """ The market's code, for example `XCH-USDS`, as in `GET /markets/{code}`. """
    price_precision: int
    """ The decimal places allowed in a price. """
    base_amount_precision: int
    """ The decimal places allowed in a base amount. """
    status: Status | None = None
    """ Whether the market is enabled. """
    info_ccy_name: str | None = None
    """ Which currency to display information for: `base_ccy` or `quote_ccy`. """
    is_new: bool | None = None
    """ Whether the market was added recently. """
    is_fiat: bool | None = None
    """ The DEX's fiat flag for the market; the documentation does not define it. """
    order_no: int | None = None
    """ The market's place in listings. """
    created_at: datetime.datetime | None = None
    """ When the market was created on the DEX. """
    updated_at: datetime.datetime | None = None
    """ When the market last changed on the DEX. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        id = self.id

        base_ccy = self.base_ccy.to_dict()

        quote_ccy = self.quote_ccy.to_dict()

        code = self.code

        price_precision = self.price_precision

        base_amount_precision = self.base_amount_precision

        status_value_ = UNSET if self.status is None else self.status
        status: int | Unset = UNSET
        if not isinstance(status_value_, Unset):
            status = status_value_.value

        info_ccy_name_value_ = UNSET if self.info_ccy_name is None else self.info_ccy_name
        info_ccy_name = info_ccy_name_value_

        is_new_value_ = UNSET if self.is_new is None else self.is_new
        is_new = is_new_value_

        is_fiat_value_ = UNSET if self.is_fiat is None else self.is_fiat
        is_fiat = is_fiat_value_

        order_no_value_ = UNSET if self.order_no is None else self.order_no
        order_no = order_no_value_

        created_at_value_ = UNSET if self.created_at is None else self.created_at
        created_at: str | Unset = UNSET
        if not isinstance(created_at_value_, Unset):
            created_at = created_at_value_.isoformat()

        updated_at_value_ = UNSET if self.updated_at is None else self.updated_at
        updated_at: str | Unset = UNSET
        if not isinstance(updated_at_value_, Unset):
            updated_at = updated_at_value_.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "base_ccy": base_ccy,
                "quote_ccy": quote_ccy,
                "code": code,
                "price_precision": price_precision,
                "base_amount_precision": base_amount_precision,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if info_ccy_name is not UNSET:
            field_dict["info_ccy_name"] = info_ccy_name
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if is_fiat is not UNSET:
            field_dict["is_fiat"] = is_fiat
        if order_no is not UNSET:
            field_dict["order_no"] = order_no
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        from ..models.currency import Currency

        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 13
        if fast_:
            try:
                id = src_dict["id"]
                base_ccy_src_ = src_dict["base_ccy"]
                quote_ccy_src_ = src_dict["quote_ccy"]
                code = src_dict["code"]
                price_precision = src_dict["price_precision"]
                base_amount_precision = src_dict["base_amount_precision"]
                status_src_ = src_dict["status"]
                info_ccy_name = src_dict["info_ccy_name"]
                is_new = src_dict["is_new"]
                is_fiat = src_dict["is_fiat"]
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
            for required_ in (
                "id",
                "base_ccy",
                "quote_ccy",
                "code",
                "price_precision",
                "base_amount_precision",
            ):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            id = d.pop("id")
            base_ccy_src_ = d.pop("base_ccy")
            quote_ccy_src_ = d.pop("quote_ccy")
            code = d.pop("code")
            price_precision = d.pop("price_precision")
            base_amount_precision = d.pop("base_amount_precision")
            status_src_ = d.pop("status", UNSET)
            info_ccy_name = d.pop("info_ccy_name", UNSET)
            is_new = d.pop("is_new", UNSET)
            is_fiat = d.pop("is_fiat", UNSET)
            order_no = d.pop("order_no", UNSET)
            created_at_src_ = d.pop("created_at", UNSET)
            updated_at_src_ = d.pop("updated_at", UNSET)

        if status_src_ is None:
            status_src_ = UNSET
        if info_ccy_name is None:
            info_ccy_name = UNSET
        if is_new is None:
            is_new = UNSET
        if is_fiat is None:
            is_fiat = UNSET
        if order_no is None:
            order_no = UNSET
        if created_at_src_ is None:
            created_at_src_ = UNSET
        if updated_at_src_ is None:
            updated_at_src_ = UNSET
        if type(id) is not str:
            if type(id) is int:
                id = str(id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "id", f"expected str, got {type(id).__name__}"
                )
        if type(code) is not str:
            if type(code) is int:
                code = str(code)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "code", f"expected str, got {type(code).__name__}"
                )
        if type(price_precision) is not int:
            raise UnexpectedResponseShape(
                cls.__name__,
                "price_precision",
                f"expected int, got {type(price_precision).__name__}",
            )
        if type(base_amount_precision) is not int:
            raise UnexpectedResponseShape(
                cls.__name__,
                "base_amount_precision",
                f"expected int, got {type(base_amount_precision).__name__}",
            )
        if type(info_ccy_name) is not str and info_ccy_name is not UNSET:
            if type(info_ccy_name) is int:
                info_ccy_name = str(info_ccy_name)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "info_ccy_name",
                    f"expected str, got {type(info_ccy_name).__name__}",
                )
        if type(is_new) is not bool and is_new is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "is_new", f"expected bool, got {type(is_new).__name__}"
            )
        if type(is_fiat) is not bool and is_fiat is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "is_fiat", f"expected bool, got {type(is_fiat).__name__}"
            )
        if type(order_no) is not int and order_no is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "order_no", f"expected int, got {type(order_no).__name__}"
            )
        try:
            base_ccy = Currency.from_dict(base_ccy_src_)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "base_ccy", exc_) from exc_

        try:
            quote_ccy = Currency.from_dict(quote_ccy_src_)
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
                created_at = (
                    datetime.datetime.fromisoformat(_created_at)
                    if type(_created_at) is str and _created_at.endswith("Z")
                    else read_datetime(_created_at)
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "created_at", exc_) from exc_

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

        market = cls(
            id,
            base_ccy,
            quote_ccy,
            code,
            price_precision,
            base_amount_precision,
            None if isinstance(status, Unset) else status,
            None if isinstance(info_ccy_name, Unset) else info_ccy_name,
            None if isinstance(is_new, Unset) else is_new,
            None if isinstance(is_fiat, Unset) else is_fiat,
            None if isinstance(order_no, Unset) else order_no,
            None if isinstance(created_at, Unset) else created_at,
            None if isinstance(updated_at, Unset) else updated_at,
        )

        market.additional_properties = d
        return market

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        from ..models.currency import Currency

        id = struct_.id

        base_ccy = Currency._from_struct(struct_.base_ccy)

        quote_ccy = Currency._from_struct(struct_.quote_ccy)

        code = struct_.code

        price_precision = struct_.price_precision

        base_amount_precision = struct_.base_amount_precision

        status = struct_.status
        if status is not None:
            try:
                status = _STATUS_MEMBERS[status]
            except (KeyError, TypeError):
                raise UnexpectedResponseShape(
                    cls.__name__, "status", "a value the spec does not list"
                ) from None

        info_ccy_name = struct_.info_ccy_name

        is_new = struct_.is_new

        is_fiat = struct_.is_fiat

        order_no = struct_.order_no

        created_at = struct_.created_at
        if created_at is not None:
            try:
                created_at = (
                    datetime.datetime.fromisoformat(created_at)
                    if created_at.endswith("Z")
                    else read_datetime(created_at)
                )
            except (KeyError, TypeError, ValueError, AttributeError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "created_at", exc_
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
        made_.id = id
        made_.base_ccy = base_ccy
        made_.quote_ccy = quote_ccy
        made_.code = code
        made_.price_precision = price_precision
        made_.base_amount_precision = base_amount_precision
        made_.status = status
        made_.info_ccy_name = info_ccy_name
        made_.is_new = is_new
        made_.is_fiat = is_fiat
        made_.order_no = order_no
        made_.created_at = created_at
        made_.updated_at = updated_at

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        from ..models.currency import Currency

        return (
            ("id", "id", True, "str", None),
            ("base_ccy", "base_ccy", True, "model", Currency),
            ("quote_ccy", "quote_ccy", True, "model", Currency),
            ("code", "code", True, "str", None),
            ("price_precision", "price_precision", True, "int", None),
            ("base_amount_precision", "base_amount_precision", True, "int", None),
            ("status", "status", False, "int", None),
            ("info_ccy_name", "info_ccy_name", False, "str", None),
            ("is_new", "is_new", False, "bool", None),
            ("is_fiat", "is_fiat", False, "bool", None),
            ("order_no", "order_no", False, "int", None),
            ("created_at", "created_at", False, "str", None),
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


from ..models.currency import Currency  # noqa: E402

# attrs wrote __init__ with a copy of this module's names, taken before the imports above.
Market.__init__.__globals__.update(Currency=Currency)
