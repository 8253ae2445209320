# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import SMALL_DECIMALS, Unset, first_read, read_money


@_attrs_define
class Balance:
    asset: str
    """ The asset's id. """
    total_balance: Decimal
    """ The account's whole balance in the asset, including what open orders hold. """
    in_order: Decimal
    """ The part of the balance held by open orders. """
    available_balance: Decimal
    """ The part of the balance not held by open orders. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        asset = self.asset

        total_balance: Decimal | Unset = self.total_balance
        in_order: Decimal | Unset = self.in_order
        available_balance: Decimal | Unset = self.available_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "totalBalance": total_balance,
                "inOrder": in_order,
                "availableBalance": available_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 4
        if fast_:
            try:
                asset = src_dict["asset"]
                total_balance_src_ = src_dict["totalBalance"]
                in_order_src_ = src_dict["inOrder"]
                available_balance_src_ = src_dict["availableBalance"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("asset", "totalBalance", "inOrder", "availableBalance"):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            asset = d.pop("asset")
            total_balance_src_ = d.pop("totalBalance")
            in_order_src_ = d.pop("inOrder")
            available_balance_src_ = d.pop("availableBalance")

        if type(asset) is not str:
            if type(asset) is int:
                asset = str(asset)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "asset", f"expected str, got {type(asset).__name__}"
                )
        try:
            total_balance = (
                total_balance_src_
                if type(total_balance_src_) is Decimal
                else (
                    SMALL_DECIMALS[total_balance_src_]
                    if 0 <= total_balance_src_ < 256
                    else Decimal(total_balance_src_)
                )
                if type(total_balance_src_) is int
                else read_money(total_balance_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "totalBalance", exc_
            ) from exc_

        try:
            in_order = (
                in_order_src_
                if type(in_order_src_) is Decimal
                else (
                    SMALL_DECIMALS[in_order_src_]
                    if 0 <= in_order_src_ < 256
                    else Decimal(in_order_src_)
                )
                if type(in_order_src_) is int
                else read_money(in_order_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(cls.__name__, "inOrder", exc_) from exc_

        try:
            available_balance = (
                available_balance_src_
                if type(available_balance_src_) is Decimal
                else (
                    SMALL_DECIMALS[available_balance_src_]
                    if 0 <= available_balance_src_ < 256
                    else Decimal(available_balance_src_)
                )
                if type(available_balance_src_) is int
                else read_money(available_balance_src_)
            )
        except (TypeError, ValueError) as exc_:
            raise UnexpectedResponseShape.from_exception(
                cls.__name__, "availableBalance", exc_
            ) from exc_

        balance = cls(
            asset,
            total_balance,
            in_order,
            available_balance,
        )

        balance.additional_properties = d
        return balance

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        asset = struct_.asset

        total_balance = struct_.total_balance
        if type(total_balance) is not Decimal:
            if type(total_balance) is int:
                total_balance = (
                    SMALL_DECIMALS[total_balance]
                    if 0 <= total_balance < 256
                    else Decimal(total_balance)
                )
            elif type(total_balance) is float:
                try:
                    total_balance = read_money(total_balance)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "totalBalance", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "totalBalance",
                    f"expected a number, got {type(total_balance).__name__}",
                )

        in_order = struct_.in_order
        if type(in_order) is not Decimal:
            if type(in_order) is int:
                in_order = SMALL_DECIMALS[in_order] if 0 <= in_order < 256 else Decimal(in_order)
            elif type(in_order) is float:
                try:
                    in_order = read_money(in_order)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "inOrder", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "inOrder", f"expected a number, got {type(in_order).__name__}"
                )

        available_balance = struct_.available_balance
        if type(available_balance) is not Decimal:
            if type(available_balance) is int:
                available_balance = (
                    SMALL_DECIMALS[available_balance]
                    if 0 <= available_balance < 256
                    else Decimal(available_balance)
                )
            elif type(available_balance) is float:
                try:
                    available_balance = read_money(available_balance)
                except (TypeError, ValueError) as exc_:
                    raise UnexpectedResponseShape.from_exception(
                        cls.__name__, "availableBalance", exc_
                    ) from exc_
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "availableBalance",
                    f"expected a number, got {type(available_balance).__name__}",
                )

        made_ = object.__new__(cls)
        made_.asset = asset
        made_.total_balance = total_balance
        made_.in_order = in_order
        made_.available_balance = available_balance

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("asset", "asset", True, "str", None),
            ("total_balance", "totalBalance", True, "money", None),
            ("in_order", "inOrder", True, "money", None),
            ("available_balance", "availableBalance", True, "money", None),
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
