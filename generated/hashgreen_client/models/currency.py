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
    from ..models.currency_links import CurrencyLinks


_STATUS_MEMBERS: dict[object, Status] = {member.value: member for member in Status}


@_attrs_define
class Currency:
    """A token (currency) the DEX lists."""

    id: str | Unset = UNSET
    """ Token ID. """
    asset_id: str | Unset = UNSET
    """ The CAT's asset id (hex); absent for XCH. """
    code: str | Unset = UNSET
    """ Token ticker (up to six letters). """
    name: str | Unset = UNSET
    """ Full name. """
    description: str | Unset = UNSET
    type_: int | Unset = UNSET
    """ The token's kind as the DEX numbers it (1 for XCH, 2 for a CAT in the examples). """
    status: Status | Unset = UNSET
    """ Whether a market or currency is enabled: 1 Disabled, 2 Enabled. """
    multiplier: str | Unset = UNSET
    """ Conversion from mojo to whole token (`1E-12` for XCH). """
    precision: int | Unset = UNSET
    """ Decimal places needed to represent. """
    min_amount_display: str | Unset = UNSET
    """ Minimum amount allowed for trading. """
    max_supply_display: str | Unset = UNSET
    total_supply_display: str | Unset = UNSET
    """ Total supply of the token. """
    circulating_supply_display: str | Unset = UNSET
    links: CurrencyLinks | Unset = UNSET
    """ Project links, by name. """
    icon_url: str | Unset = UNSET
    launch_at: datetime.datetime | Unset = UNSET
    """ Launch date of the project. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        asset_id = self.asset_id

        code = self.code

        name = self.name

        description = self.description

        type_ = self.type_

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        multiplier = self.multiplier

        precision = self.precision

        min_amount_display = self.min_amount_display

        max_supply_display = self.max_supply_display

        total_supply_display = self.total_supply_display

        circulating_supply_display = self.circulating_supply_display

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        icon_url = self.icon_url

        launch_at: str | Unset = UNSET
        if not isinstance(self.launch_at, Unset):
            launch_at = self.launch_at.isoformat()

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
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if code is not UNSET:
            field_dict["code"] = code
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
        from ..models.currency_links import CurrencyLinks

        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 18
        if fast_:
            try:
                id = src_dict["id"]
                asset_id = src_dict["asset_id"]
                code = src_dict["code"]
                name = src_dict["name"]
                description = src_dict["description"]
                type_ = src_dict["type"]
                status_src_ = src_dict["status"]
                multiplier = src_dict["multiplier"]
                precision = src_dict["precision"]
                min_amount_display = src_dict["min_amount_display"]
                max_supply_display = src_dict["max_supply_display"]
                total_supply_display = src_dict["total_supply_display"]
                circulating_supply_display = src_dict["circulating_supply_display"]
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
            id = d.pop("id", UNSET)
            asset_id = d.pop("asset_id", UNSET)
            code = d.pop("code", UNSET)
            name = d.pop("name", UNSET)
            description = d.pop("description", UNSET)
            type_ = d.pop("type", UNSET)
            status_src_ = d.pop("status", UNSET)
            multiplier = d.pop("multiplier", UNSET)
            precision = d.pop("precision", UNSET)
            min_amount_display = d.pop("min_amount_display", UNSET)
            max_supply_display = d.pop("max_supply_display", UNSET)
            total_supply_display = d.pop("total_supply_display", UNSET)
            circulating_supply_display = d.pop("circulating_supply_display", UNSET)
            links_src_ = d.pop("links", UNSET)
            icon_url = d.pop("icon_url", UNSET)
            launch_at_src_ = d.pop("launch_at", UNSET)
            created_at_src_ = d.pop("created_at", UNSET)
            updated_at_src_ = d.pop("updated_at", UNSET)

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
                launch_at = datetime.datetime.fromisoformat(_launch_at)
        except (KeyError, TypeError, ValueError, AttributeError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "launch_at", exc_) from exc_

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

        currency = cls(
            id,
            asset_id,
            code,
            name,
            description,
            type_,
            status,
            multiplier,
            precision,
            min_amount_display,
            max_supply_display,
            total_supply_display,
            circulating_supply_display,
            links,
            icon_url,
            launch_at,
            created_at,
            updated_at,
        )

        currency.additional_properties = d
        return currency

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
