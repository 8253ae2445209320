# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import UnexpectedResponseShape


@_attrs_define
class CurrencyLinks:
    """The project's links, keyed by name (for example `website`)."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)
    """Fields the answer carried that the spec does not declare, by their JSON names, as sent
    (``model["name"]`` reads one); written back by ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object the API writes (its field names, enumerations as the
        API spells them); money that is a JSON number stays the ``Decimal`` it is, money that is
        a decimal string is its plain text. ``types.write_json`` writes the result exactly."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object as this model; what does not have the declared shape raises
        ``errors.UnexpectedResponseShape`` (a ``ValueError``) naming the field."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise UnexpectedResponseShape(
                cls.__name__, None, f"expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        currency_links = cls()

        currency_links.additional_properties = d
        return currency_links

    @property
    def additional_keys(self) -> list[str]:
        """The JSON names of the fields the spec does not declare (see ``additional_properties``)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
