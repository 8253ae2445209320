# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset, first_read


@_attrs_define
class DepositAddress:
    asset: str
    """ The asset's id. """
    payment_system: str | None = None
    """ The payment system the address belongs to, as the platform names it. """
    address: str | None = None
    """ The address to deposit the asset to. """
    error: str | None = None
    """ Why no address could be given, when none could. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        asset = self.asset

        payment_system_value_ = UNSET if self.payment_system is None else self.payment_system
        payment_system = payment_system_value_

        address_value_ = UNSET if self.address is None else self.address
        address = address_value_

        error_value_ = UNSET if self.error is None else self.error
        error = error_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
            }
        )
        if payment_system is not UNSET:
            field_dict["paymentSystem"] = payment_system
        if address is not UNSET:
            field_dict["address"] = address
        if error is not UNSET:
            field_dict["error"] = error

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
                payment_system = src_dict["paymentSystem"]
                address = src_dict["address"]
                error = src_dict["error"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("asset",):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            asset = d.pop("asset")
            payment_system = d.pop("paymentSystem", UNSET)
            address = d.pop("address", UNSET)
            error = d.pop("error", UNSET)

        if payment_system is None:
            payment_system = UNSET
        if address is None:
            address = UNSET
        if error is None:
            error = UNSET
        if type(asset) is not str:
            if type(asset) is int:
                asset = str(asset)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "asset", f"expected str, got {type(asset).__name__}"
                )
        if type(payment_system) is not str and payment_system is not UNSET:
            if type(payment_system) is int:
                payment_system = str(payment_system)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__,
                    "paymentSystem",
                    f"expected str, got {type(payment_system).__name__}",
                )
        if type(address) is not str and address is not UNSET:
            if type(address) is int:
                address = str(address)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "address", f"expected str, got {type(address).__name__}"
                )
        if type(error) is not str and error is not UNSET:
            if type(error) is int:
                error = str(error)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "error", f"expected str, got {type(error).__name__}"
                )

        deposit_address = cls(
            asset,
            None if isinstance(payment_system, Unset) else payment_system,
            None if isinstance(address, Unset) else address,
            None if isinstance(error, Unset) else error,
        )

        deposit_address.additional_properties = d
        return deposit_address

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        asset = struct_.asset

        payment_system = struct_.payment_system

        address = struct_.address

        error = struct_.error

        made_ = object.__new__(cls)
        made_.asset = asset
        made_.payment_system = payment_system
        made_.address = address
        made_.error = error

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("asset", "asset", True, "str", None),
            ("payment_system", "paymentSystem", False, "str", None),
            ("address", "address", False, "str", None),
            ("error", "error", False, "str", None),
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
