# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape
from ..types import UNSET, Unset, first_read


@_attrs_define
class DepositAddressRequest:
    asset_id: str
    """ The id of the asset to deposit, for example `btc`. """
    ts: str | None = None
    """ The request's UTC time in ISO 8601, filled in by a signing client. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""
        asset_id = self.asset_id

        ts_value_ = UNSET if self.ts is None else self.ts
        ts = ts_value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetId": asset_id,
            }
        )
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        d: dict[str, Any]
        fast_ = type(src_dict) is dict and len(src_dict) == 2
        if fast_:
            try:
                asset_id = src_dict["assetId"]
                ts = src_dict["ts"]
            except KeyError:
                fast_ = False
            d = {}
        if not fast_:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise UnexpectedResponseShape(
                    cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            for required_ in ("assetId",):
                if required_ not in d:
                    raise UnexpectedResponseShape(
                        cls.__name__, required_, "required field is missing"
                    )
            asset_id = d.pop("assetId")
            ts = d.pop("ts", UNSET)

        if ts is None:
            ts = UNSET
        if type(asset_id) is not str:
            if type(asset_id) is int:
                asset_id = str(asset_id)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "assetId", f"expected str, got {type(asset_id).__name__}"
                )
        if type(ts) is not str and ts is not UNSET:
            if type(ts) is int:
                ts = str(ts)
            else:
                raise UnexpectedResponseShape(
                    cls.__name__, "ts", f"expected str, got {type(ts).__name__}"
                )

        deposit_address_request = cls(
            asset_id,
            None if isinstance(ts, Unset) else ts,
        )

        deposit_address_request.additional_properties = d
        return deposit_address_request

    @classmethod
    def _from_struct(cls, struct_: Any) -> Self:
        """This model from the typed decoder's reading of a JSON object (see
        ``_struct_fields_``): what ``from_dict`` makes of the same JSON, without the dict."""
        asset_id = struct_.asset_id

        ts = struct_.ts

        made_ = object.__new__(cls)
        made_.asset_id = asset_id
        made_.ts = ts

        return made_

    @staticmethod
    def _struct_fields_() -> tuple[tuple[str, str, bool, str, type[Any] | None], ...]:
        """The fields a typed decoder reads for ``_from_struct``: Python name, JSON name, whether
        required, and what the value is (a type's name, ``"Any"`` for anything, ``"money"`` for
        money, ``"model"`` or ``"models"`` for the nested model given)."""
        return (
            ("asset_id", "assetId", True, "str", None),
            ("ts", "ts", False, "str", None),
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
