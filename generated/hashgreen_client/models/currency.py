# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..models.status import Status
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_datetime, read_money

_STATUS_MEMBERS: dict[object, Status] = {member.value: member for member in Status}


@_attrs_define
class Currency:
    """A token (currency) the DEX lists."""

    id: str
    """ The token's id on the DEX. """
    code: str
    """ The token's ticker, up to six letters, for example `XCH`. """
    asset_id: str | None = None
    """ The CAT's asset id (hex); absent for XCH. """
    name: str | None = None
    """ The token's full name. """
    description: str | None = None
    """ A text about the token. """
    type_: int | None = None
    """ The token's kind as the DEX numbers it (1 for XCH, 2 for a CAT in the examples). """
    status: Status | None = None
    """ Whether the token is enabled. """
    multiplier: Decimal | None = None
    """ The value of one mojo, the token's smallest unit, in whole tokens (`1E-12` for XCH). """
    precision: int | None = None
    """ The decimal places needed to write an amount of the token (12 for XCH). """
    min_amount_display: Decimal | None = None
    """ The smallest amount allowed in trading, in whole tokens. """
    max_supply_display: Decimal | None = None
    """ The token's maximum supply, in whole tokens. """
    total_supply_display: Decimal | None = None
    """ The token's total supply, in whole tokens. """
    circulating_supply_display: Decimal | None = None
    """ The token's circulating supply, in whole tokens. """
    links: CurrencyLinks | None = None
    """ The project's links, keyed by name (for example `website`). """
    icon_url: str | None = None
    """ The URL of the token's icon. """
    launch_at: datetime.datetime | None = None
    """ When the token's project launched. """
    created_at: datetime.datetime | None = None
    """ When the token's record was created on the DEX. """
    updated_at: datetime.datetime | None = None
    """ When the token's record last changed on the DEX. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        id = self.id

        code = self.code

        asset_id_value_ = UNSET if self.asset_id is None else self.asset_id
        asset_id = asset_id_value_

        name_value_ = UNSET if self.name is None else self.name
        name = name_value_

        description_value_ = UNSET if self.description is None else self.description
        description = description_value_

        type__value_ = UNSET if self.type_ is None else self.type_
        type_ = type__value_

        status_value_ = UNSET if self.status is None else self.status
        status: int | Unset = UNSET
        if not isinstance(status_value_, Unset):
            status = status_value_.value

        multiplier: str | Unset = UNSET if self.multiplier is None else format(self.multiplier, "f")
        precision_value_ = UNSET if self.precision is None else self.precision
        precision = precision_value_

        min_amount_display: str | Unset = (
            UNSET if self.min_amount_display is None else format(self.min_amount_display, "f")
        )
        max_supply_display: str | Unset = (
            UNSET if self.max_supply_display is None else format(self.max_supply_display, "f")
        )
        total_supply_display: str | Unset = (
            UNSET if self.total_supply_display is None else format(self.total_supply_display, "f")
        )
        circulating_supply_display: str | Unset = (
            UNSET
            if self.circulating_supply_display is None
            else format(self.circulating_supply_display, "f")
        )
        links_value_ = UNSET if self.links is None else self.links
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(links_value_, Unset):
            links = links_value_.to_dict()

        icon_url_value_ = UNSET if self.icon_url is None else self.icon_url
        icon_url = icon_url_value_

        launch_at_value_ = UNSET if self.launch_at is None else self.launch_at
        launch_at: str | Unset = UNSET
        if not isinstance(launch_at_value_, Unset):
            launch_at = launch_at_value_.isoformat()

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
                "code": code,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if precision is not UNSET:
            field_dict["precision"] = precision
        if min_amount_display is not UNSET:
            field_dict["min_amount_display"] = min_amount_display
        if max_supply_display is not UNSET:
            field_dict["max_supply_display"] = max_supply_display
        if total_supply_display is not UNSET:
            field_dict["total_supply_display"] = total_supply_display
        if circulating_supply_display is not UNSET:
            field_dict["circulating_supply_display"] = circulating_supply_display
        if links is not UNSET:
            field_dict["links"] = links
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if launch_at is not UNSET:
            field_dict["launch_at"] = launch_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        from ..models.currency_links import CurrencyLinks

        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 18
        if fast_:
            try:
                id = src_dict["id"]
                code = src_dict["code"]
                asset_id = src_dict["asset_id"]
                name = src_dict["name"]
                description = src_dict["description"]
                type_ = src_dict["type"]
                status_src_ = src_dict["status"]
                multiplier_src_ = src_dict["multiplier"]
                precision = src_dict["precision"]
                min_amount_display_src_ = src_dict["min_amount_display"]
                max_supply_display_src_ = src_dict["max_supply_display"]
                total_supply_display_src_ = src_dict["total_supply_display"]
                circulating_supply_display_src_ = src_dict["circulating_supply_display"]
                links_src_ = src_dict["links"]
                icon_url = src_dict["icon_url"]
                launch_at_src_ = src_dict["launch_at"]
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
            for required_ in ("id", "code"):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            id = d.pop("id")
            code = d.pop("code")
            asset_id = d.pop("asset_id", UNSET)
            name = d.pop("name", UNSET)
            description = d.pop("description", UNSET)
            type_ = d.pop("type", UNSET)
            status_src_ = d.pop("status", UNSET)
            multiplier_src_ = d.pop("multiplier", UNSET)
            precision = d.pop("precision", UNSET)
            min_amount_display_src_ = d.pop("min_amount_display", UNSET)
            max_supply_display_src_ = d.pop("max_supply_display", UNSET)
            total_supply_display_src_ = d.pop("total_supply_display", UNSET)
            circulating_supply_display_src_ = d.pop("circulating_supply_display", UNSET)
            links_src_ = d.pop("links", UNSET)
            icon_url = d.pop("icon_url", UNSET)
            launch_at_src_ = d.pop("launch_at", UNSET)
            created_at_src_ = d.pop("created_at", UNSET)
            updated_at_src_ = d.pop("updated_at", UNSET)

        if asset_id is None:
            asset_id = UNSET
        if name is None:
            name = UNSET
        if description is None:
            description = UNSET
        if type_ is None:
            type_ = UNSET
        if status_src_ is None:
            status_src_ = UNSET
        if multiplier_src_ is None:
            multiplier_src_ = UNSET
        if precision is None:
            precision = UNSET
        if min_amount_display_src_ is None:
            min_amount_display_src_ = UNSET
        if max_supply_display_src_ is None:
            max_supply_display_src_ = UNSET
        if total_supply_display_src_ is None:
            total_supply_display_src_ = UNSET
        if circulating_supply_display_src_ is None:
            circulating_supply_display_src_ = UNSET
        if links_src_ is None:
            links_src_ = UNSET
        if icon_url is None:
            icon_url = UNSET
        if launch_at_src_ is None:
            launch_at_src_ = UNSET
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
        if type(asset_id) is not str and asset_id is not UNSET:
            if type(asset_id) is int:
                asset_id = str(asset_id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "asset_id", f"expected str, got {type(asset_id).__name__}"
                )
        if type(name) is not str and name is not UNSET:
            if type(name) is int:
                name = str(name)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "name", f"expected str, got {type(name).__name__}"
                )
        if type(description) is not str and description is not UNSET:
            if type(description) is int:
                description = str(description)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "description", f"expected str, got {type(description).__name__}"
                )
        if type(type_) is not int and type_ is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "type", f"expected int, got {type(type_).__name__}"
            )
        if type(precision) is not int and precision is not UNSET:
            raise UnexpectedResponseShape(
                cls.__name__, "precision", f"expected int, got {type(precision).__name__}"
            )
        if type(icon_url) is not str and icon_url is not UNSET:
            if type(icon_url) is int:
                icon_url = str(icon_url)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "icon_url", f"expected str, got {type(icon_url).__name__}"
                )
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
            multiplier: Decimal | Unset = (
                multiplier_src_
                if type(multiplier_src_) is Decimal or multiplier_src_ is UNSET
                else (
                    SMALL_DECIMALS[multiplier_src_]
                    if 0 <= multiplier_src_ < 256
                    else Decimal(multiplier_src_)
                )
                if type(multiplier_src_) is int
                else read_money(multiplier_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "multiplier", exc_) from exc_

        try:
            min_amount_display: Decimal | Unset = (
                min_amount_display_src_
                if type(min_amount_display_src_) is Decimal or min_amount_display_src_ is UNSET
                else (
                    SMALL_DECIMALS[min_amount_display_src_]
                    if 0 <= min_amount_display_src_ < 256
                    else Decimal(min_amount_display_src_)
                )
                if type(min_amount_display_src_) is int
                else read_money(min_amount_display_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "min_amount_display", exc_
            ) from exc_

        try:
            max_supply_display: Decimal | Unset = (
                max_supply_display_src_
                if type(max_supply_display_src_) is Decimal or max_supply_display_src_ is UNSET
                else (
                    SMALL_DECIMALS[max_supply_display_src_]
                    if 0 <= max_supply_display_src_ < 256
                    else Decimal(max_supply_display_src_)
                )
                if type(max_supply_display_src_) is int
                else read_money(max_supply_display_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "max_supply_display", exc_
            ) from exc_

        try:
            total_supply_display: Decimal | Unset = (
                total_supply_display_src_
                if type(total_supply_display_src_) is Decimal or total_supply_display_src_ is UNSET
                else (
                    SMALL_DECIMALS[total_supply_display_src_]
                    if 0 <= total_supply_display_src_ < 256
                    else Decimal(total_supply_display_src_)
                )
                if type(total_supply_display_src_) is int
                else read_money(total_supply_display_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "total_supply_display", exc_
            ) from exc_

        try:
            circulating_supply_display: Decimal | Unset = (
                circulating_supply_display_src_
                if type(circulating_supply_display_src_) is Decimal
                or circulating_supply_display_src_ is UNSET
                else (
                    SMALL_DECIMALS[circulating_supply_display_src_]
                    if 0 <= circulating_supply_display_src_ < 256
                    else Decimal(circulating_supply_display_src_)
                )
                if type(circulating_supply_display_src_) is int
                else read_money(circulating_supply_display_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "circulating_supply_display", exc_
            ) from exc_

        try:
            _links = links_src_
            links: CurrencyLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = CurrencyLinks.from_dict(_links)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "links", exc_) from exc_

        try:
            _launch_at = launch_at_src_
            launch_at: datetime.datetime | Unset
            if isinstance(_launch_at, Unset):
                launch_at = UNSET
            else:
                launch_at = (
                    datetime.datetime.fromisoformat(_launch_at)
                    if type(_launch_at) is str and _launch_at.endswith("Z")
                    else read_datetime(_launch_at)
                )
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "launch_at", exc_) from exc_

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

        currency = cls(
            id,
            code,
            None if isinstance(asset_id, Unset) else asset_id,
            None if isinstance(name, Unset) else name,
            None if isinstance(description, Unset) else description,
            None if isinstance(type_, Unset) else type_,
            None if isinstance(status, Unset) else status,
            None if isinstance(multiplier, Unset) else multiplier,
            None if isinstance(precision, Unset) else precision,
            None if isinstance(min_amount_display, Unset) else min_amount_display,
            None if isinstance(max_supply_display, Unset) else max_supply_display,
            None if isinstance(total_supply_display, Unset) else total_supply_display,
            None if isinstance(circulating_supply_display, Unset) else circulating_supply_display,
            None if isinstance(links, Unset) else links,
            None if isinstance(icon_url, Unset) else icon_url,
            None if isinstance(launch_at, Unset) else launch_at,
            None if isinstance(created_at, Unset) else created_at,
            None if isinstance(updated_at, Unset) else updated_at,
        )

        currency.additional_properties = d
        return currency

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        from ..models.currency_links import CurrencyLinks

        id = struct_.id

        code = struct_.code

        asset_id = struct_.asset_id

        name = struct_.name

        description = struct_.description

        type_ = struct_.type_

        status = struct_.status
        if status is not None:
            try:
                status = _STATUS_MEMBERS[status]
            except (KeyError, TypeError):
                raise UnexpectedResponseShape(
                    cls.__name__, "status", "a value the spec does not list"
                ) from None

        multiplier = struct_.multiplier
        if multiplier is not None:
            if type(multiplier) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "multiplier",
                    f"expected a decimal string, got {type(multiplier).__name__}",
                )
            try:
                multiplier = read_money(multiplier)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "multiplier", exc_
                ) from exc_

        precision = struct_.precision

        min_amount_display = struct_.min_amount_display
        if min_amount_display is not None:
            if type(min_amount_display) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "min_amount_display",
                    f"expected a decimal string, got {type(min_amount_display).__name__}",
                )
            try:
                min_amount_display = read_money(min_amount_display)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "min_amount_display", exc_
                ) from exc_

        max_supply_display = struct_.max_supply_display
        if max_supply_display is not None:
            if type(max_supply_display) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "max_supply_display",
                    f"expected a decimal string, got {type(max_supply_display).__name__}",
                )
            try:
                max_supply_display = read_money(max_supply_display)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "max_supply_display", exc_
                ) from exc_

        total_supply_display = struct_.total_supply_display
        if total_supply_display is not None:
            if type(total_supply_display) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "total_supply_display",
                    f"expected a decimal string, got {type(total_supply_display).__name__}",
                )
            try:
                total_supply_display = read_money(total_supply_display)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "total_supply_display", exc_
                ) from exc_

        circulating_supply_display = struct_.circulating_supply_display
        if circulating_supply_display is not None:
            if type(circulating_supply_display) is not str:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "circulating_supply_display",
                    f"expected a decimal string, got {type(circulating_supply_display).__name__}",
                )
            try:
                circulating_supply_display = read_money(circulating_supply_display)
            except (TypeError, ValueError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "circulating_supply_display", exc_
                ) from exc_

        links_src_ = struct_.links
        if links_src_ is None:
            links_src_ = UNSET
        try:
            _links = links_src_
            links: CurrencyLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = CurrencyLinks.from_dict(_links)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "links", exc_) from exc_

        icon_url = struct_.icon_url

        launch_at = struct_.launch_at
        if launch_at is not None:
            try:
                launch_at = (
                    datetime.datetime.fromisoformat(launch_at)
                    if launch_at.endswith("Z")
                    else read_datetime(launch_at)
                )
            except (KeyError, TypeError, ValueError, AttributeError) as exc_:
                raise UnexpectedResponseShape.from_exception(
                    cls.__name__, "launch_at", exc_
                ) from exc_

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
        made_.code = code
        made_.asset_id = asset_id
        made_.name = name
        made_.description = description
        made_.type_ = type_
        made_.status = status
        made_.multiplier = multiplier
        made_.precision = precision
        made_.min_amount_display = min_amount_display
        made_.max_supply_display = max_supply_display
        made_.total_supply_display = total_supply_display
        made_.circulating_supply_display = circulating_supply_display
        made_.links = None if isinstance(links, Unset) else links
        made_.icon_url = icon_url
        made_.launch_at = launch_at
        made_.created_at = created_at
        made_.updated_at = updated_at

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("id", "id", True, "str", None),
            ("code", "code", True, "str", None),
            ("asset_id", "asset_id", False, "str", None),
            ("name", "name", False, "str", None),
            ("description", "description", False, "str", None),
            ("type_", "type", False, "int", None),
            ("status", "status", False, "int", None),
            ("multiplier", "multiplier", False, "money", None),
            ("precision", "precision", False, "int", None),
            ("min_amount_display", "min_amount_display", False, "money", None),
            ("max_supply_display", "max_supply_display", False, "money", None),
            ("total_supply_display", "total_supply_display", False, "money", None),
            ("circulating_supply_display", "circulating_supply_display", False, "money", None),
            ("links", "links", False, "Any", None),
            ("icon_url", "icon_url", False, "str", None),
            ("launch_at", "launch_at", False, "str", None),
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


from ..models.currency_links import CurrencyLinks  # noqa: E402

# attrs wrote __init__ with a copy of this module's names, taken before the imports above.
Currency.__init__.__globals__.update(CurrencyLinks=CurrencyLinks)
