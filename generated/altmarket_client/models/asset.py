# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import SMALL_DECIMALS, UNSET, Unset, first_read, read_money


@_attrs_define
class Asset:
    """An asset the exchange lists."""

    id: str
    """ The asset's id, for example `btc` (the live platform writes ids in lowercase). """
    can_deposit: bool
    """ Whether deposits of the asset are open. """
    can_withdraw: bool
    """ Whether withdrawals of the asset are open. """
    asset_name: str
    """ The asset's full name. """
    scale: int
    """ The decimal places the asset is counted in. """
    image_url: str | None = None
    """ The URL of the asset's icon. """
    withdrawal_fee: Decimal | None = None
    """ The fee taken from each withdrawal of the asset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        id = self.id

        can_deposit = self.can_deposit

        can_withdraw = self.can_withdraw

        asset_name = self.asset_name

        scale = self.scale

        image_url_value_ = UNSET if self.image_url is None else self.image_url
        image_url = image_url_value_

        withdrawal_fee: Decimal | Unset = (
            UNSET if self.withdrawal_fee is None else self.withdrawal_fee
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "can_deposit": can_deposit,
                "can_withdraw": can_withdraw,
                "asset_name": asset_name,
                "scale": scale,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if withdrawal_fee is not UNSET:
            field_dict["withdrawal_fee"] = withdrawal_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 7
        if fast_:
            try:
                id = src_dict["id"]
                can_deposit = src_dict["can_deposit"]
                can_withdraw = src_dict["can_withdraw"]
                asset_name = src_dict["asset_name"]
                scale = src_dict["scale"]
                image_url = src_dict["image_url"]
                withdrawal_fee_src_ = src_dict["withdrawal_fee"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("id", "can_deposit", "can_withdraw", "asset_name", "scale"):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            id = d.pop("id")
            can_deposit = d.pop("can_deposit")
            can_withdraw = d.pop("can_withdraw")
            asset_name = d.pop("asset_name")
            scale = d.pop("scale")
            image_url = d.pop("image_url", UNSET)
            withdrawal_fee_src_ = d.pop("withdrawal_fee", UNSET)

        if image_url is None:
            image_url = UNSET
        if withdrawal_fee_src_ is None:
            withdrawal_fee_src_ = UNSET
        if type(id) is not str:
            if type(id) is int:
                id = str(id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "id", f"expected str, got {type(id).__name__}"
                )
        if type(can_deposit) is not bool:
            raise UnexpectedResponseShape(
                cls.__name__, "can_deposit", f"expected bool, got {type(can_deposit).__name__}"
            )
        if type(can_withdraw) is not bool:
            raise UnexpectedResponseShape(
                cls.__name__, "can_withdraw", f"expected bool, got {type(can_withdraw).__name__}"
            )
        if type(asset_name) is not str:
            if type(asset_name) is int:
                asset_name = str(asset_name)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "asset_name", f"expected str, got {type(asset_name).__name__}"
                )
        if type(scale) is not int:
            raise UnexpectedResponseShape(
                cls.__name__, "scale", f"expected int, got {type(scale).__name__}"
            )
        if type(image_url) is not str and image_url is not UNSET:
            if type(image_url) is int:
                image_url = str(image_url)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "image_url", f"expected str, got {type(image_url).__name__}"
                )
        try:
            withdrawal_fee: Decimal | Unset = (
                withdrawal_fee_src_
                if type(withdrawal_fee_src_) is Decimal or withdrawal_fee_src_ is UNSET
                else (
                    SMALL_DECIMALS[withdrawal_fee_src_]
                    if 0 <= withdrawal_fee_src_ < 256
                    else Decimal(withdrawal_fee_src_)
                )
                if type(withdrawal_fee_src_) is int
                else read_money(withdrawal_fee_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "withdrawal_fee", exc_
            ) from exc_

        asset = cls(
            id,
            can_deposit,
            can_withdraw,
            asset_name,
            scale,
            None if isinstance(image_url, Unset) else image_url,
            None if isinstance(withdrawal_fee, Unset) else withdrawal_fee,
        )

        asset.additional_properties = d
        return asset

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        id = struct_.id

        can_deposit = struct_.can_deposit

        can_withdraw = struct_.can_withdraw

        asset_name = struct_.asset_name

        scale = struct_.scale

        image_url = struct_.image_url

        withdrawal_fee = struct_.withdrawal_fee
        if withdrawal_fee is not None and type(withdrawal_fee) is not Decimal:
            if type(withdrawal_fee) is int:
                withdrawal_fee = (
                    SMALL_DECIMALS[withdrawal_fee]
                    if 0 <= withdrawal_fee < 256
                    else Decimal(withdrawal_fee)
                )
            elif type(withdrawal_fee) is float:
                try:
                    withdrawal_fee = read_money(withdrawal_fee)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "withdrawal_fee", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "withdrawal_fee",
                    f"expected a number, got {type(withdrawal_fee).__name__}",
                )

        made_ = object.__new__(cls)
        made_.id = id
        made_.can_deposit = can_deposit
        made_.can_withdraw = can_withdraw
        made_.asset_name = asset_name
        made_.scale = scale
        made_.image_url = image_url
        made_.withdrawal_fee = withdrawal_fee

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("id", "id", True, "str", None),
            ("can_deposit", "can_deposit", True, "bool", None),
            ("can_withdraw", "can_withdraw", True, "bool", None),
            ("asset_name", "asset_name", True, "str", None),
            ("scale", "scale", True, "int", None),
            ("image_url", "image_url", False, "str", None),
            ("withdrawal_fee", "withdrawal_fee", False, "money", None),
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
